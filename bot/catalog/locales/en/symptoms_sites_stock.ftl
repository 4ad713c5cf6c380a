### b12bot, English (symptoms sites stock).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

# Fixed safety texts, one per red-flag level: never a diagnosis. Reviewed with the phrase
# lists in bot/catalog/vocabulary/english_red_flags.py.
red-flag-emergency = 🚨 <b>If you have signs of an allergic reaction</b> (rash, hives, swelling of the face, lips or throat, a tight throat, trouble breathing, fainting), <b>call your local emergency number now</b> (999 in the UK, 112 in Europe, 911 in the US). Don't wait for a reply from me.
red-flag-urgent-care = ⚠️ <b>New or spreading numbness, trouble walking or standing, falls, changes in your vision or sudden confusion need a doctor today.</b> Please go to urgent care or call your clinician's same-day line now. If it gets worse quickly, call your local emergency number.
red-flag-call-clinician = ⚠️ <b>Breathlessness, swollen legs or ankles, quick weight gain, an irregular or racing heartbeat, cramps, weakness, or symptoms getting worse instead of better should be checked: please call your clinician now</b> and tell them what you told me. If it is severe, call your local emergency number.

## symptom_names: one message per key
symptom-names-fatigue = Tiredness (fatigue)
symptom-names-tingling = Tingling or numbness
symptom-names-balance = Balance problems
symptom-names-mouth-soreness = Sore mouth or tongue
symptom-names-memory = Memory or concentration problems
symptom-names-mood = Low mood

## symptom_scale: one message per step, in order
symptom-scale-0 = None
symptom-scale-1 = Mild
symptom-scale-2 = Moderate
symptom-scale-3 = Severe

symptom-offer-weekly = 📝 Time for your weekly symptom check-in: six quick taps.{"\u000A"}{"\u000A"}
symptom-offer-before-dose = 📝 Your next injection is due { $when }. Many people notice symptoms coming back before the next shot: a quick check-in now shows it to your clinician.{"\u000A"}{"\u000A"}
symptom-question =
    { $intro }<b>{ $name }</b> in the last few days? ({ $step } of { $count })
    <i>Anything you write during the check-in is kept as a note.</i>
symptom-note-ask = Thanks. Anything else to note for your clinician? Write it, or tap “No note”.
symptom-note-saved = 📝 Noted. Please tap a button to go on.
symptom-note-too-long = That is a bit long. Please keep the note under 1,000 characters.
symptom-saved = ✅ Check-in saved.
symptom-stopped = Check-in stopped; what you answered is kept. Send /symptoms any time.
symptom-trend-header = <b>Your symptoms, { $count ->
        [one] one check-in so far
       *[other] last { $count } check-ins
    }</b> (0 none … 3 severe)
symptom-trend-line = { $name }: { $scores }{ $direction }
symptom-better = {" "}↘ better
symptom-worse = {" "}↗ worse
symptom-same = {" "}→ same
symptom-trend-none = No check-ins yet. Send /symptoms to do one; it takes six taps.
symptom-trend-hint = {"\u000A"}{"\u000A"}Send /symptoms trend to see this again.
symptom-notes-header = {"\u000A"}{"\u000A"}<b>Your notes</b>
symptom-note-line = {"\u000A"}{ $day }: { $note }
button-no-note = No note
button-stop-check-in = Stop
# Shown in Telegram's small pop-up for a button press: plain text, no HTML.
symptom-button-already = This check-in is already saved.
command-symptoms = Symptom check-in (/symptoms trend: how it's going)
drift-told = 📅 <b>A note about timing.</b> Your last injections came { $intervals } apart, while your plan says every { $planned }. When monthly injections drift to every 6–8 weeks for a long stretch, some patients feel the effects before their labs are checked again. If keeping to the schedule is hard, tell your clinician; they can help. I've noted this for your records.
drift-days = { $days } days
## site_names: one message per key
site-names-left-arm = left arm (deltoid)
site-names-right-arm = right arm (deltoid)
site-names-left-thigh = left thigh
site-names-right-thigh = right thigh
site-names-left-buttock = left buttock
site-names-right-buttock = right buttock

## site_buttons: one message per key
site-buttons-left-arm = Left arm
site-buttons-right-arm = Right arm
site-buttons-left-thigh = Left thigh
site-buttons-right-thigh = Right thigh

reminder-site-first = {"\u000A"}📍 Suggested site: <b>{ $site }</b>.
reminder-site-next = {"\u000A"}📍 Suggested site: <b>{ $site }</b> (last time: { $last }).
site-ask = 📍 Where did you inject? (so I can suggest the next site)
site-recorded = 📍 Site noted: { $site }.
stock-now = 🧴 You have <b>{ $count }</b> ampoules at hand. To update, send for example /stock 5.
stock-unknown = 🧴 I don't know how many ampoules you have. Send for example /stock 5, and I'll count one down with each injection and remind you when two are left.
stock-set = 🧴 Noted: <b>{ $count }</b> ampoules at hand. I'll count one down with each injection and remind you when two are left.
stock-set-low = {"\u000A"}That's not many: time to get more.
stock-invalid = Please send the number of ampoules you have, from 0 to 500, for example /stock 5.
stock-low = 🧴 <b>{ $count } ampoules left.</b> Time to get more: ask for a repeat prescription or call your pharmacy. When you have them, send for example /stock 10.
stock-left-line = {"\u000A"}🧴 Ampoules left: { $count }.
command-stock = How many ampoules I have
