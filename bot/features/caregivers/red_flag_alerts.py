"""Red-flag alerts the patient shares with a caregiver: the level and the fixed safety text.

Owed where the red flag is recorded (bot.features.red_flags.screen), in the same unit of
work: one per message, about its most urgent sign, to each active link the patient shares
red flags with. As it goes out the link is checked again (still active, still shared), else
it settles unsent. The words are a short header naming the patient and the level, then the
same fixed safety text the patient was sent, in the caregiver's language; never the sign,
never the patient's words.
"""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from bot.delivery.outgoing import Delivery, unsent
from bot.features.caregivers.shared import (
    caregiver_catalog,
    links_of_batch,
    shown_name,
    to_caregiver,
)
from bot.services.patient_time import zone_of
from storage.caregivers import (
    Shared,
    active_links_of_patient,
    add_red_flag_alert,
    red_flag_events_by_id,
    sends,
)
from storage.models import CaregiverLink, Patient, RedFlagEvent, Reminder, ReminderStatus


def owe_red_flag_alerts(
    session: Session, *, patient_id: int, event: RedFlagEvent, now: datetime
) -> None:
    """Owe each caregiver the patient shares red flags with an alert about this event."""
    assert event.id is not None
    for link in active_links_of_patient(session, patient_id=patient_id):
        if sends(link, Shared.RED_FLAGS):
            add_red_flag_alert(session, link=link, red_flag_event_id=event.id, due_at=now)


def plan_red_flag_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Word each claimed red-flag alert for its caregiver, or settle it unsent."""
    links = links_of_batch(session, reminders)
    events = red_flag_events_by_id(
        session,
        event_ids={r.red_flag_event_id for r, _ in reminders if r.red_flag_event_id is not None},
    )
    deliveries = []
    for reminder, patient in reminders:
        link = links.get(reminder.caregiver_link_id) if reminder.caregiver_link_id else None
        event = events.get(reminder.red_flag_event_id) if reminder.red_flag_event_id else None
        if link is None or event is None:
            deliveries.append(unsent(reminder, ReminderStatus.FAILED))
        elif not sends(link, Shared.RED_FLAGS):
            deliveries.append(unsent(reminder))
        else:
            deliveries.append(_alert(reminder, patient, link, event))
    return deliveries


def _alert(
    reminder: Reminder, patient: Patient, link: CaregiverLink, event: RedFlagEvent
) -> Delivery:
    """The header and the level's safety text, to the link's caregiver."""
    assert reminder.id is not None and link.id is not None and link.caregiver_chat_id is not None
    catalog = caregiver_catalog(link)
    text = catalog.text(
        "caregiver-red-flag-alert",
        name=shown_name(link),
        level=catalog.one_of("caregiver-red-flag-level", event.level),
        # When it was written: an alert held up by an outage still says how old it is.
        when=catalog.moment(event.occurred_at, zone_of(patient)),
        safety=catalog.one_of("red-flag", event.level),
    )
    return to_caregiver(reminder, patient, link, text)
