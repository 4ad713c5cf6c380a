### b12bot, English (a caregiver who gives the injection: the patient's reminder and its answers).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text.

## To the caregiver, in their language
cgdose-reminder = 💉 Reminder for <b>{ $name }</b>: <b>{ $dose } B12 injection</b> due { $when }. Did you give it?
cgdose-ask-late = {"\u000A"}{"\u000A"}⏰ When will you give it?
button-cgdose-back = ‹ Back
cgdose-done = {"\u000A"}{"\u000A"}✅ Recorded as given { $when }. I've told { $name }.
cgdose-next = {"\u000A"}Next injection: { $when }.
cgdose-skipped = {"\u000A"}{"\u000A"}⏭ Recorded as skipped. I've told { $name }.
cgdose-late = {"\u000A"}{"\u000A"}⏰ Okay: I'll remind { $name } again { $when }, and you too.
cgdose-already = {"\u000A"}{"\u000A"}This injection has already been answered, so nothing changed.

## To the patient, when their caregiver answered for them
cgdose-outcome-done = {"\u000A"}{"\u000A"}✅ Given { $when }, recorded by { $caregiver }.
cgdose-outcome-skipped = {"\u000A"}{"\u000A"}⏭ Skipped, recorded by { $caregiver }.
cgdose-outcome-late = {"\u000A"}{"\u000A"}⏰ Late, recorded by { $caregiver }: I'll remind you again { $when }.
cgdose-told-done = { $caregiver } recorded your B12 injection due { $when } as given. If that is not right, tap ↩️ Undo under my reminder.
cgdose-told-skipped = { $caregiver } recorded your B12 injection due { $when } as skipped. If that is not right, tap ↩️ Undo under my reminder.
cgdose-told-late = { $caregiver } will give your B12 injection due { $when } later; my reminder shows when I'll remind you again. If that is not right, tap ↩️ Undo under it.

## Who recorded an answer: /history and the report's CSV
history-recorded-by = {" "}· 👤 recorded by { $caregiver } (caregiver)
history-recorded-by-someone = {" "}· 👤 recorded by a caregiver
report-csv-column-recorded-by = recorded_by
report-csv-recorded-by-caregiver = caregiver
