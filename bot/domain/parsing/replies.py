"""What a patient's free-text reply means: a dose taken, late or skipped, a question, a dose amount.

Pure: "today" is a parameter. Patient input never raises; a refused answer comes back as an error
object whose ``message`` (from ``bot.catalog.texts``) says what was wrong and gives an example.
Date, time and zone parsing lives in ``bot.domain.parsing.dates`` and is re-exported here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bot.catalog import texts
from bot.domain.parsing.dates import (
    NUMBER_WORDS,
    AmbiguousDate,
    AmbiguousZone,
    DateAnswer,
    DateParseError,
    DateProblem,
    TimeParseError,
    TimeZoneParseError,
    ZoneAnswer,
    expand_shared_month,
    normalise,
    number_value,
    parse_date,
    parse_time,
    parse_time_zone,
)
from bot.domain.regimen import DoseUnit

__all__ = [
    "AmbiguousDate",
    "AmbiguousZone",
    "AskNext",
    "AskStatus",
    "CountParseError",
    "DateAnswer",
    "DateParseError",
    "Done",
    "DoseParseError",
    "Forgot",
    "Help",
    "Intent",
    "IntentError",
    "Late",
    "Skip",
    "TimeParseError",
    "TimeZoneParseError",
    "Unknown",
    "WillDo",
    "ZoneAnswer",
    "parse_count",
    "parse_date",
    "parse_dose",
    "parse_intent",
    "parse_time",
    "parse_time_zone",
]

MAX_REASON_LENGTH = 200

# --- Intents ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Done:
    """The dose was taken: on ``taken_on`` (None: not said), optionally where, with a note.

    ``taken_on`` is an AmbiguousDate when a numeric date reads two ways: ask which one.
    ``also_on`` holds any further days named ("on Saturday and Sunday too"), in the order said.
    """

    taken_on: date | AmbiguousDate | None = None
    site: str | None = None
    note: str | None = None
    also_on: tuple[date | AmbiguousDate, ...] = ()

    @property
    def days(self) -> tuple[date | AmbiguousDate, ...]:
        """Every day named, first one first; empty when none was."""
        return () if self.taken_on is None else (self.taken_on, *self.also_on)


@dataclass(frozen=True)
class Late:
    """Not taken yet; the patient will be late."""


@dataclass(frozen=True)
class Skip:
    """The patient skips this dose, with the reason they gave, if any."""

    reason: str | None = None


@dataclass(frozen=True)
class Forgot:
    """The patient forgot or missed a dose ("I forgot my shot"): on ``day`` if they named one."""

    day: date | None = None


@dataclass(frozen=True)
class WillDo:
    """The patient says on which day they will have the dose ("I'll do it tonight": today)."""

    day: date


@dataclass(frozen=True)
class AskNext:
    """The patient asks when the next injection is due."""


@dataclass(frozen=True)
class AskStatus:
    """The patient asks how their treatment is going."""


@dataclass(frozen=True)
class Help:
    """The patient asks what the bot can do."""


@dataclass(frozen=True)
class Unknown:
    """Nothing the bot acts on; reply with help."""


@dataclass(frozen=True)
class IntentError:
    """The reply is understood but cannot be recorded as said (e.g. done tomorrow)."""

    message: str


Intent = Done | Late | Skip | Forgot | WillDo | AskNext | AskStatus | Help | Unknown | IntentError

_DONE_EMOJI = frozenset("✅✔☑👍💉")
_LATE_EMOJI = frozenset("⏰⏳⌛🕐")
_EDGE_PUNCTUATION = " \t,;:.!-\u2013\u2014"

_CONTRACTIONS = (
    (r"\bwon'?t\b", "will not"),
    (r"\bcan'?t\b", "can not"),
    (r"\b(have|has|had|did|do|does|is|are|was|were|could|should|would)n'?t\b", r"\1 not"),
    (r"'ll\b", " will"),
    (r"'ve\b", " have"),
    (r"\bi'?m\b", "i am"),
    (r"\bive\b", "i have"),
    (r"\b(when|what|it|how|that|where)'?s\b", r"\1 is"),
)
_TYPOS = {
    "injecton": "injection", "injction": "injection", "injectoin": "injection",
    "injeciton": "injection", "injectd": "injected", "injeted": "injected", "nxt": "next",
    "nex": "next", "stauts": "status", "statsu": "status", "hlep": "help", "latr": "later",
}  # fmt: skip

_DONE_VERBS = frozenset(
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
_NEGATORS = frozenset({"not", "never"})
_SKIP_WORD = r"sk(?:i|ii)?pp?(?:ing|ed|s)?"
_QUESTION_STARTS = frozenset(
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
_NEXT_FILLER = frozenset(
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
_INJECTION_WORDS = frozenset(["shot", "injection", "jab", "dose", "inject", "due", "b12"])
_STATUS_WORDS = frozenset({"status", "progress", "adherence", "stats", "summary"})
_HELP_PHRASES = frozenset(
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
        "commands",
        "menu",
        "options",
    }
)
_LATE_PHRASES = re.compile(
    r"\b(?:late|later|laters|snooze|not yet|not now|in a bit|in a while|remind me)\b"
)

_NOUN = (
    r"(?:(?:vitamin\s+)?b-?12\s+)?"
    r"(?:shot|inj(?:ection|ecton|ction|ectoin)|jab|dose|b-?12|hydroxo|cyano)s?"
    r"(?:\s+of\s+b-?12)?"
)
_DONE_PHRASE = re.compile(
    rf"""
    (?:(?:yes|yep|yeah|yup|ok|okay)\b[\s,!.]*)?
    (?:(?:i|i'?ve|i\s+have|have|just|already)\s+)*
    (?:
        all\s+done | done | did\s+it | did\s+(?:my|the|today'?s)\s+{_NOUN}
      | taken(?:\s+it)? | took\s+(?:it|(?:my|the|today'?s)\s+{_NOUN}|{_NOUN})
      | (?:self[-\s]?)?inject(?:ed|ted) | jabbed
      | had\s+(?:it|(?:my|the|an?|today'?s)\s+{_NOUN})
      | got\s+(?:my|the)\s+{_NOUN}
      | gave\s+(?:myself\s+)?(?:it|(?:my|the)\s+{_NOUN}|{_NOUN})
      | (?:(?:my|the|today'?s)\s+)?{_NOUN}\s+(?:is\s+|was\s+)?(?:done|taken|given)
      | it(?:'?s|\s+is)\s+done
    )
    (?:\s+it)?(?:\s+(?:now|already|just\s+now))?
    (?![\w'])
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SITE = re.compile(
    r"(?:(?:in|into|on|at)\s+)?(?:(?:my|the)\s+)?(left|right|l|r)\.?\s+(?:upper\s+|outer\s+)?"
    r"(arm|deltoid|thigh|leg|buttock|glute|bum)s?(?![\w'])",
    re.IGNORECASE,
)
_SITE_PARTS = {"deltoid": "arm", "leg": "thigh", "glute": "buttock", "bum": "buttock"}
_SKIP = re.compile(rf"(?<![\w']){_SKIP_WORD}(?![\w'])", re.IGNORECASE)
_REASON_FILLER = re.compile(
    r"(?:[\s,;:.!\-\u2013\u2014]+"
    r"|(?:(?:today'?s?|tonight'?s?|this|the|my|next)\s+)?(?:one|time|dose|week|injection|shot|jab)"
    r"(?![\w'])"
    r"|(?:today|tonight|it|for\s+now|because|cause|cos|coz|as|since|due\s+to)(?![\w']))*",
    re.IGNORECASE,
)
_MAX_DATE_WORDS = 6
_LISTED_DAY = re.compile(r"[a-z],\s*\d{1,2}$", re.IGNORECASE)
# Between two days of one "done": "Saturday and Sunday", "Mon, Tue & Wed" (commas are stripped).
_DATE_JOINER = re.compile(r"(?:(?:and|plus|also|then)\s+)*(?:(?:on|the)\s+)*", re.IGNORECASE)
_DAYS_TAIL = re.compile(r"[\s,.!]*(?:too|as\s+well|also|both)?[\s,.!]*", re.IGNORECASE)
_FORGOT_TO_TELL = re.compile(
    r"[\s,.!]*(?:(?:oops|sorry|oh)[\s,.!]+)*(?:i\s+)?forgot\s+to\s+"
    r"(?:tell\s+you|say|mention|record|log|let\s+you\s+know)(?:\s+(?:that|it))?[\s,:.\-]*",
    re.IGNORECASE,
)
_FORGOT_LEAD = frozenset({"oops", "sorry", "oh", "no", "ugh", "argh", "damn", "i", "have", "just"})
_FORGOT_LEAD |= {"totally", "completely", "think", "guess", "so", "um", "hmm"}
_FORGOT_VERBS = frozenset({"forgot", "forgotten", "forget", "missed", "miss"})
_FORGOT_FILLER = frozenset(
    {"to", "do", "take", "have", "give", "get", "inject", "it", "my", "the", "a", "an", "about"}
    | {"today", "todays", "s", "shot", "shots", "injection", "injections", "jab", "jabs"}
    | {"dose", "doses", "b12", "vitamin", "one", "again", "totally", "completely", "on"}
)
_WILL_DO = re.compile(
    r"(?:(?:ok|okay|sure|yes|yeah|fine|no worries|dont worry|don t worry)\s+)*"
    r"i\s+(?:will|shall|am\s+going\s+to|am\s+gonna|plan\s+to|mean\s+to)\s+"
    r"(?:do|take|have|give|get|inject)"
    r"(?:\s+(?:myself\s+)?(?:it|(?:my|the|today s|todays|this)\s+(?:b12\s+)?"
    r"(?:shot|injection|jab|dose|one)s?))?(?:\s+(?:myself|then))?"
    r"(?P<rest>(?:\s+.*)?)$"
)
_LATER_TODAY = frozenset(
    {"", "today", "tonight", "this evening", "this afternoon", "this morning", "later today"}
    | {"in the evening", "in the afternoon", "after work", "when i get home", "soon"}
)


def parse_intent(text: str, *, today: date) -> Intent:
    """Classify a patient's free-text reply; never raises, Unknown when unsure."""
    light = _light(text)
    if not any(char.isalnum() for char in light):
        return _symbols_only(light)
    words = _words(light)
    if not words:
        return Unknown()
    clauses = [_words(clause) for clause in re.split(r"[,;.!?\-\u2013\u2014]|\bbut\b", light)]
    if re.search(r"\bnot (?:yet|now)\b", " ".join(words)):
        return Late()
    if any(_negated_done(clause) for clause in clauses):
        return Late()
    if any(_negated(clause, _is_skip_word) for clause in clauses):
        return Unknown()
    is_question = light.endswith("?") or words[0] in _QUESTION_STARTS
    if not is_question:
        done = _read_done(_after_forgot_to_tell(light), today)
        if done is not None:
            return done
        skip = _SKIP.search(light)
        if skip is not None:
            return Skip(_reason(light[skip.end() :]))
    opening = [clause for clause in clauses if not set(clause) <= _FORGOT_LEAD]
    forgot = _read_forgot(opening[0], today) if opening else None
    if forgot is not None:
        return forgot
    if not is_question:
        will_do = _read_will_do(" ".join(words), today)
        if will_do is not None:
            return will_do
    return _read_request(words, light)


def _light(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).replace("\ufe0f", "")
    folded = folded.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(folded.split())


def _words(text: str) -> list[str]:
    lowered = normalise(text)
    for pattern, replacement in _CONTRACTIONS:
        lowered = re.sub(pattern, replacement, lowered)
    return [_TYPOS.get(word, word) for word in re.findall(r"[^\W_]+", lowered)]


def _symbols_only(light: str) -> Intent:
    if any(char in _DONE_EMOJI for char in light):
        return Done()
    if any(char in _LATE_EMOJI for char in light):
        return Late()
    if light and set(light) <= {"?", " "}:
        return Help()
    return Unknown()


def _negated(clause: list[str], predicate: Callable[[str], bool]) -> bool:
    for index, word in enumerate(clause):
        if word in _NEGATORS and any(predicate(after) for after in clause[index + 1 : index + 4]):
            return True
    return False


def _negated_done(clause: list[str]) -> bool:
    if _negated(clause, lambda word: word in _DONE_VERBS):
        return True
    # "I haven't", "haven't yet": a bare negated auxiliary answers "have you done it?".
    bare = {"i", "have", "has", "did", "not", "yet", "still", "it", "no", "nope"}
    return "not" in clause and bool({"have", "has", "did"} & set(clause)) and set(clause) <= bare


def _is_skip_word(word: str) -> bool:
    return re.fullmatch(_SKIP_WORD, word) is not None


def _after_forgot_to_tell(light: str) -> str:
    """ "Forgot to tell you I did it yesterday" reads as "did it yesterday"."""
    lead = _FORGOT_TO_TELL.match(light)
    return light if lead is None or lead.end() == len(light) else light[lead.end() :]


def _read_forgot(clause: list[str], today: date) -> Forgot | None:
    """ "I forgot my shot", "missed my injection yesterday": a dose not had, on a day if named."""
    start = 0
    while start < len(clause) and clause[start] in _FORGOT_LEAD:
        start += 1
    if start >= len(clause) or clause[start] not in _FORGOT_VERBS:
        return None
    rest = clause[start + 1 :]
    while rest and rest[0] in _FORGOT_FILLER:
        rest = rest[1:]
    if not rest:
        return Forgot()
    day = parse_date(" ".join(rest), today=today, allow_future=False)
    return Forgot(day) if isinstance(day, date) else None


def _read_will_do(joined: str, today: date) -> WillDo | None:
    """ "I'll do it tonight", "I will take it on Friday": the day the patient means to have it."""
    match = _WILL_DO.match(joined)
    if match is None:
        return None
    rest = match["rest"].strip()
    if rest in _LATER_TODAY:
        return WillDo(today)
    day = parse_date(rest, today=today, allow_past=False)
    return WillDo(day) if isinstance(day, date) else None


def _read_done(light: str, today: date) -> Done | IntentError | None:
    lead = re.match(r"[^\w]*", light)
    start = lead.end() if lead else 0
    emoji_led = any(char in _DONE_EMOJI for char in light[:start])
    phrase = _DONE_PHRASE.match(light, start)
    if phrase is None and not emoji_led:
        return None
    return _done_details(light[phrase.end() if phrase else start :], today)


def _done_details(rest: str, today: date) -> Done | IntentError:
    days: list[date | AmbiguousDate] = []
    site: str | None = None
    rest = expand_shared_month(rest)
    while True:
        rest = re.sub(r"^[\W_]+", "", rest)
        site_match = _SITE.match(rest) if site is None else None
        if site_match is not None:
            part = site_match[2].casefold()
            side = "left" if site_match[1].casefold().startswith("l") else "right"
            site = f"{side} {_SITE_PARTS.get(part, part)}"
            rest = rest[site_match.end() :]
            continue
        if days:
            joined = _DATE_JOINER.match(rest)
            if joined is None:
                break
            rest = rest[joined.end() :]
        found = _leading_date(rest, today)
        if isinstance(found, IntentError):
            return found
        if found is None:
            break
        day, rest = found
        if day not in days:
            days.append(day)
    if len(days) > 1 and _DAYS_TAIL.fullmatch(rest):
        rest = ""
    taken_on = days[0] if days else None
    return Done(taken_on=taken_on, site=site, note=_note(rest), also_on=tuple(days[1:]))


def _leading_date(rest: str, today: date) -> tuple[date | AmbiguousDate, str] | IntentError | None:
    words = rest.split()
    for count in range(min(len(words), _MAX_DATE_WORDS), 0, -1):
        candidate = " ".join(words[:count]).rstrip(_EDGE_PUNCTUATION)
        if _LISTED_DAY.search(candidate):
            # "1 Dec, 10 Dec" lists two days: "1 Dec, 10" is not 1 December 2010.
            continue
        answer = parse_date(candidate, today=today, allow_future=False)
        if isinstance(answer, DateParseError):
            if answer.problem is DateProblem.IN_FUTURE:
                return IntentError(texts.DONE_DATE_IN_FUTURE)
            if answer.is_date_like:
                return IntentError(answer.message)
            continue
        end = re.match(rf"\s*(?:\S+\s+){{{count - 1}}}\S+", rest)
        return answer, rest[end.end() if end else len(rest) :]
    return None


def _note(rest: str) -> str | None:
    note = rest.strip(_EDGE_PUNCTUATION)
    if not any(char.isalnum() for char in note):
        return None
    return note[:MAX_REASON_LENGTH]


def _reason(after_skip: str) -> str | None:
    filler = _REASON_FILLER.match(after_skip)
    reason = after_skip[filler.end() if filler else 0 :].strip(_EDGE_PUNCTUATION)
    if not any(char.isalnum() for char in reason):
        return None
    return reason[:MAX_REASON_LENGTH].rstrip()


def _read_request(words: list[str], light: str) -> Intent:
    joined = " ".join(words)
    if joined in _HELP_PHRASES or (words[0] == "help" and len(words) <= 3):
        return Help()
    if _STATUS_WORDS & set(words) and len(words) <= 5:
        return AskStatus()
    if re.match(r"how (?:am i|is it|are things) (?:doing|going|getting on)\b", joined):
        return AskStatus()
    if re.match(_COUNT_QUESTION, joined):
        return AskStatus()
    if _asks_next(words, light):
        return AskNext()
    if any(char in _LATE_EMOJI for char in light):
        return Late()
    late = _LATE_PHRASES.search(joined)
    if late is not None and not joined[: late.start()].endswith(("not ", "never ")):
        return Late()
    return Unknown()


_COUNT_QUESTION = (
    r"how many\b.*\b(?:missed|miss|skipped|skip|done|taken|had|late|left|injections?|shots?"
    r"|doses?|jabs?)\b|(?:have|did) i (?:missed?|skipped?|forgotten|forget) any\b"
)


def _asks_next(words: list[str], light: str) -> bool:
    if {"last", "did", "was", "previous"} & set(words):
        return False
    if "next" in words:
        return words[0] in {"when", "what", "next"} and (
            light.endswith("?") or words[0] != "next" or set(words) <= _NEXT_FILLER
        )
    return words[0] == "when" and bool(_INJECTION_WORDS & set(words))


# --- Dose amounts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DoseParseError:
    """A dose answer that cannot be used, with a patient-readable message and an example."""

    message: str


_DOSE = re.compile(
    r"(?P<minus>[-\u2212] ?)?"
    r"(?P<whole>[1-9]\d{0,2}(?:,\d{3})+|\d{1,9})(?:[.,](?P<fraction>\d{1,6}))?\s*(?P<unit>[^\d\s]+)?"
)
_UNITS = {
    "mcg": DoseUnit.MCG, "mcgs": DoseUnit.MCG, "μg": DoseUnit.MCG, "ug": DoseUnit.MCG,
    "microgram": DoseUnit.MCG, "micrograms": DoseUnit.MCG, "microgramme": DoseUnit.MCG,
    "microgrammes": DoseUnit.MCG, "mg": DoseUnit.MG, "mgs": DoseUnit.MG,
    "milligram": DoseUnit.MG, "milligrams": DoseUnit.MG, "milligramme": DoseUnit.MG,
    "milligrammes": DoseUnit.MG,
}  # fmt: skip


def parse_dose(text: str) -> tuple[Decimal, DoseUnit] | DoseParseError:
    """Read a dose amount with its unit ("1000 mcg", "1,000mcg", "1 mg"); never assume a unit."""
    cleaned = normalise(text).strip(" .!")
    if not cleaned:
        return DoseParseError(texts.DOSE_EMPTY)
    match = _DOSE.fullmatch(cleaned)
    if match is None:
        return DoseParseError(texts.DOSE_UNRECOGNISED)
    whole, fraction = match["whole"].replace(",", ""), match["fraction"]
    # "1.000" is one in English and a thousand in much of Europe: a 1000-fold error either way.
    if fraction is not None and len(fraction) == 3 and int(whole) > 0:
        return DoseParseError(texts.DOSE_AMBIGUOUS_SEPARATOR)
    amount = Decimal(f"{whole}.{fraction}" if fraction else whole)
    # A negative amount is never a dose, whatever the unit: say so rather than ask the unit.
    if match["minus"] is not None:
        return DoseParseError(texts.DOSE_NOT_ABOVE_ZERO)
    if match["unit"] is None:
        return DoseParseError(texts.DOSE_NEEDS_UNIT)
    unit = _UNITS.get(match["unit"].rstrip("."))
    if unit is None:
        return DoseParseError(texts.DOSE_WRONG_UNIT)
    if amount <= 0:
        return DoseParseError(texts.DOSE_NOT_ABOVE_ZERO)
    return amount, unit


# --- Small counts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountParseError:
    """A count answer that cannot be used, with a patient-readable message and an example."""

    message: str


_COUNT_NOUNS = frozenset(
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
_TYPICAL_COUNT = 7


def parse_count(text: str, *, minimum: int, maximum: int) -> int | CountParseError:
    """Read a small whole number ("7", "seven", "7 doses", "twenty-one") within the bounds."""
    words = normalise(text).strip(" .!?").replace("-", " ").split()
    value, used = _leading_number(words)
    if value is None or not set(words[used:]) <= _COUNT_NOUNS:
        return CountParseError(texts.COUNT_UNRECOGNISED)
    if not minimum <= value <= maximum:
        example = min(max(_TYPICAL_COUNT, minimum), maximum)
        message = texts.COUNT_OUT_OF_RANGE.format(minimum=minimum, maximum=maximum, example=example)
        return CountParseError(message)
    return value


def _leading_number(words: list[str]) -> tuple[int | None, int]:
    if len(words) >= 2 and " ".join(words[:2]) in NUMBER_WORDS:
        return NUMBER_WORDS[" ".join(words[:2])], 2
    # Six digits is far past any count the bot asks for, and keeps int() cheap.
    if words and not (words[0].isdigit() and len(words[0]) > 6):
        return number_value(words[0]), 1
    return None, 1
