"""Scheduled doses and their append-only events."""

from collections.abc import Sequence
from datetime import date, datetime

from sqlmodel import Session, col, select

from storage.models import DoseEvent, DoseEventKind, DoseStatus, Patient, Reminder, ScheduledDose

RESOLVED = (DoseStatus.DONE, DoseStatus.SKIPPED, DoseStatus.MISSED)


def doses_of_regimen(
    session: Session, *, regimen_id: int, statuses: Sequence[DoseStatus]
) -> list[ScheduledDose]:
    """A regimen's doses in the given statuses, in plan order."""
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.regimen_id == regimen_id,
            col(ScheduledDose.status).in_(list(statuses)),
        )
        .order_by(col(ScheduledDose.sequence))
    )
    return list(session.exec(statement).all())


def dose_for_chat(session: Session, *, dose_id: int, chat_id: int) -> ScheduledDose | None:
    """A dose, only if it belongs to the patient of this chat (callback data is untrusted)."""
    statement = (
        select(ScheduledDose)
        .join(Patient, col(Patient.id) == ScheduledDose.patient_id)
        .where(ScheduledDose.id == dose_id, Patient.chat_id == chat_id)
    )
    return session.exec(statement).first()


def next_open_dose(session: Session, *, patient_id: int) -> ScheduledDose | None:
    """The patient's earliest dose that is still to be done."""
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.patient_id == patient_id,
            ScheduledDose.status == DoseStatus.SCHEDULED,
        )
        .order_by(col(ScheduledDose.due_at))
        .limit(1)
    )
    return session.exec(statement).first()


def open_doses_due_by(session: Session, *, patient_id: int, by: datetime) -> list[ScheduledDose]:
    """The patient's doses still to be done that were due at or before an instant, oldest first."""
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.patient_id == patient_id,
            ScheduledDose.status == DoseStatus.SCHEDULED,
            col(ScheduledDose.due_at) <= by,
        )
        .order_by(col(ScheduledDose.due_at))
    )
    return list(session.exec(statement).all())


def record_dose_event(
    session: Session,
    *,
    dose: ScheduledDose,
    kind: DoseEventKind,
    occurred_at: datetime,
    recorded_at: datetime,
    remind_again_at: datetime | None = None,
    reason: str | None = None,
) -> DoseEvent:
    """Append what happened to a dose and move the dose to the matching status."""
    assert dose.id is not None
    event = DoseEvent(
        dose_id=dose.id,
        patient_id=dose.patient_id,
        kind=kind,
        occurred_at=occurred_at,
        remind_again_at=remind_again_at,
        reason=reason,
        recorded_at=recorded_at,
    )
    session.add(event)
    new_status = _STATUS_AFTER.get(kind)
    if new_status is not None:
        dose.status = new_status
        dose.taken_at = occurred_at if kind == DoseEventKind.DONE else None
        session.add(dose)
    session.flush()
    return event


def events_of_dose(session: Session, *, dose_id: int) -> list[DoseEvent]:
    """Everything recorded about a dose, oldest first."""
    statement = select(DoseEvent).where(DoseEvent.dose_id == dose_id).order_by(col(DoseEvent.id))
    return list(session.exec(statement).all())


_STATUS_AFTER = {
    DoseEventKind.DONE: DoseStatus.DONE,
    DoseEventKind.SKIPPED: DoseStatus.SKIPPED,
    DoseEventKind.MISSED: DoseStatus.MISSED,
}


def dose_by_reminder_message(
    session: Session, *, chat_id: int, message_id: int
) -> ScheduledDose | None:
    """The dose a reminder message (identified by Telegram's message id) was about."""
    statement = (
        select(ScheduledDose)
        .join(Reminder, col(Reminder.dose_id) == ScheduledDose.id)
        .join(Patient, col(Patient.id) == ScheduledDose.patient_id)
        .where(Patient.chat_id == chat_id, Reminder.telegram_message_id == message_id)
    )
    return session.exec(statement).first()


def missed_dose_on(session: Session, *, patient_id: int, local_date: date) -> ScheduledDose | None:
    """A dose planned on a local date that was marked missed (a late "done" may fix it)."""
    statement = select(ScheduledDose).where(
        ScheduledDose.patient_id == patient_id,
        ScheduledDose.status == DoseStatus.MISSED,
        ScheduledDose.local_date == local_date,
    )
    return session.exec(statement).first()


def doses_in_phase(
    session: Session, *, regimen_id: int, phase_position: int
) -> list[ScheduledDose]:
    """Every live dose of one phase of a regimen, in plan order."""
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.regimen_id == regimen_id,
            ScheduledDose.phase_position == phase_position,
            ScheduledDose.status != DoseStatus.CANCELLED,
        )
        .order_by(col(ScheduledDose.sequence))
    )
    return list(session.exec(statement).all())


def was_reported_late(session: Session, *, dose_id: int) -> bool:
    """Whether the patient said "late" about this dose before doing it."""
    statement = select(DoseEvent.id).where(
        DoseEvent.dose_id == dose_id, DoseEvent.kind == DoseEventKind.LATE
    )
    return session.exec(statement).first() is not None
