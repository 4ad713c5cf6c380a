"""Symptom check-ins: started when offered or asked for, answered one symptom at a time."""

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage.models import Patient, Reminder, ReminderKind, ReminderStatus, SymptomCheckIn
from storage.tables import constant, table_of

MAX_NOTE_LENGTH = 1000
# Read after every done (for the next check-in offer): built once.
_LAST_ASKED_AT = (
    select(SymptomCheckIn.asked_at)
    .where(SymptomCheckIn.patient_id == sa.bindparam("patient_id"))
    .order_by(col(SymptomCheckIn.asked_at).desc())
    .limit(1)
)
# Read after every done (the pending offer is re-planned): built once.
_REMINDERS = table_of(Reminder)
_PENDING_OFFERS = sa.select(_REMINDERS.c.id, _REMINDERS.c.due_at).where(
    _REMINDERS.c.patient_id == sa.bindparam("of_patient"),
    _REMINDERS.c.kind == ReminderKind.SYMPTOM_CHECK_IN,
    _REMINDERS.c.status == constant(ReminderStatus.PENDING),
)


def add_check_in(session: Session, *, patient_id: int, asked_at: datetime) -> SymptomCheckIn:
    """A new, unanswered check-in."""
    check_in = SymptomCheckIn(patient_id=patient_id, asked_at=asked_at)
    session.add(check_in)
    session.flush()
    return check_in


def open_check_in(session: Session, *, patient_id: int, since: datetime) -> SymptomCheckIn | None:
    """The latest check-in asked since an instant and not completed yet."""
    statement = (
        select(SymptomCheckIn)
        .where(
            SymptomCheckIn.patient_id == patient_id,
            col(SymptomCheckIn.completed_at).is_(None),
            col(SymptomCheckIn.asked_at) >= since,
        )
        .order_by(col(SymptomCheckIn.asked_at).desc())
    )
    return session.exec(statement).first()


def check_in_for_chat(session: Session, *, check_in_id: int, chat_id: int) -> SymptomCheckIn | None:
    """A check-in, only if it belongs to the patient of this chat (button data is untrusted)."""
    statement = (
        select(SymptomCheckIn)
        .join(Patient, col(Patient.id) == SymptomCheckIn.patient_id)
        .where(SymptomCheckIn.id == check_in_id, Patient.chat_id == chat_id)
    )
    return session.exec(statement).first()


def add_note(session: Session, *, check_in: SymptomCheckIn, note: str) -> None:
    """Keep what the patient wrote during the check-in (several messages are joined)."""
    joined = f"{check_in.note}\n{note}" if check_in.note else note
    check_in.note = joined[:MAX_NOTE_LENGTH]
    session.add(check_in)


def completed_check_ins(session: Session, *, patient_id: int, limit: int) -> list[SymptomCheckIn]:
    """The latest completed check-ins, oldest first."""
    statement = (
        select(SymptomCheckIn)
        .where(
            SymptomCheckIn.patient_id == patient_id, col(SymptomCheckIn.completed_at).is_not(None)
        )
        .order_by(col(SymptomCheckIn.completed_at).desc())
        .limit(limit)
    )
    return list(reversed(session.exec(statement).all()))


def last_asked_at(session: Session, *, patient_id: int) -> datetime | None:
    """When the patient was last asked for a check-in (offered or by /symptoms)."""
    return session.exec(_LAST_ASKED_AT, params={"patient_id": patient_id}).first()


def pending_offers(session: Session, *, patient_id: int) -> list[tuple[int, datetime]]:
    """The patient's check-in offers not sent yet: id and due time."""
    rows = session.connection().execute(_PENDING_OFFERS, {"of_patient": patient_id})
    return [(offer_id, due_at) for offer_id, due_at in rows]


def attach_check_in(session: Session, *, reminder_id: int, check_in_id: int | None) -> None:
    """Link an offer to the check-in it started, so a retried offer reuses it."""
    session.execute(
        sa.update(Reminder)
        .where(col(Reminder.id) == reminder_id)
        .values(symptom_check_in_id=check_in_id)
    )
