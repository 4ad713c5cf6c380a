"""What a done dose adds beyond the schedule: ampoule count-down, interval drift, sites.

Called from bot.features.doses.outcomes.record_done, in the same unit of work. Telling the patient
happens in the bot layer (bot.features.doses.sites_and_stock) after the "done" is confirmed.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.domain.drift import detect_drift
from bot.domain.regimen import EveryNDays, EveryNMonths, Giver
from bot.features.symptoms.offer_plan import plan_symptom_offers
from bot.services.patient_time import zone_of
from bot.services.scheduling import PatientPlan, load_patient_plan
from storage.models import DoseStatus, DriftEvent, Patient, ReminderKind, ScheduledDose
from storage.regimens import current_regimen
from storage.reminders import add_reminder
from storage.treatment import add_drift_event, drift_told_for_any, untold_drift_events

# At this many ampoules left (or fewer) the patient is reminded to get more, once per crossing.
LOW_STOCK = 2
MAX_STOCK = 500
# A month counts as 30 days for drift: the tolerance covers the months' different lengths.
DAYS_PER_MONTH = 30


@dataclass(frozen=True)
class DoneRecorded:
    """What the confirmation of a done can tell, read in the same unit of work."""

    ampoules_left: int | None
    injects_self: bool
    # The done event just appended (what an undo takes back); set by record_done.
    event_id: int | None = None


def after_done(
    session: Session,
    *,
    patient: Patient,
    dose: ScheduledDose,
    now: datetime,
    patient_plan: PatientPlan | None = None,
    open_doses: Sequence[ScheduledDose] | None = None,
) -> DoneRecorded:
    """Count one ampoule down, look for drift, and re-plan the next symptom check-in offer.

    `open_doses` are the doses still to be done, as the schedule was just written, if it was.
    """
    patient_plan = patient_plan or load_patient_plan(session, patient=patient)
    left = count_down_stock(session, patient=patient, now=now)
    check_drift(session, patient=patient, dose=dose, now=now, patient_plan=patient_plan)
    regimen = patient_plan.regimen if patient_plan is not None else None
    plan_symptom_offers(session, patient=patient, now=now, regimen=regimen, open_doses=open_doses)
    return DoneRecorded(
        ampoules_left=left, injects_self=regimen is not None and regimen.giver == Giver.SELF
    )


def count_down_stock(session: Session, *, patient: Patient, now: datetime) -> int | None:
    """One ampoule fewer, and how many are left; crossing LOW_STOCK writes one STOCK_LOW."""
    # The patient read in this unit of work is current; one from elsewhere is read again.
    current = patient if patient in session else session.get(Patient, patient.id)
    if current is None or current.id is None or current.ampoules_at_hand is None:
        return None
    before = current.ampoules_at_hand
    current.ampoules_at_hand = max(0, before - 1)
    session.add(current)
    if before > LOW_STOCK >= current.ampoules_at_hand:
        add_reminder(session, patient_id=current.id, kind=ReminderKind.STOCK_LOW, due_at=now)
    return current.ampoules_at_hand


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
    zone = zone_of(patient)
    done = done_doses_in_phase_of(patient_plan, dose.phase_position)
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


def done_doses_in_phase_of(patient_plan: PatientPlan, position: int) -> list[ScheduledDose]:
    """A phase's done doses in the order they were taken (from the plan's loaded rows)."""
    done = [
        (dose.taken_at, dose.sequence, dose)
        for dose in patient_plan.resolved_doses
        if dose.phase_position == position
        and dose.status == DoseStatus.DONE
        and dose.taken_at is not None
    ]
    return [dose for _, _, dose in sorted(done, key=lambda entry: entry[:2])]


def claim_untold_drifts(session: Session, *, patient_id: int, now: datetime) -> list[DriftEvent]:
    """The drifts the patient has not been told about, marked told now (the caller tells)."""
    drifts = untold_drift_events(session, patient_id=patient_id)
    for drift in drifts:
        drift.told_at = now
        session.add(drift)
    return drifts


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
