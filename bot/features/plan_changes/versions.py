"""A new plan version mid-treatment: where it carries on, and the phases gone through so far.

Doses stay in the version they were planned under; a version that carries a phase on records
which phase of the version before it continues and how many doses of it were counted, so
numbering goes on ("dose 3 of 7") and /status adds up the same stretch across versions.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import pairwise
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.domain.regimen import AfterDoses, PhaseKind, matching_phase
from bot.domain.regimen import Regimen as RegimenPlan
from bot.services.patient_time import zone_of
from bot.services.scheduling import PatientPlan, load_patient_plan
from storage.doses import next_open_dose, resolved_doses_of_patient
from storage.models import Patient, ScheduledDose
from storage.regimens import Takeover, regimen_versions


class PhaseChoice(StrEnum):
    """What the patient chose for the phase they are in when the plan changes."""

    CARRY_ON = "carry_on"
    RESTART = "restart"


@dataclass(frozen=True)
class Continuation:
    """Where the patient stands, as a new plan version would carry it on."""

    position: int
    kind: PhaseKind
    numbered_after: int
    count: int | None
    last_on: date
    began_on: date | None
    continues_position: int

    def takeover(self, choice: PhaseChoice) -> Takeover:
        """Where the new version starts for the patient's choice."""
        if choice is PhaseChoice.RESTART:
            return Takeover(self.position)
        return Takeover(self.position, self.numbered_after, self.continues_position, self.began_on)


def continuation(session: Session, *, patient: Patient, plan: RegimenPlan) -> Continuation | None:
    """Where `plan` would carry on the patient's current one; None when there is nothing to carry.

    Nothing to carry: no plan yet, nothing resolved yet, or no phase of the same kind in `plan`.
    """
    current = load_patient_plan(session, patient=patient)
    if current is None:
        return None
    position = _current_position(session, current)
    last_on = _last_dose_day(current, zone_of(patient))
    target = matching_phase(current.plan, position, plan)
    if last_on is None or target is None:
        return None
    regimen = current.regimen
    carried = regimen.numbered_after if regimen.start_position == position else 0
    own = [d for d in current.resolved_doses if d.phase_position == position and d.sequence >= 0]
    began_on = regimen.phase_began_on if carried else None
    if began_on is None and own:
        began_on = min(dose.local_date for dose in own)
    end = plan.phases[target].end
    return Continuation(
        position=target,
        kind=plan.phases[target].kind,
        numbered_after=carried + len(own),
        count=end.count if isinstance(end, AfterDoses) else None,
        last_on=last_on,
        began_on=began_on,
        continues_position=position,
    )


def _current_position(session: Session, current: PatientPlan) -> int:
    """The phase the patient is in: that of their next open dose, else of the last one."""
    upcoming = next_open_dose(session, patient_id=current.regimen.patient_id)
    if upcoming is not None and upcoming.regimen_id == current.regimen.id:
        return upcoming.phase_position
    if current.resolved_doses:
        return max(current.resolved_doses, key=lambda dose: dose.sequence).phase_position
    return current.regimen.start_position


def _last_dose_day(current: PatientPlan, zone: ZoneInfo) -> date | None:
    """The day the next dose counts from: the last resolved dose's (taken day if done)."""
    if not current.resolved_doses:
        # A version that carried on and has nothing resolved yet counts from what it carried.
        if current.regimen.numbered_after or current.regimen.start_position:
            return current.regimen.last_dose_before_start_on
        return None
    last = max(current.resolved_doses, key=lambda dose: dose.sequence)
    if last.taken_at is not None:
        return last.taken_at.astimezone(zone).date()
    return last.local_date


@dataclass(frozen=True)
class PhaseRun:
    """One phase as the patient went through it, possibly under several plan versions."""

    kind: str
    doses: tuple[ScheduledDose, ...]


def phase_runs(
    session: Session, *, patient_id: int, regimen_id: int, position: int
) -> tuple[list[PhaseRun], tuple[ScheduledDose, ...]]:
    """The phases gone through before, oldest first, and the resolved doses of the current one.

    The current phase is `position` of version `regimen_id`; a version that carried a phase on
    adds its doses of that phase to the same run, so they count together.
    """
    versions = regimen_versions(session, patient_id=patient_id)
    run_of: dict[tuple[int, int], tuple[int, int]] = {}
    for previous, version in pairwise(versions):
        if version.continues_position is None or previous.id is None or version.id is None:
            continue
        carried = (previous.id, version.continues_position)
        run_of[(version.id, version.start_position)] = run_of.get(carried, carried)
    grouped: dict[tuple[int, int], list[ScheduledDose]] = {}
    for dose in resolved_doses_of_patient(session, patient_id=patient_id):
        key = (dose.regimen_id, dose.phase_position)
        grouped.setdefault(run_of.get(key, key), []).append(dose)
    current = run_of.get((regimen_id, position), (regimen_id, position))
    earlier = [
        PhaseRun(doses[0].phase_kind, tuple(doses))
        for key, doses in grouped.items()
        if key != current
    ]
    return earlier, tuple(grouped.get(current, ()))
