"""The return day of a trip: reminders go back to home time, and the patient is told so.

The "trip ends" reminder is written when the trip starts (bot.services.settings_changes);
the trip ends as that reminder is settled, whether or not the message could be sent, so a
blocked chat or a refused message never leaves a patient travelling for ever.
"""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.delivery.outgoing import AfterSettled, Delivery, Outgoing, unsent
from bot.features.patient_clock import moment_in_zone, zone_city
from bot.features.patient_scope import catalog_of
from bot.services.patient_time import home_zone_of, trip_of
from bot.services.settings_changes import end_trip, next_reminder
from storage.models import Patient, Reminder


def plan_trip_end_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Say "welcome back" for each trip that ends; nothing for a trip already ended."""
    deliveries = []
    for reminder, patient in reminders:
        assert reminder.id is not None and patient.id is not None
        if trip_of(patient) is None:
            deliveries.append(unsent(reminder))
            continue
        catalog = catalog_of(patient)
        home = home_zone_of(patient)
        city = zone_city(catalog, home)
        upcoming = next_reminder(session, patient=patient, now=now)
        # Doses from the return day on are already planned at home time.
        if upcoming is not None and upcoming.zone.key == home.key:
            when = moment_in_zone(catalog, upcoming.due_at, home)
            text = catalog.text("settings-welcome-back", home=city, when=when)
        else:
            text = catalog.text("settings-welcome-back-none", home=city)
        delivery = Delivery([reminder.id], patient.id, Outgoing(patient.chat_id, text))
        delivery.after_settled.append(_trip_ender(patient.id, now))
        deliveries.append(delivery)
    return deliveries


def _trip_ender(patient_id: int, now: datetime) -> AfterSettled:
    """End the trip as the reminder is settled (sent or not), re-planning at home time."""

    def finish(session: Session, message_id: int | None) -> None:
        """End it, unless the patient ended it meanwhile."""
        patient = session.get(Patient, patient_id)
        if patient is not None and trip_of(patient) is not None:
            end_trip(session, patient=patient, now=now)

    return finish
