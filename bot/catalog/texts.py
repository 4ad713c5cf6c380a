"""Every patient-facing text, in one place for clinical review and translation.

This module is a leaf: it imports nothing from the project, so the pure domain may read
its error messages without depending on Telegram or storage. Texts are HTML (Telegram's
HTML parse mode); anything the patient typed must be escaped before it is put into one.
"""

# --- Plan errors (raised by bot.domain; shown to the patient as they are) ---------------

NO_PHASES = "A plan needs at least one phase."
DOSE_NOT_POSITIVE = "The dose must be a number above zero, for example 1000 or 0.5."
INTERVAL_DAYS_TOO_SHORT = "The gap between injections must be at least 1 day."
INTERVAL_MONTHS_TOO_SHORT = "The gap between injections must be at least 1 month."
NUMBER_TOO_LARGE = "That number is too large for a treatment plan. Please check it."
NO_WEEKDAYS = "Please choose at least one day of the week."
WEEKDAY_OUT_OF_RANGE = "Days of the week go from Monday to Sunday."
DOSE_COUNT_NEGATIVE = "The number of injections cannot be below zero."
DURATION_NEGATIVE = "The number of days cannot be below zero."
LOADING_NEEDS_A_DOSE = "A loading phase needs at least one injection."
PHASE_NEEDS_A_DOSE = "Every phase needs at least one injection."
OPEN_ENDED_NOT_LAST = (
    "Phase {position} has no end, so no phase can come after it. Give it an end, "
    "or mark it as lasting until no further improvement."
)
MAINTENANCE_NOT_LAST = "Phase {position} is maintenance, so it must be the last phase."
PHASE_OUT_OF_ORDER = (
    "Phase {position} ({kind}) cannot come after a {previous} phase. "
    "The order is loading, then transition, then maintenance."
)
PRESET_NEEDS_MONTHS = (
    "Is your maintenance injection every 2 months or every 3 months? "
    "Please check your prescription and choose one."
)
PRESET_NEEDS_DOSE = "Please enter your dose exactly as written on your prescription."

PRESET_COMMON_MONTHLY_NAME = "Common monthly plan"
PRESET_COMMON_MONTHLY_SOURCE = (
    "A commonly cited US schedule (Langan and Goodbred, American Family Physician 2017, "
    "as quoted by secondary sources)."
)
PRESET_UK_HYDROXOCOBALAMIN_NAME = "UK hydroxocobalamin"
PRESET_UK_HYDROXOCOBALAMIN_SOURCE = "British National Formulary (BNF)."
PRESET_UK_HYDROXOCOBALAMIN_NEURO_NAME = "UK hydroxocobalamin, nerve symptoms"
PRESET_UK_HYDROXOCOBALAMIN_NEURO_SOURCE = (
    "British National Formulary (BNF) and NICE Clinical Knowledge Summaries."
)
PRESET_MAINTENANCE_ONLY_NAME = "Maintenance only"
PRESET_MAINTENANCE_ONLY_SOURCE = (
    "Monthly maintenance, as in the US FDA label for cyanocobalamin injection (100 mcg "
    "monthly) and in common practice (1,000 mcg monthly). Here: every 4 weeks, counted from "
    "your last injection, at the dose on your prescription. In the UK, hydroxocobalamin "
    "maintenance is 1 mg every 2 or 3 months (BNF, NICE Clinical Knowledge Summaries): if "
    "that is yours, choose Change a number."
)
PRESET_CUSTOM_NAME = "Custom plan"
PRESET_CUSTOM_SOURCE = "Your prescriber: you enter each phase as written on your prescription."


# --- end of plan errors -------------------------------------------------------------------

# --- Welcome and help ----------------------------------------------------------------------

WELCOME = (
    "Hello{name}! I'm <b>b12bot</b>. I help you keep to the vitamin B12 injection plan "
    "your prescriber gave you.\n\n"
    "<b>What I do</b>\n"
    "• remind you of each injection and lab test, at the time you choose\n"
    "• record what happened: done, late or skipped\n"
    "• tell you when your next shot is due\n\n"
    "<b>What I don't do</b>\n"
    "I never prescribe or change a dose: every number comes from your prescriber's plan. "
    "For medical questions, ask your clinician. In an emergency, call your local emergency "
    "number.\n\n"
    "Send /help to see everything I understand."
)

WELCOME_BACK = (
    "Welcome back{name}. Your records are as you left them. Send /help to see what I can do."
)

HELP = (
    "<b>What I understand</b>\n"
    "{commands}\n\n"
    "I remind you of what your prescriber planned; I never change a dose. "
    "For medical questions, ask your clinician."
)

HELP_COMMAND_LINE = "/{command} — {description}"

COMMAND_START = "Start, or see what this bot does"
COMMAND_HELP = "What I understand"

# --- Anything no feature answered (bot/features/fallback/answers.py) ---------------------

UNKNOWN_COMMAND = "I don't know the command {command}. Send /help to see everything I understand."
UNKNOWN_COMMAND_NEAREST = (
    "I don't know the command {command}. Did you mean /{nearest}? "
    "Send /help to see everything I understand."
)
NOTHING_TO_CANCEL = (
    "There is nothing to cancel or go back from right now. "
    "Send /help to see everything I understand."
)
ONLY_TEXT = (
    "I can only read text messages and buttons. You can reply, for example, "
    "<i>done</i>, <i>late</i> or <i>when's my next shot?</i> Send /help to see everything "
    "I understand."
)
# A pop-up: plain text, no HTML.
STALE_BUTTON = "That button belongs to an earlier question."

# --- Errors the patient may see ------------------------------------------------------------

SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on my side and I could not finish that. "
    "Your records are safe. Please try again in a minute."
)

# While the database is out of reach (bot.telegram.held_updates): messages are kept and
# handled later.
HELD_UPDATE = "I can't reach my records right now. I'll record that as soon as I can."
# Shown on the button the patient pressed (Telegram allows at most 200 characters).
HELD_UPDATE_BUTTON = "I'll record that as soon as I can."
HELD_UPDATES_FULL = (
    "I can't reach my records right now, and I can't keep any more of your messages until "
    "I can. Please send what you write from now on again in a few minutes."
)
HELD_UPDATE_FULL_BUTTON = "I couldn't keep that. Please press it again in a few minutes."
HELD_UPDATES_LOST = (
    "I had to stop before I could reach my records, so I could not record what you sent "
    "me in the last few minutes. Please send it again."
)

# --- Reply parsing (bot.domain.parsing.replies) ---

DATE_EMPTY = "Please send a date, for example <i>yesterday</i> or <i>12 March</i>."
DATE_UNRECOGNISED = (
    "I could not read that as a date. Please write it like one of these, for example "
    "<i>today</i>, <i>yesterday</i>, <i>3 days ago</i>, <i>Monday</i>, <i>12 March</i> "
    "or <i>2026-03-12</i>."
)
DATE_MISSING_MONTH = "Which month? Please add it, for example <i>12 March</i>."
DATE_NO_SUCH_DAY = (
    "{month} has no day {day}. Please check the date, for example <i>28 February</i>."
)
DATE_NO_SUCH_MONTH = (
    "There are only 12 months. Please check the date, or write the month as a word, "
    "for example <i>12 March</i>."
)
DATE_YEAR_OUT_OF_RANGE = (
    "Please give a year from {earliest} to {latest}, for example <i>12 March {latest}</i>."
)
DATE_IN_FUTURE = (
    "That date has not come yet. Please give today or an earlier date, for example "
    "<i>yesterday</i> or <i>3 days ago</i>."
)
DATE_IN_PAST = (
    "That date has already passed. Please give today or a later date, for example "
    "<i>tomorrow</i> or <i>in 2 days</i>."
)

TIME_EMPTY = "Please send a time, for example <i>9:00</i> or <i>9am</i>."
TIME_UNRECOGNISED = (
    "I could not read that as a time. Please write it like <i>9:30</i>, <i>21:30</i> or "
    "<i>9.30pm</i>, for example."
)
TIME_BAD_HOUR = (
    "Hours go from 0 to 23. Please check the time, for example <i>21:30</i> or <i>9pm</i>."
)
TIME_BAD_MINUTE = "Minutes go from 00 to 59. Please check the time, for example <i>9:30</i>."
TIME_BAD_AM_PM_HOUR = (
    "With am or pm, the hour goes from 1 to 12. Please check the time, for example "
    "<i>1pm</i> or <i>13:00</i>."
)

ZONE_EMPTY = (
    "Please tell me your time zone or nearest city, for example <i>London</i> or "
    "<i>Europe/London</i>."
)
ZONE_UNRECOGNISED = (
    "I don't know that place or time zone. Please send a nearby large city or a zone name, "
    "for example <i>London</i>, <i>New York</i>, <i>Sydney</i> or <i>Europe/Berlin</i>."
)
ZONE_OFFSET_OUT_OF_RANGE = (
    "Time zones run from UTC-12 to UTC+14. Please check the offset, for example "
    "<i>UTC+2</i> or <i>GMT-5</i>."
)
ZONE_OFFSET_NOT_WHOLE_HOURS = (
    "I can only use whole-hour offsets. For a zone like UTC+5:30, please send a city "
    "instead, for example <i>Delhi</i> or <i>Adelaide</i>."
)

DONE_DATE_IN_FUTURE = (
    "You can only record an injection on today or an earlier date. Please tell me when you "
    "had it, for example <i>done yesterday</i> or <i>done on 3 Dec</i>."
)

DOSE_EMPTY = "Please send the dose, for example <i>1000 mcg</i> or <i>1 mg</i>."
DOSE_UNRECOGNISED = (
    "I could not read that as a dose. Please send the amount and the unit from your "
    "prescription, for example <i>1000 mcg</i> or <i>1 mg</i>."
)
DOSE_NEEDS_UNIT = (
    "Is that mcg (micrograms) or mg (milligrams)? Please add the unit from your prescription, "
    "for example <i>1000 mcg</i> or <i>1 mg</i>."
)
DOSE_WRONG_UNIT = (
    "Please give the dose in mcg or mg, as your prescription states it (not ml or units), "
    "for example <i>1000 mcg</i> or <i>1 mg</i>."
)
DOSE_AMBIGUOUS_SEPARATOR = (
    "Please write the amount without a thousands dot, so I can't misread it a thousand-fold, "
    "for example <i>1000 mcg</i> or <i>1.5 mg</i>."
)
DOSE_NOT_ABOVE_ZERO = "The dose must be above zero, for example <i>1000 mcg</i> or <i>1 mg</i>."

COUNT_UNRECOGNISED = "Please send a number, for example <i>7</i> or <i>seven</i>."
COUNT_OUT_OF_RANGE = (
    "Please send a number from {minimum} to {maximum}, for example <i>{example}</i>."
)

# --- Reminders (bot.delivery and each feature) ----------------------------------------------

PHASE_NAMES = {"loading": "loading", "transition": "transition", "maintenance": "maintenance"}
DOSE_NUMBER_OF = ", dose {number} of {count}"
DOSE_NUMBER = ", dose {number}"

REMINDER_DOSE = "💉 Time for your <b>{dose} B12 injection</b>, {phase} phase{number}.\nDue {when}."
REMINDER_SENT_LATE = "⏱ Sent late: this reminder was due {when}.\n\n"
# A clinic dose's "when" in the reminders: its day, and its appointment once booked.
CLINIC_DUE_ON_DAY = "on {day}"
CLINIC_APPOINTMENT_AT = " (appointment {when})"
REMINDER_FOLLOW_UP = (
    "Just checking in: did you have your <b>{dose} B12 injection</b> due {when}? "
    "Tap a button, or reply “done”, “late” or “skip”."
)
REMINDER_LATE_AGAIN = (
    "⏰ As you asked, a reminder: your <b>{dose} B12 injection</b> due {when} is still to do."
)
REMINDER_MISSED_ONE = (
    "I marked your B12 injection due {when} as missed, because I didn't hear back."
)
REMINDER_MISSED_MANY = (
    "I marked {count} B12 injections as missed, because I didn't hear back:\n{dates}"
)
REMINDER_MISSED_ADVICE = (
    "\n\nThat's okay. If you did have it, reply for example “done on {example}”. "
    "If you are behind with your injections, ask your clinician what to do: "
    "don't double up without their advice."
)

BUTTON_DONE = "✅ Done"
BUTTON_LATE = "⏰ Late"
BUTTON_SKIP = "⏭ Skip"

# --- Setup conversation --------------------------------------------------------------------

COMMAND_REGIMEN = "Set up or change your injection plan"
COMMAND_CANCEL = "Stop what we are doing"

# The plan in words (bot.catalog.plan_words), reused by reminders and /status.
PLAN_EVERY_DAY = "every day"
PLAN_EVERY_OTHER_DAY = "every other day"
PLAN_EVERY_WEEK = "every week"
PLAN_EVERY_N_WEEKS = "every {weeks} weeks"
PLAN_EVERY_N_DAYS = "every {days} days"
PLAN_EVERY_MONTH = "every month"
PLAN_EVERY_N_MONTHS = "every {months} months"
PLAN_ON_WEEKDAYS = "every {days}"
PLAN_AND = "{items} and {last}"
PLAN_FOR_ONE_INJECTION = "for 1 injection"
PLAN_FOR_INJECTIONS = "for {count} injections"
PLAN_FOR_ONE_DAY = "for 1 day"
PLAN_FOR_DAYS = "for {days} days"
PLAN_FOR_ONE_WEEK = "for 1 week"
PLAN_FOR_WEEKS = "for {weeks} weeks"
PLAN_UNTIL_NO_FURTHER_IMPROVEMENT = "until your clinician sees no further improvement"
PLAN_NO_SET_END = "with no set end"
PLAN_MAINTENANCE_MARK = "(maintenance)"
PLAN_THEN = ", then "
PLAN_KIND_LOADING = "Loading"
PLAN_KIND_TRANSITION = "Transition"
PLAN_KIND_MAINTENANCE = "Maintenance"
PLAN_PHASE_LINE = "{position}. {kind}: {words}"

SETUP_INTRO_NEW = (
    "Let's set up your injection plan. Please have your prescription or clinic letter at "
    "hand: every number must come from it.\n"
    "Send /back to go one step back, or /cancel to stop at any time."
)
SETUP_INTRO_CHANGE = (
    "Let's set up your new plan. Your current plan stays in force until you confirm the new "
    "one, and your history is kept either way.\n"
    "Send /back to go one step back, or /cancel to stop at any time."
)
SETUP_ASK_PRESET = (
    "Which of these matches your prescription? Each one is only a starting point: I will show "
    "you every number to check. Choose <b>Custom plan</b> to enter yours phase by phase."
)
SETUP_ASK_PRESET_DOSE = (
    "How much is each maintenance injection? Please enter it exactly as written on your "
    "prescription, for example <i>1000 mcg</i> or <i>1 mg</i>."
)
SETUP_BUTTON_EVERY_N_MONTHS = "Every {months} months"
SETUP_REVIEW = (
    "<b>{name}</b>\n"
    "<i>Source: {source}</i>\n\n"
    "{phases}\n\n"
    "Please compare each number with your prescription. Does it match exactly?"
)
SETUP_BUTTON_MATCHES = "Yes, it matches"
SETUP_BUTTON_CHANGE_NUMBERS = "Change a number"
SETUP_ASK_EDITOR = (
    "Your plan so far:\n{phases}\n\n"
    "Choose a phase to change, or <b>Done</b> when every number matches your prescription."
)
SETUP_NO_PHASES_YET = "(no phases yet)"
SETUP_BUTTON_CHANGE_PHASE = "Change phase {position}"
SETUP_BUTTON_REMOVE_PHASE = "Remove phase {position}"
SETUP_BUTTON_ADD_PHASE = "Add a phase"
SETUP_BUTTON_DONE = "Done"
SETUP_PLAN_PROBLEM = "{problem}\n\nPlease change the phase that does not match your prescription."
SETUP_ASK_PHASE_KIND = (
    "Phase {position}: what kind of phase is it?\n"
    "<b>Loading</b>: the first, frequent injections. <b>Transition</b>: an in-between step "
    "some plans have. <b>Maintenance</b>: the long-term injection."
)
SETUP_ASK_CADENCE = "Phase {position} ({kind}): how often is the injection?"
SETUP_BUTTON_KEEP = "Keep: {value}"
SETUP_BUTTON_DAILY = "Every day"
SETUP_BUTTON_ALTERNATE_DAYS = "Every other day"
SETUP_BUTTON_WEEKLY = "Every week"
SETUP_BUTTON_FOUR_WEEKLY = "Every 4 weeks"
SETUP_BUTTON_OTHER_DAYS = "Every … days"
SETUP_BUTTON_WEEKDAYS = "On certain days of the week"
SETUP_BUTTON_MONTHS = "Every … months"
SETUP_ASK_INTERVAL_DAYS = (
    "Every how many days? Send a number, for example <i>14</i> for every 2 weeks."
)
SETUP_ASK_INTERVAL_MONTHS = "Every how many months? Send a number, for example <i>3</i>."
SETUP_ASK_WEEKDAYS = (
    "Phase {position}: on which days of the week? Tap each day to tick it, then <b>Done</b>."
)
SETUP_WEEKDAY_TICKED = "✓ {day}"
SETUP_ASK_END = "Phase {position} ({kind}): how long does it last?"
SETUP_BUTTON_END_INJECTIONS = "A number of injections"
SETUP_BUTTON_END_DURATION = "A number of days or weeks"
SETUP_BUTTON_END_OPEN = "Until my clinician changes it"
SETUP_ASK_COUNT = "How many injections are in this phase? Send a number, for example <i>7</i>."
SETUP_ASK_DURATION = (
    "For how long? Send days or weeks, for example <i>14 days</i> or <i>2 weeks</i>."
)
SETUP_DURATION_IN_DAYS_OR_WEEKS = (
    "Please give the length in days or weeks, for example <i>14 days</i> or <i>2 weeks</i>."
)
SETUP_ASK_DOSE = (
    "Phase {position} ({kind}): how much is each injection? Send the amount and unit from your "
    "prescription, for example <i>1000 mcg</i> or <i>1 mg</i>."
)
SETUP_BUTTON_SAME_DOSE = "Same as phase {position}: {dose}"
SETUP_ASK_MORE = (
    "Your plan so far:\n{phases}\n\nDoes your prescription have another phase after this one?"
)
SETUP_BUTTON_ADD_ANOTHER = "Add another phase"
SETUP_BUTTON_THATS_ALL = "That's all"
SETUP_ASK_DRUG = "Which form of vitamin B12 is it? It is written on the ampoule's label."
SETUP_ASK_DRUG_SUGGESTED = (
    "Which form of vitamin B12 is it? It is written on the ampoule's label. "
    "(Plans like the one you chose usually use {drug}.)"
)
SETUP_DRUG_CYANOCOBALAMIN = "Cyanocobalamin"
SETUP_DRUG_HYDROXOCOBALAMIN = "Hydroxocobalamin"
SETUP_DRUG_METHYLCOBALAMIN = "Methylcobalamin"
SETUP_DRUG_OTHER = "Another form"
SETUP_ASK_ROUTE = (
    "I am made for B12 injections. Please check your prescription: how is yours given?"
)
SETUP_BUTTON_IM = "Into the muscle (IM)"
SETUP_BUTTON_DEEP_SC = "Deep under the skin (deep SC)"
SETUP_ROUTE_NOT_INJECTION = (
    "Thank you for telling me. B12 tablets, sprays and lozenges help many people, but I am "
    "built only for injection plans, so I cannot keep track of them for you. Your clinician "
    "or pharmacist can help you keep to a tablet plan.\n\n"
    "If your prescription also includes injections, choose how they are given:"
)
SETUP_ROUTE_UNRECOGNISED = (
    "Please choose one of the buttons, or write <i>IM</i> (into the muscle) or "
    "<i>deep SC</i> (deep under the skin)."
)
SETUP_ASK_GIVER = "Who gives the injection?"
SETUP_GIVER_SELF = "I inject myself"
SETUP_GIVER_CAREGIVER = "Someone who cares for me"
SETUP_GIVER_CLINIC = "A nurse or clinic"
SETUP_ASK_ZONE = (
    "Which time zone are you in? I remind you at your local time.\n"
    "Send your nearest city (for example <i>London</i>) or a zone name "
    "(<i>Europe/London</i>), share your location with the button below, or choose a UTC "
    "offset."
)
SETUP_BUTTON_SHARE_LOCATION = "Share my location"
SETUP_BUTTON_CHOOSE_OFFSET = "Choose a UTC offset"
SETUP_ASK_ZONE_OFFSET = "It is {utc} UTC right now. Choose the offset that gives your local time."
SETUP_ZONE_FROM_LOCATION_UNKNOWN = (
    "I could not tell the time zone from your location. It is {utc} UTC right now: please "
    "choose the offset that gives your local time, or send your nearest city."
)
SETUP_ASK_ZONE_CHOICE = "Which of these is yours?"
SETUP_ZONE_DID_YOU_MEAN = "I couldn't find {typed}. Did you mean {place} ({zone})?"
SETUP_ZONE_DID_YOU_MEAN_ONE_OF = "I couldn't find {typed}. Did you mean one of these?"
SETUP_ZONE_PLACE_LABEL = "{place} ({zone})"
SETUP_BUTTON_NONE_OF_THESE = "None of these"
SETUP_ZONE_NONE_OF_THESE = (
    "Then please send the nearest large city, or your UTC offset, for example <i>Chicago</i> "
    "or <i>UTC-5</i>."
)
SETUP_ZONE_OFFSET_LABEL = "UTC{sign}{hours}"
SETUP_ZONE_SET = "Time zone: <b>{zone}</b> (it is {time} there now)."
SETUP_ASK_START_FROM = (
    "How should I place your injections?\n"
    "• Not started yet: give me the date of your <b>first</b> injection.\n"
    "• Already on this plan: give me the date of your <b>last</b> injection and I will count "
    "on from it."
)
SETUP_BUTTON_FIRST_INJECTION = "My first injection"
SETUP_BUTTON_LAST_INJECTION = "My last injection"
SETUP_ASK_START_FROM_CHANGE = (
    "Where does the new plan start?\n"
    "• <b>From my next injection</b>: you give me its date.\n"
    "• <b>From my last injection</b>: you give me its date, and I count the new plan on from it."
)
SETUP_BUTTON_FROM_NEXT = "From my next injection"
SETUP_RESUME_IN_PHASE = "Where you are now: <b>{phase} phase, dose {number}{of}</b> ({day})."
SETUP_RESUME_OF_COUNT = " of {count}"
SETUP_RESUME_PHASE_NEXT = (
    "Where you are now: the <b>{phase} phase</b> comes next (your last dose: {day})."
)
SETUP_ASK_RESUME = (
    "{where}\n"
    "How should the new plan go on?\n"
    "• <b>Carry on where I am</b>: the doses so far count, and the next one is counted "
    "on from {day}.\n"
    "• <b>{restart}</b>: from a date you give me. Your doses so far stay in your history."
)
SETUP_BUTTON_CARRY_ON = "Carry on where I am"
SETUP_BUTTON_RESTART_PHASE = "Start the {phase} phase again"
SETUP_BUTTON_START_PHASE = "Start the {phase} phase on a date I give"
SETUP_BUTTON_FROM_LAST = "From my last injection"
SETUP_ASK_FIRST_DATE = (
    "On what date is your first injection on this plan? For example <i>today</i>, "
    "<i>12 March</i> or <i>2026-03-12</i>."
)
SETUP_ASK_LAST_DATE = (
    "When was your last injection? For example <i>yesterday</i>, <i>12 March</i> or "
    "<i>2026-03-12</i>."
)
SETUP_ASK_WHICH_DATE = "Did you mean {first} or {second}?"
SETUP_ASK_TIME = "At what time of day should I remind you? For example <i>9am</i> or <i>21:30</i>."
SETUP_SUMMARY = (
    "<b>Please check your plan</b>\n{plan}\n\n"
    "<b>Next injections</b>\n{dates}\n\n"
    "{maintenance}\n"
    "<b>Drug:</b> {drug}\n"
    "<b>Given:</b> {route}, {giver}\n"
    "<b>Time zone:</b> {zone}\n"
    "<b>Reminders at:</b> {time}\n\n"
    "Is everything right? Nothing is saved until you confirm."
)
SETUP_SUMMARY_DATE_LINE = "• {when}"
SETUP_MAINTENANCE_STARTS = "<b>Maintenance starts:</b> {day}"
SETUP_MAINTENANCE_FROM_START = "<b>Maintenance:</b> from your first injection on this plan"
SETUP_MAINTENANCE_ON_SWITCH = "<b>Maintenance starts:</b> when your clinician switches you"
SETUP_NO_MAINTENANCE = "<b>Maintenance:</b> not part of this plan"
SETUP_OVERDUE = (
    "\n⚠️ By these dates, an injection was already due on {day}, more than a day ago. "
    "Please ask your clinician or nurse when to have it; I cannot advise on that. You can "
    "still save the plan and record the injection once you have had it.\n"
)
SETUP_ROUTE_IM = "into the muscle (IM)"
SETUP_ROUTE_DEEP_SC = "deep under the skin (deep SC)"
SETUP_GIVEN_BY_SELF = "by yourself"
SETUP_GIVEN_BY_CAREGIVER = "by someone who cares for you"
SETUP_GIVEN_BY_CLINIC = "by a nurse or clinic"
SETUP_BUTTON_CONFIRM = "Confirm and save"
SETUP_BUTTON_START_OVER = "Start over"
SETUP_SAVED = "Saved. Your first reminder comes on <b>{when}</b>."
SETUP_SAVED_DUE_NOW = (
    "Saved. An injection is already due by this plan, so your first reminder comes right away."
)
SETUP_SAVED_ASKING_ONE = (
    "Saved. By this plan an injection was already due <b>{when}</b>, so I'm asking you "
    "about it now: tap a button under the reminder below."
)
SETUP_SAVED_ASKING_MANY = (
    "Saved. By this plan {count} injections were already due before now, so I'm asking you "
    "about them now: the latest in the reminder below, the others in one question."
)
# A clinic-given plan: the first reminder is the one to book the clinic.
SETUP_SAVED_BOOK_NOW = (
    "Saved. Your next injection at the clinic is due on <b>{day}</b>: a reminder to book it "
    "comes right away."
)
SETUP_SAVED_BOOK_LATER = (
    "Saved. I'll remind you to book the clinic on <b>{when}</b>, for your injection due on "
    "<b>{day}</b>."
)
# After a plan change that carries on: the reminders already sent about open doses stand.
SETUP_SAVED_REMINDER_STANDS = (
    "Saved. The reminder I sent for your injection of {days} still stands: tap a button "
    "under it, or reply “done”."
)
SETUP_SAVED_AND_ASKING_ONE = " I'm also asking you now about one more injection already due."
SETUP_SAVED_AND_ASKING_MANY = " I'm also asking you now about {count} more injections already due."
SETUP_SAVED_NEXT = " Your next reminder comes on <b>{when}</b>."
AND = " and "
SETUP_PAST_DOSES_ASK = (
    "Which of these earlier injections have you had? Tap each one you had; "
    "tap “None of the others” when the rest were not had."
)
SETUP_PAST_DOSE_DONE = "\n✅ {day}: had."
SETUP_PAST_DOSE_NOT_HAD = "\n❌ {day}: not had."
BUTTON_PAST_DOSE = "✅ {day}"
BUTTON_PAST_DOSES_NONE = "❌ None of the others"
SETUP_CANCELLED = (
    "Setup stopped; nothing was saved. Send /regimen whenever you want to start again."
)
SETUP_CANCELLED_PLAN_KEPT = (
    "Setup stopped; nothing was changed and your current plan stays as it was."
)
SETUP_NOTHING_TO_GO_BACK = (
    "This is the first question, so there is nothing to go back to. Send /cancel to stop."
)
SETUP_RESUME = "We are in the middle of setting up your plan. Here is where we were:"
SETUP_USE_BUTTONS = "Please choose one of the buttons below."
# Shown in Telegram's small pop-up for a button press: plain text, no HTML.
SETUP_STALE_BUTTON = STALE_BUTTON
SETUP_FINISHED_BUTTON = "That setup has ended. Send /regimen to set up your plan."

# --- end of setup conversation ---------------------------------------------------------------

# --- Dose replies, questions and plan changes ------------------------------------------------

ONE_DAY = "1 day"
SEVERAL_DAYS = "{days} days"
COUNTDOWN_IN_DAYS = "in {days} days"
COUNTDOWN_TOMORROW = "tomorrow"
COUNTDOWN_DAYS_AGO = "{days} days ago"
COUNTDOWN_YESTERDAY = "yesterday"
COUNTDOWN_IN_HOURS = "today, in about {hours} hours"
COUNTDOWN_IN_MINUTES = "today, in {minutes} minutes"
COUNTDOWN_NOW = "today, due now"

DOSE_OUTCOME_DONE = "\n\n✅ Done {when}."
DOSE_OUTCOME_DONE_LATE = "\n\n✅ Done {when}: {days} after it was due."
DOSE_OUTCOME_SKIPPED = "\n\n⏭ Skipped."
DOSE_OUTCOME_LATE = "\n\n⏰ Late: I'll remind you again {when}."

DOSE_DONE_REPLY = "✅ Recorded: your {dose} injection of {due}, done {when}."
DOSE_DONE_REPLY_LATE = (
    "✅ Recorded: your {dose} injection of {due}, done {when}, {days} after it was due."
)
DOSE_SKIP_REPLY = (
    "⏭ Skipped your {dose} injection of {due}. If you like, tell me why "
    "(for example “travelling”), or tap “No reason”."
)
DOSE_SKIPPED_WITH_REASON = "⏭ Skipped your {dose} injection of {due}: {reason}."
# A dose due tomorrow is named so: a "skip" late in the evening answers the next morning's dose.
DOSE_DAY_TOMORROW = "{day} (tomorrow)"
DOSE_DONE_MANY = "✅ Recorded:"
DOSE_DONE_MANY_LINE = "\n• your {dose} injection of {due}, done {when}"
DOSE_DONE_MANY_LINE_LATE = (
    "\n• your {dose} injection of {due}, done {when} ({days} after it was due)"
)
DOSE_DONE_NONE_OF_DAYS = "I couldn't record any of those days:"
DOSE_DAY_NO_DOSE = (
    "\n• {day}: no open injection was planned near that day, so nothing was recorded."
)
DOSE_DAY_ALREADY = "\n• {day}: your injection of that day is already recorded."
DOSE_FORGOT_OPEN = (
    "No problem. Your {dose} injection of {due} is not recorded yet.\n"
    "• Have it now and tap “Done now”.\n"
    "• Had it on another day? Tap “I had it on another day”, or write for example "
    "“done yesterday”.\n"
    "• Or tap “Late” to be reminded again, or “Skip”."
)
DOSE_FORGOT_MISSED = (
    "Your {dose} injection of {due} is marked missed.\n"
    "• Have it now and tap “Done now”.\n"
    "• Had it on another day? Tap “I had it on another day”, or write for example "
    "“done yesterday”.\n"
    "If you are not sure whether to have it late, please ask your clinician."
)
DOSE_FORGOT_NO_DOSE_ON = "I don't see an open injection planned on {day}."
DOSE_DONE_DATE_ASK = "Which day did you have it? For example “yesterday” or “{example}”."
DOSE_WILL_DO_TODAY = (
    "👍 Okay. Your {dose} injection of {due} stays open and your reminders stay as planned. "
    "Reply “done” once you have had it."
)
BUTTON_DONE_NOW = "✅ Done now"
BUTTON_DONE_OTHER_DAY = "📅 I had it on another day"
BUTTON_UNDO = "↩️ Undo"
BUTTON_UNDO_DAY = "↩️ Undo {day}"
UNDONE_OPEN = "↩️ Undone. Your {dose} injection of {due} is waiting for your answer again."
UNDONE_LATE = (
    "↩️ Undone. Your {dose} injection of {due} is still late: I'll remind you again {when}."
)
UNDONE_MISSED = (
    "↩️ Undone. Your {dose} injection of {due} is marked missed again. If you had it, "
    "tell me when, for example “done yesterday”."
)
UNDONE_SETTLED = "↩️ Undone. Your {dose} injection of {due} is back to how it was before."
# Pop-ups (plain text, no HTML).
UNDO_RECORDED = "Undone."
UNDO_TOO_LATE = "This can no longer be undone: something else was recorded since."
DOSE_SKIP_REASON_SAVED = "Thanks, noted: {reason}."
DOSE_SKIP_NO_REASON = "Okay, no reason noted."
DOSE_SKIP_REASON_TOO_LONG = "That is a bit long. Please keep the reason under 200 characters."
DOSE_LATE_ASK = "⏰ No problem. When will you have it?"
DOSE_LATE_PICK_DATE = "Which day? For example “Friday” or “3 Dec”."
DOSE_LATE_SET = "⏰ Okay, your {dose} injection of {due} is late: I'll remind you again {when}."
DOSE_NEXT_AFTER = "\nNext injection: {when}."

BUTTON_LATER_TODAY = "In 3 hours"
BUTTON_TOMORROW = "Tomorrow"
BUTTON_PICK_DATE = "Pick a date"
BUTTON_NO_REASON = "No reason"

# Shown in Telegram's small pop-up for a button press: plain text, no HTML.
DOSE_BUTTON_NOT_YOURS = "That button does not belong to this chat."
DOSE_BUTTON_ALREADY = "This injection is already recorded."
DOSE_BUTTON_RECORDED = "Recorded."

DOSE_NOTHING_OPEN = "I don't have an injection waiting for an answer right now."
DOSE_DATE_AMBIGUOUS = (
    "Did you mean {first} or {second}? Please write the month as a word, for example "
    "“done on 3 April”."
)
DOSE_TAKEN_TOO_EARLY = (
    "That date is before this injection was planned ({due}). If you had an extra injection, "
    "please tell your clinician."
)

UNKNOWN_REPLY = (
    "Sorry, I didn't understand that. You can reply, for example:\n"
    "• “done” or “done yesterday”\n"
    "• “late”\n"
    "• “skip”\n"
    "• “when's my next shot?”\n"
    "or send /help."
)

NO_PLAN_YET = "You have no plan saved yet. Send /regimen to set it up."
NEXT_DOSE = "💉 Your next injection: <b>{when}</b> ({countdown}).\n{dose}, {phase} phase{number}."
NEXT_DOSE_OPEN = (
    "💉 Your injection due <b>{when}</b> is still open ({countdown}).\n"
    "Reply “done” once you have had it, or “late” or “skip”."
)
NEXT_NOTHING_PLANNED = "No injection is planned right now."
NEXT_LAB = "\n🧪 Next lab test: {test}, {day}."

STATUS = (
    "<b>Now: {phase} phase</b>\n"
    "Injections done: {done} (late: {late})\n"
    "Skipped: {skipped}\n"
    "Missed: {missed}"
)
STATUS_NEXT_PHASE = "\n{kind} starts {day}."
STATUS_EARLIER = "\n\n<b>Before this phase</b>"
STATUS_EARLIER_LINE = "\n{phase} phase: {done} done, {skipped} skipped, {missed} missed"
STATUS_WAITING_FOR_SWITCH = (
    "\nThis phase lasts until your clinician switches you. When they do, send /switch."
)

SWITCH_NOT_POSSIBLE = (
    "Your current phase has a planned end, so there is no switch to record. "
    "To change your plan, send /regimen."
)
SWITCH_LAST_PHASE = (
    "You are in the {phase} phase, the last one of your plan, so there is no next phase to "
    "switch to. To change your plan, send /regimen."
)
SWITCH_ALREADY_RECORDED = (
    "Your switch out of the {phase} phase is already recorded. To change your plan, send /regimen."
)
SWITCH_NOTHING_PLANNED = (
    "No injection is planned right now, so there is no phase to switch out of. "
    "To change your plan, send /regimen."
)
SWITCH_FUTURE = "The switch can't be in the future. Send /switch on the day, or give a past date."
SWITCH_RECORDED = (
    "Recorded: your clinician switched you on {day}. {phase} starts now; "
    "your next injection: <b>{when}</b>."
)

COMMAND_NEXT = "When is my next injection?"
COMMAND_STATUS = "How am I doing in this phase?"
COMMAND_SWITCH = "My clinician moved me to the next phase"

LAB_TEST_NAMES = {
    "reticulocytes": "reticulocyte count",
    "full_blood_count": "full blood count (haemoglobin)",
    "treatment_review": "treatment review",
    "b12": "vitamin B12 level",
    "mma": "methylmalonic acid (MMA)",
    "folate": "folate",
    "ferritin": "ferritin",
    "potassium": "potassium",
}

# --- Settings ----------------------------------------------------------------------------------

FOLLOW_UP_NOW = (
    "If you don't answer a reminder, I check in once after <b>{delay}</b>. To change that, "
    "send for example /followup 2 hours or /followup 45 minutes."
)
FOLLOW_UP_SET = "Done: if you don't answer a reminder, I'll check in once after <b>{delay}</b>."
FOLLOW_UP_INVALID = (
    "Please give a delay between 15 minutes and 12 hours, for example "
    "/followup 2 hours or /followup 90 minutes."
)
HOURS_AND_MINUTES = "{hours} h {minutes} min"
HOURS_ONLY = "{hours} h"
MINUTES_ONLY = "{minutes} min"
COMMAND_FOLLOW_UP = "When I check in after an unanswered reminder"

# --- Labs, clinic appointments, pause and resume (issue 5: points 1, 2, 7) -------------------

COMMAND_LABS = "My lab tests and results"
COMMAND_APPOINTMENTS = "When I remind you to book the clinic"
COMMAND_PAUSE = "Pause reminders until a date"
COMMAND_RESUME = "Restart paused reminders now"

LAB_TIMING_RETICULOCYTES = "7 to 10 days after your first injection"
LAB_TIMING_FULL_BLOOD_COUNT = "8 weeks after your first injection"
LAB_TIMING_TREATMENT_REVIEW = "3 months after your first injection"
LAB_SOURCE_RETICULOCYTES = (
    "NICE Clinical Knowledge Summaries, anaemia (B12 and folate deficiency): "
    "a reticulocyte count at 7 to 10 days shows the treatment is working."
)
LAB_SOURCE_FULL_BLOOD_COUNT = (
    "NICE Clinical Knowledge Summaries, anaemia (B12 and folate deficiency): "
    "a full blood count after 8 weeks of treatment."
)
LAB_SOURCE_TREATMENT_REVIEW = "NICE guideline NG239, vitamin B12 deficiency: review at 3 months."

LAB_OFFER = (
    "🧪 <b>Follow-up tests</b>\n"
    "Many plans include these checks. Tick the ones your clinician has arranged or you want "
    "reminders for; each one is optional. I remind you the day before and on the morning.\n\n"
    "{items}"
)
LAB_OFFER_ITEM = "• <b>{test}</b>, {day} ({timing})\n  <i>Source: {source}</i>"
LAB_OFFER_NONE_LEFT = (
    "The usual follow-up test dates for your plan have already passed. If your clinician "
    "ordered a test, add it with /labs."
)
LAB_OFFER_NOT_STARTING = (
    "🧪 The suggested tests check the first weeks of treatment, so they don't fit a plan that "
    "carries on treatment you already have. If your clinician ordered a test, for example a "
    "B12 level, add it with /labs → <b>My clinician ordered a test</b>."
)
LAB_OFFER_AFTER_SETUP_NOT_STARTING = (
    "🧪 If your clinician orders a blood test, for example a B12 level, add it with /labs: I'll "
    "remind you the day before and on the morning."
)
LAB_BUTTON_TICKED = "✓ {test}"
LAB_BUTTON_UNTICKED = "{test}"
LAB_BUTTON_SAVE = "Save these tests"
LAB_BUTTON_NO_THANKS = "No thanks"
LAB_OFFER_SAVED = "🧪 Saved: {tests}. Send /labs to see them, move one or record a result."
LAB_OFFER_DECLINED = "No lab reminders for now. You can add tests any time with /labs."

LAB_LIST_TITLE = "🧪 <b>Your lab tests</b>"
LAB_LIST_DUE = "\n<b>Coming up</b>\n{items}"
LAB_LIST_DUE_ITEM = "• {test}: {day}{ordered}"
LAB_LIST_ORDERED = " (ordered by your clinician)"
LAB_LIST_NOTHING_DUE = "\nNo test is planned."
LAB_LIST_RESULTS = "\n<b>Results</b>\n{items}"
LAB_LIST_RESULT_ITEM = "• {test}, {day}: {value} {unit}{trend}"
LAB_LIST_DONE_ITEM = "• {test}, {day}: done, no result recorded"
LAB_TREND = {"up": " ↑ up", "down": " ↓ down", "same": " → same"}
LAB_TREND_SUFFIX = " from {value} {unit}"
LAB_BUTTON_SUGGESTED = "Suggested tests"
LAB_BUTTON_CLINICIAN = "My clinician ordered a test"
LAB_BUTTON_RESULT = "Record a result"
LAB_BUTTON_MARK_DONE = "Mark a test done"
LAB_BUTTON_MOVE = "Move a test"
LAB_NO_PLAN = "Please set up your injection plan first with /regimen; tests are timed from it."

LAB_ASK_CLINICIAN_TEST = "Which test did your clinician order?"
LAB_ASK_WHEN = (
    "When is the {test} test? Send a date, for example <i>12 March</i>, or a time after "
    "your start or a phase, for example <i>8 weeks after start</i> or "
    "<i>2 weeks after maintenance</i>."
)
LAB_WHEN_UNKNOWN_PHASE = (
    "I don't know yet when your {phase} phase starts, so I can't count from it. Please send "
    "a date instead, for example <i>12 March</i>."
)
LAB_WHEN_PASSED = (
    "That works out as {day}, which has already passed. Please send a later date, for example "
    "<i>in 2 weeks</i> or <i>12 March</i>."
)
LAB_ADDED = "🧪 Added: {test} on <b>{day}</b>. I'll remind you the day before and on the morning."
LAB_ASK_WHICH_DONE = "Which test did you have?"
LAB_ASK_WHICH_MOVE = "Which test do you want to move?"
LAB_ASK_WHICH_RESULT = "Which test is the result for?"
LAB_NONE_PLANNED = "You have no planned test. Add one with /labs."
LAB_NONE_FOR_RESULT = "You have no test with a result to record. Add one with /labs."
LAB_ASK_MOVE_DATE = "What is the new date for the {test} test? For example <i>12 March</i>."
LAB_MOVED = "📅 Moved: {test} to <b>{day}</b>. Reminders follow the new date."
LAB_MARKED_DONE = "✅ Recorded: {test} done {day}."
LAB_ASK_RESULT = (
    "What was the result? Send the value and unit as on your report, for example "
    "<i>{example}</i>. Or send /cancel if you don't have it yet."
)
LAB_RESULT_SAVED = "🧾 Saved: {test} {value} {unit}{trend}."
LAB_REVIEW_HAS_NO_RESULT = "✅ Recorded: {test} done {day}."
LAB_CANCELLED = "Okay, nothing more about lab tests for now."
LAB_STALE_BUTTON = STALE_BUTTON
LAB_BUTTON_NOT_YOURS = "That test is not in your plan any more."

LAB_RESULT_GENERAL_EXAMPLE = "Hb 11.2 g/dL"
LAB_RESULT_EXAMPLE = "For example: <i>{example}</i>."
LAB_RESULT_UNRECOGNISED = "I could not read that as a result."
LAB_RESULT_UNKNOWN_TEST = "I don't know that test name."
LAB_RESULT_OTHER_TEST = "That looks like a different test."
LAB_RESULT_NEEDS_UNIT = "Please add the unit from your report ({units})."
LAB_RESULT_WRONG_UNIT = "That unit doesn't fit this test: please use {units} as on your report."
LAB_RESULT_OUT_OF_RANGE = (
    "That number looks unlikely in {unit}. Please check it against your report."
)
LAB_RESULT_NO_VALUE = "A {test} has no value to record."

REMINDER_LAB_DAY_BEFORE = (
    "🧪 Tomorrow, {day}: your <b>{test}</b>. Check whether you need to book it or fast, "
    "as your clinic told you."
)
REMINDER_LAB_DAY_OF = "🧪 Today, {day}: your <b>{test}</b>."
REMINDER_LAB_DONE_BUTTON = "✅ Done"
REMINDER_LAB_MOVE_BUTTON = "📅 Move it"

REMINDER_BOOK_APPOINTMENT = (
    "📅 Time to book your B12 injection at the clinic: it is due on <b>{day}</b> ({countdown}).\n"
    "Once it's booked, press <b>Booked</b> and tell me the day and time."
)
BUTTON_BOOKED = "✅ Booked"
BUTTON_REMIND_TOMORROW = "⏰ Remind me tomorrow"
# A clinic dose has a day, not a time, until the patient books the appointment.
CLINIC_DUE_ON = "due on {day}"
NEXT_APPOINTMENT = "\n📅 Appointment booked: {when}."
BOOKING_REMIND_TOMORROW = (
    "⏰ Okay: I'll remind you again tomorrow, <b>{when}</b>, to book your injection due on {day}."
)
BOOKING_TOO_LATE_FOR_TOMORROW = (
    "Your injection is due on <b>{day}</b>, so tomorrow would be too late: please book it "
    "today, then press <b>Booked</b>."
)
APPOINTMENT_ASK = (
    "📅 When is your appointment for the injection due on {day}? Send the day and time, for "
    "example <i>{example}</i>, <i>the {day_number} at 2pm</i> or <i>tomorrow 9am</i>. "
    "Send /cancel to leave it for now."
)
APPOINTMENT_SAVED = (
    "📅 Appointment booked: <b>{when}</b>. I'll remind you on {reminder}, 2 hours before. "
    "Send /next to see it."
)
APPOINTMENT_SAVED_SOON = "📅 Appointment booked: <b>{when}</b>. Send /next to see it."
APPOINTMENT_SHOWN = "📅 Appointment booked: <b>{when}</b>, for your B12 injection due on {day}."
APPOINTMENT_PROBLEMS = {
    "unreadable": "I couldn't read that as a day and time.",
    "no_day": "Which day is it? Please send the day and the time together.",
    "no_time": "What time is it? Please send the day and the time together.",
    "needs_am_pm": (
        "Is that in the morning or the afternoon? Please add am or pm, or use the 24-hour clock."
    ),
    "ambiguous_day": "That date can be read two ways: please write the month as a word.",
    "no_such_day": "That day doesn't exist: please check the date.",
    "day_passed": "That day has already passed: please send the day of your appointment.",
    "weekday_mismatch": "The weekday and the date don't match: please check them.",
    "time_passed": "That time has already passed: please send when your appointment is.",
}
APPOINTMENT_EXAMPLE = (
    "\nFor example: <i>{example}</i> or <i>tomorrow 9am</i>. Or send /cancel to leave it."
)
APPOINTMENT_NO_CLINIC_DOSE = (
    "I note appointments for injections given at a clinic, and none is planned for you right "
    "now. Send /next to see your next injection."
)
APPOINTMENT_CANCELLED = (
    "Okay, no appointment noted. Press <b>Booked</b> under the booking reminder when you have "
    "one, or write for example <i>booked it for the 16th at 2pm</i>."
)
APPOINTMENT_DOSE_GONE = "That injection is no longer open, so there is nothing to book for it."
APPOINTMENTS_NOW = (
    "When a nurse or clinic gives your injection, I remind you to book it <b>{days}</b> "
    "before. To change that, send for example /appointments 5."
)
APPOINTMENTS_NOT_CLINIC = (
    " (Your current plan says you inject yourself or someone at home does, so no booking "
    "reminders go out.)"
)
APPOINTMENTS_SET = "Done: I'll remind you to book each clinic appointment <b>{days}</b> before."
APPOINTMENTS_INVALID = (
    "Please give a number of days from 1 to 60, for example /appointments 5 or /appointments 14."
)

PAUSE_ASK = (
    "Until when should I pause your reminders? Send the day they should start again, for "
    "example /pause 20 December or /pause in 2 weeks."
)
PAUSE_TOO_FAR = (
    "I can pause reminders for up to a year. Please give an earlier date, for example "
    "/pause 20 December."
)
PAUSE_NOT_AFTER_TODAY = (
    "Please give a day after today, for example /pause tomorrow or /pause 20 December."
)
PAUSE_SET = (
    "⏸ Reminders paused until <b>{day}</b>. Injections that fall in the pause are not marked "
    "as missed.\n{resume}\nSend /resume to restart them earlier. Please tell your clinician "
    "about the break."
)
PAUSE_RESUME_FROM_LAST = "When you're back, your next injection is due <b>{when}</b>."
PAUSE_RESUME_NOTHING = "No injection is planned after the pause yet."
PAUSE_NOTE = "⏸ Reminders are paused until {day}. Send /resume to restart them now.\n\n"
PAUSE_STATUS_LINE = "\n⏸ Paused until {day}."
RESUME_DONE = "▶️ Reminders are back on.{next}"
RESUME_NOTHING = "Your reminders aren't paused."

# --- Symptoms, red flags, drift, injection sites and stock (issue 5) ---------------------------

# Fixed safety texts, one per red-flag level: never a diagnosis. Reviewed with the phrase
# lists in bot/catalog/red_flag_phrases.py.
RED_FLAG_EMERGENCY = (
    "🚨 <b>If you have signs of an allergic reaction</b> (rash, hives, swelling of the face, "
    "lips or throat, a tight throat, trouble breathing, fainting), <b>call your local "
    "emergency number now</b> "
    "(999 in the UK, 112 in Europe, 911 in the US). Don't wait for a reply from me."
)
RED_FLAG_URGENT_CARE = (
    "⚠️ <b>New or spreading numbness, trouble walking or standing, falls, changes in your "
    "vision or sudden confusion need a doctor today.</b> Please go to urgent care or call "
    "your clinician's same-day line now. If it gets worse quickly, call your local "
    "emergency number."
)
RED_FLAG_CALL_CLINICIAN = (
    "⚠️ <b>Breathlessness, swollen legs or ankles, quick weight gain, an irregular or racing "
    "heartbeat, cramps, weakness, or symptoms getting worse instead of better should be "
    "checked: please call your clinician now</b> and "
    "tell them what you told me. If it is severe, call your local emergency number."
)
RED_FLAG_TEXTS = {
    "emergency": RED_FLAG_EMERGENCY,
    "urgent_care": RED_FLAG_URGENT_CARE,
    "call_clinician": RED_FLAG_CALL_CLINICIAN,
}

SYMPTOM_NAMES = {
    "fatigue": "Tiredness (fatigue)",
    "tingling": "Tingling or numbness",
    "balance": "Balance problems",
    "mouth_soreness": "Sore mouth or tongue",
    "memory": "Memory or concentration problems",
    "mood": "Low mood",
}
SYMPTOM_SCALE = ("None", "Mild", "Moderate", "Severe")
SYMPTOM_OFFER_WEEKLY = "📝 Time for your weekly symptom check-in: six quick taps.\n\n"
SYMPTOM_OFFER_BEFORE_DOSE = (
    "📝 Your next injection is due {when}. Many people notice symptoms coming back before "
    "the next shot: a quick check-in now shows it to your clinician.\n\n"
)
SYMPTOM_QUESTION = (
    "{intro}<b>{name}</b> in the last few days? ({step} of {count})\n"
    "<i>Anything you write during the check-in is kept as a note.</i>"
)
SYMPTOM_NOTE_ASK = "Thanks. Anything else to note for your clinician? Write it, or tap “No note”."
SYMPTOM_NOTE_SAVED = "📝 Noted. Please tap a button to go on."
SYMPTOM_NOTE_TOO_LONG = "That is a bit long. Please keep the note under 1,000 characters."
SYMPTOM_SAVED = "✅ Check-in saved."
SYMPTOM_STOPPED = "Check-in stopped; what you answered is kept. Send /symptoms any time."
SYMPTOM_TREND_HEADER = "<b>Your symptoms, last {count} check-ins</b> (0 none … 3 severe)"
SYMPTOM_TREND_LINE = "{name}: {scores}{direction}"
SYMPTOM_BETTER = " ↘ better"
SYMPTOM_WORSE = " ↗ worse"
SYMPTOM_SAME = " → same"
SYMPTOM_TREND_NONE = "No check-ins yet. Send /symptoms to do one; it takes six taps."
SYMPTOM_TREND_HINT = "\n\nSend /symptoms trend to see this again."
SYMPTOM_NOTES_HEADER = "\n\n<b>Your notes</b>"
SYMPTOM_NOTE_LINE = "\n{day}: {note}"
BUTTON_NO_NOTE = "No note"
BUTTON_STOP_CHECK_IN = "Stop"
# Shown in Telegram's small pop-up for a button press: plain text, no HTML.
SYMPTOM_BUTTON_ALREADY = "This check-in is already saved."
COMMAND_SYMPTOMS = "Symptom check-in (/symptoms trend: how it's going)"

DRIFT_TOLD = (
    "📅 <b>A note about timing.</b> Your last injections came {intervals} apart, while your "
    "plan says every {planned}. When monthly injections drift to every 6–8 weeks for a long "  # noqa: RUF001  # an en dash in a range
    "stretch, some patients feel the effects before their labs are checked again. If keeping "
    "to the schedule is hard, tell your clinician; they can help. I've noted this for your "
    "records."
)
DRIFT_DAYS = "{days} days"

SITE_NAMES = {
    "left_arm": "left arm (deltoid)",
    "right_arm": "right arm (deltoid)",
    "left_thigh": "left thigh",
    "right_thigh": "right thigh",
    "left_buttock": "left buttock",
    "right_buttock": "right buttock",
}
SITE_BUTTONS = {
    "left_arm": "Left arm",
    "right_arm": "Right arm",
    "left_thigh": "Left thigh",
    "right_thigh": "Right thigh",
}
REMINDER_SITE_FIRST = "\n📍 Suggested site: <b>{site}</b>."
REMINDER_SITE_NEXT = "\n📍 Suggested site: <b>{site}</b> (last time: {last})."
SITE_ASK = "📍 Where did you inject? (so I can suggest the next site)"
SITE_RECORDED = "📍 Site noted: {site}."

STOCK_NOW = "🧴 You have <b>{count}</b> ampoules at hand. To update, send for example /stock 5."
STOCK_UNKNOWN = (
    "🧴 I don't know how many ampoules you have. Send for example /stock 5, and I'll count "
    "one down with each injection and remind you when two are left."
)
STOCK_SET = (
    "🧴 Noted: <b>{count}</b> ampoules at hand. I'll count one down with each injection and "
    "remind you when two are left."
)
STOCK_SET_LOW = "\nThat's not many: time to get more."
STOCK_INVALID = "Please send the number of ampoules you have, from 0 to 500, for example /stock 5."
STOCK_LOW = (
    "🧴 <b>{count} ampoules left.</b> Time to get more: ask for a repeat prescription or "
    "call your pharmacy. When you have them, send for example /stock 10."
)
STOCK_LEFT_LINE = "\n🧴 Ampoules left: {count}."
COMMAND_STOCK = "How many ampoules I have"

# --- Your data: /export and /delete -------------------------------------------------------

EXPORT_CAPTION = "All your data as I store it (JSON). Keep it somewhere safe."
EXPORT_NOTHING = "I don't store anything about you yet."
DELETE_CONFIRM = (
    "This erases <b>everything</b> I store about you: your plan, every injection you "
    "recorded, lab results, symptom check-ins and reminders. It cannot be undone.\n\n"
    "Send /export first if you want a copy. Delete everything?"
)
DELETE_BUTTON_YES = "Yes, delete everything"
DELETE_BUTTON_NO = "No, keep my data"
DELETE_DONE = "Everything is deleted. If you want to start again, send /start."
DELETE_KEPT = "Nothing was deleted."
COMMAND_EXPORT = "All my data as a file"
COMMAND_DELETE = "Erase everything you store about me"
