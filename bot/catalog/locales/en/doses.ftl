### b12bot, English (doses).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

dose-outcome-done = {"\u000A"}{"\u000A"}✅ Done { $when }.
dose-outcome-done-late = {"\u000A"}{"\u000A"}✅ Done { $when }: { $days } after it was due.
dose-outcome-skipped = {"\u000A"}{"\u000A"}⏭ Skipped.
dose-outcome-late = {"\u000A"}{"\u000A"}⏰ Late: I'll remind you again { $when }.
dose-done-reply = ✅ Recorded: your { $dose } injection of { $due }, done { $when }.
dose-done-reply-late = ✅ Recorded: your { $dose } injection of { $due }, done { $when }, { $days } after it was due.
dose-skip-reply = ⏭ Skipped your { $dose } injection of { $due }. If you like, tell me why (for example “travelling”), or tap “No reason”.
dose-skipped-with-reason = ⏭ Skipped your { $dose } injection of { $due }: { $reason }.
# A dose due tomorrow is named so: a "skip" late in the evening answers the next morning's dose.
dose-day-tomorrow = { $day } (tomorrow)
dose-done-many = ✅ Recorded:
dose-done-many-line = {"\u000A"}• your { $dose } injection of { $due }, done { $when }
dose-done-many-line-late = {"\u000A"}• your { $dose } injection of { $due }, done { $when } ({ $days } after it was due)
dose-done-none-of-days = I couldn't record any of those days:
dose-day-no-dose = {"\u000A"}• { $day }: no open injection was planned near that day, so nothing was recorded.
dose-day-already = {"\u000A"}• { $day }: your injection of that day is already recorded.
dose-forgot-open =
    No problem. Your { $dose } injection of { $due } is not recorded yet.
    • Have it now and tap “Done now”.
    • Had it on another day? Tap “I had it on another day”, or write for example “done yesterday”.
    • Or tap “Late” to be reminded again, or “Skip”.
dose-forgot-missed =
    Your { $dose } injection of { $due } is marked missed.
    • Have it now and tap “Done now”.
    • Had it on another day? Tap “I had it on another day”, or write for example “done yesterday”.
    If you are not sure whether to have it late, please ask your clinician.
dose-forgot-no-dose-on = I don't see an open injection planned on { $day }.
dose-done-date-ask = Which day did you have it? For example “yesterday” or “{ $example }”.
dose-will-do-today = 👍 Okay. Your { $dose } injection of { $due } stays open and your reminders stay as planned. Reply “done” once you have had it.
button-done-now = ✅ Done now
button-done-other-day = 📅 I had it on another day
button-undo = ↩️ Undo
button-undo-day = ↩️ Undo { $day }
undone-open = ↩️ Undone. Your { $dose } injection of { $due } is waiting for your answer again.
undone-late = ↩️ Undone. Your { $dose } injection of { $due } is still late: I'll remind you again { $when }.
undone-missed = ↩️ Undone. Your { $dose } injection of { $due } is marked missed again. If you had it, tell me when, for example “done yesterday”.
undone-settled = ↩️ Undone. Your { $dose } injection of { $due } is back to how it was before.
# Pop-ups (plain text, no HTML).
undo-recorded = Undone.
undo-too-late = This can no longer be undone: something else was recorded since.
dose-skip-reason-saved = Thanks, noted: { $reason }.
dose-skip-no-reason = Okay, no reason noted.
dose-skip-reason-too-long = That is a bit long. Please keep the reason under 200 characters.
dose-late-ask = ⏰ No problem. When will you have it?
dose-late-pick-date = Which day? For example “Friday” or “3 Dec”.
dose-late-set = ⏰ Okay, your { $dose } injection of { $due } is late: I'll remind you again { $when }.
dose-next-after = {"\u000A"}Next injection: { $when }.
button-later-today = In 3 hours
button-tomorrow = Tomorrow
button-pick-date = Pick a date
button-no-reason = No reason
# Shown in Telegram's small pop-up for a button press: plain text, no HTML.
dose-button-not-yours = That button does not belong to this chat.
dose-button-already = This injection is already recorded.
dose-button-recorded = Recorded.
dose-nothing-open = I don't have an injection waiting for an answer right now.
dose-date-ambiguous = Did you mean { $first } or { $second }? Please write the month as a word, for example “done on 3 April”.
dose-taken-too-early = That date is before this injection was planned ({ $due }). If you had an extra injection, please tell your clinician.
dose-taken-in-future = { $when } is still to come, so I haven't recorded anything. Once you've had it, reply “done”, or say when, for example “done at 8:30”.
unknown-reply =
    Sorry, I didn't understand that. You can reply, for example:
    • “done” or “done yesterday”
    • “late”
    • “skip”
    • “when's my next shot?”
    or send /help.
no-plan-yet = You have no plan saved yet. Send /regimen to set it up.
next-dose =
    💉 Your next injection: <b>{ $when }</b> ({ $countdown }).
    { $dose }, { $phase } phase{ $number }.
next-dose-open =
    💉 Your injection due <b>{ $when }</b> is still open ({ $countdown }).
    Reply “done” once you have had it, or “late” or “skip”.
next-nothing-planned = No injection is planned right now.
next-lab = {"\u000A"}🧪 Next lab test: { $test }, { $day }.
status =
    <b>Now: { $phase } phase</b>
    Injections done: { $done } (late: { $late })
    Skipped: { $skipped }
    Missed: { $missed }
status-next-phase = {"\u000A"}{ $kind } starts { $day }.
status-earlier = {"\u000A"}{"\u000A"}<b>Before this phase</b>
status-earlier-line = {"\u000A"}{ $phase } phase: { $done } done, { $skipped } skipped, { $missed } missed
status-waiting-for-switch = {"\u000A"}This phase lasts until your clinician switches you. When they do, send /switch.
switch-not-possible = Your current phase has a planned end, so there is no switch to record. To change your plan, send /regimen.
switch-last-phase = You are in the { $phase } phase, the last one of your plan, so there is no next phase to switch to. To change your plan, send /regimen.
switch-already-recorded = Your switch out of the { $phase } phase is already recorded. To change your plan, send /regimen.
switch-nothing-planned = No injection is planned right now, so there is no phase to switch out of. To change your plan, send /regimen.
switch-recorded = Recorded: your clinician switched you on { $day }. { $phase } starts now; your next injection: <b>{ $when }</b>.
command-next = When is my next injection?
command-status = How am I doing in this phase?
command-switch = My clinician moved me to the next phase
## lab_test_names: one message per key
lab-test-names-reticulocytes = reticulocyte count
lab-test-names-full-blood-count = full blood count (haemoglobin)
lab-test-names-treatment-review = treatment review
lab-test-names-b12 = vitamin B12 level
lab-test-names-mma = methylmalonic acid (MMA)
lab-test-names-folate = folate
lab-test-names-ferritin = ferritin
lab-test-names-potassium = potassium
