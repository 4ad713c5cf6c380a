"""Clinic-given doses: the reminder to book the appointment, and how a clinic dose's time reads.

A clinic dose has a day, not a time, until the patient books it: its planned time is only the
patient's reminder time, and must not read like an appointment.
"""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.catalog.catalog import Catalog
from bot.delivery.outgoing import Delivery, Outgoing, unsent
from bot.features.patient_scope import catalog_of
from bot.services.patient_time import zone_of
from bot.telegram.keyboards import booking_keyboard
from storage.models import DoseStatus, Patient, Reminder, ReminderStatus, ScheduledDose


def plan_booking_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Decide what each claimed "book your appointment" reminder becomes."""
    return [_booking(session, reminder, patient, now) for reminder, patient in reminders]


def booking_text(catalog: Catalog, dose: ScheduledDose, zone: ZoneInfo, now: datetime) -> str:
    """The reminder to book a dose: the day it is due, and how far away."""
    return catalog.text(
        "reminder-book-appointment",
        day=catalog.day(dose.local_date),
        countdown=catalog.countdown(dose.due_at, now, zone),
    )


def clinic_when_text(catalog: Catalog, dose: ScheduledDose) -> str:
    """ "due on Wed 16 Dec" for a clinic dose (its day; the appointment is shown apart)."""
    return catalog.text("clinic-due-on", day=catalog.day(dose.local_date))


def appointment_line(catalog: Catalog, dose: ScheduledDose, zone: ZoneInfo, now: datetime) -> str:
    """ "Appointment booked: Wed 16 Dec, 14:00" for a dose booked ahead ('' when none is)."""
    if dose.appointment_at is None or dose.appointment_at <= now:
        return ""
    return catalog.text("next-appointment", when=catalog.moment(dose.appointment_at, zone))


def _booking(session: Session, reminder: Reminder, patient: Patient, now: datetime) -> Delivery:
    """The booking reminder for a dose still to come; nothing once it is answered or booked."""
    assert reminder.id is not None
    dose = session.get(ScheduledDose, reminder.dose_id) if reminder.dose_id else None
    if dose is None or dose.id is None:
        return unsent(reminder, ReminderStatus.FAILED)
    if dose.status != DoseStatus.SCHEDULED or dose.appointment_at is not None:
        return unsent(reminder)
    if dose.due_at <= now:
        # The dose reminder itself goes out now; booking ahead is no longer possible.
        return unsent(reminder, ReminderStatus.EXPIRED)
    catalog = catalog_of(patient)
    text = booking_text(catalog, dose, zone_of(patient), now)
    outgoing = Outgoing(patient.chat_id, text, booking_keyboard(catalog, dose.id))
    return Delivery([reminder.id], patient.id or 0, outgoing)
