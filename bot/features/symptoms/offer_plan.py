"""When the bot offers a symptom check-in: weekly, and a few days before a maintenance dose.

One offer is pending at a time, as a row in the reminder ledger. It is re-planned whenever the
picture changes: a dose is done (the next maintenance date may move), a check-in is answered,
or an offer goes out (which writes the next one). So weekly offers chain on for as long as the
patient has a plan, without writing weeks of rows ahead that a moved dose would make stale.
"""

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col

from bot.domain.local_time import local_to_utc
from bot.domain.regimen import PhaseKind
from bot.services.scheduling import DEFAULT_REMINDER_TIME
from storage.doses import next_open_dose
from storage.models import (
    Patient,
    Regimen,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.regimens import current_regimen
from storage.reminders import add_reminder
from storage.symptoms import last_asked_at
from storage.tables import constant, table_of

WEEK = timedelta(days=7)
# Many patients say symptoms come back before the next shot: ask this many days before it.
DAYS_BEFORE_DOSE = 3
# Read after every done: built once.
_REMINDERS = table_of(Reminder)
_PENDING_OFFERS = sa.select(_REMINDERS.c.id, _REMINDERS.c.due_at).where(
    _REMINDERS.c.patient_id == sa.bindparam("of_patient"),
    _REMINDERS.c.kind == ReminderKind.SYMPTOM_CHECK_IN,
    _REMINDERS.c.status == constant(ReminderStatus.PENDING),
)


def plan_symptom_offers(
    session: Session,
    *,
    patient: Patient,
    now: datetime,
    regimen: Regimen | None = None,
    open_doses: Sequence[ScheduledDose] | None = None,
) -> None:
    """Keep exactly one pending offer, at the next weekly or pre-dose time.

    `regimen` and `open_doses` (in due order) are what the caller has just read or written,
    when it has them.
    """
    assert patient.id is not None
    regimen = regimen or current_regimen(session, patient_id=patient.id)
    if regimen is None:
        return
    pending = _pending_offers(session, patient.id)
    due_at = next_offer_at(
        session, patient=patient, now=now, regimen=regimen, open_doses=open_doses
    )
    if [due for _, due in pending] == [due_at]:
        return
    if pending:
        session.execute(
            sa.update(Reminder)
            .where(col(Reminder.id).in_([offer_id for offer_id, _ in pending]))
            .values(status=ReminderStatus.CANCELLED)
        )
    add_reminder(session, patient_id=patient.id, kind=ReminderKind.SYMPTOM_CHECK_IN, due_at=due_at)


def next_offer_at(
    session: Session,
    *,
    patient: Patient,
    now: datetime,
    regimen: Regimen | None = None,
    open_doses: Sequence[ScheduledDose] | None = None,
) -> datetime:
    """The earlier of a week after the last ask and DAYS_BEFORE_DOSE before a maintenance dose."""
    assert patient.id is not None
    zone = ZoneInfo(patient.time_zone)
    last = last_asked_at(session, patient_id=patient.id)
    if last is None:
        regimen = regimen or current_regimen(session, patient_id=patient.id)
        last = regimen.created_at if regimen is not None else now
    weekly = max(_at_reminder_time(patient, last.astimezone(zone).date() + WEEK), now)
    if open_doses is None:
        dose = next_open_dose(session, patient_id=patient.id)
    else:
        dose = open_doses[0] if open_doses else None
    if dose is None or dose.phase_kind != PhaseKind.MAINTENANCE:
        return weekly
    before = _at_reminder_time(patient, dose.local_date - timedelta(days=DAYS_BEFORE_DOSE))
    if last < before < weekly and before >= now:
        return before
    return weekly


def _at_reminder_time(patient: Patient, day: date) -> datetime:
    """The patient's reminder time on a local day, in UTC."""
    at = patient.reminder_time or DEFAULT_REMINDER_TIME
    return local_to_utc(day, at, ZoneInfo(patient.time_zone))


def _pending_offers(session: Session, patient_id: int) -> list[tuple[int, datetime]]:
    """The patient's check-in offers not sent yet: id and due time."""
    rows = session.connection().execute(_PENDING_OFFERS, {"of_patient": patient_id})
    return [(offer_id, due_at) for offer_id, due_at in rows]
