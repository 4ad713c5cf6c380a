"""When the bot offers a symptom check-in: weekly, and a few days before a maintenance dose.

One offer is pending at a time, as a row in the reminder ledger. It is re-planned whenever the
picture changes: a dose is done (the next maintenance date may move), a check-in is answered,
or an offer goes out (which writes the next one). So weekly offers chain on for as long as the
patient has a plan, without writing weeks of rows ahead that a moved dose would make stale.
"""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.domain.local_time import local_to_utc
from bot.domain.regimen import PhaseKind
from bot.services.planning import DEFAULT_REMINDER_TIME
from storage.doses import next_open_dose
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus
from storage.regimens import current_regimen
from storage.reminders import add_reminder
from storage.symptoms import last_asked_at

WEEK = timedelta(days=7)
# Many patients say symptoms come back before the next shot: ask this many days before it.
DAYS_BEFORE_DOSE = 3


def plan_symptom_offers(session: Session, *, patient: Patient, now: datetime) -> None:
    """Keep exactly one pending offer, at the next weekly or pre-dose time."""
    assert patient.id is not None
    if current_regimen(session, patient_id=patient.id) is None:
        return
    pending = _pending_offers(session, patient.id)
    due_at = next_offer_at(session, patient=patient, now=now)
    if [offer.due_at for offer in pending] == [due_at]:
        return
    if pending:
        session.execute(
            sa.update(Reminder)
            .where(col(Reminder.id).in_([offer.id for offer in pending]))
            .values(status=ReminderStatus.CANCELLED)
        )
    add_reminder(session, patient_id=patient.id, kind=ReminderKind.SYMPTOM_CHECK_IN, due_at=due_at)


def next_offer_at(session: Session, *, patient: Patient, now: datetime) -> datetime:
    """The earlier of a week after the last ask and DAYS_BEFORE_DOSE before a maintenance dose."""
    assert patient.id is not None
    zone = ZoneInfo(patient.time_zone)
    last = last_asked_at(session, patient_id=patient.id)
    if last is None:
        regimen = current_regimen(session, patient_id=patient.id)
        last = regimen.created_at if regimen is not None else now
    weekly = max(_at_reminder_time(patient, last.astimezone(zone).date() + WEEK), now)
    dose = next_open_dose(session, patient_id=patient.id)
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


def _pending_offers(session: Session, patient_id: int) -> list[Reminder]:
    """The patient's check-in offers not sent yet."""
    statement = select(Reminder).where(
        Reminder.patient_id == patient_id,
        Reminder.kind == ReminderKind.SYMPTOM_CHECK_IN,
        Reminder.status == ReminderStatus.PENDING,
    )
    return list(session.exec(statement).all())
