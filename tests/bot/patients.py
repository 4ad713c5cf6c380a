"""Test helpers that give a patient a saved plan directly in the database."""

from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import Engine

from bot.domain.presets import preset
from bot.domain.regimen import Dose, DoseUnit, Drug, Giver, Phase, Regimen, Route
from bot.services.scheduling import adopt_plan
from storage.database import session_scope
from storage.models import Patient
from storage.patients import get_or_create_patient

# Thursday 26 November 2026, the day after the suite's START: the first (daily) injection of
# the common monthly plan, at 09:00 in London (GMT, so also 09:00 UTC).
FIRST_DOSE_DAY = date(2026, 11, 26)
FIRST_DOSE_AT = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def common_monthly() -> tuple[Phase, ...]:
    """1,000 mcg daily for 7 doses, weekly for 4, then every 28 days."""
    return preset("common_monthly").build()


def maintenance_only() -> tuple[Phase, ...]:
    """1,000 mcg every 28 days from the last injection."""
    return preset("maintenance_only").build(dose=Dose(Decimal(1000), DoseUnit.MCG))


def patient_with_plan(
    engine: Engine,
    *,
    chat_id: int,
    phases: tuple[Phase, ...],
    now: datetime,
    first_dose_on: date | None = None,
    last_dose_before_start_on: date | None = None,
    time_zone: str = "Europe/London",
    reminder_time: time = time(9, 0),
    giver: Giver = Giver.SELF,
) -> int:
    """Create a patient with a confirmed plan and its reminders; return the patient id."""
    with session_scope(engine) as session:
        patient, _ = get_or_create_patient(session, chat_id=chat_id, time_zone=time_zone)
        patient.reminder_time = reminder_time
        session.add(patient)
        adopt_plan(
            session,
            patient=patient,
            plan=Regimen(phases, Drug.CYANOCOBALAMIN, Route.IM, giver),
            preset="test",
            first_dose_on=first_dose_on,
            last_dose_before_start_on=last_dose_before_start_on,
            now=now,
        )
        assert patient.id is not None
        return patient.id


def patient_on_common_monthly(engine: Engine, *, chat_id: int, now: datetime) -> int:
    """A self-injecting London patient on the common monthly plan, first injection Thu 26 Nov."""
    return patient_with_plan(
        engine, chat_id=chat_id, phases=common_monthly(), now=now, first_dose_on=FIRST_DOSE_DAY
    )


def patient_row(engine: Engine, patient_id: int) -> Patient:
    """The patient as stored now."""
    with session_scope(engine) as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        return patient
