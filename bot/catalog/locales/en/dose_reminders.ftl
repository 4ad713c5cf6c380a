### b12bot, English (dose reminders).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

## phase_names: one message per key
phase-names-loading = loading
phase-names-transition = transition
phase-names-maintenance = maintenance

dose-number-of = , dose { $number } of { $count }
dose-number = , dose { $number }
reminder-dose =
    💉 Time for your <b>{ $dose } B12 injection</b>, { $phase } phase{ $number }.
    Due { $when }.
reminder-sent-late = ⏱ Sent late: this reminder was due { $when }.{"\u000A"}{"\u000A"}
# A clinic dose's "when" in the reminders: its day, and its appointment once booked.
clinic-due-on-day = on { $day }
clinic-appointment-at = {" "}(appointment { $when })
reminder-follow-up = Just checking in: did you have your <b>{ $dose } B12 injection</b> due { $when }? Tap a button, or reply “done”, “late” or “skip”.
reminder-late-again = ⏰ As you asked, a reminder: your <b>{ $dose } B12 injection</b> due { $when } is still to do.
reminder-missed-one = I marked your B12 injection due { $when } as missed, because I didn't hear back.
reminder-missed-many =
    I marked { $count } B12 injections as missed, because I didn't hear back:
    { $dates }
reminder-missed-advice = {"\u000A"}{"\u000A"}That's okay. If you did have it, reply for example “done on { $example }”. If you are behind with your injections, ask your clinician what to do: don't double up without their advice.
button-done = ✅ Done
button-late = ⏰ Late
button-skip = ⏭ Skip
