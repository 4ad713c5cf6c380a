"""When the bot offers a symptom check-in: weekly, and a few days before a maintenance dose.

One offer is pending at a time, as a row in the reminder ledger. It is re-planned whenever the
picture changes: a dose is done (the next maintenance date may move), a check-in is answered,
or an offer goes out (which writes the next one). So weekly offers chain on for as long as the
patient has a plan, without writing weeks of rows ahead that a moved dose would make stale.
"""

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlmodel import Session

from bot.domain.local_time import local_to_utc
from bot.domain.regimen import PhaseKind
from bot.services.patient_time import reminder_time_of, zone_of
from storage.doses import next_open_dose
from storage.models import Patient, Regimen, ReminderKind, ScheduledDose
from storage.regimens import current_regimen
from storage.reminders import add_reminder, cancel_reminders
from storage.symptoms import last_asked_at, pending_offers

WEEK = timedelta(days=7)
# Many patients say symptoms come back before the next shot: ask this many days before it.
DAYS_BEFORE_DOSE = 3


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
    pending = pending_offers(session, patient_id=patient.id)
    due_at = next_offer_at(
        session, patient=patient, now=now, regimen=regimen, open_doses=open_doses
    )
    if [due for _, due in pending] == [due_at]:
        return
    cancel_reminders(session, reminder_ids=[offer_id for offer_id, _ in pending])
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
    zone = zone_of(patient)
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
    return local_to_utc(day, reminder_time_of(patient), zone_of(patient))
