"""Scheduled doses and their append-only events.

The statements every dose answer runs are built once, with bound parameters: building and
hashing a statement costs more than running it on SQLite.
"""

from collections.abc import Collection, Sequence
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from storage.models import (
    DoseEvent,
    DoseEventKind,
    DoseStatus,
    Patient,
    Regimen,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
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


def first_open_dose_due_after(
    session: Session, *, patient_id: int, after: datetime
) -> ScheduledDose | None:
    """The patient's first dose still to be done that falls due after an instant."""
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.patient_id == patient_id,
            ScheduledDose.status == DoseStatus.SCHEDULED,
            col(ScheduledDose.due_at) > after,
        )
        .order_by(col(ScheduledDose.due_at))
        .limit(1)
    )
    return session.exec(statement).first()


def open_doses_due_by(session: Session, *, patient_id: int, by: datetime) -> list[ScheduledDose]:
    """The patient's doses still to be done that were due at or before an instant, oldest first.

    A clinic dose counts from its appointment when that comes first (booked the day before).
    """
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.patient_id == patient_id,
            ScheduledDose.status == DoseStatus.SCHEDULED,
            sa.or_(col(ScheduledDose.due_at) <= by, col(ScheduledDose.appointment_at) <= by),
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
    recorded_by_link_id: int | None = None,
) -> int:
    """Append what happened to a dose, move the dose to the matching status; the event's id.

    `recorded_by_link_id`: the caregiver link through which a caregiver recorded it.
    """
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
        "recorded_by_link_id": recorded_by_link_id,
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
        .where(
            Patient.chat_id == chat_id,
            Reminder.telegram_message_id == message_id,
            # A caregiver's message about the dose has its id in the caregiver's chat.
            col(Reminder.caregiver_link_id).is_(None),
        )
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


def resolved_doses_of_patient(session: Session, *, patient_id: int) -> list[ScheduledDose]:
    """Every done, skipped or missed dose of a patient, under every plan version, in order."""
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.patient_id == patient_id,
            col(ScheduledDose.status).in_(RESOLVED),
        )
        .order_by(col(ScheduledDose.regimen_id), col(ScheduledDose.sequence))
    )
    return list(session.exec(statement).all())


def add_prior_injection(
    session: Session, *, dose: ScheduledDose, taken_at: datetime, recorded_at: datetime
) -> ScheduledDose:
    """Store an injection given before the plan's first planned dose, as done (with its event).

    Its sequence is negative: the plan's own doses are numbered from 0.
    """
    if dose.sequence >= 0:
        raise ValueError("an injection before the plan has a negative sequence")
    session.add(dose)
    session.flush()
    record_dose_event(
        session, dose=dose, kind=DoseEventKind.DONE, occurred_at=taken_at, recorded_at=recorded_at
    )
    return dose


def dose_event_for_chat(
    session: Session, *, event_id: int, chat_id: int
) -> tuple[DoseEvent, ScheduledDose, Patient] | None:
    """An event with its dose and patient, only if that patient is this chat's (untrusted id)."""
    statement = (
        select(DoseEvent, ScheduledDose, Patient)
        .join(ScheduledDose, col(ScheduledDose.id) == DoseEvent.dose_id)
        .join(Patient, col(Patient.id) == DoseEvent.patient_id)
        .where(DoseEvent.id == event_id, Patient.chat_id == chat_id)
    )
    row = session.exec(statement).first()
    return (row[0], row[1], row[2]) if row else None


def latest_event_of_dose(session: Session, *, dose_id: int) -> DoseEvent | None:
    """The newest event recorded about a dose."""
    statement = (
        select(DoseEvent).where(DoseEvent.dose_id == dose_id).order_by(col(DoseEvent.id).desc())
    )
    return session.exec(statement).first()


def latest_events(session: Session, *, dose_ids: Collection[int]) -> dict[int, DoseEvent]:
    """Per dose, its newest event (doses without one are left out), in one query."""
    if not dose_ids:
        return {}
    newest = (
        select(sa.func.max(DoseEvent.id))
        .where(col(DoseEvent.dose_id).in_(list(dose_ids)))
        .group_by(col(DoseEvent.dose_id))
    )
    rows = session.exec(select(DoseEvent).where(col(DoseEvent.id).in_(newest))).all()
    return {event.dose_id: event for event in rows}


def set_dose_status(
    session: Session, *, dose: ScheduledDose, status: DoseStatus, taken_at: datetime | None
) -> None:
    """Put a dose back in a status (an undo; the undo itself is an event appended first)."""
    assert dose.id is not None
    session.connection().execute(
        _SET_DOSE_STATUS, {"dose_id": dose.id, "status": status, "taken_at": taken_at}
    )
    set_committed_value(dose, "status", status)
    set_committed_value(dose, "taken_at", taken_at)


def answerable_doses_on(
    session: Session, *, patient_id: int, local_date: date
) -> list[ScheduledDose]:
    """The patient's doses planned on a local date that are still open or were marked missed."""
    statement = (
        select(ScheduledDose)
        .where(
            ScheduledDose.patient_id == patient_id,
            col(ScheduledDose.status).in_([DoseStatus.SCHEDULED, DoseStatus.MISSED]),
            ScheduledDose.local_date == local_date,
        )
        .order_by(col(ScheduledDose.due_at))
    )
    return list(session.exec(statement).all())


def answered_dose_on(
    session: Session, *, patient_id: int, local_date: date
) -> ScheduledDose | None:
    """A dose planned on a local date that is already recorded as done or skipped."""
    statement = select(ScheduledDose).where(
        ScheduledDose.patient_id == patient_id,
        col(ScheduledDose.status).in_([DoseStatus.DONE, DoseStatus.SKIPPED]),
        ScheduledDose.local_date == local_date,
    )
    return session.exec(statement).first()


def latest_missed_dose(session: Session, *, patient_id: int) -> ScheduledDose | None:
    """The patient's most recent dose that was marked missed."""
    statement = (
        select(ScheduledDose)
        .where(ScheduledDose.patient_id == patient_id, ScheduledDose.status == DoseStatus.MISSED)
        .order_by(col(ScheduledDose.due_at).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def successor_of(session: Session, *, dose: ScheduledDose) -> ScheduledDose | None:
    """The dose that took a withdrawn one's place under the patient's current plan version.

    A plan changed with "carry on" writes the same injection again (same day, phase and
    number) under the new version; the messages about the old one still point at it.
    """
    statement = (
        select(ScheduledDose)
        .join(Regimen, col(Regimen.id) == ScheduledDose.regimen_id)
        .where(
            ScheduledDose.patient_id == dose.patient_id,
            col(Regimen.replaced_at).is_(None),
            ScheduledDose.regimen_id != dose.regimen_id,
            ScheduledDose.local_date == dose.local_date,
            ScheduledDose.phase_kind == dose.phase_kind,
            ScheduledDose.number_in_phase == dose.number_in_phase,
            col(ScheduledDose.status) != DoseStatus.CANCELLED,
        )
        .order_by(col(ScheduledDose.id))
    )
    return session.exec(statement).first()


def withdrawn_but_reminded(
    session: Session, *, patient_id: int, kinds: Sequence[ReminderKind]
) -> set[tuple[date, str, int]]:
    """(day, phase kind, number) of a patient's withdrawn doses whose reminder went out.

    A plan changed with "carry on" writes those injections again; their reminders stand.
    """
    statement = (
        select(
            col(ScheduledDose.local_date),
            col(ScheduledDose.phase_kind),
            col(ScheduledDose.number_in_phase),
        )
        .join(Reminder, col(Reminder.dose_id) == ScheduledDose.id)
        .where(
            ScheduledDose.patient_id == patient_id,
            ScheduledDose.status == DoseStatus.CANCELLED,
            col(Reminder.kind).in_(list(kinds)),
            Reminder.status == ReminderStatus.SENT,
            col(Reminder.telegram_message_id).is_not(None),
        )
        .distinct()
    )
    return {(day, kind, number) for day, kind, number in session.exec(statement).all()}


def latest_skip_of_dose(session: Session, *, dose_id: int) -> DoseEvent | None:
    """The newest "skipped" event of a dose (to attach its reason)."""
    statement = (
        select(DoseEvent)
        .where(DoseEvent.dose_id == dose_id, DoseEvent.kind == DoseEventKind.SKIPPED)
        .order_by(col(DoseEvent.id).desc())
    )
    return session.exec(statement).first()


def doses_by_id(session: Session, *, dose_ids: Collection[int]) -> dict[int, ScheduledDose]:
    """These doses, in one query, by id."""
    found = session.exec(select(ScheduledDose).where(col(ScheduledDose.id).in_(dose_ids))).all()
    return {dose.id: dose for dose in found if dose.id is not None}
