"""Pauses: the days a patient asked for no reminders (a hospital stay, a trip)."""

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage.models import Pause

# Read whenever a schedule is recomputed: built once.
_PAUSES_OF_PATIENT = (
    select(Pause)
    .where(Pause.patient_id == sa.bindparam("patient_id"))
    .order_by(col(Pause.starts_on))
)


def add_pause(
    session: Session, *, patient_id: int, starts_on: date, resumes_on: date, now: datetime
) -> Pause:
    """Record a pause from `starts_on` until (not including) `resumes_on`."""
    pause = Pause(patient_id=patient_id, starts_on=starts_on, resumes_on=resumes_on, created_at=now)
    session.add(pause)
    session.flush()
    return pause


def pauses_of_patient(session: Session, *, patient_id: int) -> list[Pause]:
    """Every pause of a patient, oldest first (past ones still explain the schedule)."""
    return list(session.exec(_PAUSES_OF_PATIENT, params={"patient_id": patient_id}).all())


def current_pause(session: Session, *, patient_id: int, today: date) -> Pause | None:
    """The pause in force on a local date, or the next one ahead, if any."""
    statement = (
        select(Pause)
        .where(Pause.patient_id == patient_id, col(Pause.resumes_on) > today)
        .order_by(col(Pause.starts_on))
        .limit(1)
    )
    return session.exec(statement).first()


def end_pause(session: Session, *, pause: Pause, on: date, now: datetime) -> None:
    """End a pause early: reminders run again from `on`."""
    pause.resumes_on = max(pause.starts_on, on)
    pause.ended_at = now
    session.add(pause)
    session.flush()
