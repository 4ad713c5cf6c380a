"""Clinic appointments: the time a patient booked for a clinic-given dose, and what surrounds it."""

from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import DoseStatus, Reminder, ReminderKind, ReminderStatus, ScheduledDose


def set_appointment(session: Session, *, dose: ScheduledDose, at: datetime) -> None:
    """Record when the clinic will give this dose."""
    dose.appointment_at = at
    session.add(dose)
    session.flush()


def open_dose_due_before(session: Session, *, dose: ScheduledDose) -> ScheduledDose | None:
    """The latest open dose of the same plan that is due before this one."""
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.regimen_id == dose.regimen_id,
            ScheduledDose.status == DoseStatus.SCHEDULED,
            col(ScheduledDose.due_at) < dose.due_at,
        )
        .order_by(col(ScheduledDose.due_at).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def booking_reminder_sent(session: Session, *, dose_id: int) -> bool:
    """Whether the patient was already reminded to book this dose."""
    statement = select(Reminder.id).where(
        Reminder.dose_id == dose_id,
        Reminder.kind == ReminderKind.BOOK_APPOINTMENT,
        col(Reminder.status).in_([ReminderStatus.SENDING, ReminderStatus.SENT]),
    )
    return session.exec(statement.limit(1)).first() is not None
