"""Patients who start the walk with a saved plan, a test planned and a symptom check-in soon.

So a short walk already meets the reminders, lab buttons and check-ins a patient would
otherwise only see after weeks; the walk's own patients reach them by setting up and waiting.
"""

from datetime import datetime, timedelta

from sqlalchemy import Engine

from bot.domain.labs import LabTest
from bot.features.labs.reminder_plan import write_lab_reminders
from storage.database import session_scope
from storage.labs import add_lab_order
from storage.models import Patient, ReminderKind
from storage.reminders import add_reminder
from tests.bot.patients import common_monthly, maintenance_only, patient_with_plan

LAB_IN = timedelta(days=2)
CHECK_IN_IN = timedelta(hours=5)


def give_saved_plan(engine: Engine, *, chat_id: int, now: datetime, number: int) -> None:
    """A plan (alternately starting tomorrow, or continuing after an injection 27 days ago),
    a clinician's test in two days, and a symptom check-in offer due in a few hours."""
    today = now.date()
    if number % 2 == 0:
        patient_id = patient_with_plan(
            engine,
            chat_id=chat_id,
            phases=common_monthly(),
            now=now,
            first_dose_on=today + timedelta(days=1),
        )
    else:
        patient_id = patient_with_plan(
            engine,
            chat_id=chat_id,
            phases=maintenance_only(),
            now=now,
            last_dose_before_start_on=today - timedelta(days=27),
        )
    with session_scope(engine) as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        lab = add_lab_order(
            session,
            patient_id=patient_id,
            test=LabTest.B12.value,
            due_on=today + LAB_IN,
            ordered_by_clinician=True,
            now=now,
        )
        write_lab_reminders(session, patient=patient, lab=lab, now=now)
        add_reminder(
            session,
            patient_id=patient_id,
            kind=ReminderKind.SYMPTOM_CHECK_IN,
            due_at=now + CHECK_IN_IN,
        )
