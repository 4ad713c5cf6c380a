"""The exports' read model: one patient's record from the rows, in the patient's zone."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine
from sqlmodel import Session

from bot.domain.adherence import outcome, phase_summaries
from bot.domain.record import DoseState, Outcome
from storage.database import session_scope
from storage.doses import doses_of_regimen, record_dose_event
from storage.labs import add_lab_order, mark_lab_done, record_lab_result
from storage.models import (
    DoseEventKind,
    DoseStatus,
    Patient,
    RedFlagLevel,
    ScheduledDose,
    SymptomCheckIn,
)
from storage.pauses import add_pause
from storage.records import patient_record
from storage.red_flags import record_red_flag
from storage.regimens import current_regimen
from tests.bot.patients import maintenance_only, patient_on_common_monthly, patient_with_plan

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _doses(session: Session, patient_id: int) -> list[ScheduledDose]:
    """The patient's scheduled doses in plan order."""
    regimen = current_regimen(session, patient_id=patient_id)
    assert regimen is not None
    assert regimen.id is not None
    return doses_of_regimen(session, regimen_id=regimen.id, statuses=[DoseStatus.SCHEDULED])


def _answer(
    session: Session,
    dose: ScheduledDose,
    kind: DoseEventKind,
    at: datetime,
    *,
    site: str | None = None,
    reason: str | None = None,
) -> None:
    """Record an answer the way the handlers do: an event, and the status it implies."""
    record_dose_event(
        session, dose=dose, kind=kind, occurred_at=at, recorded_at=at, site=site, reason=reason
    )


def test_the_record_tells_each_dose_in_the_patients_zone(engine: Engine) -> None:
    """Given, late, skipped with its reason, missed, undone-and-redone; local days in New York."""
    patient_id = patient_with_plan(
        engine,
        chat_id=7,
        phases=maintenance_only(),
        now=NOW,
        last_dose_before_start_on=date(2026, 11, 20),
        time_zone="America/New_York",
    )
    with session_scope(engine) as session:
        first, second, third, fourth = _doses(session, patient_id)[:4]
        # 01:30 UTC on the day after the planned day is still the planned day in New York.
        _answer(
            session,
            first,
            DoseEventKind.DONE,
            datetime.combine(first.local_date + timedelta(1), datetime.min.time(), UTC)
            + timedelta(hours=1, minutes=30),
            site="left_thigh",
        )
        wrong_day = first.due_at + timedelta(days=30)
        _answer(session, second, DoseEventKind.DONE, wrong_day)
        _answer(session, second, DoseEventKind.UNDONE, wrong_day)
        second_taken = second.due_at + timedelta(days=5)
        _answer(session, second, DoseEventKind.DONE, second_taken)
        _answer(session, third, DoseEventKind.SKIPPED, third.due_at, reason="hospital")
        _answer(session, fourth, DoseEventKind.MISSED, fourth.due_at + timedelta(days=3))
        lab = add_lab_order(
            session,
            patient_id=patient_id,
            test="b12",
            due_on=date(2026, 12, 1),
            ordered_by_clinician=True,
            now=NOW,
        )
        mark_lab_done(session, lab=lab, on=date(2026, 12, 1))
        record_lab_result(session, lab=lab, value=Decimal("312"), unit="ng/L", now=NOW)
        session.add(SymptomCheckIn(patient_id=patient_id, asked_at=NOW))
        session.add(
            SymptomCheckIn(
                patient_id=patient_id, asked_at=NOW, completed_at=NOW, fatigue=2, tingling=1
            )
        )
        record_red_flag(
            session,
            patient_id=patient_id,
            level=RedFlagLevel.URGENT_CARE,
            sign="new_numbness",
            source="text",
            occurred_at=NOW,
        )
        add_pause(
            session,
            patient_id=patient_id,
            starts_on=date(2027, 6, 1),
            resumes_on=date(2027, 6, 8),
            now=NOW,
        )
        patient = session.get(Patient, patient_id)
        assert patient is not None
        record = patient_record(session, patient=patient, today=date(2027, 4, 1))

    # A maintenance plan counts from the last injection before it; no dose row stands for it.
    planned = list(record.doses)
    assert not any(dose.before_plan for dose in planned)
    done, redone, skipped, missed = planned[:4]
    assert done.taken_on == first.local_date
    assert done.site == "left_thigh"
    assert redone.taken_on == (second_taken - timedelta(hours=5)).date()
    assert redone.days_late == 5
    assert skipped.state is DoseState.SKIPPED
    assert skipped.skip_reason == "hospital"
    assert missed.state is DoseState.MISSED
    assert [outcome(d, record.today) for d in planned[:4]] == [
        Outcome.ON_TIME,
        Outcome.LATE,
        Outcome.SKIPPED,
        Outcome.MISSED,
    ]
    assert planned[1].planned_gap_days == 28
    assert planned[0].covers_days == 28
    assert [(lab.test, lab.value, lab.unit, lab.done_on) for lab in record.labs] == [
        ("b12", Decimal("312"), "ng/L", date(2026, 12, 1))
    ]
    assert [line.scores["fatigue"] for line in record.symptoms] == [2]
    assert record.symptoms[0].total == 3
    assert [(flag.level, flag.sign) for flag in record.red_flags] == [
        ("urgent_care", "new_numbness")
    ]
    assert [(p.starts_on, p.resumes_on) for p in record.pauses] == [
        (date(2027, 6, 1), date(2027, 6, 8))
    ]
    assert record.time_zone == "America/New_York"
    assert [v.number for v in record.versions] == [1]


def test_a_new_patient_on_the_common_plan_has_three_phases_of_upcoming_doses(
    engine: Engine,
) -> None:
    """Loading, transition and maintenance, each with its own summary line, nothing settled."""
    patient_id = patient_on_common_monthly(engine, chat_id=8, now=NOW)
    with session_scope(engine) as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        record = patient_record(session, patient=patient, today=date(2026, 11, 25))
    summaries = phase_summaries(record.doses, record.today)
    assert [s.phase_kind for s in summaries] == ["loading", "transition", "maintenance"]
    assert [s.upcoming for s in summaries][:2] == [7, 4]
    assert all(s.settled == 0 for s in summaries)
