"""Dates, wall times and time zones as a patient types them."""

from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.problems import problem_text
from bot.domain.parsing.dates import (
    AmbiguousDate,
    AmbiguousZone,
    DateParseError,
    DateProblem,
    NearPlace,
    TimeParseError,
    TimeZoneParseError,
    expand_shared_month,
    parse_date,
    parse_time,
    parse_time_zone,
)
from bot.domain.problems import Problem
from tests.domain.conftest import ENGLISH
from tests.english import EN

TODAY = date(2027, 1, 2)  # a Saturday
FAST = settings(max_examples=200, deadline=None)
MONTHS = [
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


def has_example(message: str) -> bool:
    """Tell whether a patient-facing message shows an example of what works."""
    return "for example" in message or "e.g." in message


# --- Dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", date(2027, 1, 2)),
        ("Yesterday", date(2027, 1, 1)),
        ("tomorrow", date(2027, 1, 3)),
        ("2026-03-12", date(2026, 3, 12)),
        ("12 March", date(2027, 3, 12)),
        ("March 12", date(2027, 3, 12)),
        ("12 Mar", date(2027, 3, 12)),
        ("12th of March", date(2027, 3, 12)),
        ("on the 12th of March 2026", date(2026, 3, 12)),
        ("March 12, 2026", date(2026, 3, 12)),
        ("12-Mar-2026", date(2026, 3, 12)),
        ("3 Dec", date(2026, 12, 3)),  # 30 days back is nearer than 335 days ahead
        ("Mon", date(2027, 1, 4)),
        ("monday", date(2027, 1, 4)),
        ("saturday", date(2027, 1, 2)),  # today counts
        ("next saturday", date(2027, 1, 9)),
        ("last saturday", date(2026, 12, 26)),
        ("3 days ago", date(2026, 12, 30)),
        ("three days ago", date(2026, 12, 30)),
        ("a week ago", date(2026, 12, 26)),
        ("in 2 days", date(2027, 1, 4)),
        ("in two weeks", date(2027, 1, 16)),
        ("12.03.2026", date(2026, 3, 12)),  # dots are day-first
        ("13/4/26", date(2026, 4, 13)),  # 13 cannot be a month
        ("4/13/26", date(2026, 4, 13)),
        ("12/12/26", date(2026, 12, 12)),  # both readings agree
        ("29 Feb", date(2028, 2, 29)),
    ],
)
def test_accepted_dates(text: str, expected: date) -> None:
    assert parse_date(text, today=TODAY, vocabulary=ENGLISH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 Dec", date(2026, 12, 3)),
        ("12 March", date(2026, 3, 12)),  # not the coming one: back-dating looks back
        ("monday", date(2026, 12, 28)),  # the most recent one
        ("saturday", date(2027, 1, 2)),
        ("29 feb", date(2024, 2, 29)),
        ("yesterday", date(2027, 1, 1)),
    ],
)
def test_back_dating_looks_back(text: str, expected: date) -> None:
    assert parse_date(text, today=TODAY, allow_future=False, vocabulary=ENGLISH) == expected


def test_forward_only_looks_ahead() -> None:
    assert parse_date("1 Jan", today=TODAY, allow_past=False, vocabulary=ENGLISH) == date(
        2027, 1, 1
    ) + timedelta(days=365)
    assert parse_date("monday", today=TODAY, allow_past=False, vocabulary=ENGLISH) == date(
        2027, 1, 4
    )


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("3/4/26", (date(2026, 4, 3), date(2026, 3, 4))),
        ("12/03/2026", (date(2026, 3, 12), date(2026, 12, 3))),
        ("12/3", (date(2027, 3, 12), date(2026, 12, 3))),
    ],
)
def test_ambiguous_numeric_dates(text: str, candidates: tuple[date, date]) -> None:
    assert parse_date(text, today=TODAY, vocabulary=ENGLISH) == AmbiguousDate(candidates)


def test_a_reading_outside_the_window_is_dropped() -> None:
    # On 10 March 2026, back-dating "3/4/26" cannot mean 3 April: only 4 March is left.
    assert parse_date(
        "3/4/26", today=date(2026, 3, 10), allow_future=False, vocabulary=ENGLISH
    ) == date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", DateProblem.EMPTY),
        ("   ", DateProblem.EMPTY),
        ("31 Feb", DateProblem.NO_SUCH_DAY),
        ("31/2/2026", DateProblem.NO_SUCH_DAY),
        ("2026-02-30", DateProblem.NO_SUCH_DAY),
        ("13/13", DateProblem.NO_SUCH_DAY),
        ("1999-12-31", DateProblem.YEAR_OUT_OF_RANGE),
        ("12 March 2030", DateProblem.YEAR_OUT_OF_RANGE),
        ("12 March 1990", DateProblem.YEAR_OUT_OF_RANGE),
        ("99999 days ago", DateProblem.YEAR_OUT_OF_RANGE),
        ("12", DateProblem.MISSING_MONTH),
        ("soon", DateProblem.UNRECOGNISED),
        ("12 Smarch", DateProblem.UNRECOGNISED),
    ],
)
def test_rejected_dates(text: str, problem: DateProblem) -> None:
    answer = parse_date(text, today=TODAY, vocabulary=ENGLISH)
    assert isinstance(answer, DateParseError)
    assert answer.problem is problem
    assert has_example(problem_text(EN, answer))


def test_an_impossible_day_names_its_month_and_day() -> None:
    answer = parse_date("31 Feb", today=TODAY, vocabulary=ENGLISH)
    assert isinstance(answer, DateParseError)
    assert (answer.code, dict(answer.values)) == (Problem.DATE_NO_SUCH_DAY, {"month": 2, "day": 31})
    assert problem_text(EN, answer).startswith("February has no day 31.")


def test_a_year_out_of_range_names_the_years() -> None:
    answer = parse_date("12 March 1990", today=TODAY, vocabulary=ENGLISH)
    assert isinstance(answer, DateParseError)
    assert answer.code is Problem.DATE_YEAR_OUT_OF_RANGE
    assert "from 2000 to 2029" in problem_text(EN, answer)


@pytest.mark.parametrize(
    ("text", "allow_future", "allow_past", "problem"),
    [
        ("tomorrow", False, True, DateProblem.IN_FUTURE),
        ("in 2 days", False, True, DateProblem.IN_FUTURE),
        ("yesterday", True, False, DateProblem.IN_PAST),
        ("2026-03-12", True, False, DateProblem.IN_PAST),
    ],
)
def test_window(text: str, allow_future: bool, allow_past: bool, problem: DateProblem) -> None:
    answer = parse_date(
        text, today=TODAY, allow_future=allow_future, allow_past=allow_past, vocabulary=ENGLISH
    )
    assert isinstance(answer, DateParseError)
    assert answer.problem is problem
    assert answer.is_date_like


todays = st.dates(min_value=date(2001, 1, 1), max_value=date(2090, 12, 31))


@FAST
@given(today=todays, data=st.data())
def test_iso_round_trip(today: date, data: st.DataObject) -> None:
    latest = date(today.year + 2, 12, 31)
    value = data.draw(st.dates(min_value=date(2000, 1, 1), max_value=latest))
    assert parse_date(value.isoformat(), today=today, vocabulary=ENGLISH) == value


@FAST
@given(today=todays, offset=st.integers(min_value=-182, max_value=182), month_first=st.booleans())
def test_day_month_round_trip(today: date, offset: int, month_first: bool) -> None:
    value = today + timedelta(days=offset)
    month = MONTHS[value.month - 1]
    text = f"{month} {value.day}" if month_first else f"{value.day} {month}"
    assert parse_date(text, today=today, vocabulary=ENGLISH) == value


@FAST
@given(today=todays, back=st.integers(min_value=0, max_value=364), month_first=st.booleans())
def test_day_month_back_dating_round_trip(today: date, back: int, month_first: bool) -> None:
    value = today - timedelta(days=back)
    month = MONTHS[value.month - 1][:3]
    text = f"{month} {value.day}" if month_first else f"{value.day} {month}"
    assert parse_date(text, today=today, allow_future=False, vocabulary=ENGLISH) == value


@FAST
@given(text=st.text(max_size=40), today=todays)
def test_parse_date_never_raises_and_errors_show_an_example(text: str, today: date) -> None:
    answer = parse_date(text, today=today, vocabulary=ENGLISH)
    if isinstance(answer, DateParseError):
        assert has_example(problem_text(EN, answer))


# --- Times ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9", time(9)),
        ("9am", time(9)),
        ("9 am", time(9)),
        ("9 a.m.", time(9)),
        ("9:30", time(9, 30)),
        ("09:30", time(9, 30)),
        ("0930", time(9, 30)),
        ("21:30", time(21, 30)),
        ("9.30pm", time(21, 30)),
        ("9.30 PM", time(21, 30)),
        ("at 7 o'clock", time(7)),
        ("noon", time(12)),
        ("Midday", time(12)),
        ("midnight", time(0)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("0:00", time(0)),
    ],
)
def test_accepted_times(text: str, expected: time) -> None:
    assert parse_time(text, vocabulary=ENGLISH) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("25:00", Problem.TIME_BAD_HOUR),
        ("24:00", Problem.TIME_BAD_HOUR),
        ("9:75", Problem.TIME_BAD_MINUTE),
        ("13pm", Problem.TIME_BAD_AM_PM_HOUR),
        ("0am", Problem.TIME_BAD_AM_PM_HOUR),
        ("9:5", Problem.TIME_UNRECOGNISED),
        ("930", Problem.TIME_UNRECOGNISED),
        ("morning", Problem.TIME_UNRECOGNISED),
        ("", Problem.TIME_EMPTY),
    ],
)
def test_rejected_times(text: str, code: Problem) -> None:
    assert parse_time(text, vocabulary=ENGLISH) == TimeParseError(code)
    assert has_example(problem_text(EN, TimeParseError(code)))


@FAST
@given(value=st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_time_round_trip(value: time) -> None:
    hour12 = value.hour % 12 or 12
    half = "am" if value.hour < 12 else "pm"
    assert parse_time(f"{value.hour}:{value.minute:02d}", vocabulary=ENGLISH) == value
    assert parse_time(value.strftime("%H:%M"), vocabulary=ENGLISH) == value
    assert parse_time(f"{hour12}:{value.minute:02d}{half}", vocabulary=ENGLISH) == value
    if value.minute == 0:
        assert parse_time(f"{hour12}{half}", vocabulary=ENGLISH) == value
        assert parse_time(f"{hour12} {half.upper()}", vocabulary=ENGLISH) == value


@FAST
@given(text=st.text(max_size=20))
def test_parse_time_never_raises_and_errors_show_an_example(text: str) -> None:
    answer = parse_time(text, vocabulary=ENGLISH)
    if isinstance(answer, TimeParseError):
        assert has_example(problem_text(EN, answer))


# --- Time zones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Europe/London", "Europe/London"),
        ("europe/london", "Europe/London"),
        ("america/new york", "America/New_York"),
        ("London", "Europe/London"),
        ("new york", "America/New_York"),
        ("Sydney", "Australia/Sydney"),
        ("Adelaide", "Australia/Adelaide"),
        ("Los Angeles", "America/Los_Angeles"),
        ("Berlin", "Europe/Berlin"),
        ("Dublin", "Europe/Dublin"),
        ("Melbourne", "Australia/Melbourne"),
        ("Brisbane", "Australia/Brisbane"),
        ("Perth", "Australia/Perth"),
        ("Auckland", "Pacific/Auckland"),
        ("Toronto", "America/Toronto"),
        ("Vancouver", "America/Vancouver"),
        ("Lagos", "Africa/Lagos"),
        ("Nairobi", "Africa/Nairobi"),
        ("Delhi", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),
        ("Beijing", "Asia/Shanghai"),
        ("Washington", "America/New_York"),
        ("Boston", "America/New_York"),
        ("Miami", "America/New_York"),
        ("San Francisco", "America/Los_Angeles"),
        ("Seattle", "America/Los_Angeles"),
        ("Manchester", "Europe/London"),
        ("Edinburgh", "Europe/London"),
        ("Glasgow", "Europe/London"),
        ("Cape Town", "Africa/Johannesburg"),
        ("I'm in Cape Town", "Africa/Johannesburg"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),  # not the old link
        ("Istanbul", "Europe/Istanbul"),
        ("EST", "America/New_York"),  # the place, with its DST, not the fixed -5 zone
        ("UTC", "UTC"),
        ("UTC+2", "Etc/GMT-2"),  # Etc names invert the sign
        ("GMT-5", "Etc/GMT+5"),
        ("utc +10", "Etc/GMT-10"),
        ("+14", "Etc/GMT-14"),
        ("UTC-12:00", "Etc/GMT+12"),
        ("UTC\u22123", "Etc/GMT+3"),  # a typographic minus
        ("GMT+0", "UTC"),
    ],
)
def test_accepted_zones(text: str, expected: str) -> None:
    assert parse_time_zone(text, vocabulary=ENGLISH) == ZoneInfo(expected)


def test_offset_zone_has_the_stated_offset() -> None:
    zone = parse_time_zone("UTC+2", vocabulary=ENGLISH)
    assert isinstance(zone, ZoneInfo)
    offset = zone.utcoffset(None)
    assert offset == timedelta(hours=2)


@pytest.mark.parametrize(
    ("text", "candidates"),
    [
        ("GMT", ("Europe/London", "UTC")),
        ("usa", ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")),
    ],
)
def test_ambiguous_zones(text: str, candidates: tuple[str, ...]) -> None:
    assert parse_time_zone(text, vocabulary=ENGLISH) == AmbiguousZone(
        tuple(ZoneInfo(name) for name in candidates)
    )


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("Londn", (("London", "Europe/London"),)),
        ("Atlantis", (("Atlanta", "America/New_York"),)),
        ("Port of Spian", (("Port of Spain", "America/Port_of_Spain"),)),
        ("Washingtn DC", (("Washington DC", "America/New_York"),)),
    ],
)
def test_near_misses_name_the_place_they_resemble(
    text: str, near: tuple[tuple[str, str], ...]
) -> None:
    places = tuple(NearPlace(place, ZoneInfo(zone)) for place, zone in near)
    assert parse_time_zone(text, vocabulary=ENGLISH) == AmbiguousZone(
        tuple(place.zone for place in places), near=places
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", Problem.ZONE_EMPTY),
        ("+05:30", Problem.ZONE_OFFSET_NOT_WHOLE_HOURS),
        ("UTC+5:30", Problem.ZONE_OFFSET_NOT_WHOLE_HOURS),
        ("UTC+15", Problem.ZONE_OFFSET_OUT_OF_RANGE),
        ("GMT-13", Problem.ZONE_OFFSET_OUT_OF_RANGE),
        ("Narnia", Problem.ZONE_UNRECOGNISED),
        ("localtime", Problem.ZONE_UNRECOGNISED),
    ],
)
def test_rejected_zones(text: str, code: Problem) -> None:
    assert parse_time_zone(text, vocabulary=ENGLISH) == TimeZoneParseError(code)
    assert has_example(problem_text(EN, TimeZoneParseError(code)))


@FAST
@given(text=st.text(max_size=30))
def test_parse_time_zone_never_raises_and_errors_show_an_example(text: str) -> None:
    answer = parse_time_zone(text, vocabulary=ENGLISH)
    if isinstance(answer, TimeZoneParseError):
        assert has_example(problem_text(EN, answer))


# --- Days sharing one month ("26 and 27 Nov") ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("26 and 27 Nov", "26 Nov and 27 Nov"),
        ("on the 1st, 2nd and 3rd of March", "on the 1 March and 2 March and 3 March"),
        ("26 Nov and 27 Nov", "26 Nov and 27 Nov"),
        ("3 and 4 doses", "3 and 4 doses"),
        ("12/03 and 13", "12/03 and 13"),
    ],
)
def test_expand_shared_month(text: str, expanded: str) -> None:
    assert expand_shared_month(text, vocabulary=ENGLISH) == expanded


@given(days=st.lists(st.integers(min_value=1, max_value=28), min_size=2, max_size=5))
def test_each_expanded_day_parses_to_its_own_date(days: list[int]) -> None:
    today = date(2026, 11, 30)
    expanded = expand_shared_month(
        " and ".join(str(day) for day in days) + " Nov", vocabulary=ENGLISH
    )
    parsed = [parse_date(part, today=today, vocabulary=ENGLISH) for part in expanded.split(" and ")]
    assert parsed == [date(2026, 11, day) for day in days]
