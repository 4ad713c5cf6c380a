### b12bot, English (caregivers: weekly summary and shared red-flag alerts).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

## The weekly summary: counts and dates only, never symptoms, labs, reasons, sites or free text.
caregiver-weekly-summary =
    { $heading }
    { $counts }

    { $next }
caregiver-weekly-heading = 📅 Weekly summary for <b>{ $name }</b>: { $first } – { $last }
caregiver-weekly-due =
    { $count ->
        [one] 1 injection was due:
       *[other] { $count } injections were due:
    }
caregiver-weekly-nothing-due = No injection was due this week.
caregiver-weekly-on-time = ✅ given on time: { $count }
caregiver-weekly-late = 🕒 given late: { $count }
caregiver-weekly-early = ✅ given early: { $count }
caregiver-weekly-skipped = ⏭ skipped: { $count }
caregiver-weekly-missed = ❌ missed: { $count }
caregiver-weekly-open = ⏳ not confirmed yet: { $count }
caregiver-weekly-upcoming = 🗓 still to come today: { $count }
caregiver-weekly-next = Next injection: { $when }.
caregiver-weekly-no-next = No further injection is planned for now.

## A red-flag alert the patient shares: a fixed header, then the very safety text the patient
## was sent (red-flag-* in symptoms_sites_stock.ftl, reviewed there). Reviewed with them: never
## the sign or the patient's words.
caregiver-red-flag-alert =
    ⚠️ <b>{ $name }</b> wrote something on { $when } that can be a warning sign (level: { $level }). This is what I told them:

    { $safety }
caregiver-red-flag-level-emergency = emergency
caregiver-red-flag-level-urgent-care = urgent care today
caregiver-red-flag-level-call-clinician = call the clinician now
