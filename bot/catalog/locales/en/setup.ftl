### b12bot, English (setup).
### Texts are Telegram HTML: keep the tags, and never put anything the patient typed here
### unescaped. {"\u000A"} is a line break and {" "} a space that Fluent would otherwise trim
### at the start or end of a text. Safety texts are reviewed by a clinician before any change.

command-regimen = Set up or change your injection plan
command-cancel = Stop what we are doing
# The plan in words (bot.catalog.plan_words), reused by reminders and /status.
plan-every-day = every day
plan-every-other-day = every other day
plan-every-week = every week
plan-every-n-weeks = every { $weeks } weeks
plan-every-n-days = every { $days } days
plan-every-month = every month
plan-every-n-months = every { $months } months
plan-on-weekdays = every { $days }
plan-and = { $items } and { $last }
plan-for-one-injection = for 1 injection
plan-for-injections = for { $count } injections
plan-for-one-day = for 1 day
plan-for-days = for { $days } days
plan-for-one-week = for 1 week
plan-for-weeks = for { $weeks } weeks
plan-until-no-further-improvement = until your clinician sees no further improvement
plan-no-set-end = with no set end
plan-maintenance-mark = (maintenance)
plan-then = , then{" "}
plan-kind-loading = Loading
plan-kind-transition = Transition
plan-kind-maintenance = Maintenance
plan-phase-line = { $position }. { $kind }: { $words }
setup-intro-new =
    Let's set up your injection plan. Please have your prescription or clinic letter at hand: every number must come from it.
    Send /back to go one step back, or /cancel to stop at any time.
setup-intro-change =
    Let's set up your new plan. Your current plan stays in force until you confirm the new one, and your history is kept either way.
    Send /back to go one step back, or /cancel to stop at any time.
setup-ask-preset = Which of these matches your prescription? Each one is only a starting point: I will show you every number to check. Choose <b>Custom plan</b> to enter yours phase by phase.
setup-ask-preset-dose = How much is each maintenance injection? Please enter it exactly as written on your prescription, for example <i>1000 mcg</i> or <i>1 mg</i>.
setup-button-every-n-months = Every { $months } months
setup-review =
    <b>{ $name }</b>
    <i>Source: { $source }</i>

    { $phases }

    Please compare each number with your prescription. Does it match exactly?
setup-button-matches = Yes, it matches
setup-button-change-numbers = Change a number
setup-ask-editor =
    Your plan so far:
    { $phases }

    Choose a phase to change, or <b>Done</b> when every number matches your prescription.
setup-no-phases-yet = (no phases yet)
setup-button-change-phase = Change phase { $position }
setup-button-remove-phase = Remove phase { $position }
setup-button-add-phase = Add a phase
setup-button-done = Done
setup-plan-problem =
    { $problem }

    Please change the phase that does not match your prescription.
setup-ask-phase-kind =
    Phase { $position }: what kind of phase is it?
    <b>Loading</b>: the first, frequent injections. <b>Transition</b>: an in-between step some plans have. <b>Maintenance</b>: the long-term injection.
setup-ask-cadence = Phase { $position } ({ $kind }): how often is the injection?
setup-button-keep = Keep: { $value }
setup-button-daily = Every day
setup-button-alternate-days = Every other day
setup-button-weekly = Every week
setup-button-four-weekly = Every 4 weeks
setup-button-other-days = Every … days
setup-button-weekdays = On certain days of the week
setup-button-months = Every … months
setup-ask-interval-days = Every how many days? Send a number, for example <i>14</i> for every 2 weeks.
setup-ask-interval-months = Every how many months? Send a number, for example <i>3</i>.
setup-ask-weekdays = Phase { $position }: on which days of the week? Tap each day to tick it, then <b>Done</b>.
setup-weekday-ticked = ✓ { $day }
setup-ask-end = Phase { $position } ({ $kind }): how long does it last?
setup-button-end-injections = A number of injections
setup-button-end-duration = A number of days or weeks
setup-button-end-open = Until my clinician changes it
setup-ask-count = How many injections are in this phase? Send a number, for example <i>7</i>.
setup-ask-duration = For how long? Send days or weeks, for example <i>14 days</i> or <i>2 weeks</i>.
setup-duration-in-days-or-weeks = Please give the length in days or weeks, for example <i>14 days</i> or <i>2 weeks</i>.
setup-ask-dose = Phase { $position } ({ $kind }): how much is each injection? Send the amount and unit from your prescription, for example <i>1000 mcg</i> or <i>1 mg</i>.
setup-button-same-dose = Same as phase { $position }: { $dose }
setup-ask-more =
    Your plan so far:
    { $phases }

    Does your prescription have another phase after this one?
setup-button-add-another = Add another phase
setup-button-thats-all = That's all
setup-ask-drug = Which form of vitamin B12 is it? It is written on the ampoule's label.
setup-ask-drug-suggested = Which form of vitamin B12 is it? It is written on the ampoule's label. (Plans like the one you chose usually use { $drug }.)
setup-drug-cyanocobalamin = Cyanocobalamin
setup-drug-hydroxocobalamin = Hydroxocobalamin
setup-drug-methylcobalamin = Methylcobalamin
setup-drug-other = Another form
# The drug's name inside a sentence (German nouns keep their capital).
setup-drug-in-sentence-cyanocobalamin = cyanocobalamin
setup-drug-in-sentence-hydroxocobalamin = hydroxocobalamin
setup-drug-in-sentence-methylcobalamin = methylcobalamin
setup-drug-in-sentence-other = another form
setup-ask-route = I am made for B12 injections. Please check your prescription: how is yours given?
setup-button-im = Into the muscle (IM)
setup-button-deep-sc = Deep under the skin (deep SC)
setup-route-not-injection =
    Thank you for telling me. B12 tablets, sprays and lozenges help many people, but I am built only for injection plans, so I cannot keep track of them for you. Your clinician or pharmacist can help you keep to a tablet plan.

    If your prescription also includes injections, choose how they are given:
setup-route-unrecognised = Please choose one of the buttons, or write <i>IM</i> (into the muscle) or <i>deep SC</i> (deep under the skin).
setup-ask-giver = Who gives the injection?
setup-giver-self = I inject myself
setup-giver-caregiver = Someone who cares for me
setup-giver-clinic = A nurse or clinic
setup-ask-zone =
    Which time zone are you in? I remind you at your local time.
    Send your nearest city (for example <i>London</i>) or a zone name (<i>Europe/London</i>), share your location with the button below, or choose a UTC offset.
setup-button-share-location = Share my location
setup-button-choose-offset = Choose a UTC offset
setup-ask-zone-offset = It is { $utc } UTC right now. Choose the offset that gives your local time.
setup-zone-from-location-unknown = I could not tell the time zone from your location. It is { $utc } UTC right now: please choose the offset that gives your local time, or send your nearest city.
setup-ask-zone-choice = Which of these is yours?
setup-zone-did-you-mean = I couldn't find { $typed }. Did you mean { $place } ({ $zone })?
setup-zone-did-you-mean-one-of = I couldn't find { $typed }. Did you mean one of these?
setup-zone-place-label = { $place } ({ $zone })
setup-button-none-of-these = None of these
setup-zone-none-of-these = Then please send the nearest large city, or your UTC offset, for example <i>Chicago</i> or <i>UTC-5</i>.
setup-zone-offset-label = UTC{ $sign }{ $hours }
setup-zone-set = Time zone: <b>{ $zone }</b> (it is { $time } there now).
setup-ask-start-from =
    How should I place your injections?
    • Not started yet: give me the date of your <b>first</b> injection.
    • Already on this plan: give me the date of your <b>last</b> injection and I will count on from it.
setup-button-first-injection = My first injection
setup-button-last-injection = My last injection
setup-ask-start-from-change =
    Where does the new plan start?
    • <b>From my next injection</b>: you give me its date.
    • <b>From my last injection</b>: you give me its date, and I count the new plan on from it.
setup-button-from-next = From my next injection
setup-resume-in-phase = Where you are now: <b>{ $phase } phase, dose { $number }{ $of }</b> ({ $day }).
setup-resume-of-count = {" "}of { $count }
setup-resume-phase-next = Where you are now: the <b>{ $phase } phase</b> comes next (your last dose: { $day }).
setup-ask-resume =
    { $where }
    How should the new plan go on?
    • <b>Carry on where I am</b>: the doses so far count, and the next one is counted on from { $day }.
    • <b>{ $restart }</b>: from a date you give me. Your doses so far stay in your history.
setup-button-carry-on = Carry on where I am
setup-button-restart-phase = Start the { $phase } phase again
setup-button-start-phase = Start the { $phase } phase on a date I give
setup-button-from-last = From my last injection
setup-ask-first-date = On what date is your first injection on this plan? For example <i>today</i>, <i>12 March</i> or <i>2026-03-12</i>.
setup-ask-last-date = When was your last injection? For example <i>yesterday</i>, <i>12 March</i> or <i>2026-03-12</i>.
setup-ask-which-date = Did you mean { $first } or { $second }?
setup-ask-time = At what time of day should I remind you? For example <i>9am</i> or <i>21:30</i>.
setup-summary =
    <b>Please check your plan</b>
    { $plan }

    <b>Next injections</b>
    { $dates }

    { $maintenance }
    <b>Drug:</b> { $drug }
    <b>Given:</b> { $route }, { $giver }
    <b>Time zone:</b> { $zone }
    <b>Reminders at:</b> { $time }

    Is everything right? Nothing is saved until you confirm.
setup-summary-date-line = • { $when }
setup-maintenance-starts = <b>Maintenance starts:</b> { $day }
setup-maintenance-from-start = <b>Maintenance:</b> from your first injection on this plan
setup-maintenance-on-switch = <b>Maintenance starts:</b> when your clinician switches you
setup-no-maintenance = <b>Maintenance:</b> not part of this plan
setup-overdue = {"\u000A"}⚠️ By these dates, an injection was already due on { $day }, more than a day ago. Please ask your clinician or nurse when to have it; I cannot advise on that. You can still save the plan and record the injection once you have had it.{"\u000A"}
setup-route-im = into the muscle (IM)
setup-route-deep-sc = deep under the skin (deep SC)
setup-given-by-self = by yourself
setup-given-by-caregiver = by someone who cares for you
setup-given-by-clinic = by a nurse or clinic
setup-button-confirm = Confirm and save
setup-button-start-over = Start over
setup-saved = Saved. Your first reminder comes on <b>{ $when }</b>.
setup-saved-due-now = Saved. An injection is already due by this plan, so your first reminder comes right away.
setup-saved-asking-one = Saved. By this plan an injection was already due <b>{ $when }</b>, so I'm asking you about it now: tap a button under the reminder below.
setup-saved-asking-many = Saved. By this plan { $count } injections were already due before now, so I'm asking you about them now: the latest in the reminder below, the others in one question.
# A clinic-given plan: the first reminder is the one to book the clinic.
setup-saved-book-now = Saved. Your next injection at the clinic is due on <b>{ $day }</b>: a reminder to book it comes right away.
setup-saved-book-later = Saved. I'll remind you to book the clinic on <b>{ $when }</b>, for your injection due on <b>{ $day }</b>.
# After a plan change that carries on: the reminders already sent about open doses stand.
setup-saved-reminder-stands = Saved. The reminder I sent for your injection of { $days } still stands: tap a button under it, or reply “done”.
setup-saved-and-asking-one = {" "}I'm also asking you now about one more injection already due.
setup-saved-and-asking-many = {" "}I'm also asking you now about { $count } more injections already due.
setup-saved-next = {" "}Your next reminder comes on <b>{ $when }</b>.
and = {" "}and{" "}
setup-past-doses-ask = Which of these earlier injections have you had? Tap each one you had; tap “None of the others” when the rest were not had.
setup-past-dose-done = {"\u000A"}✅ { $day }: had.
setup-past-dose-not-had = {"\u000A"}❌ { $day }: not had.
button-past-dose = ✅ { $day }
button-past-doses-none = ❌ None of the others
setup-cancelled = Setup stopped; nothing was saved. Send /regimen whenever you want to start again.
setup-cancelled-plan-kept = Setup stopped; nothing was changed and your current plan stays as it was.
setup-nothing-to-go-back = This is the first question, so there is nothing to go back to. Send /cancel to stop.
setup-resume = We are in the middle of setting up your plan. Here is where we were:
setup-use-buttons = Please choose one of the buttons below.
# Shown in Telegram's small pop-up for a button press: plain text, no HTML.
setup-stale-button = { stale-button }
setup-finished-button = That setup has ended. Send /regimen to set up your plan.
