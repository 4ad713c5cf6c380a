"""Clinic appointments in one unit of work: booked for a dose, or "remind me tomorrow"."""

from datetime import datetime

from sqlmodel import Session

from bot.services.booking import tomorrow_at
from bot.services.patient_time import reminder_time_of, zone_of
from bot.services.scheduling import add_booking_reminder, load_patient_plan
from storage.appointments import set_appointment
from storage.models import Patient, ReminderKind, ScheduledDose
from storage.reminders import add_reminder, cancel_pending_of_dose


def book_appointment(
    session: Session, *, patient: Patient, dose: ScheduledDose, at: datetime, now: datetime
) -> None:
    """Record the appointment and move the dose's reminders to it."""
    set_appointment(session, dose=dose, at=at)
    patient_plan = load_patient_plan(session, patient=patient)
    if patient_plan is not None:
        add_booking_reminder(session, patient_plan, dose, now)


def remind_booking_tomorrow(
    session: Session, *, patient: Patient, dose: ScheduledDose, now: datetime
) -> datetime | None:
    """Ask again tomorrow at the reminder time; None when the dose is due before then."""
    assert dose.id is not None
    remind_at = tomorrow_at(now=now, zone=zone_of(patient), at=reminder_time_of(patient))
    if remind_at >= dose.due_at:
        return None
    kinds = [ReminderKind.BOOK_APPOINTMENT]
    cancel_pending_of_dose(session, dose_id=dose.id, kinds=kinds)
    add_reminder(
        session,
        patient_id=dose.patient_id,
        kind=ReminderKind.BOOK_APPOINTMENT,
        due_at=remind_at,
        dose_id=dose.id,
    )
    return remind_at
