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
    "as quoted by secondary sources), also described in the article this bot grew from."
)
PRESET_UK_HYDROXOCOBALAMIN_NAME = "UK hydroxocobalamin"
PRESET_UK_HYDROXOCOBALAMIN_SOURCE = "British National Formulary (BNF)."
PRESET_UK_HYDROXOCOBALAMIN_NEURO_NAME = "UK hydroxocobalamin, nerve symptoms"
PRESET_UK_HYDROXOCOBALAMIN_NEURO_SOURCE = (
    "British National Formulary (BNF) and NICE Clinical Knowledge Summaries."
)
PRESET_MAINTENANCE_ONLY_NAME = "Maintenance only"
PRESET_MAINTENANCE_ONLY_SOURCE = (
    "The article this bot grew from: maintenance every 4 weeks, counted from the last injection."
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

# --- Errors the patient may see ------------------------------------------------------------

SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on my side and I could not finish that. "
    "Your records are safe. Please try again in a minute."
)

# --- Reply parsing (bot.domain.intents) ---

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

# --- Reminders (bot.reminders) ---------------------------------------------------------------

PHASE_NAMES = {"loading": "loading", "transition": "transition", "maintenance": "maintenance"}
DOSE_NUMBER_OF = ", dose {number} of {count}"
DOSE_NUMBER = ", dose {number}"

REMINDER_DOSE = "💉 Time for your <b>{dose} B12 injection</b>, {phase} phase{number}.\nDue {when}."
REMINDER_SENT_LATE = "⏱ Sent late: this reminder was due {when}.\n\n"
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
