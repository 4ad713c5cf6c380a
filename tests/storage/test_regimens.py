"""Regimens survive the trip to rows and back, and a new version never edits the old one."""

from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from sqlalchemy import Engine
from sqlmodel import Session

from bot.domain.presets import preset
from bot.domain.regimen import Drug, Giver, Regimen, Route
from storage.database import session_scope
from storage.patients import get_or_create_patient
from storage.regimens import (
    current_plan,
    current_regimen,
    load_plan,
    phase_switches,
    record_phase_switch,
    save_regimen,
)
from tests.domain.strategies import regimens

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def _new_patient(session: Session, chat_id: int) -> int:
    """Create a patient and return their id."""
    patient, _ = get_or_create_patient(session, chat_id=chat_id, time_zone="Europe/London")
    assert patient.id is not None
    return patient.id


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=regimens())
def test_any_valid_regimen_round_trips(engine: Engine, plan: Regimen) -> None:
    """What is saved is exactly what is loaded back, phase by phase."""
    with session_scope(engine) as session:
        patient_id = _new_patient(session, chat_id=hash(plan) % 10**9)
        row = save_regimen(
            session,
            patient_id=patient_id,
            plan=plan,
            preset="custom",
            first_dose_on=date(2026, 1, 5),
            last_dose_before_start_on=None,
            now=NOW,
        )
    with Session(engine) as session:
        assert load_plan(session, regimen=row) == plan
        current = current_plan(session, patient_id=patient_id)
        assert current is not None
        assert (current[0].id, current[1], current[2]) == (row.id, plan, {})


def test_a_new_version_retires_the_old_one(session: Session) -> None:
    """Saving a changed plan keeps the old version, marked replaced, and one current plan."""
    patient_id = _new_patient(session, chat_id=7)
    phases = preset("common_monthly").build()
    plan = Regimen(phases, Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF)
    first = save_regimen(
        session,
        patient_id=patient_id,
        plan=plan,
        preset="common_monthly",
        first_dose_on=date(2026, 11, 2),
        last_dose_before_start_on=None,
        now=NOW,
    )
    second = save_regimen(
        session,
        patient_id=patient_id,
        plan=plan,
        preset="common_monthly",
        first_dose_on=date(2026, 11, 9),
        last_dose_before_start_on=None,
        now=NOW,
    )
    assert current_regimen(session, patient_id=patient_id) == second
    assert first.replaced_at == NOW
    assert first.first_dose_on == date(2026, 11, 2)


def test_a_switch_is_stored_on_its_phase(session: Session) -> None:
    """The clinician's switch out of an open-ended phase is read back by position."""
    patient_id = _new_patient(session, chat_id=8)
    phases = preset("uk_hydroxocobalamin_neuro").build()
    plan = Regimen(phases, Drug.HYDROXOCOBALAMIN, Route.IM, Giver.CLINIC)
    row = save_regimen(
        session,
        patient_id=patient_id,
        plan=plan,
        preset="uk_hydroxocobalamin_neuro",
        first_dose_on=date(2026, 11, 2),
        last_dose_before_start_on=None,
        now=NOW,
    )
    assert row.id is not None
    record_phase_switch(session, regimen_id=row.id, position=0, switched_on=date(2026, 12, 1))
    assert phase_switches(session, regimen_id=row.id) == {0: date(2026, 12, 1)}
    current = current_plan(session, patient_id=patient_id)
    assert current is not None
    assert current[2] == {0: date(2026, 12, 1)}


def test_no_current_plan_before_one_is_saved(session: Session) -> None:
    """A patient still in setup has no plan in force."""
    assert current_plan(session, patient_id=_new_patient(session, chat_id=9)) is None
