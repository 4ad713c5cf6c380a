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
from bot.domain.parsing.vocabulary import AppointmentWords, Vocabulary

_HALF_DAY = re.compile(r"am|pm")
_DOTTED_HALF_DAY = re.compile(r"([ap])\.m\.?(?!\w)")
_BARE_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
# Commas, and colons not inside a time ("booked: 2 dec, 9:30").
_PUNCTUATION = re.compile(r"[,;!?]|(?<!\d):|:(?!\d)")
_BARE_HOUR = re.compile(r"\d{1,2}")
_HOUR_AND_MINUTES = re.compile(r"\d{1,2}(?:[:.]\d{2})?")
# A bare "at 2" means the afternoon far more often than 02:00: ask instead of guessing.
_EARLIEST_BARE_HOUR = 7
_MONTHS_SEARCHED = 14


@cache
def _clock_words(words: AppointmentWords) -> re.Pattern[str]:
    """A time written as one word: "2pm", "10:30", "noon" (one pattern per language)."""
    names = "|".join(re.escape(name) for name in words.clock_names)
    return re.compile(rf"\d{{1,2}}(?:[:.]\d{{2}})?(?:am|pm)|\d{{1,2}}[:.]\d{{2}}|{names}")


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
    if not day_words:
        return AppointmentProblem.NO_DAY
    day = _read_day(day_words, today, vocabulary)
    if day is None:
        return AppointmentProblem.NO_DAY
    if isinstance(day, AppointmentProblem):
        return day
    return Appointment(day, clock.at)


def _find_clock(words: list[str], vocabulary: Vocabulary) -> _Clock | None:
    """The last time of day in the words: "2pm", "2 pm", "10:30", "noon", or "at 2"."""
    clock_words, at_word = _clock_words(vocabulary.appointments), vocabulary.appointments.at_word
    found: _Clock | None = None
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if _HOUR_AND_MINUTES.fullmatch(word) and _HALF_DAY.fullmatch(following):
            found = _clock(word + following, index, index + 2, vocabulary, bare=False) or found
        elif clock_words.fullmatch(word):
            found = _clock(word, index, index + 1, vocabulary, bare=False) or found
        elif _BARE_HOUR.fullmatch(word) and index > 0 and words[index - 1] == at_word:
            found = _clock(word, index, index + 1, vocabulary, bare=True) or found
    return found


def _clock(text: str, start: int, end: int, vocabulary: Vocabulary, *, bare: bool) -> _Clock | None:
    """A found time, if the words really are one."""
    at = parse_time(text, vocabulary=vocabulary)
    return _Clock(at, start, end, bare) if isinstance(at, time) else None


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


def _day_of(text: str, today: date, vocabulary: Vocabulary) -> date | AppointmentProblem | None:
    """A day from today on: any date parse_date reads, or a bare day of the month ("16th")."""
    bare = _BARE_DAY.fullmatch(text)
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
