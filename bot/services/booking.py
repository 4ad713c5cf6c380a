"""Clinic-given doses: when to remind the patient to book, and the booked appointment.

The dose reminder of a booked dose goes out `BEFORE_APPOINTMENT` ahead of the appointment,
whatever day the dose was planned for: time enough to get to the clinic, and its Done / Late /
Skip buttons are there when the patient comes back (the usual follow-up asks after the
visit). The missed check waits for the appointment too.
"""

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.domain.local_time import local_to_utc
from bot.domain.parsing.numbers import whole_number
from bot.domain.pauses import PauseWindow, first_day_after
from storage.models import ReminderKind, ScheduledDose
from storage.reminders import add_reminder, cancel_pending_of_dose

SHORTEST_NOTICE_DAYS = 1
LONGEST_NOTICE_DAYS = 60
BEFORE_APPOINTMENT = timedelta(hours=2)


def booking_reminder_at(
    *,
    dose_on: date,
    dose_due_at: datetime,
    notice_days: int,
    zone: ZoneInfo,
    at: time,
    pauses: Sequence[PauseWindow],
    now: datetime,
    previous_due_at: datetime | None = None,
) -> datetime | None:
    """`notice_days` before the dose at the reminder time, after any pause; None once it is due.

    When that day has already passed (the dose is nearer than the notice), the reminder goes
    out at once, or when the open dose before this one is due (booking the next one then).
    """
    day = first_day_after(pauses, dose_on - timedelta(days=notice_days))
    remind_at = local_to_utc(day, at, zone)
    if remind_at <= now:
        remind_at = max(now, previous_due_at or now)
        today = remind_at.astimezone(zone).date()
        if first_day_after(pauses, today) != today:
            remind_at = local_to_utc(first_day_after(pauses, today), at, zone)
    return remind_at if remind_at < dose_due_at else None


def tomorrow_at(*, now: datetime, zone: ZoneInfo, at: time) -> datetime:
    """The patient's reminder time tomorrow, in their zone."""
    return local_to_utc(now.astimezone(zone).date() + timedelta(days=1), at, zone)


def retime_for_appointment(
    session: Session, *, dose: ScheduledDose, grace: timedelta, now: datetime
) -> None:
    """Put a booked dose's reminder and missed check around its appointment; no more booking."""
    assert dose.id is not None and dose.appointment_at is not None
    kinds = [ReminderKind.DOSE, ReminderKind.DOSE_MISSED, ReminderKind.BOOK_APPOINTMENT]
    cancel_pending_of_dose(session, dose_id=dose.id, kinds=kinds)
    due = {
        ReminderKind.DOSE: max(dose.appointment_at - BEFORE_APPOINTMENT, now),
        ReminderKind.DOSE_MISSED: max(dose.due_at, dose.appointment_at, now) + grace,
    }
    for kind, due_at in due.items():
        add_reminder(session, patient_id=dose.patient_id, kind=kind, due_at=due_at, dose_id=dose.id)


def parse_notice_days(text: str) -> int | None:
    """A whole number of days from 1 to 60 ("5", "5 days"); None if unusable."""
    words = text.lower().split()
    if not words or words[1:] not in ([], ["day"], ["days"]):
        return None
    days = whole_number(words[0], maximum=LONGEST_NOTICE_DAYS)
    return days if days is not None and days >= SHORTEST_NOTICE_DAYS else None
