### b12bot, English (labs appointments pause).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

command-labs = My lab tests and results
command-appointments = When I remind you to book the clinic
command-pause = Pause reminders until a date
command-resume = Restart paused reminders now
lab-timing-reticulocytes = 7 to 10 days after your first injection
lab-timing-full-blood-count = 8 weeks after your first injection
lab-timing-treatment-review = 3 months after your first injection
lab-source-reticulocytes = NICE Clinical Knowledge Summaries, anaemia (B12 and folate deficiency): a reticulocyte count at 7 to 10 days shows the treatment is working.
lab-source-full-blood-count = NICE Clinical Knowledge Summaries, anaemia (B12 and folate deficiency): a full blood count after 8 weeks of treatment.
lab-source-treatment-review = NICE guideline NG239, vitamin B12 deficiency: review at 3 months.
lab-offer =
    🧪 <b>Follow-up tests</b>
    Many plans include these checks. Tick the ones your clinician has arranged or you want reminders for; each one is optional. I remind you the day before and on the morning.

    { $items }
lab-offer-item =
    • <b>{ $test }</b>, { $day } ({ $timing })
    {" "} <i>Source: { $source }</i>
lab-offer-none-left = The usual follow-up test dates for your plan have already passed. If your clinician ordered a test, add it with /labs.
lab-offer-not-starting = 🧪 The suggested tests check the first weeks of treatment, so they don't fit a plan that carries on treatment you already have. If your clinician ordered a test, for example a B12 level, add it with /labs → <b>My clinician ordered a test</b>.
lab-offer-after-setup-not-starting = 🧪 If your clinician orders a blood test, for example a B12 level, add it with /labs: I'll remind you the day before and on the morning.
lab-button-ticked = ✓ { $test }
lab-button-unticked = { $test }
lab-button-save = Save these tests
lab-button-no-thanks = No thanks
lab-offer-saved = 🧪 Saved: { $tests }. Send /labs to see them, move one or record a result.
lab-offer-declined = No lab reminders for now. You can add tests any time with /labs.
lab-list-title = 🧪 <b>Your lab tests</b>
lab-list-due =
    {"\u000A"}<b>Coming up</b>
    { $items }
lab-list-due-item = • { $test }: { $day }{ $ordered }
lab-list-ordered = {" "}(ordered by your clinician)
lab-list-nothing-due = {"\u000A"}No test is planned.
lab-list-results =
    {"\u000A"}<b>Results</b>
    { $items }
lab-list-result-item = • { $test }, { $day }: { $value } { $unit }{ $trend }
lab-list-done-item = • { $test }, { $day }: done, no result recorded
## lab_trend: one message per key
lab-trend-up = {" "}↑ up
lab-trend-down = {" "}↓ down
lab-trend-same = {" "}→ same

lab-trend-suffix = {" "}from { $value } { $unit }
lab-button-suggested = Suggested tests
lab-button-clinician = My clinician ordered a test
lab-button-result = Record a result
lab-button-mark-done = Mark a test done
lab-button-move = Move a test
lab-no-plan = Please set up your injection plan first with /regimen; tests are timed from it.
lab-ask-clinician-test = Which test did your clinician order?
lab-ask-when = When is the { $test } test? Send a date, for example <i>12 March</i>, or a time after your start or a phase, for example <i>8 weeks after start</i> or <i>2 weeks after maintenance</i>.
lab-when-unknown-phase = I don't know yet when your { $phase } phase starts, so I can't count from it. Please send a date instead, for example <i>12 March</i>.
lab-when-passed = That works out as { $day }, which has already passed. Please send a later date, for example <i>in 2 weeks</i> or <i>12 March</i>.
lab-added = 🧪 Added: { $test } on <b>{ $day }</b>. I'll remind you the day before and on the morning.
lab-ask-which-done = Which test did you have?
lab-ask-which-move = Which test do you want to move?
lab-ask-which-result = Which test is the result for?
lab-none-planned = You have no planned test. Add one with /labs.
lab-none-for-result = You have no test with a result to record. Add one with /labs.
lab-ask-move-date = What is the new date for the { $test } test? For example <i>12 March</i>.
lab-moved = 📅 Moved: { $test } to <b>{ $day }</b>. Reminders follow the new date.
lab-marked-done = ✅ Recorded: { $test } done { $day }.
lab-ask-result = What was the result? Send the value and unit as on your report, for example <i>{ $example }</i>. Or send /cancel if you don't have it yet.
lab-result-saved = 🧾 Saved: { $test } { $value } { $unit }{ $trend }.
lab-cancelled = Okay, nothing more about lab tests for now.
lab-stale-button = { stale-button }
lab-button-not-yours = That test is not in your plan any more.
lab-result-general-example = Hb 11.2 g/dL
lab-result-example = For example: <i>{ $example }</i>.
lab-result-unrecognised = I could not read that as a result.
lab-result-unknown-test = I don't know that test name.
lab-result-other-test = That looks like a different test.
lab-result-needs-unit = Please add the unit from your report ({ $units }).
lab-result-wrong-unit = That unit doesn't fit this test: please use { $units } as on your report.
lab-result-out-of-range = That number looks unlikely in { $unit }. Please check it against your report.
lab-result-no-value = A { $test } has no value to record.
reminder-lab-day-before = 🧪 Tomorrow, { $day }: your <b>{ $test }</b>. Check whether you need to book it or fast, as your clinic told you.
reminder-lab-day-of = 🧪 Today, { $day }: your <b>{ $test }</b>.
reminder-lab-done-button = ✅ Done
reminder-lab-move-button = 📅 Move it
reminder-book-appointment =
    📅 Time to book your B12 injection at the clinic: it is due on <b>{ $day }</b> ({ $countdown }).
    Once it's booked, press <b>Booked</b> and tell me the day and time.
button-booked = ✅ Booked
button-remind-tomorrow = ⏰ Remind me tomorrow
# A clinic dose has a day, not a time, until the patient books the appointment.
clinic-due-on = due on { $day }
next-appointment = {"\u000A"}📅 Appointment booked: { $when }.
booking-remind-tomorrow = ⏰ Okay: I'll remind you again tomorrow, <b>{ $when }</b>, to book your injection due on { $day }.
booking-too-late-for-tomorrow = Your injection is due on <b>{ $day }</b>, so tomorrow would be too late: please book it today, then press <b>Booked</b>.
appointment-ask = 📅 When is your appointment for the injection due on { $day }? Send the day and time, for example <i>{ $example }</i>, <i>the { $day_number } at 2pm</i> or <i>tomorrow 9am</i>. Send /cancel to leave it for now.
appointment-saved = 📅 Appointment booked: <b>{ $when }</b>. I'll remind you on { $reminder }, 2 hours before. Send /next to see it.
appointment-saved-soon = 📅 Appointment booked: <b>{ $when }</b>. Send /next to see it.
appointment-shown = 📅 Appointment booked: <b>{ $when }</b>, for your B12 injection due on { $day }.
## appointment_problems: one message per key
appointment-problems-unreadable = I couldn't read that as a day and time.
appointment-problems-no-day = Which day is it? Please send the day and the time together.
appointment-problems-no-time = What time is it? Please send the day and the time together.
appointment-problems-needs-am-pm = Is that in the morning or the afternoon? Please add am or pm, or use the 24-hour clock.
appointment-problems-ambiguous-day = That date can be read two ways: please write the month as a word.
appointment-problems-no-such-day = That day doesn't exist: please check the date.
appointment-problems-day-passed = That day has already passed: please send the day of your appointment.
appointment-problems-weekday-mismatch = The weekday and the date don't match: please check them.
appointment-problems-time-passed = That time has already passed: please send when your appointment is.

appointment-example = {"\u000A"}For example: <i>{ $example }</i> or <i>tomorrow 9am</i>. Or send /cancel to leave it.
appointment-no-clinic-dose = I note appointments for injections given at a clinic, and none is planned for you right now. Send /next to see your next injection.
appointment-cancelled = Okay, no appointment noted. Press <b>Booked</b> under the booking reminder when you have one, or write for example <i>booked it for the 16th at 2pm</i>.
appointment-dose-gone = That injection is no longer open, so there is nothing to book for it.
appointments-now = When a nurse or clinic gives your injection, I remind you to book it <b>{ $days }</b> before. To change that, send for example /appointments 5.
appointments-not-clinic = {" "}(Your current plan says you inject yourself or someone at home does, so no booking reminders go out.)
appointments-set = Done: I'll remind you to book each clinic appointment <b>{ $days }</b> before.
appointments-invalid = Please give a number of days from 1 to 60, for example /appointments 5 or /appointments 14.
pause-ask = Until when should I pause your reminders? Send the day they should start again, for example /pause 20 December or /pause in 2 weeks.
pause-too-far = I can pause reminders for up to a year. Please give an earlier date, for example /pause 20 December.
pause-not-after-today = Please give a day after today, for example /pause tomorrow or /pause 20 December.
pause-set =
    ⏸ Reminders paused until <b>{ $day }</b>. Injections that fall in the pause are not marked as missed.
    { $resume }
    Send /resume to restart them earlier. Please tell your clinician about the break.
pause-resume-from-last = When you're back, your next injection is due <b>{ $when }</b>.
pause-resume-nothing = No injection is planned after the pause yet.
pause-note = ⏸ Reminders are paused until { $day }. Send /resume to restart them now.{"\u000A"}{"\u000A"}
resume-done = ▶️ Reminders are back on.{ $next }
resume-nothing = Your reminders aren't paused.
