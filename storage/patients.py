"""Patients: looked up by their private chat, created on first contact, reachable or not."""

from collections.abc import Collection

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage.models import Patient, Reminder, ReminderStatus
from storage.tables import constant

# Why a patient is unreachable: they blocked the bot (Telegram answers 403).
BLOCKED = "blocked"
# The error the reminder dispatcher records on a reminder that Telegram refused with 403.
BLOCKED_ERROR = "blocked by the patient"


def get_patient_by_chat(session: Session, *, chat_id: int) -> Patient | None:
    """The patient who talks to the bot from this chat, if known."""
    return session.exec(select(Patient).where(Patient.chat_id == chat_id)).first()


def language_of_chat(session: Session, *, chat_id: int) -> str | None:
    """The language the bot speaks to the patient of this chat; None for an unknown chat."""
    return session.exec(select(Patient.language).where(Patient.chat_id == chat_id)).first()


def get_or_create_patient(
    session: Session,
    *,
    chat_id: int,
    time_zone: str,
    language_code: str | None = None,
    language: str | None = None,
) -> tuple[Patient, bool]:
    """The patient for this chat, creating one on first contact (in `language`); True when new."""
    patient = get_patient_by_chat(session, chat_id=chat_id)
    if patient is not None:
        if not patient.active:
            _make_reachable(session, patient)
        return patient, False
    patient = Patient(chat_id=chat_id, time_zone=time_zone, language_code=language_code)
    if language is not None:
        patient.language = language
    session.add(patient)
    session.flush()
    return patient, True


def mark_patient_inactive(session: Session, *, patient_id: int, reason: str) -> None:
    """Stop sending to a patient (they blocked the bot) without losing their record."""
    patient = session.get(Patient, patient_id)
    if patient is not None:
        patient.active = False
        patient.inactive_reason = reason
        session.add(patient)


def mark_chat_unreachable(session: Session, *, chat_id: int, reason: str = BLOCKED) -> int | None:
    """Stop sending to the patient of this chat; their id, or None for an unknown chat."""
    patient = get_patient_by_chat(session, chat_id=chat_id)
    if patient is None or patient.id is None:
        return None
    mark_patient_inactive(session, patient_id=patient.id, reason=reason)
    return patient.id


def mark_chat_reachable(session: Session, *, chat_id: int) -> int | None:
    """Resume the unreachable patient of this chat; their id, or None if nothing changed."""
    patient = get_patient_by_chat(session, chat_id=chat_id)
    if patient is None or patient.active:
        return None
    _make_reachable(session, patient)
    return patient.id


def _make_reachable(session: Session, patient: Patient) -> None:
    """Active again, with the reminders that came due while unreachable back in the ledger.

    They go back as they were (pending, at their due time), so the dispatcher treats them
    like reminders that came due while the bot was down: a dose past its grace period is
    expired and summarised once with the others, what is still open is sent marked late.
    """
    assert patient.id is not None
    patient.active = True
    patient.inactive_reason = None
    session.add(patient)
    session.execute(
        sa.update(Reminder)
        .where(
            col(Reminder.patient_id) == patient.id,
            col(Reminder.status) == constant(ReminderStatus.FAILED),
            # Failed only because the patient was unreachable: refused with 403, or not even
            # tried (the dispatcher settles those without an error).
            sa.or_(col(Reminder.last_error).is_(None), col(Reminder.last_error) == BLOCKED_ERROR),
        )
        .values(status=ReminderStatus.PENDING, last_error=None)
        .execution_options(synchronize_session=False)
    )


def count_active_patients(session: Session) -> int:
    """How many patients have not blocked the bot (for metrics)."""
    statement = sa.select(sa.func.count()).where(col(Patient.active).is_(True))
    return int(session.execute(statement).scalar_one())


def patients_by_id(session: Session, *, patient_ids: Collection[int]) -> dict[int, Patient]:
    """These patients, in one query, by id."""
    found = session.exec(select(Patient).where(col(Patient.id).in_(patient_ids))).all()
    return {patient.id: patient for patient in found if patient.id is not None}
