"""Clinic-given doses: the reminder to book the appointment some days before the due date."""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot import texts
from bot.formatting import countdown_text, local_datetime_text
from bot.reminders.delivery import Delivery, Outgoing, unsent
from storage.models import DoseStatus, Patient, Reminder, ReminderStatus, ScheduledDose


def plan_booking_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Decide what each claimed "book your appointment" reminder becomes."""
    return [_booking(session, reminder, patient, now) for reminder, patient in reminders]


def _booking(session: Session, reminder: Reminder, patient: Patient, now: datetime) -> Delivery:
    """The booking reminder for a dose still to come; nothing once it is answered or due."""
    assert reminder.id is not None
    dose = session.get(ScheduledDose, reminder.dose_id) if reminder.dose_id else None
    if dose is None:
        return unsent(reminder, ReminderStatus.FAILED)
    if dose.status != DoseStatus.SCHEDULED:
        return unsent(reminder)
    if dose.due_at <= now:
        # The dose reminder itself goes out now; booking ahead is no longer possible.
        return unsent(reminder, ReminderStatus.EXPIRED)
    zone = ZoneInfo(patient.time_zone)
    text = texts.REMINDER_BOOK_APPOINTMENT.format(
        when=local_datetime_text(dose.due_at, zone),
        countdown=countdown_text(dose.due_at, now, zone),
    )
    return Delivery([reminder.id], patient.id or 0, Outgoing(patient.chat_id, text))
