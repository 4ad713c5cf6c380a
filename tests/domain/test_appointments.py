"""Clinic appointments as patients type them (pure domain)."""

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.parsing.appointment_times import Appointment, AppointmentProblem, parse_appointment
from tests.domain.conftest import ENGLISH
from tests.english import EN

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("booked it for the 16th at 2pm", Appointment(date(2026, 12, 16), time(14))),
        ("Tue 15 Dec 10:30", Appointment(date(2026, 12, 15), time(10, 30))),
        ("tomorrow 9am", Appointment(date(2026, 11, 26), time(9))),
        ("Booked: 2 Dec, 9.30 a.m.", Appointment(date(2026, 12, 2), time(9, 30))),
        ("3 pm tomorrow", Appointment(date(2026, 11, 26), time(15))),
        ("next tuesday at 11:15", Appointment(date(2026, 12, 1), time(11, 15))),
        ("16/12 14:00", Appointment(date(2026, 12, 16), time(14))),
        ("I've booked the appointment for Wednesday 16 December at 14:30",
         Appointment(date(2026, 12, 16), time(14, 30))),
        # A bare day of the month is the next such day: the 3rd is in December.
        ("the 3rd at noon", Appointment(date(2026, 12, 3), time(12))),
        ("the 25th at 16:00", Appointment(date(2026, 11, 25), time(16))),
    ],
)  # fmt: skip
def test_appointments_are_read_in_the_ways_patients_write_them(
    text: str, expected: Appointment
) -> None:
    """Day and time in either order, with or without "booked it for"."""
    assert parse_appointment(text, today=TODAY, vocabulary=ENGLISH) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("booked", AppointmentProblem.UNREADABLE),
        ("whenever they can", AppointmentProblem.UNREADABLE),
        ("booked it for the 16th", AppointmentProblem.NO_TIME),
        ("2pm", AppointmentProblem.NO_DAY),
        ("16 Dec at 2", AppointmentProblem.NEEDS_AM_PM),
        ("Mon 15 Dec 10:30", AppointmentProblem.WEEKDAY_MISMATCH),
        ("05/06 10am", AppointmentProblem.AMBIGUOUS_DAY),
        ("31 Feb 10am", AppointmentProblem.NO_SUCH_DAY),
        ("20 Nov 10am", AppointmentProblem.DAY_PASSED),
        ("yesterday 10am", AppointmentProblem.DAY_PASSED),
    ],
)
def test_unusable_answers_say_what_is_missing(text: str, problem: AppointmentProblem) -> None:
    """Each refusal names the part to fix, so the bot can ask for just that."""
    assert parse_appointment(text, today=TODAY, vocabulary=ENGLISH) is problem


@given(
    ahead=st.integers(min_value=0, max_value=182),
    hour=st.integers(min_value=7, max_value=20),
    minute=st.integers(min_value=0, max_value=59),
    today=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
)
def test_the_day_and_time_the_bot_shows_read_back_as_the_same(
    ahead: int, hour: int, minute: int, today: date
) -> None:
    """The bot's own "Wed 16 Dec 14:00" (its example) is read back as that very day and time."""
    day = today + timedelta(days=ahead)
    text = f"{EN.day(day)} {hour:02d}:{minute:02d}"
    assert parse_appointment(text, today=today, vocabulary=ENGLISH) == Appointment(
        day, time(hour, minute)
    )
