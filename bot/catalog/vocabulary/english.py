"""The English words the parsers recognise: replies, dates, times, zones, amounts, labs.

Patterns are regular-expression sources the domain compiles once (bot/domain/parsing/); the
types they fill are in bot/domain/parsing/vocabulary.py, the red-flag words in
english_red_flags.py.
"""

import re
from datetime import time

from bot.catalog.vocabulary import english_red_flags
from bot.domain.parsing.vocabulary import (
    AmountWords,
    AppointmentWords,
    DateWords,
    DurationWords,
    LabWords,
    ReplyWords,
    RouteWords,
    SettingsWords,
    TimeWords,
    Vocabulary,
    ZoneWords,
)
from bot.domain.regimen import DoseUnit

# --- Replies --------------------------------------------------------------------------------

CONTRACTIONS = (
    (r"\bwon'?t\b", "will not"),
    (r"\bcan'?t\b", "can not"),
    (r"\b(have|has|had|did|do|does|is|are|was|were|could|should|would)n'?t\b", r"\1 not"),
    (r"'ll\b", " will"),
    (r"'ve\b", " have"),
    (r"\bi'?m\b", "i am"),
    (r"\bive\b", "i have"),
    (r"\b(when|what|it|how|that|where)'?s\b", r"\1 is"),
    # "I missed yesterday's", "Monday's one": the day, not "yesterday s".
    (r"\b(yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)'s\b", r"\1"),
    (r"\byesterdays\b", "yesterday"),
    # "Will do it tomorrow" says what the patient will do; "will I …" stays a question.
    (r"^will (?=(?:do|take|have|give|get|inject)\b)", "i will "),
)

TYPOS = {
    "injecton": "injection", "injction": "injection", "injectoin": "injection",
    "injeciton": "injection", "injectd": "injected", "injeted": "injected", "nxt": "next",
    "nex": "next", "stauts": "status", "statsu": "status", "hlep": "help", "latr": "later",
}  # fmt: skip

DONE_VERBS = frozenset(
    [
        "done",
        "do",
        "did",
        "take",
        "taken",
        "took",
        "inject",
        "injected",
        "injection",
        "had",
        "jab",
        "jabbed",
        "give",
        "given",
        "got",
    ]
)

NEGATORS = frozenset({"not", "never"})

# Also whole phrases ("giving this one a miss", "not doing this one"): the skip search reads the
# message as typed, while a single word is what the negation check compares.
_THIS_ONE = r"(?:it\s+)?(?:this|that|today'?s)\s+(?:one|time|week|dose|injection|shot|jab)"
SKIP_WORD = (
    r"sk(?:i|ii)?pp?(?:ing|ed|s)?"
    r"|giv(?:e|ing)\s+(?:it|this(?:\s+one|\s+week|\s+dose)?|today'?s?(?:\s+one)?)\s+a\s+miss"
    r"|(?:not|won'?t|wont)\s+(?:be\s+)?(?:doing|taking|having|do|take|have)\s+"
    rf"{_THIS_ONE}"
)

QUESTION_STARTS = frozenset(
    [
        "should",
        "can",
        "could",
        "do",
        "does",
        "is",
        "am",
        "are",
        "shall",
        "will",
        "would",
        "what",
        "when",
        "how",
        "why",
        "which",
    ]
)

NEXT_FILLER = frozenset(
    [
        "next",
        "my",
        "the",
        "a",
        "shot",
        "shots",
        "injection",
        "injections",
        "jab",
        "jabs",
        "dose",
        "doses",
        "one",
        "b12",
        "please",
        "is",
        "due",
        "date",
        "when",
        "what",
    ]
)

INJECTION_WORDS = frozenset(["shot", "injection", "jab", "dose", "inject", "due", "b12"])

STATUS_WORDS = frozenset({"status", "progress", "adherence", "stats", "summary"})

HELP_PHRASES = frozenset(
    {
        "help",
        "help me",
        "help please",
        "what can you do",
        "what can i do",
        "what can i say",
        "what do you do",
        "how does this work",
        "how does it work",
        "how do i use this",
        "how do i use it",
        "what do i type",
        "what do i write",
        "what do i say",
        "what should i type",
        "what should i write",
        "what should i say",
        "what are the commands",
        "commands",
        "menu",
        "options",
    }
)

LATE_PHRASES = (
    r"\b(?:late|later|laters|snooze|not yet|not now|in a bit|in a while|remind me"
    r"|(?:in|give me|gimme|another)(?: (?:a|an|half an|a few|a couple of|\d+|\w+))?"
    r" (?:sec|secs|second|seconds|min|mins|minute|minutes|hr|hrs|hour|hours)"
    r"|(?:give me|gimme)(?: a)? (?:sec|min|moment|mo|bit))\b"
)

NOUN = (
    r"(?:(?:vitamin\s+)?b-?12\s+)?"
    r"(?:shot|inj(?:ection|ecton|ction|ectoin)|jab|dose|b-?12|hydroxo|cyano)s?"
    r"(?:\s+of\s+b-?12)?"
)

DONE_PHRASE = rf"""
    (?:(?:yes|yep|yeah|yup|ok|okay)\b[\s,!.]*)?
    (?:(?:i|i'?ve|i\s+have|have|just|already)\s+)*
    (?:(?:the\s+|my\s+)?(?:nurse|doctor|dr|gp|district\s+nurse)\s+(?=did|gave|has|have|just))?
    (?:(?:i|i'?ve|i\s+have|have|has|just|already)\s+)*
    (?:
        all\s+done | done | dnoe | doen | did\s+it | did\s+(?:my|the|today'?s)\s+{NOUN}
      | taken(?:\s+it)? | took\s+(?:it|(?:my|the|today'?s)\s+{NOUN}|{NOUN})
      | (?:self[-\s]?)?inject(?:ed|ted) | jabbed
      | had\s+(?:it|(?:my|the|an?|today'?s)\s+{NOUN})
      | got\s+(?:my|the)\s+{NOUN}
      | gave\s+(?:myself\s+|me\s+)?(?:it|(?:my|the)\s+{NOUN}|{NOUN})
      | (?:(?:my|the|today'?s)\s+)?{NOUN}\s+(?:is\s+|was\s+)?(?:done|taken|given)
      | it(?:'?s|\s+is)\s+done
    )
    (?:\s+it)?(?:\s+to\s+me)?(?:\s+(?:now|already|just\s+now))?
    (?![\w'])
    """

INJECTION_SITE = (
    r"(?:(?:in|into|on|at)\s+)?(?:(?:my|the)\s+)?(left|right|l|r)\.?\s+(?:upper\s+|outer\s+)?"
    r"(arm|deltoid|thigh|leg|buttock|glute|bum)s?(?![\w'])"
)

SITE_PARTS = {"deltoid": "arm", "leg": "thigh", "glute": "buttock", "bum": "buttock"}

REASON_FILLER = (
    r"(?:[\s,;:.!\-\u2013\u2014]+"
    r"|(?:(?:today'?s?|tonight'?s?|this|the|my|next)\s+)?(?:one|time|dose|week|injection|shot|jab)"
    r"(?![\w'])"
    r"|(?:today|tonight|it|for\s+now|because|cause|cos|coz|as|since|due\s+to)(?![\w']))*"
)

DATE_JOINER = r"(?:(?:and|plus|also|then)\s+)*(?:(?:on|the)\s+)*"

DAYS_TAIL = r"[\s,.!]*(?:too|as\s+well|also|both)?[\s,.!]*"

FORGOT_TO_TELL = (
    r"[\s,.!]*(?:(?:oops|sorry|oh)[\s,.!]+)*(?:i\s+)?forgot\s+to\s+"
    r"(?:tell\s+you|say|mention|record|log|let\s+you\s+know)(?:\s+(?:that|it))?[\s,:.\-]*"
)

FORGOT_LEAD = frozenset(
    {"oops", "sorry", "oh", "no", "ugh", "argh", "damn", "i", "have", "just"}
    | {"totally", "completely", "think", "guess", "so", "um", "hmm"}
)

FORGOT_VERBS = frozenset({"forgot", "forgotten", "forget", "missed", "miss"})

FORGOT_FILLER = frozenset(
    {"to", "do", "take", "have", "give", "get", "inject", "it", "my", "the", "a", "an", "about"}
    | {"today", "todays", "s", "shot", "shots", "injection", "injections", "jab", "jabs"}
    | {"dose", "doses", "b12", "vitamin", "one", "again", "totally", "completely", "on"}
    | {"all", "sorry", "soz", "this", "week", "s"}
)

_WILL_DO_VERB = (
    r"(?:(?:i\s+)?(?:will|shall|am\s+going\s+to|am\s+gonna|plan\s+to|mean\s+to)|ill|gonna"
    r"|going\s+to)\s+(?:do|take|have|give|get|inject)"
    r"|(?:i\s+am\s+|im\s+)?(?:doing|taking|having)"
)
_WILL_DO_OBJECT = (
    r"(?:\s+(?:myself\s+)?(?:it|(?:my|the|today s|todays|this)\s+(?:b12\s+)?"
    r"(?:shot|injection|jab|dose|one)s?))?(?:\s+(?:myself|then))?"
)
# Words after the day that change nothing: "tomorrow morning", "Sunday instead" ("this evening"
# and "in the evening" are days of their own, LATER_TODAY's).
_WILL_DO_TAIL = (
    r"(?:(?<!this)(?<!the)\s+(?:(?:in\s+the\s+)?(?:morning|afternoon|evening)|night|instead"
    r"|then|probably|hopefully))*"
)


def _will_do() -> str:
    """ "I'll do it on Friday", "gonna do it sunday instead", or a day to come alone: "tomorrow"."""
    # "Today" or a weekday alone may tell of a dose already given: only these stand alone.
    soon = "|".join(re.escape(word) for word, ahead in RELATIVE_DAYS.items() if ahead >= 0)
    weekdays = "|".join(re.escape(word) for word in WEEKDAYS)
    bare_day = (
        rf"(?=(?:(?:on|this|next)\s+)?(?!today)(?:{soon})(?:\s|$)"
        rf"|(?:on|this|next)\s+(?:{weekdays})(?:\s|$))"
    )
    return (
        r"(?:(?:ok|okay|sure|yes|yeah|fine|no worries|dont worry|don t worry)\s+)*"
        rf"(?:(?:{_WILL_DO_VERB}){_WILL_DO_OBJECT}(?=\s|$)\s*|{bare_day})"
        rf"(?P<rest>.*?){_WILL_DO_TAIL}$"
    )


LATER_TODAY = frozenset(
    {"", "today", "tonight", "this evening", "this afternoon", "this morning", "later today"}
    | {"in the evening", "in the afternoon", "after work", "when i get home", "soon"}
)

# Questions of missed, skipped or late doses are HISTORY_QUESTION's, which is asked first.
COUNT_QUESTION = r"how many\b.*\b(?:done|taken|had|left|injections?|shots?|doses?|jabs?)\b"

_SHOW_ME = (
    r"(?:(?:(?:can|could|may) i (?:see|view|check|have)|(?:show|see|view|check|open|list))"
    r"(?: me)? )?"
)
_PLEASE = r"(?: please| pls| plz)?$"

# Asked before COUNT_QUESTION: what was missed or skipped is read on the history page.

HISTORY_QUESTION = (
    rf"{_SHOW_ME}(?:my |the )?(?:(?:injection|dose|shot|jab|b12) )?history{_PLEASE}"
    rf"|{_SHOW_ME}(?:my |the |a list of (?:my )?)?(?:past|previous|earlier|old|recent) "
    rf"(?:injection|dose|shot|jab)s?{_PLEASE}"
    r"|(?:show(?: me)? )?my (?:injection |dose |shot )?(?:records?|log)$"
    r"|(?:what|which)(?: injections?| doses?| shots?)? (?:have|did) i (?:done|do|had|have|taken"
    r"|take|missed|miss|skipped|skip)\b"
    r"|how many\b.*\b(?:missed|miss|skipped|skip|late)\b"
    r"|(?:have|did) i (?:missed?|skipped?|forgotten|forget) any\b"
)

# --- Amounts --------------------------------------------------------------------------------

DOSE_UNITS = {
    "mcg": DoseUnit.MCG, "mcgs": DoseUnit.MCG, "μg": DoseUnit.MCG, "ug": DoseUnit.MCG,
    "microgram": DoseUnit.MCG, "micrograms": DoseUnit.MCG, "microgramme": DoseUnit.MCG,
    "microgrammes": DoseUnit.MCG, "mg": DoseUnit.MG, "mgs": DoseUnit.MG,
    "milligram": DoseUnit.MG, "milligrams": DoseUnit.MG, "milligramme": DoseUnit.MG,
    "milligrammes": DoseUnit.MG,
}  # fmt: skip

COUNT_NOUNS = frozenset(
    [
        "dose",
        "doses",
        "injection",
        "injections",
        "shot",
        "shots",
        "jab",
        "jabs",
        "time",
        "times",
        "week",
        "weeks",
        "day",
        "days",
        "month",
        "months",
        "ampoule",
        "ampoules",
        "vial",
        "vials",
        "in",
        "total",
        "altogether",
    ]
)

# --- Dates ----------------------------------------------------------------------------------

NUMBER_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "febuary": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "weds": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "yesterday": -1, "yday": -1, "tomorrow": 1, "tmrw": 1, "tmr": 1,
    "tomorow": 1, "tommorow": 1, "tommorrow": 1, "2moro": 1, "2morrow": 1, "tomoz": 1,
    "last night": -1, "the day before yesterday": -2, "day before yesterday": -2,
    "the day after tomorrow": 2, "day after tomorrow": 2,
}  # fmt: skip

# --- Time zones -----------------------------------------------------------------------------

# Common places whose name is not an IANA city, and abbreviations people use for their zone.
ALIASES: dict[str, tuple[str, ...]] = {
    "delhi": ("Asia/Kolkata",), "new delhi": ("Asia/Kolkata",), "mumbai": ("Asia/Kolkata",),
    "bombay": ("Asia/Kolkata",), "bangalore": ("Asia/Kolkata",), "bengaluru": ("Asia/Kolkata",),
    "chennai": ("Asia/Kolkata",), "calcutta": ("Asia/Kolkata",), "hyderabad": ("Asia/Kolkata",),
    "india": ("Asia/Kolkata",), "beijing": ("Asia/Shanghai",), "china": ("Asia/Shanghai",),
    "washington": ("America/New_York",), "washington dc": ("America/New_York",),
    "boston": ("America/New_York",), "miami": ("America/New_York",),
    "philadelphia": ("America/New_York",), "atlanta": ("America/New_York",),
    "nyc": ("America/New_York",), "san francisco": ("America/Los_Angeles",),
    "seattle": ("America/Los_Angeles",), "san diego": ("America/Los_Angeles",),
    "la": ("America/Los_Angeles",), "houston": ("America/Chicago",),
    "dallas": ("America/Chicago",), "austin": ("America/Chicago",),
    "manchester": ("Europe/London",), "edinburgh": ("Europe/London",),
    "glasgow": ("Europe/London",), "birmingham": ("Europe/London",),
    "liverpool": ("Europe/London",), "leeds": ("Europe/London",), "bristol": ("Europe/London",),
    "cardiff": ("Europe/London",), "belfast": ("Europe/London",), "uk": ("Europe/London",),
    "united kingdom": ("Europe/London",), "england": ("Europe/London",),
    "scotland": ("Europe/London",), "wales": ("Europe/London",), "ireland": ("Europe/Dublin",),
    "cork": ("Europe/Dublin",), "munich": ("Europe/Berlin",), "hamburg": ("Europe/Berlin",),
    "frankfurt": ("Europe/Berlin",), "germany": ("Europe/Berlin",), "france": ("Europe/Paris",),
    "spain": ("Europe/Madrid",), "barcelona": ("Europe/Madrid",), "italy": ("Europe/Rome",),
    "milan": ("Europe/Rome",), "netherlands": ("Europe/Amsterdam",),
    "canberra": ("Australia/Sydney",), "gold coast": ("Australia/Brisbane",),
    "wellington": ("Pacific/Auckland",), "christchurch": ("Pacific/Auckland",),
    "new zealand": ("Pacific/Auckland",), "nz": ("Pacific/Auckland",),
    "ottawa": ("America/Toronto",), "montreal": ("America/Toronto",),
    "calgary": ("America/Edmonton",), "pretoria": ("Africa/Johannesburg",),
    "durban": ("Africa/Johannesburg",), "south africa": ("Africa/Johannesburg",),
    "cape town": ("Africa/Johannesburg",), "abuja": ("Africa/Lagos",),
    "nigeria": ("Africa/Lagos",), "kenya": ("Africa/Nairobi",), "japan": ("Asia/Tokyo",),
    "osaka": ("Asia/Tokyo",), "saigon": ("Asia/Ho_Chi_Minh",), "dubai": ("Asia/Dubai",),
    "abu dhabi": ("Asia/Dubai",), "kiev": ("Europe/Kyiv",),
    "eastern": ("America/New_York",), "est": ("America/New_York",),
    "edt": ("America/New_York",), "central": ("America/Chicago",),
    "cst": ("America/Chicago",), "cdt": ("America/Chicago",),
    "mountain": ("America/Denver", "America/Phoenix"), "mst": ("America/Denver", "America/Phoenix"),
    "mdt": ("America/Denver",), "pacific": ("America/Los_Angeles",),
    "pst": ("America/Los_Angeles",), "pdt": ("America/Los_Angeles",),
    # "GMT" alone usually means UK time, which is not GMT in summer: ask.
    "gmt": ("Europe/London", "UTC"), "bst": ("Europe/London",),
    "usa": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "us": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "america": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "united states": ("America/New_York", "America/Chicago", "America/Denver",
                      "America/Los_Angeles"),
    "canada": ("America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Vancouver"),
    "australia": ("Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide",
                  "Australia/Darwin", "Australia/Perth"),
}  # fmt: skip

UTC_NAMES = frozenset({"utc", "z", "zulu", "universal", "etc/utc", "coordinated universal time"})

# --- Appointments and labs --------------------------------------------------------------------

# Words around the day and time that carry no date: "I've booked it for …", "appointment on …".
APPOINTMENT_FILLER = frozenset(
    {
        "i", "i've", "ive", "i'm", "im", "have", "has", "just", "booked", "book", "made", "got",
        "scheduled", "arranged", "it", "it's", "its", "is", "an", "my", "me", "our", "the",
        "appointment", "appt", "appointments", "for", "on", "at", "clinic", "nurse", "with",
        "injection", "jab", "shot", "b12", "ok", "okay", "yes", "so", "and",
    }
)  # fmt: skip


def _number_words() -> dict[str, int]:
    """Zero to thirty in words, "twenty-one" written with a hyphen, a space or neither."""
    words = {word: value for value, word in enumerate(NUMBER_UNITS)} | {"twenty": 20, "thirty": 30}
    for value, unit in enumerate(NUMBER_UNITS[1:10], start=1):
        for separator in ("-", " ", ""):
            words[f"twenty{separator}{unit}"] = 20 + value
    return words


# The names each lab test is written with, by LabTest value.
LAB_TEST_NAMES: dict[str, tuple[str, ...]] = {
    "full_blood_count": ("hb", "hgb", "haemoglobin", "hemoglobin", "fbc", "full blood count"),
    "b12": ("b12", "vitamin b12", "vit b12", "cobalamin"),
    "reticulocytes": ("retic", "retics", "reticulocytes", "reticulocyte", "reticulocyte count"),
    "mma": ("mma", "methylmalonic acid"),
    "folate": ("folate", "folic acid", "serum folate"),
    "ferritin": ("ferritin",),
    "potassium": ("k", "potassium", "k+"),
}

# --- Settings requests ------------------------------------------------------------------------

# Politeness around a request: "ok, can you please …", "… thanks".
SETTINGS_LEAD = (
    r"(?:(?:ok|okay|hi|hey|hello|so|um|oh|also|and|btw|yes|yeah)[\s,!.]+)*"
    r"(?:(?:(?:can|could|would|will)\s+you|please|pls|plz|let'?s"
    r"|i\s+(?:want|need|would\s+like|'?d\s+like)(?:\s+you)?\s+to)\s+)*"
)
SETTINGS_TAIL = r"(?:[\s,!.]+(?:please|pls|plz|thanks|thank\s+you|thx|ta|cheers))*"

_SEPARATOR = r"[\s,;:\-\u2013\u2014]+"
_SUBJECT = r"(?:i(?:'m|\s+am|m)|we(?:'re|\s+are))"
_WILL_SUBJECT = r"(?:i|we)(?:'ll|\s+will|ll)"
_HAVE_SUBJECT = r"(?:(?:i|we)(?:'ve|\s+have|ve)?\s+)?"

# Words after a place that are no part of it: "in Tokyo this week", "moved to Berlin recently".
_PLACE_TAIL = (
    r"now|right\s+now|at\s+the\s+moment|currently|for\s+now|today|tonight|tomorrow|soon"
    r"|this\s+(?:week|weekend|month|year)|next\s+(?:week|weekend|month)"
    r"|for\s+(?:a|one|two|three|four|a\s+few|a\s+couple\s+of|\d+)\s+(?:days?|nights?|weeks?|months?)"
    r"|for\s+(?:the|a)\s+(?:week|weekend|month|while)|for\s+(?:work|business|good)|permanently"
    r"|recently|last\s+(?:week|month)|yesterday|on\s+(?:holiday|vacation|a\s+trip|business)"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
)
_PLACE = rf"(?P<place>\S.*?)(?:{_SEPARATOR}(?:{_PLACE_TAIL}))*"
_UNTIL = (
    rf"(?:{_SEPARATOR}(?:until|till|til|'til|through|thru|up\s+to"
    r"|(?:and\s+)?(?:back|home|returning|coming\s+back)\s+on)\s+(?P<until>\S.*?))"
)

# Words after a reminder time that are no part of it: "at 7pm every day", "at 19:00 from now on".
_REMINDER_TAIL = (
    r"every\s+day|daily|each\s+day|from\s+now\s+on|instead|going\s+forward"
    r"|(?:in|from)\s+(?:the\s+)?future|(?:every|each)\s+(?:morning|evening|night)"
)
_TIME = rf"(?P<time>\S.*?)(?:{_SEPARATOR}(?:{_REMINDER_TAIL}))*"
# "Remind me at 7pm tonight" asks for one reminder (a snooze), not a new daily time.
_NOT_ONE_OFF = (
    r"(?!.*\b(?:today|tonight|tomorrow|later|this\s+(?:morning|afternoon|evening)|once)\b)"
)
_REMINDERS = r"(?:(?:my|the|our)\s+)?(?:(?:daily|injection|shot|jab|dose|b12)\s+)*reminders?"
_REMINDER_TIME_NOUN = (
    rf"{_REMINDERS}(?:'?s)?(?:\s+time)?|(?:the\s+)?time\s+(?:of|for)\s+(?:my|the)\s+reminders?"
)
_ZONE_NOUN = r"(?:(?:my|the)\s+)?(?:time[\s-]?zone|tz)"
_TRAVEL = (
    r"(?:travell?ing|away|abroad|overseas|on\s+the\s+road"
    r"|on\s+(?:a\s+)?(?:holiday|vacation|trip|business\s+trip|travels?))"
)
_TRIP = r"(?:trip|holidays?|vacation|travels?|travelling|journey|business\s+trip)"

SETTINGS_WORDS = SettingsWords(
    lead=SETTINGS_LEAD,
    tail=SETTINGS_TAIL,
    open_settings=(
        r"/?(?:(?:open|show|see|view|change|edit|update|check|go\s+to)(?:\s+me)?\s+)?"
        r"(?:(?:my|the)\s+)?(?:settings?|preferences|prefs)",
    ),
    back_home=(
        rf"{_SUBJECT}\s+(?:(?:now|finally|just)\s+)?(?:back|home)"
        rf"(?:\s+(?:home|again|now|at\s+home|for\s+good))*(?:\s+from\s+(?:my|our|the)\s+{_TRIP})?",
        rf"{_HAVE_SUBJECT}(?:just\s+)?(?:got\s+|came\s+|come\s+)?back\s+"
        rf"(?:home|from\s+(?:my|our|the|a)\s+{_TRIP})(?:\s+(?:now|again))*",
        r"(?:back\s+)?home\s+(?:again|now)",
        rf"{_SUBJECT}\s+(?:not|no\s+longer)\s+(?:travell?ing|away|abroad)(?:\s+any\s*more)?",
        r"(?:stop|end|turn\s+off|switch\s+off|cancel|finish|exit|disable|leave|quit)\s+"
        r"(?:(?:my|the)\s+)?(?:travel(?:ling)?(?:\s+mode)?|trip)",
        r"(?:(?:my|the)\s+)?travel(?:ling)?\s+mode\s+off|(?:my\s+)?trip\s+(?:is\s+)?over",
    ),
    reminder_time=(
        r"(?:change|set|move|update|make|switch|put|reset|adjust|push|shift|bring)\s+"
        rf"(?:{_REMINDER_TIME_NOUN})(?:\s+(?:back|forward))?(?:\s+(?:to|for|at|as)\s+{_TIME})?",
        rf"(?:(?:my|the)\s+)?reminder\s+time(?:\s+(?:(?:to|is|should\s+be|at)\s+)?{_TIME})?",
    ),
    remind_at=(
        rf"remind\s+me{_NOT_ONE_OFF}"
        r"(?:\s+(?:every\s+day|daily|each\s+day|(?:every|each)\s+(?:morning|evening|night)))?"
        rf"\s+(?:at|from|around)\s+{_TIME}",
        r"(?:(?:i\s+(?:want|would\s+like|'?d\s+like|prefer)|(?:send|give)(?:\s+me)?)\s+)?"
        rf"{_REMINDERS}{_NOT_ONE_OFF}\s+(?:at|for|from|around)\s+{_TIME}",
    ),
    zone_change=(
        rf"(?:change|set|update|fix|switch|correct|reset|adjust)\s+{_ZONE_NOUN}"
        rf"(?:\s+(?:to|as|for)\s+{_PLACE})?",
        rf"{_ZONE_NOUN}(?:(?:\s+(?:is(?:\s+now)?|should\s+be|to)\s+|\s*[=:]\s*|\s+){_PLACE})?",
        rf"{_HAVE_SUBJECT}(?:just\s+)?(?:moved|relocated|emigrated)\s+(?:house\s+|back\s+)?"
        rf"to\s+{_PLACE}",
    ),
    zone_statement=(
        rf"(?:i|we)\s+(?:now\s+)?live\s+in\s+{_PLACE}",
        rf"{_SUBJECT}\s+(?:now\s+)?(?:living|based|settled)\s+in\s+{_PLACE}",
    ),
    travelling=(
        rf"(?:{_SUBJECT}\s+)?(?:(?:currently|now|still)\s+)?(?:(?:going|off|heading|flying)\s+)?"
        rf"{_TRAVEL}(?:\s+(?:to|in|around)\s+{_PLACE})?{_UNTIL}?",
        r"(?:(?:start|turn\s+on|switch\s+on|enable|begin|activate)\s+)?(?:(?:my|the)\s+)?"
        rf"travel(?:ling)?\s+mode(?:\s+on)?{_UNTIL}?",
    ),
    going_to=(
        rf"(?:{_SUBJECT}\s+)?(?:going|flying|heading|off|leaving|driving)\s+(?:to|over\s+to|for)\s+"
        rf"{_PLACE}{_UNTIL}?",
    ),
    staying=(
        rf"{_WILL_SUBJECT}\s+be\s+(?:(?:in|staying\s+in|away\s+in|visiting)\s+){_PLACE}{_UNTIL}?",
        rf"{_SUBJECT}\s+(?:(?:now|currently|staying)\s+)*(?:in|visiting)\s+{_PLACE}{_UNTIL}",
    ),
    now_in=(
        rf"{_SUBJECT}\s+(?:(?:now|currently|staying|here|over|out)\s+)*in\s+{_PLACE}",
        rf"(?:now|currently)\s+in\s+{_PLACE}",
        rf"{_HAVE_SUBJECT}(?:just\s+)?(?:arrived|landed|got|made\s+it)\s+(?:in|at|to)\s+{_PLACE}",
    ),
    articles=("the",),
    not_places=frozenset(
        {"north", "south", "west", "center", "easter", "oral", "wake", "virgin", "resolute"}
        | {"midway", "troll", "act"}
    ),
)

# --- The bundle -------------------------------------------------------------------------------

ENGLISH = Vocabulary(
    language="en",
    dates=DateWords(
        numbers=_number_words(),
        months=MONTHS,
        weekdays=WEEKDAYS,
        dated_weekdays={},
        relative_days=RELATIVE_DAYS,
        one=frozenset({"a", "an", "one"}),
        ago=r"(\w+(?:[ -]\w+)?) (day|days|week|weeks) ago",
        ahead=r"in (\w+(?:[ -]\w+)?) (day|days|week|weeks)(?: time)?",
        week_units=frozenset({"week", "weeks"}),
        next_word="next",
        last_word="last",
        weekday_leads=("this", "on"),
        leading_words=("on", "the"),
        ordinals=("st", "nd", "rd", "th"),
        of_word="of",
        and_word="and",
        year_words=(),
        word_forms={},
    ),
    times=TimeWords(
        named={"noon": time(12), "midday": time(12), "midnight": time(0)},
        leads=("at", "around", "about"),
        o_clock=r"o'?clock",
    ),
    zones=ZoneWords(
        aliases=ALIASES,
        utc_names=UTC_NAMES,
        leads=("in", "i am in", "i'm in", "i live in"),
        short_words=frozenset({"new", "san", "abu", "of", "the"}),
    ),
    replies=ReplyWords(
        contractions=CONTRACTIONS,
        typos=TYPOS,
        done_verbs=DONE_VERBS,
        negators=NEGATORS,
        bare_not_done=frozenset(
            {"i", "have", "has", "did", "not", "yet", "still", "it", "no", "nope"}
        ),
        not_done_auxiliaries=frozenset({"have", "has", "did"}),
        not_yet=r"\bnot (?:yet|now)\b",
        clause_break=r"\bbut\b",
        skip_word=SKIP_WORD,
        question_starts=QUESTION_STARTS,
        next_filler=NEXT_FILLER,
        injection_words=INJECTION_WORDS,
        status_words=STATUS_WORDS,
        status_question=(
            r"how (?:am i|is it|are things) (?:doing|going|getting on)\b"
            r"|am i (?:on track|keeping up|up to date"
            r"|doing (?:ok|okay|alright|all right|well|good))\b"
        ),
        count_question=COUNT_QUESTION,
        history_question=HISTORY_QUESTION,
        report_question=(
            r"(?:(?:can i (?:have|get)|i (?:need|want|would like)|send me|make me|give me|create"
            r"|show me|get me|print)(?: a| my| the)? )?(?:clinician |clinicians |doctor |doctors "
            r"|doctor s |gp |pdf |adherence |b12 )?report(?: for (?:my |the )?(?:doctor|gp"
            r"|clinician|nurse|clinic|appointment))?(?: please)?$"
        ),
        help_phrases=HELP_PHRASES,
        help_word="help",
        next_word="next",
        when_word="when",
        next_openings=frozenset({"when", "what", "next", "how", "date"}),
        not_next=frozenset({"last", "did", "was", "previous"}),
        late_phrases=LATE_PHRASES,
        negated_late=("not ", "never "),
        done_phrase=DONE_PHRASE,
        site=INJECTION_SITE,
        left_side="l",
        site_parts=SITE_PARTS,
        reason_filler=REASON_FILLER,
        date_joiner=DATE_JOINER,
        days_tail=DAYS_TAIL,
        forgot_to_tell=FORGOT_TO_TELL,
        forgot_lead=FORGOT_LEAD,
        forgot_verbs=FORGOT_VERBS,
        forgot_filler=FORGOT_FILLER,
        will_do=_will_do(),
        again=frozenset({"again"}),
        later_today=LATER_TODAY,
    ),
    amounts=AmountWords(dose_units=DOSE_UNITS, count_nouns=COUNT_NOUNS),
    appointments=AppointmentWords(
        filler=APPOINTMENT_FILLER,
        clock_names=("noon", "midday"),
        at_word="at",
        day_names=frozenset({"today", "tomorrow", "tonight"}),
    ),
    labs=LabWords(
        test_names=LAB_TEST_NAMES,
        relative_due=(
            r"^(?P<count>\w+) (?P<unit>day|days|week|weeks|month|months) after (?:the |my )?"
            r"(?P<anchor>start|first injection|loading|transition|maintenance)(?: phase)?"
            r"(?: starts| began| begins)?$"
        ),
        units={
            "day": "day",
            "days": "day",
            "week": "week",
            "weeks": "week",
            "month": "month",
            "months": "month",
        },
        anchors={
            "start": "start",
            "first injection": "start",
            "loading": "loading",
            "transition": "transition",
            "maintenance": "maintenance",
        },
        unit_symbols={},
    ),
    durations=DurationWords(
        hours=("h", "hr", "hrs", "hour", "hours"),
        minutes=("m", "min", "mins", "minute", "minutes"),
        weeks=("week",),
        months=("month",),
    ),
    red_flags=english_red_flags.VOCABULARY,
    settings=SETTINGS_WORDS,
    common_words=frozenset(
        {
            "a",
            "am",
            "an",
            "and",
            "are",
            "at",
            "be",
            "been",
            "but",
            "can",
            "did",
            "do",
            "does",
            "for",
            "had",
            "has",
            "have",
            "here",
            "how",
            "i",
            "if",
            "in",
            "is",
            "it",
            "just",
            "me",
            "my",
            "no",
            "not",
            "of",
            "on",
            "or",
            "so",
            "that",
            "the",
            "there",
            "this",
            "to",
            "today",
            "was",
            "we",
            "were",
            "what",
            "when",
            "why",
            "will",
            "with",
            "would",
            "yes",
            "yesterday",
            "you",
            "your",
        }
    ),
    routes=RouteWords(
        intramuscular=frozenset(
            {
                "im",
                "i.m.",
                "intramuscular",
                "muscle",
                "into the muscle",
                "in the muscle",
            }
        ),
        subcutaneous=frozenset(
            {
                "sc",
                "deep sc",
                "s.c.",
                "subcutaneous",
                "deep subcutaneous",
                "under the skin",
                "deep under the skin",
            }
        ),
        not_injected=(
            "oral",
            "tablet",
            "pill",
            "capsule",
            "mouth",
            "sublingual",
            "spray",
            "nasal",
            "lozenge",
            "drops",
            "patch",
        ),
    ),
)
