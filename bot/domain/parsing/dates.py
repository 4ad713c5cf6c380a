"""Dates, wall times and time zones as a patient types them, parsed without reading the clock.

Every parser returns a value or an error object whose problem code and values say what was
wrong (the catalog words it, with an example), so the bot can re-ask the question unchanged.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from bot.domain.parsing.vocabulary import DateWords, TimeWords, Vocabulary, ZoneWords
from bot.domain.problems import Problem

# --- Shared: numbers and the patterns of a date vocabulary ----------------------------------

EARLIEST_YEAR = 2000
# The bot plans at most this many years ahead; later years are typos ("2062" for "2026").
YEARS_AHEAD = 2
# Far beyond any useful "N days ago"; keeps date arithmetic away from OverflowError.
_MAX_RELATIVE_DAYS = 10_000
# A day named near today (with a weekday that does not fit it) is not moved to another year.
_NEAR_DAYS = 31


def normalise(text: str) -> str:
    """Fold width, case and curly quotes, and collapse runs of white space."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = folded.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(folded.split())


def number_value(word: str, *, vocabulary: Vocabulary) -> int | None:
    """Return the value of a digit string or a number word of the vocabulary (zero to thirty)."""
    return _number(word, vocabulary.dates)


def _number(word: str, words: DateWords) -> int | None:
    """A digit string's value, or a number word's."""
    if word.isascii() and word.isdigit():
        return int(word)
    return words.numbers.get(word)


@dataclass(frozen=True)
class _DatePatterns:
    """A date vocabulary's patterns, compiled once."""

    ago: re.Pattern[str]
    ahead: re.Pattern[str]
    weekday: re.Pattern[str]
    leading: re.Pattern[str]
    ordinal: re.Pattern[str]
    of_day: re.Pattern[str]
    of_year: re.Pattern[str]
    year_word: re.Pattern[str] | None
    shared_month: re.Pattern[str]


# A word of letters in any alphabet ("march", "märz", "декабря"), no digits.
_LETTERS = r"[^\W\d_]+"


def _alternatives(words: tuple[str, ...] | frozenset[str]) -> str:
    """Words as one regular-expression alternation, longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))


def _spaced(ordinals: tuple[str, ...]) -> str:
    """The hyphenated ordinal endings (Russian "-go") written after a space instead ("5 go")."""
    hyphenated = tuple(f" {ending[1:]}" for ending in ordinals if ending.startswith("-"))
    return _alternatives(hyphenated) if hyphenated else "(?!)"


@cache
def _date_patterns(words: DateWords) -> _DatePatterns:
    """The patterns built from a date vocabulary (one per language)."""
    qualifiers = _alternatives((words.last_word, words.next_word, *words.weekday_leads))
    next_or_last = _alternatives((words.last_word, words.next_word))
    ordinal = _alternatives(words.ordinals)
    return _DatePatterns(
        ago=re.compile(words.ago),
        ahead=re.compile(words.ahead),
        # "next Friday", and "el viernes pasado" where "last" follows the weekday.
        weekday=re.compile(rf"(?:({qualifiers}) )?({_LETTERS})(?: ({next_or_last}))?"),
        leading=re.compile(rf"^(?:(?:{_alternatives(words.leading_words)}) )+"),
        # A hyphenated ending also as a reply's words leave it, after a space.
        ordinal=re.compile(rf"\b(\d{{1,2}})(?:{ordinal}|{_spaced(words.ordinals)})\b"),
        # "of" may end a day named alone (Russian "5-go chisla"), or join day and month.
        of_day=re.compile(rf"\b(\d{{1,2}}) {re.escape(words.of_word)}(?: |$)"),
        of_year=re.compile(rf"({_LETTERS}) {re.escape(words.of_word)} (\d{{4}})\b"),
        year_word=(
            re.compile(rf"(\d{{4}}) ?(?:{_alternatives(words.year_words)})(?!\w)")
            if words.year_words
            else None
        ),
        shared_month=re.compile(
            rf"(?<![\w/.-])(\d{{1,2}})(?:{ordinal})?"
            rf"((?:\s*(?:,|&|\b{re.escape(words.and_word)}\b)\s*(?:the\s+)?\d{{1,2}}(?:{ordinal})?)+)"
            rf"\s+(?:{re.escape(words.of_word)}\s+)?([^\W\d_]+)\b",
            re.IGNORECASE,
        ),
    )


# --- Dates --------------------------------------------------------------------------------------


class DateProblem(StrEnum):
    """Why a date answer was refused; lets callers tell "not a date" from "a wrong date"."""

    EMPTY = "empty"
    UNRECOGNISED = "unrecognised"
    MISSING_MONTH = "missing_month"
    NO_SUCH_DAY = "no_such_day"
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    IN_FUTURE = "in_future"
    IN_PAST = "in_past"


@dataclass(frozen=True)
class DateParseError:
    """A date answer that cannot be used: why, as a problem code and its values."""

    code: Problem
    problem: DateProblem
    values: Mapping[str, str | int] = field(default_factory=dict)

    @property
    def is_date_like(self) -> bool:
        """Return True when the text was a date, only an impossible or disallowed one."""
        return self.problem in _DATE_LIKE_PROBLEMS


_DATE_LIKE_PROBLEMS = frozenset(
    (
        DateProblem.NO_SUCH_DAY,
        DateProblem.YEAR_OUT_OF_RANGE,
        DateProblem.IN_FUTURE,
        DateProblem.IN_PAST,
    )
)


@dataclass(frozen=True)
class AmbiguousDate:
    """A numeric date with two valid readings: (day-first reading, month-first reading)."""

    candidates: tuple[date, date]


DateAnswer = date | AmbiguousDate | DateParseError


@dataclass(frozen=True)
class _Window:
    today: date
    allow_future: bool
    allow_past: bool
    words: DateWords

    def check(self, value: date) -> date | DateParseError:
        if not EARLIEST_YEAR <= value.year <= self.today.year + YEARS_AHEAD:
            years = {"earliest": EARLIEST_YEAR, "latest": self.today.year + YEARS_AHEAD}
            return DateParseError(
                Problem.DATE_YEAR_OUT_OF_RANGE, DateProblem.YEAR_OUT_OF_RANGE, years
            )
        if value > self.today and not self.allow_future:
            return DateParseError(Problem.DATE_IN_FUTURE, DateProblem.IN_FUTURE)
        if value < self.today and not self.allow_past:
            return DateParseError(Problem.DATE_IN_PAST, DateProblem.IN_PAST)
        return value


_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?")
_DAY_MONTH = re.compile(rf"(\d{{1,2}}) ({_LETTERS})(?: (\d{{4}}|\d{{2}}))?")
_MONTH_DAY = re.compile(rf"({_LETTERS}) (\d{{1,2}})(?: (\d{{4}}|\d{{2}}))?")


def parse_date(
    text: str,
    *,
    today: date,
    vocabulary: Vocabulary,
    allow_future: bool = True,
    allow_past: bool = True,
) -> DateAnswer:
    """Read a date a patient typed, relative to their local ``today``.

    A day and month without a year, and a weekday name, mean the nearest such day in the allowed
    direction (today included). A weekday means the next one (from today on) unless
    ``allow_future`` is False, then the most recent one; "last"/"next" exclude today. A bare
    number ("12") is refused: it names no month.
    """
    window = _Window(today, allow_future, allow_past, vocabulary.dates)
    cleaned = _clean_date_text(text, vocabulary.dates)
    if not cleaned:
        return DateParseError(Problem.DATE_EMPTY, DateProblem.EMPTY)
    readers = (
        _read_relative,
        _read_iso,
        _read_numeric,
        _read_named_month,
        _read_dated_weekday,
        _read_weekday,
    )
    for reader in readers:
        answer = reader(cleaned, window)
        if answer is not None:
            return answer
    if cleaned.isdigit() and len(cleaned) <= 2:
        return DateParseError(Problem.DATE_MISSING_MONTH, DateProblem.MISSING_MONTH)
    return DateParseError(Problem.DATE_UNRECOGNISED, DateProblem.UNRECOGNISED)


def expand_shared_month(text: str, *, vocabulary: Vocabulary) -> str:
    """Give each day of a list the month named after it: "26 and 27 Nov" → "26 Nov and 27 Nov"."""

    def expand(match: re.Match[str]) -> str:
        month = match[3]
        if month.casefold() not in words.months:
            return match[0]
        days = [match[1], *re.findall(r"\d{1,2}", match[2])]
        return f" {words.and_word} ".join(f"{day} {month}" for day in days)

    words = vocabulary.dates
    return _date_patterns(words).shared_month.sub(expand, text)


def _clean_date_text(text: str, words: DateWords) -> str:
    patterns = _date_patterns(words)
    cleaned = normalise(text).strip(" .,!?;:")
    if words.word_forms:
        cleaned = " ".join(words.word_forms.get(word, word) for word in cleaned.split())
    cleaned = patterns.leading.sub("", cleaned)
    cleaned = patterns.ordinal.sub(r"\1", cleaned)
    cleaned = patterns.of_day.sub(r"\1 ", cleaned)
    # "12 de marzo de 2026": the "of" before a year.
    cleaned = patterns.of_year.sub(r"\1 \2", cleaned)
    if re.search(r"[^\W\d_]", cleaned):
        # "12-Mar-2026", "March 12, 2026": separators only matter between digits.
        cleaned = re.sub(r"[,/.]|(?<=\w)-(?=\w)", " ", cleaned)
    if patterns.year_word is not None:
        cleaned = patterns.year_word.sub(r"\1", cleaned)
    return " ".join(cleaned.split())


def _read_relative(cleaned: str, window: _Window) -> DateAnswer | None:
    words, patterns = window.words, _date_patterns(window.words)
    if cleaned in words.relative_days:
        return window.check(window.today + timedelta(days=words.relative_days[cleaned]))
    for pattern, sign in ((patterns.ago, -1), (patterns.ahead, 1)):
        match = pattern.fullmatch(cleaned)
        if match is None:
            continue
        amount = 1 if match[1] in words.one else _number(match[1], words)
        if amount is None:
            return None
        days = amount * (7 if match[2] in words.week_units else 1)
        if days > _MAX_RELATIVE_DAYS:
            return window.check(date(1, 1, 1) if sign < 0 else date(9999, 12, 31))
        return window.check(window.today + timedelta(days=sign * days))
    return None


def _read_iso(cleaned: str, window: _Window) -> DateAnswer | None:
    match = _ISO.fullmatch(cleaned)
    if match is None:
        return None
    return _checked(int(match[1]), int(match[2]), int(match[3]), window)


def _read_numeric(cleaned: str, window: _Window) -> DateAnswer | None:
    match = _NUMERIC.fullmatch(cleaned)
    if match is None:
        return None
    first, separator, second = int(match[1]), match[2], int(match[3])
    year = _full_year(match[4])
    day_first = _day_month(first, second, year, window)
    # Dots are a day-first convention (12.03.2026); slashes and dashes are read both ways.
    if separator == "." or first == second:
        return day_first
    month_first = _day_month(second, first, year, window)
    if isinstance(day_first, date) and isinstance(month_first, date):
        if day_first == month_first:
            return day_first
        return AmbiguousDate((day_first, month_first))
    # One reading is impossible or outside the allowed window: the other is what was meant.
    if isinstance(month_first, date):
        return month_first
    return day_first


def _read_named_month(cleaned: str, window: _Window) -> DateAnswer | None:
    months = window.words.months
    match = _DAY_MONTH.fullmatch(cleaned)
    if match is not None and match[2] in months:
        return _day_month(int(match[1]), months[match[2]], _full_year(match[3]), window)
    match = _MONTH_DAY.fullmatch(cleaned)
    if match is not None and match[1] in months:
        return _day_month(int(match[2]), months[match[1]], _full_year(match[3]), window)
    return None


def _read_dated_weekday(cleaned: str, window: _Window) -> DateAnswer | None:
    """ "Mon 7 Dec", "Mo 7 Dez": a date as the catalog writes it; the weekday picks the year."""
    first, _, rest = cleaned.partition(" ")
    words = window.words
    weekday = words.weekdays.get(first, words.dated_weekdays.get(first))
    named = _named_day_month(rest, words.months)
    if weekday is None or named is None:
        return None
    day, month, year = named
    if year is not None:
        value = _checked(year, month, day, window)
        return value if not isinstance(value, date) or value.weekday() == weekday else None
    candidates = [
        date(each, month, day)
        for each in range(window.today.year - 1, window.today.year + 2)
        if _exists(each, month, day)
    ]
    candidates.sort(key=lambda value: abs((value - window.today).days))
    # A weekday that does not fit the date near today is a slip, not a sign of another year.
    if not candidates or abs((candidates[0] - window.today).days) <= _NEAR_DAYS:
        candidates = candidates[:1]
    fitting = [value for value in candidates[:2] if value.weekday() == weekday]
    if not fitting:
        return None
    checked = [window.check(value) for value in fitting]
    return next((answer for answer in checked if isinstance(answer, date)), checked[0])


def _named_day_month(text: str, months: Mapping[str, int]) -> tuple[int, int, int | None] | None:
    """The day, month and year (if any) of "7 Dec (2026)" or "Dec 7 (2026)"."""
    match = _DAY_MONTH.fullmatch(text)
    if match is not None and match[2] in months:
        return int(match[1]), months[match[2]], _full_year(match[3])
    match = _MONTH_DAY.fullmatch(text)
    if match is not None and match[1] in months:
        return int(match[2]), months[match[1]], _full_year(match[3])
    return None


def _read_weekday(cleaned: str, window: _Window) -> DateAnswer | None:
    words = window.words
    match = _date_patterns(words).weekday.fullmatch(cleaned)
    if match is None or match[2] not in words.weekdays:
        return None
    qualifier, weekday = match[3] or match[1], words.weekdays[match[2]]
    ahead = (weekday - window.today.weekday()) % 7
    behind = (window.today.weekday() - weekday) % 7
    if qualifier == words.next_word:
        return window.check(window.today + timedelta(days=ahead or 7))
    if qualifier == words.last_word:
        return window.check(window.today - timedelta(days=behind or 7))
    if window.allow_future:
        return window.check(window.today + timedelta(days=ahead))
    return window.check(window.today - timedelta(days=behind))


def _full_year(digits: str | None) -> int | None:
    if digits is None:
        return None
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _checked(year: int, month: int, day: int, window: _Window) -> date | DateParseError:
    try:
        value = date(year, month, day)
    except ValueError:
        if not EARLIEST_YEAR <= year <= window.today.year + YEARS_AHEAD:
            return window.check(date(max(1, min(year, 9999)), 1, 1))
        return _no_such_day(day, month)
    return window.check(value)


def _day_month(day: int, month: int, year: int | None, window: _Window) -> date | DateParseError:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return _no_such_day(day, month)
    if year is not None:
        return _checked(year, month, day, window)
    return _nearest_year(day, month, window)


def _nearest_year(day: int, month: int, window: _Window) -> date | DateParseError:
    # 29 February needs a leap year, which can be up to 8 years away (2096 to 2104).
    years = range(window.today.year - 8, window.today.year + 9)
    candidates = [date(year, month, day) for year in years if _exists(year, month, day)]
    if not candidates:
        return _no_such_day(day, month)
    candidates.sort(key=lambda value: (abs((value - window.today).days), value > window.today))
    checked = [window.check(value) for value in candidates]
    for answer in checked:
        if isinstance(answer, date):
            return answer
    return checked[0]


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _no_such_day(day: int, month: int) -> DateParseError:
    if 1 <= month <= 12:
        values = {"month": month, "day": day}
        return DateParseError(Problem.DATE_NO_SUCH_DAY, DateProblem.NO_SUCH_DAY, values)
    return DateParseError(Problem.DATE_NO_SUCH_MONTH, DateProblem.NO_SUCH_DAY)


# --- Times ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimeParseError:
    """A time answer that cannot be used: why, as a problem code."""

    code: Problem
    values: Mapping[str, str | int] = field(default_factory=dict)


_CLOCK = re.compile(r"(\d{1,2})(?:[:.h](\d{1,2}))?(am|pm)?")
_COMPACT_CLOCK = re.compile(r"(\d{2})(\d{2})")


@cache
def _time_leads(words: TimeWords) -> re.Pattern[str]:
    """The words around a time ("at", "o'clock"), as one pattern (one per language)."""
    leads = "|".join(re.escape(lead) for lead in words.leads)
    return re.compile(rf"^(?:{leads}) |\s*{words.o_clock}\b")


def parse_time(text: str, *, vocabulary: Vocabulary) -> time | TimeParseError:
    """Read a wall-clock time ("9", "9:30", "9.30pm", "21:30", "noon"); a bare hour is 24-hour."""
    cleaned = normalise(text).strip(" ,!?;")
    cleaned = re.sub(r"([ap])\.? ?m\.?$", r"\1m", cleaned)
    words = vocabulary.times
    cleaned = _time_leads(words).sub("", cleaned).replace(" ", "")
    if not cleaned:
        return TimeParseError(Problem.TIME_EMPTY)
    if cleaned in words.named:
        return words.named[cleaned]
    compact = _COMPACT_CLOCK.fullmatch(cleaned)
    if compact is not None:
        cleaned = f"{compact[1]}:{compact[2]}"
    match = _CLOCK.fullmatch(cleaned)
    if match is None:
        return TimeParseError(Problem.TIME_UNRECOGNISED)
    hour, minute_digits, half = int(match[1]), match[2], match[3]
    if minute_digits is not None and len(minute_digits) != 2:
        return TimeParseError(Problem.TIME_UNRECOGNISED)
    minute = int(minute_digits or 0)
    if minute > 59:
        return TimeParseError(Problem.TIME_BAD_MINUTE)
    if half is None:
        return time(hour, minute) if hour <= 23 else TimeParseError(Problem.TIME_BAD_HOUR)
    if not 1 <= hour <= 12:
        return TimeParseError(Problem.TIME_BAD_AM_PM_HOUR)
    return time(hour % 12 + (12 if half == "pm" else 0), minute)


# --- Time zones -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimeZoneParseError:
    """A time-zone answer that cannot be used: why, as a problem code."""

    code: Problem
    values: Mapping[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class NearPlace:
    """A known place spelled like the answer, and its zone."""

    place: str
    zone: ZoneInfo


@dataclass(frozen=True)
class AmbiguousZone:
    """Several zones could be meant (or one, for a near-miss spelling): ask the patient.

    ``near`` is empty when the answer named a place exactly; otherwise it holds the places
    whose names only resemble the answer, so the bot can say what it matched.
    """

    candidates: tuple[ZoneInfo, ...]
    near: tuple[NearPlace, ...] = ()


ZoneAnswer = ZoneInfo | AmbiguousZone | TimeZoneParseError

_CITY_AREAS = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe"}
    | {"Indian", "Pacific"}
)
_NOT_ZONES = frozenset({"localtime", "Factory"})
# Backward-compatible links that share a city name with the canonical zone.
_PREFERRED = {"istanbul": "Europe/Istanbul", "nicosia": "Asia/Nicosia"}

_OFFSET = re.compile(r"(?:utc|gmt|z)? ?([+-]) ?(\d{1,2})(?::?(\d{2}))?(?: ?h(?:ours?)?)?")
_MAX_EAST, _MAX_WEST = 14, 12


@cache
def _zone_leads(words: ZoneWords) -> re.Pattern[str]:
    """The words before a place ("I live in"), as one pattern (one per language)."""
    return re.compile(rf"^(?:{'|'.join(re.escape(lead) for lead in words.leads)}) ")


@cache
def _places(words: ZoneWords) -> list[str]:
    """Every city and alias a near-miss spelling is matched against (one list per language)."""
    return sorted(_city_index().keys() | words.aliases.keys())


def parse_time_zone(text: str, *, vocabulary: Vocabulary) -> ZoneAnswer:
    """Read an IANA zone name, a city or country, or a whole-hour UTC offset ("UTC+2")."""
    cleaned = normalise(text).replace("\u2212", "-").strip(" .,!?;")
    words = vocabulary.zones
    cleaned = _zone_leads(words).sub("", cleaned, count=1)
    if not cleaned:
        return TimeZoneParseError(Problem.ZONE_EMPTY)
    if cleaned in words.utc_names:
        return ZoneInfo("UTC")
    if cleaned in words.aliases:
        return _answer(words.aliases[cleaned])
    offset = _OFFSET.fullmatch(cleaned)
    if offset is not None:
        return _offset_zone(offset[1], int(offset[2]), int(offset[3] or 0))
    cities = _city_index()
    if cleaned in cities:
        return _answer(cities[cleaned])
    names = _zone_names()
    key = cleaned.replace(" ", "_")
    if key in names:
        return ZoneInfo(names[key])
    near = difflib.get_close_matches(cleaned, _places(words), n=3, cutoff=0.8)
    if near:
        # Best match first; a zone is offered once, under the place most like the answer.
        matches: dict[str, NearPlace] = {}
        for place in near:
            for zone in words.aliases.get(place) or cities[place]:
                matches.setdefault(zone, NearPlace(_place_name(place, words), ZoneInfo(zone)))
        found = tuple(matches.values())
        return AmbiguousZone(tuple(match.zone for match in found), near=found)
    return TimeZoneParseError(Problem.ZONE_UNRECOGNISED)


def _place_name(key: str, words: ZoneWords) -> str:
    """A place as written: the IANA spelling of a city, or an alias with capitals."""
    if key not in words.aliases:
        return _city_spellings()[key]
    return " ".join(
        word.upper() if len(word) <= 3 and word not in words.short_words else word.capitalize()
        for word in key.split()
    )


@cache
def _city_spellings() -> dict[str, str]:
    cities = (
        name.rsplit("/", 1)[-1].replace("_", " ")
        for name in available_timezones()
        if name.partition("/")[0] in _CITY_AREAS
    )
    return {city.casefold(): city for city in cities}


def _answer(zones: tuple[str, ...]) -> ZoneInfo | AmbiguousZone:
    if len(zones) == 1:
        return ZoneInfo(zones[0])
    return AmbiguousZone(tuple(ZoneInfo(zone) for zone in zones))


def _offset_zone(sign: str, hours: int, minutes: int) -> ZoneInfo | TimeZoneParseError:
    if minutes >= 60 or hours > (_MAX_EAST if sign == "+" else _MAX_WEST):
        return TimeZoneParseError(Problem.ZONE_OFFSET_OUT_OF_RANGE)
    if minutes:
        return TimeZoneParseError(Problem.ZONE_OFFSET_NOT_WHOLE_HOURS)
    if hours == 0:
        return ZoneInfo("UTC")
    # POSIX-style Etc names invert the sign: UTC+2 is "Etc/GMT-2".
    inverted = "-" if sign == "+" else "+"
    return ZoneInfo(f"Etc/GMT{inverted}{hours}")


@cache
def _zone_names() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones() - _NOT_ZONES}


@cache
def _city_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name in sorted(available_timezones()):
        area, _, rest = name.partition("/")
        if area in _CITY_AREAS and rest:
            city = rest.rsplit("/", 1)[-1].replace("_", " ").casefold()
            index.setdefault(city, []).append(name)
    return {city: _canonical(city, zones) for city, zones in index.items()}


def _canonical(city: str, zones: list[str]) -> tuple[str, ...]:
    if city in _PREFERRED:
        return (_PREFERRED[city],)
    # Same-city duplicates are old links (America/Cordoba); the longest name is canonical.
    longest = max(zones, key=lambda zone: zone.count("/"))
    if all(zone.split("/")[0] == longest.split("/")[0] for zone in zones):
        return (longest,)
    return tuple(zones)
