"""What a patient's free-text reply means: a dose taken, late or skipped, a question, a dose amount.

Pure: "today" is a parameter. Patient input never raises; a refused answer comes back as an error
object whose problem code and values say what was wrong (the catalog words it, with an example).
Date, time and zone parsing lives in ``bot.domain.parsing.dates`` and is re-exported here.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time
from decimal import Decimal
from functools import cache

from bot.domain.parsing.dates import (
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
from bot.domain.parsing.vocabulary import ReplyWords, Vocabulary
from bot.domain.problems import Problem
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
    "History",
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
    "parse_intent_in",
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
    # The clock time said ("done at 8am", "um 7:30"): when it was given, on that day.
    at_time: time | None = None

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
class History:
    """The patient asks what they have done so far: their history."""


@dataclass(frozen=True)
class Report:
    """The patient asks for the report for their clinician."""


@dataclass(frozen=True)
class Help:
    """The patient asks what the bot can do."""


@dataclass(frozen=True)
class Unknown:
    """Nothing the bot acts on; reply with help."""


@dataclass(frozen=True)
class IntentError:
    """The reply is understood but cannot be recorded as said (e.g. done tomorrow)."""

    code: Problem
    values: Mapping[str, str | int] = field(default_factory=dict)


Intent = (
    Done
    | Late
    | Skip
    | Forgot
    | WillDo
    | AskNext
    | AskStatus
    | History
    | Report
    | Help
    | Unknown
    | IntentError
)

_DONE_EMOJI = frozenset("✅✔☑👍💉")
_LATE_EMOJI = frozenset("⏰⏳⌛🕐")
_EDGE_PUNCTUATION = " \t,;:.!-\u2013\u2014"

_MAX_DATE_WORDS = 6
# "ich habe sie gestern gespritzt": the day may follow this many of the done words.
_MAX_WORDS_BEFORE_DAY = 3
_LISTED_DAY = re.compile(r"[^\W\d_],\s*\d{1,2}$")


@dataclass(frozen=True)
class _ReplyPatterns:
    """A vocabulary's reply patterns, compiled once."""

    vocabulary: Vocabulary
    words: ReplyWords
    contractions: tuple[tuple[re.Pattern[str], str], ...]
    clauses: re.Pattern[str]
    not_yet: re.Pattern[str]
    skip_word: re.Pattern[str]
    skip: re.Pattern[str]
    status_question: re.Pattern[str]
    count_question: re.Pattern[str]
    history_question: re.Pattern[str]
    report_question: re.Pattern[str]
    late_phrases: re.Pattern[str]
    done_phrase: re.Pattern[str]
    site: re.Pattern[str]
    reason_filler: re.Pattern[str]
    # Between two days of one "done": "Saturday and Sunday", "Mon, Tue & Wed".
    date_joiner: re.Pattern[str]
    days_tail: re.Pattern[str]
    forgot_to_tell: re.Pattern[str]
    will_do: re.Pattern[str]


@cache
def _reply_patterns(vocabulary: Vocabulary) -> _ReplyPatterns:
    """The patterns of a vocabulary's reply words (one per language)."""
    words = vocabulary.replies
    return _ReplyPatterns(
        vocabulary=vocabulary,
        words=words,
        contractions=tuple((re.compile(old), new) for old, new in words.contractions),
        clauses=re.compile(rf"[,;.!?\-\u2013\u2014]|{words.clause_break}"),
        not_yet=re.compile(words.not_yet),
        skip_word=re.compile(words.skip_word),
        skip=re.compile(rf"(?<![\w']){words.skip_word}(?![\w'])", re.IGNORECASE),
        status_question=re.compile(words.status_question),
        count_question=re.compile(words.count_question),
        history_question=re.compile(words.history_question),
        report_question=re.compile(words.report_question),
        late_phrases=re.compile(words.late_phrases),
        done_phrase=re.compile(words.done_phrase, re.IGNORECASE | re.VERBOSE),
        site=re.compile(words.site, re.IGNORECASE),
        reason_filler=re.compile(words.reason_filler, re.IGNORECASE),
        date_joiner=re.compile(words.date_joiner, re.IGNORECASE),
        days_tail=re.compile(words.days_tail, re.IGNORECASE),
        forgot_to_tell=re.compile(words.forgot_to_tell, re.IGNORECASE),
        will_do=re.compile(words.will_do),
    )


def parse_intent(text: str, *, today: date, vocabulary: Vocabulary) -> Intent:
    """Classify a patient's free-text reply; never raises, Unknown when unsure."""
    patterns = _reply_patterns(vocabulary)
    reply_words = patterns.words
    light = _light(text)
    if not any(char.isalnum() for char in light):
        return _symbols_only(light)
    words = _words(light, patterns)
    if not words:
        return Unknown()
    clauses = [_words(clause, patterns) for clause in patterns.clauses.split(light)]
    if patterns.not_yet.search(" ".join(words)):
        return Late()
    is_question = light.endswith("?") or words[0] in reply_words.question_starts
    phrased_skip = patterns.skip.search(light)
    if not is_question and phrased_skip is not None and " " in phrased_skip.group().strip():
        # "I won't do it this time": a skip said with a negation, before "won't do" reads late.
        return Skip(_reason(light[phrased_skip.end() :], patterns))
    if any(_negated_done(clause, reply_words) for clause in clauses):
        # "Didn't do it, forgot": the forgetting says more than the not-yet.
        return _forgot_in_any(clauses, today, patterns) or Late()
    is_skip_word = patterns.skip_word.fullmatch
    if any(_negated(clause, is_skip_word, reply_words) for clause in clauses):
        return Unknown()
    if not is_question:
        told = _after_forgot_to_tell(light, patterns)
        done = _read_done(told, today, patterns) or _read_day_then_done(told, today, patterns)
        if done is not None:
            return done
        skip = patterns.skip.search(light)
        if skip is not None:
            return Skip(_reason(light[skip.end() :], patterns))
    opening = [clause for clause in clauses if not set(clause) <= reply_words.forgot_lead]
    forgot = _read_forgot(opening[0], today, patterns) if opening else None
    if forgot is not None:
        return forgot
    if not is_question:
        will_do = _read_will_do(" ".join(words), today, patterns) or _will_do_in_any(
            clauses, today, patterns
        )
        if will_do is not None:
            return will_do
        day_first = _read_day_first(words, today, patterns)
        if day_first is not None:
            return day_first
    return _read_request(words, light, patterns)


def _forgot_in_any(
    clauses: list[list[str]], today: date, patterns: _ReplyPatterns
) -> Forgot | None:
    """The first clause that says the dose was forgotten."""
    return next(filter(None, (_read_forgot(clause, today, patterns) for clause in clauses)), None)


def _will_do_in_any(
    clauses: list[list[str]], today: date, patterns: _ReplyPatterns
) -> WillDo | None:
    """ "I'll do it tomorrow, no time today": the first clause that plans it for another day.

    A clause that only puts it off within today ("running late, will do it soon") is no plan.
    """
    if len(clauses) < 2:
        return None
    for clause in clauses:
        plan = _read_will_do(" ".join(clause), today, patterns)
        if plan is None:
            day_first = _read_day_first(clause, today, patterns)
            plan = day_first if isinstance(day_first, WillDo) else None
        if plan is not None and plan.day != today:
            return plan
    return None


def _read_day_first(words: list[str], today: date, patterns: _ReplyPatterns) -> Intent | None:
    """ "Tomorrow I'll do it", "hab am Montag vergessen": read again with the day said last."""
    for start in range(min(_MAX_WORDS_BEFORE_DAY, len(words) - 1) + 1):
        for count in range(min(_MAX_DATE_WORDS, len(words) - start - 1), 0, -1):
            day_words = words[start : start + count]
            day = parse_date(" ".join(day_words), today=today, vocabulary=patterns.vocabulary)
            if isinstance(day, date):
                moved = [*words[:start], *words[start + count :], *day_words]
                return _read_forgot(moved, today, patterns) or _read_will_do(
                    " ".join(moved), today, patterns
                )
    return None


def parse_intent_in(text: str, *, today: date, vocabularies: Sequence[Vocabulary]) -> Intent:
    """Read a reply with each vocabulary in turn: the first reading that is not Unknown."""
    intent: Intent = Unknown()
    for vocabulary in vocabularies:
        intent = parse_intent(text, today=today, vocabulary=vocabulary)
        if not isinstance(intent, Unknown):
            return intent
    return intent


def _light(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).replace("\ufe0f", "")
    folded = folded.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(folded.split())


def _words(text: str, patterns: _ReplyPatterns) -> list[str]:
    lowered = normalise(text)
    for pattern, replacement in patterns.contractions:
        lowered = pattern.sub(replacement, lowered)
    typos = patterns.words.typos
    return [typos.get(word, word) for word in re.findall(r"[^\W_]+", lowered)]


def _symbols_only(light: str) -> Intent:
    if any(char in _DONE_EMOJI for char in light):
        return Done()
    if any(char in _LATE_EMOJI for char in light):
        return Late()
    if light and set(light) <= {"?", " "}:
        return Help()
    return Unknown()


def _negated(clause: list[str], predicate: Callable[[str], object], words: ReplyWords) -> bool:
    for index, word in enumerate(clause):
        if word in words.negators and any(
            predicate(after) for after in clause[index + 1 : index + 4]
        ):
            return True
    return False


def _negated_done(clause: list[str], words: ReplyWords) -> bool:
    if _negated(clause, lambda word: word in words.done_verbs, words):
        return True
    # "I haven't", "haven't yet": a bare negated auxiliary answers "have you done it?".
    negated = bool(words.negators & set(clause)) and bool(words.not_done_auxiliaries & set(clause))
    return negated and set(clause) <= words.bare_not_done


def _after_forgot_to_tell(light: str, patterns: _ReplyPatterns) -> str:
    """ "Forgot to tell you I did it yesterday" reads as "did it yesterday"."""
    lead = patterns.forgot_to_tell.match(light)
    return light if lead is None or lead.end() == len(light) else light[lead.end() :]


def _read_forgot(clause: list[str], today: date, patterns: _ReplyPatterns) -> Forgot | None:
    """ "I forgot my shot", "missed my injection yesterday": a dose not had, on a day if named."""
    words = patterns.words
    start = 0
    while start < len(clause) and clause[start] in words.forgot_lead:
        start += 1
    if start >= len(clause) or clause[start] not in words.forgot_verbs:
        return None
    rest = clause[start + 1 :]
    while rest and rest[0] in words.forgot_filler:
        rest = rest[1:]
    if not rest:
        return Forgot()
    vocabulary = patterns.vocabulary
    day = parse_date(" ".join(rest), today=today, vocabulary=vocabulary, allow_future=False)
    return Forgot(day) if isinstance(day, date) else None


def _read_will_do(joined: str, today: date, patterns: _ReplyPatterns) -> WillDo | None:
    """ "I'll do it tonight", "I will take it on Friday": the day the patient means to have it."""
    match = patterns.will_do.match(joined)
    if match is None:
        return None
    rest = match["rest"].strip()
    if rest in patterns.words.later_today:
        return WillDo(today)
    day = parse_date(rest, today=today, vocabulary=patterns.vocabulary, allow_past=False)
    if isinstance(day, DateParseError) and _day_without_month(rest, day):
        day = _next_day_numbered(rest, today) or day
    return WillDo(day) if isinstance(day, date) else None


def _read_done(light: str, today: date, patterns: _ReplyPatterns) -> Done | IntentError | None:
    lead = re.match(r"[^\w]*", light)
    start = lead.end() if lead else 0
    emoji_led = any(char in _DONE_EMOJI for char in light[:start])
    phrase = patterns.done_phrase.match(light, start)
    if phrase is None and not emoji_led:
        return None
    done = _done_details(light[phrase.end() if phrase else start :], today, patterns)
    if isinstance(done, Done) and done.site is None and phrase is not None:
        # German puts the participle last: "in den linken Arm gespritzt" names the site inside.
        inside = patterns.site.search(phrase.group())
        if inside is not None:
            return replace(done, site=_site_of(inside, patterns.words))
    return done


def _site_of(found: re.Match[str], words: ReplyWords) -> str:
    """The site a site pattern found: "left arm", "right thigh"."""
    part = found[2].casefold()
    side = "left" if found[1].casefold().startswith(words.left_side) else "right"
    return f"{side} {words.site_parts.get(part, part)}"


def _read_day_then_done(
    light: str, today: date, patterns: _ReplyPatterns
) -> Done | IntentError | None:
    """ "Yesterday I did it", "gestern erledigt", "habe sie gestern gespritzt": the day first.

    The days may stand before the done words or among their first few (German puts the
    participle last); what is left once the days are taken out must read as done.
    """
    light = expand_shared_month(light, vocabulary=patterns.vocabulary)
    starts = [word.start() for word in re.finditer(r"\S+", light)]
    for start in starts[: _MAX_WORDS_BEFORE_DAY + 1]:
        days, end = _leading_days(light[start:], today, patterns)
        if not days:
            continue
        done = _read_done(f"{light[:start]} {light[start + end :]}", today, patterns)
        if not isinstance(done, Done) or done.taken_on is not None:
            continue
        for day in days:
            if isinstance(day, IntentError):
                return day
        named = list(dict.fromkeys(day for day in days if not isinstance(day, IntentError)))
        return Done(
            taken_on=named[0],
            site=done.site,
            note=done.note,
            also_on=tuple(named[1:]),
            at_time=done.at_time,
        )
    return None


def _leading_days(
    text: str, today: date, patterns: _ReplyPatterns
) -> tuple[list[date | AmbiguousDate | IntentError], int]:
    """The days the text opens with ("Saturday and Sunday"), and where they end."""
    days: list[date | AmbiguousDate | IntentError] = []
    end = 0
    while True:
        position = end
        if days:
            gap = re.match(r"[\W_]*", text[end:])
            position += gap.end() if gap else 0
            joined = patterns.date_joiner.match(text, position)
            position = joined.end() if joined else position
        found = _leading_day(text[position:], today, patterns)
        if found is None:
            return days, end
        days.append(found[0])
        end = position + found[1]


def _leading_day(
    text: str, today: date, patterns: _ReplyPatterns
) -> tuple[date | AmbiguousDate | IntentError, int] | None:
    """The day the longest run of opening words names (a day to come is an error), and its end."""
    ends = [word.end() for word in re.finditer(r"\S+", text)][:_MAX_DATE_WORDS]
    for end in reversed(ends):
        candidate = text[:end].rstrip(_EDGE_PUNCTUATION)
        if not candidate or _LISTED_DAY.search(candidate):
            continue
        vocabulary = patterns.vocabulary
        answer = parse_date(candidate, today=today, vocabulary=vocabulary, allow_future=False)
        if not isinstance(answer, DateParseError):
            return answer, end
        if answer.problem is DateProblem.IN_FUTURE:
            return IntentError(Problem.DONE_DATE_IN_FUTURE), end
        latest = _latest_day_numbered(candidate, today)
        if _day_without_month(candidate, answer) and latest is not None:
            return latest, end
        if answer.is_date_like or _day_without_month(candidate, answer):
            return IntentError(answer.code, answer.values), end
    return None


def _done_details(rest: str, today: date, patterns: _ReplyPatterns) -> Done | IntentError:
    days: list[date | AmbiguousDate] = []
    site: str | None = None
    words = patterns.words
    rest = expand_shared_month(rest, vocabulary=patterns.vocabulary)
    while True:
        rest = re.sub(r"^[\W_]+", "", rest)
        site_match = patterns.site.match(rest) if site is None else None
        if site_match is not None:
            site = _site_of(site_match, words)
            rest = rest[site_match.end() :]
            continue
        if days:
            joined = patterns.date_joiner.match(rest)
            if joined is None:
                break
            rest = rest[joined.end() :]
        found = _leading_date(rest, today, patterns)
        if isinstance(found, IntentError):
            return found
        if found is None:
            break
        day, rest = found
        if day not in days:
            days.append(day)
    if len(days) > 1 and patterns.days_tail.fullmatch(rest):
        rest = ""
    taken_on = days[0] if days else None
    at_time, rest = _clock_time(rest, patterns)
    return Done(
        taken_on=taken_on,
        site=site,
        note=_note(rest),
        also_on=tuple(days[1:]),
        at_time=at_time,
    )


# A time of day after the done words: "at 8am", "7:30", "um 7.30", "a las 8:15", "в 8:30". A
# bare hour ("at 2") is not read: the night or the afternoon, the patient would have to say.
_CLOCK_SAID = r"\d{1,2}(?:[:.h]\d{2}(?: ?[ap]\.? ?m\.?)?| ?[ap]\.? ?m\.?)"


def _clock_time(rest: str, patterns: _ReplyPatterns) -> tuple[time | None, str]:
    """The clock time said in what follows the done words, and the rest without it."""
    leads = "|".join(re.escape(lead) for lead in patterns.vocabulary.times.leads)
    said = re.search(rf"(?:^|\s)(?:(?:{leads}) )*({_CLOCK_SAID})(?=\W|$)", rest)
    if said is None:
        return None, rest
    clock = parse_time(said[1], vocabulary=patterns.vocabulary)
    if not isinstance(clock, time):
        return None, rest
    return clock, rest[: said.start()] + rest[said.end() :]


def _day_without_month(candidate: str, answer: DateParseError) -> bool:
    """ "On the 1st": a day of the month named as one (not a bare number), never a note."""
    return answer.problem is DateProblem.MISSING_MONTH and not candidate.strip().isdigit()


def _latest_day_numbered(candidate: str, today: date) -> date | None:
    """ "On the 1st" of a dose given: the latest such day, this month or the last (else None)."""
    number = int(re.sub(r"\D", "", candidate) or 0)
    for months_back in range(2):
        year, month = divmod(today.year * 12 + today.month - 1 - months_back, 12)
        month += 1
        if (
            1 <= number <= calendar.monthrange(year, month)[1]
            and date(year, month, number) <= today
        ):
            return date(year, month, number)
    return None


def _next_day_numbered(candidate: str, today: date) -> date | None:
    """ "On the 5th" of a dose to come: the next such day, this month or the next (else None)."""
    number = int(re.sub(r"\D", "", candidate) or 0)
    for months_ahead in range(2):
        year, month = divmod(today.year * 12 + today.month - 1 + months_ahead, 12)
        month += 1
        if 1 <= number <= calendar.monthrange(year, month)[1]:
            day = date(year, month, number)
            if day >= today:
                return day
    return None


def _leading_date(
    rest: str, today: date, patterns: _ReplyPatterns
) -> tuple[date | AmbiguousDate, str] | IntentError | None:
    words = rest.split()
    for count in range(min(len(words), _MAX_DATE_WORDS), 0, -1):
        candidate = " ".join(words[:count]).rstrip(_EDGE_PUNCTUATION)
        if _LISTED_DAY.search(candidate):
            # "1 Dec, 10 Dec" lists two days: "1 Dec, 10" is not 1 December 2010.
            continue
        answer = parse_date(
            candidate, today=today, vocabulary=patterns.vocabulary, allow_future=False
        )
        if isinstance(answer, DateParseError):
            if answer.problem is DateProblem.IN_FUTURE:
                return IntentError(Problem.DONE_DATE_IN_FUTURE)
            latest = _latest_day_numbered(candidate, today)
            if _day_without_month(candidate, answer) and latest is not None:
                end = re.match(rf"\s*(?:\S+\s+){{{count - 1}}}\S+", rest)
                return latest, rest[end.end() if end else len(rest) :]
            if answer.is_date_like or _day_without_month(candidate, answer):
                return IntentError(answer.code, answer.values)
            continue
        end = re.match(rf"\s*(?:\S+\s+){{{count - 1}}}\S+", rest)
        return answer, rest[end.end() if end else len(rest) :]
    return None


def _note(rest: str) -> str | None:
    note = rest.strip(_EDGE_PUNCTUATION)
    if not any(char.isalnum() for char in note):
        return None
    return note[:MAX_REASON_LENGTH]


def _reason(after_skip: str, patterns: _ReplyPatterns) -> str | None:
    filler = patterns.reason_filler.match(after_skip)
    reason = after_skip[filler.end() if filler else 0 :].strip(_EDGE_PUNCTUATION)
    if not any(char.isalnum() for char in reason):
        return None
    return reason[:MAX_REASON_LENGTH].rstrip()


def _read_request(words: list[str], light: str, patterns: _ReplyPatterns) -> Intent:
    joined = " ".join(words)
    reply_words = patterns.words
    if joined in reply_words.help_phrases or (
        words[0] == reply_words.help_word and len(words) <= 3
    ):
        return Help()
    if patterns.history_question.match(joined):
        return History()
    if patterns.report_question.match(joined):
        return Report()
    if reply_words.status_words & set(words) and len(words) <= 5:
        return AskStatus()
    if patterns.status_question.match(joined):
        return AskStatus()
    if patterns.count_question.match(joined):
        return AskStatus()
    if _asks_next(words, light, reply_words):
        return AskNext()
    if any(char in _LATE_EMOJI for char in light):
        return Late()
    late = patterns.late_phrases.search(joined)
    if late is not None and not joined[: late.start()].endswith(reply_words.negated_late):
        return Late()
    return Unknown()


def _asks_next(words: list[str], light: str, reply_words: ReplyWords) -> bool:
    if reply_words.not_next & set(words):
        return False
    if reply_words.next_word in words:
        return words[0] in reply_words.next_openings and (
            light.endswith("?")
            or words[0] != reply_words.next_word
            or set(words) <= reply_words.next_filler
        )
    return words[0] == reply_words.when_word and bool(
        (reply_words.injection_words | reply_words.again) & set(words)
    )


# --- Dose amounts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DoseParseError:
    """A dose answer that cannot be used: why, as a problem code."""

    code: Problem
    values: Mapping[str, str | int] = field(default_factory=dict)


# Thousands grouped by commas ("1,000") or spaces ("1 000"; normalise() has made a no-break
# space, U+00A0 or U+202F, a plain one): a space never marks decimals, in any language.
_DOSE = re.compile(
    r"(?P<minus>[-\u2212] ?)?"
    r"(?P<whole>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,2}(?: \d{3})+|\d{1,9})"
    r"(?:[.,](?P<fraction>\d{1,6}))?\s*(?P<unit>[^\d\s]+)?"
)


def parse_dose(text: str, *, vocabulary: Vocabulary) -> tuple[Decimal, DoseUnit] | DoseParseError:
    """Read a dose amount with its unit ("1000 mcg", "1,000mcg", "1 mg"); never assume a unit."""
    cleaned = normalise(text).strip(" .!")
    if not cleaned:
        return DoseParseError(Problem.DOSE_EMPTY)
    match = _DOSE.fullmatch(cleaned)
    if match is None:
        return DoseParseError(Problem.DOSE_UNRECOGNISED)
    whole, fraction = match["whole"].replace(",", "").replace(" ", ""), match["fraction"]
    # "1.000" is one in English and a thousand in much of Europe: a 1000-fold error either way.
    if fraction is not None and len(fraction) == 3 and int(whole) > 0:
        return DoseParseError(Problem.DOSE_AMBIGUOUS_SEPARATOR)
    # And "1,000" is a thousand in English but one where the comma marks decimals.
    if vocabulary.amounts.decimal_comma and "," in match["whole"]:
        return DoseParseError(Problem.DOSE_AMBIGUOUS_SEPARATOR)
    amount = Decimal(f"{whole}.{fraction}" if fraction else whole)
    # A negative amount is never a dose, whatever the unit: say so rather than ask the unit.
    if match["minus"] is not None:
        return DoseParseError(Problem.DOSE_NOT_ABOVE_ZERO)
    if match["unit"] is None:
        return DoseParseError(Problem.DOSE_NEEDS_UNIT)
    unit = vocabulary.amounts.dose_units.get(match["unit"].rstrip("."))
    if unit is None:
        return DoseParseError(Problem.DOSE_WRONG_UNIT)
    if amount <= 0:
        return DoseParseError(Problem.DOSE_NOT_ABOVE_ZERO)
    return amount, unit


# --- Small counts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountParseError:
    """A count answer that cannot be used: why, as a problem code and its values."""

    code: Problem
    values: Mapping[str, str | int] = field(default_factory=dict)


_TYPICAL_COUNT = 7


def parse_count(
    text: str, *, minimum: int, maximum: int, vocabulary: Vocabulary
) -> int | CountParseError:
    """Read a small whole number ("7", "seven", "7 doses", "twenty-one") within the bounds."""
    words = normalise(text).strip(" .!?").replace("-", " ").split()
    value, used = _leading_number(words, vocabulary)
    if value is None or not set(words[used:]) <= vocabulary.amounts.count_nouns:
        return CountParseError(Problem.COUNT_UNRECOGNISED)
    if not minimum <= value <= maximum:
        example = min(max(_TYPICAL_COUNT, minimum), maximum)
        bounds = {"minimum": minimum, "maximum": maximum, "example": example}
        return CountParseError(Problem.COUNT_OUT_OF_RANGE, bounds)
    return value


def _leading_number(words: list[str], vocabulary: Vocabulary) -> tuple[int | None, int]:
    numbers = vocabulary.dates.numbers
    if len(words) >= 2 and " ".join(words[:2]) in numbers:
        return numbers[" ".join(words[:2])], 2
    # Six digits is far past any count the bot asks for, and keeps int() cheap.
    if words and not (words[0].isdigit() and len(words[0]) > 6):
        return number_value(words[0], vocabulary=vocabulary), 1
    return None, 1
