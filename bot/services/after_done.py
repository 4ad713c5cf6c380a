"""What a done dose adds beyond the schedule: ampoule count-down, interval drift, sites.

Called from bot.services.dose_outcomes.record_done, in the same unit of work. Telling the patient
happens in the bot layer (bot.features.dose_extras) after the "done" is confirmed.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.domain.drift import detect_drift
from bot.domain.regimen import EveryNDays, EveryNMonths, Giver
from bot.services.planning import PatientPlan, load_patient_plan
from bot.services.symptom_offers import plan_symptom_offers
from storage.models import DriftEvent, Patient, ReminderKind, ScheduledDose
from storage.regimens import current_regimen
from storage.reminders import add_reminder
from storage.treatment import (
    add_drift_event,
    done_doses_in_phase,
    drift_told_for_any,
)

# At this many ampoules left (or fewer) the patient is reminded to get more, once per crossing.
LOW_STOCK = 2
MAX_STOCK = 500
# A month counts as 30 days for drift: the tolerance covers the months' different lengths.
DAYS_PER_MONTH = 30


def after_done(
    session: Session,
    *,
    patient: Patient,
    dose: ScheduledDose,
    now: datetime,
    patient_plan: PatientPlan | None = None,
) -> None:
    """Count one ampoule down, look for drift, and re-plan the next symptom check-in offer."""
    count_down_stock(session, patient=patient, now=now)
    check_drift(session, patient=patient, dose=dose, now=now, patient_plan=patient_plan)
    plan_symptom_offers(session, patient=patient, now=now)


def count_down_stock(session: Session, *, patient: Patient, now: datetime) -> None:
    """One ampoule fewer; crossing down to LOW_STOCK writes one STOCK_LOW reminder."""
    current = session.get(Patient, patient.id)
    if current is None or current.id is None or current.ampoules_at_hand is None:
        return
    before = current.ampoules_at_hand
    current.ampoules_at_hand = max(0, before - 1)
    session.add(current)
    if before > LOW_STOCK >= current.ampoules_at_hand:
        add_reminder(session, patient_id=current.id, kind=ReminderKind.STOCK_LOW, due_at=now)


def check_drift(
    session: Session,
    *,
    patient: Patient,
    dose: ScheduledDose,
    now: datetime,
    patient_plan: PatientPlan | None = None,
) -> DriftEvent | None:
    """Record a new drift in the dose's phase (once per drift); None when there is none."""
    patient_plan = patient_plan or load_patient_plan(session, patient=patient)
    if patient_plan is None or patient.id is None or dose.regimen_id != patient_plan.regimen.id:
        return None
    planned = planned_interval_days(patient_plan.phase(dose.phase_position).cadence)
    if planned is None:
        return None
    zone = ZoneInfo(patient.time_zone)
    done = done_doses_in_phase(
        session, regimen_id=dose.regimen_id, phase_position=dose.phase_position
    )
    taken_on = [d.taken_at.astimezone(zone).date() for d in done if d.taken_at is not None]
    drift = detect_drift(taken_on, planned)
    if drift is None:
        return None
    in_drift = [d.id for d in done[drift.started_at_index :] if d.id is not None]
    if drift_told_for_any(session, dose_ids=in_drift):
        return None
    return add_drift_event(
        session,
        patient_id=patient.id,
        regimen_id=dose.regimen_id,
        planned_interval_days=planned,
        actual_interval_days=list(drift.intervals),
        last_dose_id=in_drift[-1],
        detected_at=now,
    )


def injects_self(session: Session, *, patient_id: int) -> bool:
    """Whether the patient's current plan says they give the injection themselves."""
    regimen = current_regimen(session, patient_id=patient_id)
    return regimen is not None and regimen.giver == Giver.SELF


def planned_interval_days(cadence: object) -> int | None:
    """The planned gap of a cadence in days; None for weekday plans (no single gap)."""
    if isinstance(cadence, EveryNDays):
        return cadence.days
    if isinstance(cadence, EveryNMonths):
        return cadence.months * DAYS_PER_MONTH
    return None
