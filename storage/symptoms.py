"""Symptom check-ins: started when offered or asked for, answered one symptom at a time."""

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage.models import Patient, SymptomCheckIn

MAX_NOTE_LENGTH = 1000
# Read after every done (for the next check-in offer): built once.
_LAST_ASKED_AT = (
    select(SymptomCheckIn.asked_at)
    .where(SymptomCheckIn.patient_id == sa.bindparam("patient_id"))
    .order_by(col(SymptomCheckIn.asked_at).desc())
    .limit(1)
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
