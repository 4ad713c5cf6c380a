"""Dates, wall times and time zones as a patient types them, parsed without reading the clock.

Every parser returns a value or an error object whose ``message`` (from
``bot.catalog.texts``) says what was wrong and gives an example, so the bot can re-ask the
question unchanged.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from bot.catalog import texts

# --- Shared vocabulary ------------------------------------------------------------------------

_UNITS = [
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


def _number_words() -> dict[str, int]:
    words = {word: value for value, word in enumerate(_UNITS)} | {"twenty": 20, "thirty": 30}
    for value, unit in enumerate(_UNITS[1:10], start=1):
        for separator in ("-", " ", ""):
            words[f"twenty{separator}{unit}"] = 20 + value
    return words


NUMBER_WORDS: dict[str, int] = _number_words()

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "febuary": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

_WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "weds": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

_RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "yesterday": -1, "yday": -1, "tomorrow": 1, "tmrw": 1, "tmr": 1,
    "tomorow": 1, "the day before yesterday": -2, "day before yesterday": -2,
    "the day after tomorrow": 2, "day after tomorrow": 2,
}  # fmt: skip

EARLIEST_YEAR = 2000
# The bot plans at most this many years ahead; later years are typos ("2062" for "2026").
YEARS_AHEAD = 2
# Far beyond any useful "N days ago"; keeps date arithmetic away from OverflowError.
_MAX_RELATIVE_DAYS = 10_000


def normalise(text: str) -> str:
    """Fold width, case and curly quotes, and collapse runs of white space."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = folded.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(folded.split())


def number_value(word: str) -> int | None:
    """Return the value of a digit string or an English number word (zero to thirty)."""
    if word.isascii() and word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


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
    """A date answer that cannot be used, with a patient-readable message and an example."""

    message: str
    problem: DateProblem

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

    def check(self, value: date) -> date | DateParseError:
        if not EARLIEST_YEAR <= value.year <= self.today.year + YEARS_AHEAD:
            message = texts.DATE_YEAR_OUT_OF_RANGE.format(
                earliest=EARLIEST_YEAR, latest=self.today.year + YEARS_AHEAD
            )
            return DateParseError(message, DateProblem.YEAR_OUT_OF_RANGE)
        if value > self.today and not self.allow_future:
            return DateParseError(texts.DATE_IN_FUTURE, DateProblem.IN_FUTURE)
        if value < self.today and not self.allow_past:
            return DateParseError(texts.DATE_IN_PAST, DateProblem.IN_PAST)
        return value


_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?")
_DAY_MONTH = re.compile(r"(\d{1,2}) ([a-z]+)(?: (\d{4}|\d{2}))?")
_MONTH_DAY = re.compile(r"([a-z]+) (\d{1,2})(?: (\d{4}|\d{2}))?")
_AGO = re.compile(r"(\w+(?:[ -]\w+)?) (day|days|week|weeks) ago")
_IN = re.compile(r"in (\w+(?:[ -]\w+)?) (day|days|week|weeks)(?: time)?")
_WEEKDAY = re.compile(r"(?:(last|next|this|on) )?([a-z]+)")


def parse_date(
    text: str, *, today: date, allow_future: bool = True, allow_past: bool = True
) -> DateAnswer:
    """Read a date a patient typed, relative to their local ``today``.

    A day and month without a year, and a weekday name, mean the nearest such day in the allowed
    direction (today included). A weekday means the next one (from today on) unless
    ``allow_future`` is False, then the most recent one; "last"/"next" exclude today. A bare
    number ("12") is refused: it names no month.
    """
    window = _Window(today, allow_future, allow_past)
    cleaned = _clean_date_text(text)
    if not cleaned:
        return DateParseError(texts.DATE_EMPTY, DateProblem.EMPTY)
    for reader in (_read_relative, _read_iso, _read_numeric, _read_named_month, _read_weekday):
        answer = reader(cleaned, window)
        if answer is not None:
            return answer
    if cleaned.isdigit() and len(cleaned) <= 2:
        return DateParseError(texts.DATE_MISSING_MONTH, DateProblem.MISSING_MONTH)
    return DateParseError(texts.DATE_UNRECOGNISED, DateProblem.UNRECOGNISED)


_SHARED_MONTH = re.compile(
    r"(?<![\w/.-])(\d{1,2})(?:st|nd|rd|th)?"
    r"((?:\s*(?:,|&|\band\b)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)+)"
    r"\s+(?:of\s+)?([^\W\d_]+)\b",
    re.IGNORECASE,
)


def expand_shared_month(text: str) -> str:
    """Give each day of a list the month named after it: "26 and 27 Nov" → "26 Nov and 27 Nov"."""

    def expand(match: re.Match[str]) -> str:
        month = match[3]
        if month.casefold() not in _MONTHS:
            return match[0]
        days = [match[1], *re.findall(r"\d{1,2}", match[2])]
        return " and ".join(f"{day} {month}" for day in days)

    return _SHARED_MONTH.sub(expand, text)


def _clean_date_text(text: str) -> str:
    cleaned = normalise(text).strip(" .,!?;:")
    cleaned = re.sub(r"^(?:(?:on|the) )+", "", cleaned)
    cleaned = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", cleaned)
    cleaned = re.sub(r"\b(\d{1,2}) of ", r"\1 ", cleaned)
    if re.search(r"[a-z]", cleaned):
        # "12-Mar-2026", "March 12, 2026": separators only matter between digits.
        cleaned = re.sub(r"[,/.]|(?<=\w)-(?=\w)", " ", cleaned)
    return " ".join(cleaned.split())


def _read_relative(cleaned: str, window: _Window) -> DateAnswer | None:
    if cleaned in _RELATIVE_DAYS:
        return window.check(window.today + timedelta(days=_RELATIVE_DAYS[cleaned]))
    for pattern, sign in ((_AGO, -1), (_IN, 1)):
        match = pattern.fullmatch(cleaned)
        if match is None:
            continue
        amount = 1 if match[1] in ("a", "an", "one") else number_value(match[1])
        if amount is None:
            return None
        days = amount * (7 if match[2].startswith("week") else 1)
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
    match = _DAY_MONTH.fullmatch(cleaned)
    if match is not None and match[2] in _MONTHS:
        return _day_month(int(match[1]), _MONTHS[match[2]], _full_year(match[3]), window)
    match = _MONTH_DAY.fullmatch(cleaned)
    if match is not None and match[1] in _MONTHS:
        return _day_month(int(match[2]), _MONTHS[match[1]], _full_year(match[3]), window)
    return None


def _read_weekday(cleaned: str, window: _Window) -> DateAnswer | None:
    match = _WEEKDAY.fullmatch(cleaned)
    if match is None or match[2] not in _WEEKDAYS:
        return None
    qualifier, weekday = match[1], _WEEKDAYS[match[2]]
    ahead = (weekday - window.today.weekday()) % 7
    behind = (window.today.weekday() - weekday) % 7
    if qualifier == "next":
        return window.check(window.today + timedelta(days=ahead or 7))
    if qualifier == "last":
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
        message = texts.DATE_NO_SUCH_DAY.format(day=day, month=_MONTH_NAMES[month - 1])
    else:
        message = texts.DATE_NO_SUCH_MONTH
    return DateParseError(message, DateProblem.NO_SUCH_DAY)


# --- Times ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimeParseError:
    """A time answer that cannot be used, with a patient-readable message and an example."""

    message: str


_NAMED_TIMES = {"noon": time(12), "midday": time(12), "midnight": time(0)}
_CLOCK = re.compile(r"(\d{1,2})(?:[:.h](\d{1,2}))?(am|pm)?")
_COMPACT_CLOCK = re.compile(r"(\d{2})(\d{2})")


def parse_time(text: str) -> time | TimeParseError:
    """Read a wall-clock time ("9", "9:30", "9.30pm", "21:30", "noon"); a bare hour is 24-hour."""
    cleaned = normalise(text).strip(" ,!?;")
    cleaned = re.sub(r"([ap])\.? ?m\.?$", r"\1m", cleaned)
    cleaned = re.sub(r"^(?:at|around|about) |\s*o'?clock\b", "", cleaned).replace(" ", "")
    if not cleaned:
        return TimeParseError(texts.TIME_EMPTY)
    if cleaned in _NAMED_TIMES:
        return _NAMED_TIMES[cleaned]
    compact = _COMPACT_CLOCK.fullmatch(cleaned)
    if compact is not None:
        cleaned = f"{compact[1]}:{compact[2]}"
    match = _CLOCK.fullmatch(cleaned)
    if match is None:
        return TimeParseError(texts.TIME_UNRECOGNISED)
    hour, minute_digits, half = int(match[1]), match[2], match[3]
    if minute_digits is not None and len(minute_digits) != 2:
        return TimeParseError(texts.TIME_UNRECOGNISED)
    minute = int(minute_digits or 0)
    if minute > 59:
        return TimeParseError(texts.TIME_BAD_MINUTE)
    if half is None:
        return time(hour, minute) if hour <= 23 else TimeParseError(texts.TIME_BAD_HOUR)
    if not 1 <= hour <= 12:
        return TimeParseError(texts.TIME_BAD_AM_PM_HOUR)
    return time(hour % 12 + (12 if half == "pm" else 0), minute)


# --- Time zones -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimeZoneParseError:
    """A time-zone answer that cannot be used, with a patient-readable message and an example."""

    message: str


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

# Common places whose name is not an IANA city, and abbreviations people use for their zone.
_ALIASES: dict[str, tuple[str, ...]] = {
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

_OFFSET = re.compile(r"(?:utc|gmt|z)? ?([+-]) ?(\d{1,2})(?::?(\d{2}))?(?: ?h(?:ours?)?)?")
_UTC_NAMES = frozenset({"utc", "z", "zulu", "universal", "etc/utc", "coordinated universal time"})
_MAX_EAST, _MAX_WEST = 14, 12


def parse_time_zone(text: str) -> ZoneAnswer:
    """Read an IANA zone name, a city or country, or a whole-hour UTC offset ("UTC+2")."""
    cleaned = normalise(text).replace("\u2212", "-").strip(" .,!?;")
    cleaned = re.sub(r"^(?:in|i am in|i'm in|i live in) ", "", cleaned)
    if not cleaned:
        return TimeZoneParseError(texts.ZONE_EMPTY)
    if cleaned in _UTC_NAMES:
        return ZoneInfo("UTC")
    if cleaned in _ALIASES:
        return _answer(_ALIASES[cleaned])
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
    places = sorted(cities.keys() | _ALIASES.keys())
    near = difflib.get_close_matches(cleaned, places, n=3, cutoff=0.8)
    if near:
        # Best match first; a zone is offered once, under the place most like the answer.
        matches: dict[str, NearPlace] = {}
        for place in near:
            for zone in _ALIASES.get(place) or cities[place]:
                matches.setdefault(zone, NearPlace(_place_name(place), ZoneInfo(zone)))
        found = tuple(matches.values())
        return AmbiguousZone(tuple(match.zone for match in found), near=found)
    return TimeZoneParseError(texts.ZONE_UNRECOGNISED)


# Short words of place aliases that are words, not abbreviations ("NYC", "Washington DC").
_SHORT_WORDS = frozenset({"new", "san", "abu", "of", "the"})


def _place_name(key: str) -> str:
    """A place as written: the IANA spelling of a city, or an alias with capitals."""
    if key not in _ALIASES:
        return _city_spellings()[key]
    return " ".join(
        word.upper() if len(word) <= 3 and word not in _SHORT_WORDS else word.capitalize()
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
        return TimeZoneParseError(texts.ZONE_OFFSET_OUT_OF_RANGE)
    if minutes:
        return TimeZoneParseError(texts.ZONE_OFFSET_NOT_WHOLE_HOURS)
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
