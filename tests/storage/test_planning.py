"""The plan in the database: doses and reminders follow the plan; history is never rewritten."""

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.domain.regimen import Drug, Giver, Phase, Regimen, Route
from bot.features.doses.outcomes import record_done
from bot.services.scheduling import adopt_plan, sync_schedule
from storage.database import session_scope
from storage.models import (
    DoseEvent,
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.patients import get_or_create_patient
from tests.bot.patients import common_monthly, maintenance_only

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def _patient(session: Session) -> Patient:
    """A London patient reminded at 09:00."""
    patient, _ = get_or_create_patient(session, chat_id=99, time_zone="Europe/London")
    patient.reminder_time = time(9, 0)
    session.add(patient)
    return patient


def _adopt(session: Session, patient: Patient, phases: tuple[Phase, ...], **start: date) -> None:
    """Adopt a cyanocobalamin IM plan given by the patient themself."""
    plan = Regimen(phases, Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF)
    adopt_plan(
        session,
        patient=patient,
        plan=plan,
        preset="test",
        first_dose_on=start.get("first"),
        last_dose_before_start_on=start.get("last"),
        now=NOW,
    )


def _doses(session: Session, status: DoseStatus | None = None) -> list[ScheduledDose]:
    """Doses in plan order, optionally of one status."""
    statement = select(ScheduledDose).order_by(
        col(ScheduledDose.regimen_id), col(ScheduledDose.sequence)
    )
    if status is not None:
        statement = statement.where(ScheduledDose.status == status)
    return list(session.exec(statement).all())


def test_adopting_writes_each_dose_with_its_reminder_and_missed_check(engine: Engine) -> None:
    """Every written dose has one pending reminder at its time and one missed check after it."""
    with session_scope(engine) as session:
        _adopt(session, _patient(session), common_monthly(), first=date(2026, 11, 26))
    with Session(engine) as session:
        doses = _doses(session)
        reminders = session.exec(select(Reminder)).all()
        assert [d.local_date for d in doses[:8]] == [
            *(date(2026, 11, 26) + timedelta(days=i) for i in range(7)),
            date(2026, 12, 9),
        ]
        assert doses[0].due_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
        for dose in doses:
            kinds = sorted(r.kind for r in reminders if r.dose_id == dose.id)
            assert kinds == [ReminderKind.DOSE, ReminderKind.DOSE_MISSED]


def test_a_late_dose_moves_the_next_and_its_reminders(engine: Engine) -> None:
    """From the last injection: done 3 days late moves the next dose 3 days, reminders too."""
    with session_scope(engine) as session:
        patient = _patient(session)
        _adopt(session, patient, maintenance_only(), last=date(2026, 10, 29))
        first, second = _doses(session)[:2]
        assert (first.local_date, second.local_date) == (date(2026, 11, 26), date(2026, 12, 24))
        taken = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
        record_done(session, patient=patient, dose=first, taken_at=taken, now=taken)
    with Session(engine) as session:
        moved = _doses(session, DoseStatus.SCHEDULED)[0]
        assert moved.local_date == date(2026, 12, 27)
        pending = session.exec(
            select(Reminder).where(
                Reminder.dose_id == moved.id, Reminder.status == ReminderStatus.PENDING
            )
        ).all()
        assert sorted(r.kind for r in pending) == [ReminderKind.DOSE, ReminderKind.DOSE_MISSED]
        assert min(r.due_at for r in pending) == datetime(2026, 12, 27, 9, 0, tzinfo=UTC)


def test_a_new_plan_withdraws_open_doses_and_keeps_history(engine: Engine) -> None:
    """A plan change cancels what was still to come; what was done stays done, events untouched."""
    with session_scope(engine) as session:
        patient = _patient(session)
        _adopt(session, patient, common_monthly(), first=date(2026, 11, 26))
        first = _doses(session)[0]
        taken = datetime(2026, 11, 26, 9, 5, tzinfo=UTC)
        record_done(session, patient=patient, dose=first, taken_at=taken, now=taken)
        _adopt(session, patient, maintenance_only(), last=date(2026, 11, 26))
    with Session(engine) as session:
        old_regimen_doses = [d for d in _doses(session) if d.regimen_id == 1]
        assert old_regimen_doses[0].status == DoseStatus.DONE
        assert old_regimen_doses[0].taken_at == datetime(2026, 11, 26, 9, 5, tzinfo=UTC)
        assert {d.status for d in old_regimen_doses[1:]} == {DoseStatus.CANCELLED}
        events = session.exec(select(DoseEvent)).all()
        assert [(e.dose_id, e.kind) for e in events] == [(old_regimen_doses[0].id, "done")]
        new_doses = [d for d in _doses(session) if d.regimen_id == 2]
        assert new_doses[0].local_date == date(2026, 12, 24)


def test_sync_is_idempotent(engine: Engine) -> None:
    """Syncing again with nothing new changes no dose and adds no reminder."""
    with session_scope(engine) as session:
        patient = _patient(session)
        _adopt(session, patient, common_monthly(), first=date(2026, 11, 26))
        before = len(session.exec(select(Reminder)).all())
        sync_schedule(session, patient=patient, now=NOW)
        sync_schedule(session, patient=patient, now=NOW + timedelta(hours=1))
        assert len(session.exec(select(Reminder)).all()) == before
