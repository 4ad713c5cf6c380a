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
