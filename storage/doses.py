"""Scheduled doses and their append-only events.

The statements every dose answer runs are built once, with bound parameters: building and
hashing a statement costs more than running it on SQLite.
"""

from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from storage.models import DoseEvent, DoseEventKind, DoseStatus, Patient, Reminder, ScheduledDose
from storage.tables import table_of

RESOLVED = (DoseStatus.DONE, DoseStatus.SKIPPED, DoseStatus.MISSED)

_DOSES_OF_REGIMEN = (
    select(ScheduledDose)
    .where(
        ScheduledDose.regimen_id == sa.bindparam("regimen_id"),
        col(ScheduledDose.status).in_(sa.bindparam("statuses", expanding=True)),
    )
    .order_by(col(ScheduledDose.sequence))
)
_OWN_DOSE = (
    select(ScheduledDose, Patient)
    .join(Patient, col(Patient.id) == ScheduledDose.patient_id)
    .where(ScheduledDose.id == sa.bindparam("dose_id"), Patient.chat_id == sa.bindparam("chat_id"))
)
_NEXT_OPEN_DOSE = (
    select(ScheduledDose)
    .where(
        ScheduledDose.patient_id == sa.bindparam("patient_id"),
        ScheduledDose.status == DoseStatus.SCHEDULED,
    )
    .order_by(col(ScheduledDose.due_at))
    .limit(1)
)
_DOSE_TABLE = table_of(ScheduledDose)
_EVENT_TABLE = table_of(DoseEvent)
_ADD_EVENT = sa.insert(_EVENT_TABLE).returning(_EVENT_TABLE.c.id)
_SET_DOSE_STATUS = (
    sa.update(_DOSE_TABLE)
    .where(_DOSE_TABLE.c.id == sa.bindparam("dose_id"))
    .values(status=sa.bindparam("status"), taken_at=sa.bindparam("taken_at"))
)


def doses_of_regimen(
    session: Session, *, regimen_id: int, statuses: Sequence[DoseStatus]
) -> list[ScheduledDose]:
    """A regimen's doses in the given statuses, in plan order."""
    parameters = {"regimen_id": regimen_id, "statuses": list(statuses)}
    return list(session.exec(_DOSES_OF_REGIMEN, params=parameters).all())


def dose_for_chat(session: Session, *, dose_id: int, chat_id: int) -> ScheduledDose | None:
    """A dose, only if it belongs to the patient of this chat (callback data is untrusted)."""
    found = dose_and_patient_for_chat(session, dose_id=dose_id, chat_id=chat_id)
    return found[0] if found else None


def dose_and_patient_for_chat(
    session: Session, *, dose_id: int, chat_id: int
) -> tuple[ScheduledDose, Patient] | None:
    """A dose and its patient, only if that patient is this chat's (in one query)."""
    row = session.exec(_OWN_DOSE, params={"dose_id": dose_id, "chat_id": chat_id}).first()
    return (row[0], row[1]) if row else None


def next_open_dose(session: Session, *, patient_id: int) -> ScheduledDose | None:
    """The patient's earliest dose that is still to be done."""
    return session.exec(_NEXT_OPEN_DOSE, params={"patient_id": patient_id}).first()


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
    site: str | None = None,
) -> int:
    """Append what happened to a dose, move the dose to the matching status; the event's id."""
    assert dose.id is not None
    # Core statements: the ORM's flush of these two rows costs several times their execution.
    event = {
        "dose_id": dose.id,
        "patient_id": dose.patient_id,
        "kind": kind,
        "occurred_at": occurred_at,
        "remind_again_at": remind_again_at,
        "reason": reason,
        "site": site,
        "recorded_at": recorded_at,
    }
    connection = session.connection()
    event_id = int(connection.execute(_ADD_EVENT, event).scalar_one())
    new_status = _STATUS_AFTER.get(kind)
    if new_status is not None:
        taken_at = occurred_at if kind == DoseEventKind.DONE else None
        connection.execute(
            _SET_DOSE_STATUS, {"dose_id": dose.id, "status": new_status, "taken_at": taken_at}
        )
        # The loaded row now says what the database says, with nothing left to flush.
        set_committed_value(dose, "status", new_status)
        set_committed_value(dose, "taken_at", taken_at)
    return event_id


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
