### b12bot, English (/history: the record a page at a time, corrections, the interval chart).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text.

command-history = Your injections so far, and correct an entry
history-title = 📖 <b>Your injection history</b> (page { $page } of { $pages })
history-empty = Nothing is recorded yet: your first injection is still to come.
# One line per phase, above the doses.
history-summary = • <b>{ $phase }</b>: { $done } done ({ $on_time } on time, { $late } late{ $early ->
        [0] {""}
       *[other] , { $early } early
    }), { $skipped } skipped, { $missed } missed{ $open ->
        [0] {""}
       *[other] , { $open } not answered yet
    }
history-line = <b>{ $day }</b> · { $phase } · { $what }{ $site }
history-line-before-plan = <b>{ $day }</b> · 💉 given before the plan began
history-phase-number-of = { $phase } { $number }/{ $count }
history-phase-number = { $phase } { $number }
history-site = {" "}· 📍 { $site }
history-done = ✅ done
history-done-on-time = ✅ done on { $taken } (on time)
history-done-late = ⏰ done { $days } late, on { $taken }
history-done-early = ⏩ done { $days } early, on { $taken }
history-skipped = ⏭ skipped
history-skipped-because = ⏭ skipped: “{ $reason }”
history-missed = ❌ missed
history-open = ⏳ due, not answered yet
history-upcoming = 🗓 next
button-history-newer = ‹ Newer
button-history-older = Older ›
button-history-edit = ✏️ Correct an entry
button-history-chart = 📈 Chart
button-history-back = ‹ Back
button-history-show = 📖 Show my history
button-history-fix = ✏️ { $day } · { $phase }
history-pick = ✏️ Which entry is wrong? Tap it below.
history-button-stale = That button is out of date: send /history to see your history now.

## Correcting an entry
history-fix-ask-done =
    Your { $phase } injection planned for { $planned } is recorded as given on { $taken }.
    On which day was it given? For example “{ $example }” or “yesterday”. Send /cancel to leave it as it is.
history-fix-ask-given =
    Your { $phase } injection planned for { $planned } is recorded as { $was }.
    If you had it after all, on which day? For example “{ $example }” or “yesterday”. Send /cancel to leave it as it is.
history-was-skipped = skipped
history-was-missed = missed
history-fix-again = Or send /cancel to leave the entry as it is.
history-fix-too-early = That is more than { $days } before the day it was planned ({ $planned }). Please send the day it was given, for example “{ $example }”, or /cancel.
history-fix-same-day = That is the day already recorded, so nothing changed.
history-fixed = ✏️ Corrected: your { $phase } injection planned for { $planned } is now recorded as given on { $taken } (it said { $was }).
history-fix-cancelled = Okay, the entry stays as it was.

## The chart of intervals
history-chart-too-few = The chart compares the days between your injections with the plan, so it needs at least two injections given. Ask again after your next one.
history-chart-title = Days between injections
history-chart-x = Injection given on
history-chart-y = Days since the previous injection
history-chart-actual = Actual
history-chart-planned = Planned
history-chart-caption = 📈 The days between your injections (bars) against the plan (line).
history-chart-failed = Sorry, I could not draw the chart just now. Please try again later.
