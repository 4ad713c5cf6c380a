"""Regimens: the prescriber's plan, stored as versioned rows and read back as domain objects."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.domain.regimen import (
    AfterDoses,
    AfterDuration,
    Anchor,
    Cadence,
    Dose,
    DoseUnit,
    Drug,
    End,
    EveryNDays,
    EveryNMonths,
    Giver,
    OnWeekdays,
    OpenEnded,
    Phase,
    PhaseKind,
    Route,
)
from bot.domain.regimen import Regimen as RegimenPlan
from storage.models import Phase as PhaseRow
from storage.models import Regimen as RegimenRow

EVERY_N_DAYS, ON_WEEKDAYS, EVERY_N_MONTHS = "every_n_days", "on_weekdays", "every_n_months"
AFTER_DOSES, AFTER_DURATION = "after_doses", "after_duration"
OPEN_ENDED, UNTIL_NO_FURTHER_IMPROVEMENT = "open_ended", "until_no_further_improvement"
# Read by every dose answer: built once, with bound parameters.
_CURRENT_REGIMEN = select(RegimenRow).where(
    RegimenRow.patient_id == sa.bindparam("patient_id"), col(RegimenRow.replaced_at).is_(None)
)
_CURRENT_PLAN = (
    select(RegimenRow, PhaseRow)
    .outerjoin(PhaseRow, col(PhaseRow.regimen_id) == RegimenRow.id)
    .where(
        RegimenRow.patient_id == sa.bindparam("patient_id"), col(RegimenRow.replaced_at).is_(None)
    )
    .order_by(col(PhaseRow.position))
)
_PHASE_ROWS = (
    select(PhaseRow)
    .where(PhaseRow.regimen_id == sa.bindparam("regimen_id"))
    .order_by(col(PhaseRow.position))
)


@dataclass(frozen=True)
class Takeover:
    """Where a new version starts: its phase, doses of it counted before, what it carries on."""

    start_position: int
    numbered_after: int = 0
    continues_position: int | None = None
    phase_began_on: date | None = None


def save_regimen(
    session: Session,
    *,
    patient_id: int,
    plan: RegimenPlan,
    preset: str,
    first_dose_on: date | None,
    last_dose_before_start_on: date | None,
    now: datetime,
    takeover: Takeover | None = None,
) -> RegimenRow:
    """Store a new version of the patient's plan, retiring the current one (never editing it).

    `takeover` says where a version that takes over mid-treatment starts (None: phase 1).
    """
    current = current_regimen(session, patient_id=patient_id)
    if current is not None:
        current.replaced_at = now
        session.add(current)
        session.flush()
    row = RegimenRow(
        patient_id=patient_id,
        preset=preset,
        drug=plan.drug,
        route=plan.route,
        giver=plan.giver,
        first_dose_on=first_dose_on,
        last_dose_before_start_on=last_dose_before_start_on,
        created_at=now,
    )
    if takeover is not None:
        row.start_position = takeover.start_position
        row.numbered_after = takeover.numbered_after
        row.continues_position = takeover.continues_position
        row.phase_began_on = takeover.phase_began_on
    session.add(row)
    session.flush()
    assert row.id is not None
    for position, phase in enumerate(plan.phases):
        session.add(_phase_row(row.id, position, phase))
    session.flush()
    return row


def regimen_versions(session: Session, *, patient_id: int) -> list[RegimenRow]:
    """Every version of the patient's plan, oldest first."""
    statement = (
        select(RegimenRow).where(RegimenRow.patient_id == patient_id).order_by(col(RegimenRow.id))
    )
    return list(session.exec(statement).all())


def current_regimen(session: Session, *, patient_id: int) -> RegimenRow | None:
    """The plan in force for a patient, if they have one."""
    return session.exec(_CURRENT_REGIMEN, params={"patient_id": patient_id}).first()


def phase_rows(session: Session, *, regimen_id: int) -> list[PhaseRow]:
    """A regimen's phases, in order."""
    return list(session.exec(_PHASE_ROWS, params={"regimen_id": regimen_id}).all())


def load_plan(session: Session, *, regimen: RegimenRow) -> RegimenPlan:
    """Rebuild the domain regimen from its rows."""
    assert regimen.id is not None
    return _plan(regimen, phase_rows(session, regimen_id=regimen.id))


def phase_switches(session: Session, *, regimen_id: int) -> dict[int, date]:
    """Phase position → the day the clinician switched the patient out of it."""
    return _switches(phase_rows(session, regimen_id=regimen_id))


def current_plan(
    session: Session, *, patient_id: int
) -> tuple[RegimenRow, RegimenPlan, dict[int, date]] | None:
    """The plan in force with its domain regimen and switches, in one query; None if none."""
    rows = session.exec(_CURRENT_PLAN, params={"patient_id": patient_id}).all()
    if not rows:
        return None
    regimen = rows[0][0]
    phases = [phase for _, phase in rows if phase is not None]
    return regimen, _plan(regimen, phases), _switches(phases)


def _plan(regimen: RegimenRow, rows: list[PhaseRow]) -> RegimenPlan:
    """The domain regimen of a regimen row and its phase rows (in order)."""
    return RegimenPlan(
        phases=tuple(_phase(row) for row in rows),
        drug=Drug(regimen.drug),
        route=Route(regimen.route),
        giver=Giver(regimen.giver),
    )


def _switches(rows: list[PhaseRow]) -> dict[int, date]:
    """Phase position → switch day, for the phases the clinician ended."""
    return {row.position: row.switched_on for row in rows if row.switched_on is not None}


def record_phase_switch(
    session: Session, *, regimen_id: int, position: int, switched_on: date
) -> None:
    """Record that the clinician ended an open-ended phase on a given day."""
    session.execute(
        sa.update(PhaseRow)
        .where(col(PhaseRow.regimen_id) == regimen_id, col(PhaseRow.position) == position)
        .values(switched_on=switched_on)
    )


def _phase_row(regimen_id: int, position: int, phase: Phase) -> PhaseRow:
    """The row for one domain phase."""
    cadence, interval, weekdays = _cadence_columns(phase.cadence)
    end, end_value = _end_columns(phase.end)
    return PhaseRow(
        regimen_id=regimen_id,
        position=position,
        kind=phase.kind,
        cadence=cadence,
        interval=interval,
        weekdays=weekdays,
        end=end,
        end_value=end_value,
        dose_amount=phase.dose.amount,
        dose_unit=phase.dose.unit,
        anchor=phase.anchor,
    )


def _cadence_columns(cadence: Cadence) -> tuple[str, int | None, str | None]:
    """Cadence → (kind, interval, weekdays) columns."""
    if isinstance(cadence, EveryNDays):
        return EVERY_N_DAYS, cadence.days, None
    if isinstance(cadence, EveryNMonths):
        return EVERY_N_MONTHS, cadence.months, None
    return ON_WEEKDAYS, None, ",".join(str(day) for day in sorted(cadence.weekdays))


def _end_columns(end: End) -> tuple[str, int | None]:
    """End → (kind, value) columns."""
    if isinstance(end, AfterDoses):
        return AFTER_DOSES, end.count
    if isinstance(end, AfterDuration):
        return AFTER_DURATION, end.days
    return (UNTIL_NO_FURTHER_IMPROVEMENT if end.until_no_further_improvement else OPEN_ENDED), None


def _phase(row: PhaseRow) -> Phase:
    """The domain phase stored in a row."""
    return Phase(
        kind=PhaseKind(row.kind),
        cadence=_cadence(row),
        end=_end(row),
        dose=Dose(row.dose_amount, DoseUnit(row.dose_unit)),
        anchor=Anchor(row.anchor) if row.anchor else None,
    )


def _cadence(row: PhaseRow) -> Cadence:
    """The cadence stored in a phase row."""
    if row.cadence == EVERY_N_DAYS and row.interval is not None:
        return EveryNDays(row.interval)
    if row.cadence == EVERY_N_MONTHS and row.interval is not None:
        return EveryNMonths(row.interval)
    if row.cadence == ON_WEEKDAYS and row.weekdays:
        return OnWeekdays(frozenset(int(day) for day in row.weekdays.split(",")))
    raise ValueError(f"phase row {row.id} has an unreadable cadence")


def _end(row: PhaseRow) -> End:
    """The end stored in a phase row."""
    if row.end == AFTER_DOSES and row.end_value is not None:
        return AfterDoses(row.end_value)
    if row.end == AFTER_DURATION and row.end_value is not None:
        return AfterDuration(row.end_value)
    if row.end in (OPEN_ENDED, UNTIL_NO_FURTHER_IMPROVEMENT):
        return OpenEnded(until_no_further_improvement=row.end == UNTIL_NO_FURTHER_IMPROVEMENT)
    raise ValueError(f"phase row {row.id} has an unreadable end")


def clinic_regimen_ids(session: Session, *, regimen_ids: Collection[int]) -> set[int]:
    """Of these plan versions, the ones whose injections are given at a clinic."""
    if not regimen_ids:
        return set()
    statement = select(RegimenRow.id).where(
        col(RegimenRow.id).in_(list(regimen_ids)), col(RegimenRow.giver) == Giver.CLINIC
    )
    return {regimen_id for regimen_id in session.exec(statement).all() if regimen_id is not None}


def self_injecting_patients(session: Session, *, patient_ids: Collection[int]) -> list[int]:
    """Of these patients, the ones whose current plan has them inject themselves."""
    statement = select(RegimenRow.patient_id).where(
        col(RegimenRow.patient_id).in_(patient_ids),
        col(RegimenRow.replaced_at).is_(None),
        col(RegimenRow.giver) == Giver.SELF,
    )
    return list(session.exec(statement).all())
