"""The read model the exports use: one patient's whole record, in a handful of queries.

Rows become bot.domain.record values in the patient's zone, so the history pages, the
calendar and the clinician report share one reading and never query on their own.
"""

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from bot.domain.adherence import typical_gap_days
from bot.domain.dose_history import Entry, EntryKind, in_effect
from bot.domain.record import (
    DoseLine,
    DoseState,
    DriftLine,
    LabLine,
    PatientRecord,
    PauseLine,
    PlanVersion,
    RedFlagLine,
    SymptomLine,
    with_planned_gaps,
)
from bot.domain.symptoms import SYMPTOMS
from storage.models import (
    CaregiverLink,
    DoseEvent,
    DoseEventKind,
    DoseStatus,
    DriftEvent,
    LabOrder,
    Patient,
    Pause,
    RedFlagEvent,
    ScheduledDose,
    SymptomCheckIn,
)
from storage.regimens import load_plan, phase_switches, regimen_versions


def patient_record(session: Session, *, patient: Patient, today: date) -> PatientRecord:
    """Everything the exports may show of `patient`, in their zone, as of their day `today`."""
    assert patient.id is not None
    zone = ZoneInfo(patient.time_zone)
    versions, usual_gaps = _versions(session, patient_id=patient.id, zone=zone)
    doses = with_planned_gaps(_doses(session, patient_id=patient.id, zone=zone), usual_gaps)
    return PatientRecord(
        patient_id=patient.id,
        time_zone=patient.time_zone,
        language=patient.language,
        today=today,
        versions=tuple(versions),
        doses=tuple(doses),
        labs=tuple(_labs(session, patient_id=patient.id)),
        symptoms=tuple(_symptoms(session, patient_id=patient.id, zone=zone)),
        red_flags=tuple(_red_flags(session, patient_id=patient.id, zone=zone)),
        drifts=tuple(_drifts(session, patient_id=patient.id, zone=zone)),
        pauses=tuple(_pauses(session, patient_id=patient.id, zone=zone)),
        ampoules_at_hand=patient.ampoules_at_hand,
    )


def _local(instant: datetime, zone: ZoneInfo) -> date:
    """The patient's local day of a stored instant."""
    return instant.astimezone(zone).date()


def _versions(
    session: Session, *, patient_id: int, zone: ZoneInfo
) -> tuple[list[PlanVersion], dict[tuple[int, int], int]]:
    """Every plan version, oldest first, and each phase's usual gap by (regimen, position)."""
    versions = []
    usual_gaps: dict[tuple[int, int], int] = {}
    for number, regimen in enumerate(regimen_versions(session, patient_id=patient_id), start=1):
        assert regimen.id is not None
        plan = load_plan(session, regimen=regimen)
        for position, phase in enumerate(plan.phases):
            usual_gaps[(regimen.id, position)] = typical_gap_days(phase.cadence)
        versions.append(
            PlanVersion(
                regimen_id=regimen.id,
                number=number,
                preset=regimen.preset,
                drug=regimen.drug,
                route=regimen.route,
                giver=regimen.giver,
                plan=plan,
                started_on=_local(regimen.created_at, zone),
                replaced_on=_local(regimen.replaced_at, zone) if regimen.replaced_at else None,
                switches=phase_switches(session, regimen_id=regimen.id),
            )
        )
    return versions, usual_gaps


def _doses(session: Session, *, patient_id: int, zone: ZoneInfo) -> list[DoseLine]:
    """Every live dose, oldest planned first, with its site and skip reason from its events."""
    doses = session.exec(
        select(ScheduledDose)
        .where(
            ScheduledDose.patient_id == patient_id,
            ScheduledDose.status != DoseStatus.CANCELLED,
        )
        .order_by(col(ScheduledDose.due_at), col(ScheduledDose.id))
    ).all()
    events = session.exec(
        select(DoseEvent).where(DoseEvent.patient_id == patient_id).order_by(col(DoseEvent.id))
    ).all()
    by_dose: dict[int, list[DoseEvent]] = {}
    for event in events:
        by_dose.setdefault(event.dose_id, []).append(event)
    caregivers = _caregiver_names(session, patient_id=patient_id)
    return [_dose_line(dose, by_dose.get(dose.id or 0, []), zone, caregivers) for dose in doses]


def _caregiver_names(session: Session, *, patient_id: int) -> dict[int, str | None]:
    """The first name of the caregiver of each of the patient's links, by link id."""
    rows = session.exec(
        select(CaregiverLink.id, CaregiverLink.caregiver_name).where(
            CaregiverLink.patient_id == patient_id
        )
    ).all()
    return {link_id: name for link_id, name in rows if link_id is not None}


def _dose_line(
    dose: ScheduledDose,
    events: Sequence[DoseEvent],
    zone: ZoneInfo,
    caregivers: dict[int, str | None],
) -> DoseLine:
    """One dose as the record tells it (and who recorded its answer, if a caregiver did)."""
    assert dose.id is not None
    standing = {
        entry.entry_id
        for entry in in_effect([Entry(e.id, EntryKind(e.kind)) for e in events if e.id])
    }
    done = [e for e in events if e.id in standing and e.kind == DoseEventKind.DONE]
    skipped = [e for e in events if e.id in standing and e.kind == DoseEventKind.SKIPPED]
    taken_at = dose.taken_at if dose.status == DoseStatus.DONE else None
    answer = {DoseStatus.DONE: done, DoseStatus.SKIPPED: skipped}.get(DoseStatus(dose.status))
    by_link = answer[-1].recorded_by_link_id if answer else None
    return DoseLine(
        dose_id=dose.id,
        regimen_id=dose.regimen_id,
        phase_position=dose.phase_position,
        phase_kind=dose.phase_kind,
        number_in_phase=dose.number_in_phase,
        count_in_phase=dose.count_in_phase,
        planned_on=dose.local_date,
        due_at=dose.due_at,
        amount=dose.dose_amount,
        unit=dose.dose_unit,
        state=DoseState(dose.status),
        taken_at=taken_at,
        taken_on=_local(taken_at, zone) if taken_at else None,
        site=done[-1].site if done and dose.status == DoseStatus.DONE else None,
        skip_reason=skipped[-1].reason if skipped and dose.status == DoseStatus.SKIPPED else None,
        before_plan=dose.sequence < 0,
        by_caregiver=by_link is not None,
        caregiver_name=caregivers.get(by_link) if by_link is not None else None,
    )


def _labs(session: Session, *, patient_id: int) -> list[LabLine]:
    """Every lab test not cancelled, by due day."""
    rows = session.exec(
        select(LabOrder)
        .where(LabOrder.patient_id == patient_id)
        .order_by(col(LabOrder.due_on), col(LabOrder.id))
    ).all()
    return [
        LabLine(
            lab_id=row.id or 0,
            test=row.test,
            due_on=row.due_on,
            status=str(row.status),
            done_on=row.done_on,
            value=row.result_value,
            unit=row.result_unit,
            ordered_by_clinician=row.ordered_by_clinician,
        )
        for row in rows
        if row.status != "cancelled"
    ]


def _symptoms(session: Session, *, patient_id: int, zone: ZoneInfo) -> list[SymptomLine]:
    """Every completed check-in, oldest first."""
    rows = session.exec(
        select(SymptomCheckIn)
        .where(
            SymptomCheckIn.patient_id == patient_id,
            col(SymptomCheckIn.completed_at).is_not(None),
        )
        .order_by(col(SymptomCheckIn.completed_at))
    ).all()
    lines = []
    for row in rows:
        assert row.completed_at is not None and row.id is not None
        lines.append(
            SymptomLine(
                check_in_id=row.id,
                answered_at=row.completed_at,
                answered_on=_local(row.completed_at, zone),
                scores={symptom: getattr(row, symptom) for symptom in SYMPTOMS},
                note=row.note,
            )
        )
    return lines


def _red_flags(session: Session, *, patient_id: int, zone: ZoneInfo) -> list[RedFlagLine]:
    """Every red flag raised, oldest first (level and sign only)."""
    rows = session.exec(
        select(RedFlagEvent)
        .where(RedFlagEvent.patient_id == patient_id)
        .order_by(col(RedFlagEvent.occurred_at))
    ).all()
    return [
        RedFlagLine(row.occurred_at, _local(row.occurred_at, zone), str(row.level), row.sign)
        for row in rows
    ]


def _drifts(session: Session, *, patient_id: int, zone: ZoneInfo) -> list[DriftLine]:
    """Every interval drift detected, oldest first."""
    rows = session.exec(
        select(DriftEvent)
        .where(DriftEvent.patient_id == patient_id)
        .order_by(col(DriftEvent.detected_at))
    ).all()
    return [
        DriftLine(
            _local(row.detected_at, zone),
            row.planned_interval_days,
            tuple(row.actual_interval_days),
        )
        for row in rows
    ]


def _pauses(session: Session, *, patient_id: int, zone: ZoneInfo) -> list[PauseLine]:
    """Every pause, oldest first."""
    rows = session.exec(
        select(Pause).where(Pause.patient_id == patient_id).order_by(col(Pause.starts_on))
    ).all()
    return [
        PauseLine(
            row.starts_on, row.resumes_on, _local(row.ended_at, zone) if row.ended_at else None
        )
        for row in rows
    ]
