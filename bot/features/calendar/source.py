"""Reading what the calendar shows, and rendering it: one unit of work, then a pure render."""

from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session

from bot.catalog.catalog import Catalog
from bot.exports.calendar import calendar_ics
from bot.features.calendar.build import CalendarSource, PlannedLab, calendar_file
from bot.features.patient_scope import catalog_of
from bot.services.patient_time import today_of
from bot.services.scheduling import load_patient_plan
from storage.calendar_feeds import patient_of_feed_token, pending_booking_reminders
from storage.database import session_scope
from storage.labs import planned_labs
from storage.models import Patient


def calendar_source(session: Session, *, patient: Patient, now: datetime) -> CalendarSource:
    """The patient's plan, planned labs and booking reminders as of `now`."""
    assert patient.id is not None
    labs = [
        PlannedLab(lab.id or 0, lab.test, lab.due_on)
        for lab in planned_labs(session, patient_id=patient.id)
    ]
    return CalendarSource(
        time_zone=patient.time_zone,
        today=today_of(patient, now),
        now=now,
        plan=load_patient_plan(session, patient=patient),
        labs=labs,
        bookings=pending_booking_reminders(session, patient_id=patient.id),
    )


def render(catalog: Catalog, source: CalendarSource) -> bytes:
    """The .ics file's bytes."""
    return calendar_ics(calendar_file(catalog, source))


def feed_for_token(engine: Engine, token: str, now: datetime) -> bytes | None:
    """The feed a live token opens, computed now from the database; None for any other token."""
    with session_scope(engine) as session:
        patient = patient_of_feed_token(session, token=token)
        if patient is None:
            return None
        catalog = catalog_of(patient)
        source = calendar_source(session, patient=patient, now=now)
    return render(catalog, source)
