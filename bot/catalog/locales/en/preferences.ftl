### b12bot, English (preferences).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

follow-up-now = If you don't answer a reminder, I check in once after <b>{ $delay }</b>. To change that, send for example /followup 2 hours or /followup 45 minutes.
follow-up-set = Done: if you don't answer a reminder, I'll check in once after <b>{ $delay }</b>.
follow-up-invalid = Please give a delay between 15 minutes and 12 hours, for example /followup 2 hours or /followup 90 minutes.
hours-and-minutes = { $hours } h { $minutes } min
hours-only = { $hours } h
minutes-only = { $minutes } min
command-follow-up = When I check in after an unanswered reminder
