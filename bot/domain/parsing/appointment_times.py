"""A clinic appointment as a patient types it: "booked it for the 16th at 2pm" (pure logic).

Reuses the date and time readers of bot.domain.parsing.dates; returns a day and a wall time, or the
kind of problem, and the bot layer picks the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum
from functools import cache

from bot.domain.parsing.dates import (
    AmbiguousDate,
    DateParseError,
    DateProblem,
    normalise,
    parse_date,
    parse_time,
)
from bot.domain.parsing.vocabulary import DateWords, TimeWords, Vocabulary

_DOTTED_HALF_DAY = re.compile(r"([ap])\.m\.?(?!\w)")
# Commas, and colons not inside a time ("booked: 2 dec, 9:30").
_PUNCTUATION = re.compile(r"[,;!?]|(?<!\d):|:(?!\d)")
_BARE_HOUR = re.compile(r"\d{1,2}")
_DIGIT = re.compile(r"\d")
_LONG_NUMBER = re.compile(r"\d{3}")
# "a eso de las 7 de la tarde": the most words one time of day is written with.
_MAX_CLOCK_WORDS = 8
# A bare "at 2" means the afternoon far more often than 02:00: ask instead of guessing.
_EARLIEST_BARE_HOUR = 7
_MONTHS_SEARCHED = 14


class AppointmentProblem(StrEnum):
    """Why an appointment answer cannot be used yet."""

    UNREADABLE = "unreadable"
    NO_DAY = "no_day"
    NO_TIME = "no_time"
    NEEDS_AM_PM = "needs_am_pm"
    AMBIGUOUS_DAY = "ambiguous_day"
    NO_SUCH_DAY = "no_such_day"
    DAY_PASSED = "day_passed"
    WEEKDAY_MISMATCH = "weekday_mismatch"


@dataclass(frozen=True)
class Appointment:
    """The local day and wall time of a booked appointment."""

    day: date
    at: time


@dataclass(frozen=True)
class _Clock:
    """The time found in an answer, and which words it took."""

    at: time
    start: int
    end: int
    bare_hour: bool


def parse_appointment(
    text: str, *, today: date, vocabulary: Vocabulary
) -> Appointment | AppointmentProblem:
    """Read "Tue 15 Dec 10:30", "the 16th at 2pm" or "tomorrow 9am" from the local `today`."""
    cleaned = _DOTTED_HALF_DAY.sub(r"\1m", normalise(text))
    words = _PUNCTUATION.sub(" ", cleaned).strip(" .").split()
    clock = _find_clock(words, vocabulary)
    rest = words if clock is None else words[: clock.start] + words[clock.end :]
    day_words = [word for word in rest if word not in vocabulary.appointments.filler]
    if clock is None:
        found = _read_day(day_words, today, vocabulary)
        return AppointmentProblem.UNREADABLE if found is None else AppointmentProblem.NO_TIME
    if clock.bare_hour and 0 < clock.at.hour < _EARLIEST_BARE_HOUR:
        return AppointmentProblem.NEEDS_AM_PM
    day = _read_day(day_words, today, vocabulary)
    if day is None:
        # "через 3 дня" (in 3 days) holds "3 дня" (3 pm): a day named whole lacks its time.
        every_word = [word for word in words if word not in vocabulary.appointments.filler]
        whole = _read_day(every_word, today, vocabulary) if len(every_word) > 1 else None
        return AppointmentProblem.NO_TIME if isinstance(whole, date) else AppointmentProblem.NO_DAY
    if isinstance(day, AppointmentProblem):
        return day
    return Appointment(day, clock.at)


def _find_clock(words: list[str], vocabulary: Vocabulary) -> _Clock | None:
    """The last time of day in the words: "2pm", "10:30", "noon", "at 2", "7 de la tarde"."""
    found: _Clock | None = None
    index = 0
    while index < len(words):
        clock = _clock_at(words, index, vocabulary)
        if clock is None:
            index += 1
            continue
        found, index = clock, clock.end
    return found


def _clock_at(words: list[str], index: int, vocabulary: Vocabulary) -> _Clock | None:
    """The longest run of words from ``index`` that is a time of day, if any."""
    for end in range(min(len(words), index + _MAX_CLOCK_WORDS), index, -1):
        clock = _clock(words, index, end, vocabulary)
        if clock is not None:
            return clock
    return None


def _clock(words: list[str], start: int, end: int, vocabulary: Vocabulary) -> _Clock | None:
    """The time the words from ``start`` to ``end`` name, if they really are one."""
    span = words[start:end]
    text = " ".join(span)
    numbers = [index for index, word in enumerate(span, start) if _DIGIT.search(word)]
    if not numbers and text not in vocabulary.appointments.clock_names:
        return None
    # A year or a compact "1430" is no clock here: a date's year would read as 20:26.
    if _LONG_NUMBER.search(text):
        return None
    at = parse_time(text, vocabulary=vocabulary)
    if not isinstance(at, time):
        return None
    number = numbers[0] if numbers else start
    # A number last is an hour only after the word for "at" ("at 2"): else it is a day ("16").
    after_at = number > 0 and words[number - 1] == vocabulary.appointments.at_word
    if number == end - 1 and _BARE_HOUR.fullmatch(words[number]) and not after_at:
        return None
    bare = len(numbers) == 1 and _is_bare_hour(span[number - start :], vocabulary)
    return _Clock(at, start, end, bare)


def _is_bare_hour(words: list[str], vocabulary: Vocabulary) -> bool:
    """Whether a time is only an hour ("2", "2 o'clock", "2 Uhr"), so am or pm is unsaid."""
    if _BARE_HOUR.fullmatch(words[0]) is None:
        return False
    o_clock = _o_clock(vocabulary.times)
    return all(o_clock.fullmatch(word) for word in words[1:])


@cache
def _o_clock(words: TimeWords) -> re.Pattern[str]:
    """The word for "o'clock" (one pattern per language)."""
    return re.compile(words.o_clock)


def _read_day(
    words: list[str], today: date, vocabulary: Vocabulary
) -> date | AppointmentProblem | None:
    """The day named (today or later), a problem with it, or None when nothing names a day."""
    if not words:
        return None
    weekday = _weekday(words[0], today, vocabulary) if len(words) > 1 else None
    day = _day_of(" ".join(words[1:] if weekday is not None else words), today, vocabulary)
    if isinstance(day, date) and weekday is not None and day.weekday() != weekday:
        return AppointmentProblem.WEEKDAY_MISMATCH
    return day


def _weekday(word: str, today: date, vocabulary: Vocabulary) -> int | None:
    """The weekday a leading word names ("tue" in "tue 15 dec"), if it is one."""
    answer = parse_date(word, today=today, vocabulary=vocabulary)
    plain = word.isalpha() and word not in vocabulary.appointments.day_names
    return answer.weekday() if isinstance(answer, date) and plain else None


@cache
def _bare_day(words: DateWords) -> re.Pattern[str]:
    """A day of the month alone: "16th", Russian "16-" ordinals, German "16." (one per language)."""
    ordinals = "|".join(re.escape(ordinal) for ordinal in (*words.ordinals, "."))
    return re.compile(rf"(\d{{1,2}})(?:{ordinals})?(?: {re.escape(words.of_word)})?")


def _day_of(text: str, today: date, vocabulary: Vocabulary) -> date | AppointmentProblem | None:
    """A day from today on: any date parse_date reads, or a bare day of the month ("16th")."""
    bare = _bare_day(vocabulary.dates).fullmatch(text)
    if bare is not None:
        return _next_day_of_month(int(bare[1]), today)
    answer = parse_date(text, today=today, vocabulary=vocabulary, allow_past=False)
    if isinstance(answer, date):
        # "20 Nov" on 25 Nov is more likely a slip than next year's: the nearer reading wins.
        either_way = parse_date(text, today=today, vocabulary=vocabulary)
        if (
            isinstance(either_way, date)
            and either_way < today < answer
            and (today - either_way < answer - today)
        ):
            return AppointmentProblem.DAY_PASSED
        return answer
    if isinstance(answer, AmbiguousDate):
        return AppointmentProblem.AMBIGUOUS_DAY
    return _date_problem(answer)


def _date_problem(error: DateParseError) -> AppointmentProblem | None:
    """What a refused date means for an appointment (None: the words name no day at all)."""
    if error.problem is DateProblem.IN_PAST:
        return AppointmentProblem.DAY_PASSED
    if error.is_date_like:
        return AppointmentProblem.NO_SUCH_DAY
    return None


def _next_day_of_month(day: int, today: date) -> date | AppointmentProblem:
    """The first date from today on that falls on this day of a month."""
    if not 1 <= day <= 31:
        return AppointmentProblem.NO_SUCH_DAY
    month_start = today.replace(day=1)
    for _ in range(_MONTHS_SEARCHED):
        try:
            candidate = month_start.replace(day=day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= today:
            return candidate
        month_start = (month_start + timedelta(days=32)).replace(day=1)
    return AppointmentProblem.NO_SUCH_DAY
