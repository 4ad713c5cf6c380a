"""What a caregiver is sent: a dose still unconfirmed after the follow-up, or marked missed.

Each alert is checked as it is sent: a dose no longer open (done, skipped, asked again
later, or the alert is about a missed dose no longer missed) or a link no longer active
settles it unsent. The words name the patient by the name they share and the dose's time in
the patient's zone, in the caregiver's language; never symptoms, lab values or free text.
A caregiver who blocked the bot ends that link only; the patient is told in one sentence.
"""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.delivery.outgoing import Delivery, Outgoing, unsent
from bot.features.caregivers.shared import (
    caregiver_catalog,
    caregiver_name,
    links_of_batch,
    shown_name,
    to_caregiver,
)
from bot.features.patient_scope import catalog_of
from bot.services.patient_time import zone_of
from storage.caregivers import Shared, sends
from storage.doses import doses_by_id, latest_events
from storage.models import (
    CaregiverLink,
    DoseEvent,
    DoseEventKind,
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)

_TEXT = {
    ReminderKind.CAREGIVER_UNCONFIRMED: "caregiver-alert-unconfirmed",
    ReminderKind.CAREGIVER_MISSED: "caregiver-alert-missed",
}


def plan_caregiver_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Decide what each caregiver reminder becomes: an alert, the patient's note, or nothing."""
    ids = {reminder.dose_id for reminder, _ in reminders if reminder.dose_id is not None}
    doses = doses_by_id(session, dose_ids=ids) if ids else {}
    # Three queries for the batch: the doses, their newest events, the links.
    latest = latest_events(session, dose_ids=ids)
    links = links_of_batch(session, reminders)
    deliveries = []
    for reminder, patient in reminders:
        link = links.get(reminder.caregiver_link_id) if reminder.caregiver_link_id else None
        if link is None:
            deliveries.append(unsent(reminder, ReminderStatus.FAILED))
        elif reminder.kind == ReminderKind.CAREGIVER_BLOCKED:
            deliveries.append(_blocked_note(reminder, patient, link))
        else:
            dose = doses.get(reminder.dose_id) if reminder.dose_id is not None else None
            deliveries.append(_alert(reminder, patient, link, dose, latest))
    return deliveries


def _alert(
    reminder: Reminder,
    patient: Patient,
    link: CaregiverLink,
    dose: ScheduledDose | None,
    latest: dict[int, DoseEvent],
) -> Delivery:
    """The alert to the link's caregiver, if the dose and the link still call for it."""
    assert reminder.id is not None
    if dose is None or link.id is None or link.caregiver_chat_id is None:
        return unsent(reminder, ReminderStatus.FAILED)
    if not sends(link, Shared.ALERTS) or not _still_due(reminder, dose, latest):
        return unsent(reminder)
    catalog = caregiver_catalog(link)
    zone = ZoneInfo(dose.time_zone) if dose.time_zone else zone_of(patient)
    put_off = latest.get(dose.id or 0)
    if reminder.kind == ReminderKind.CAREGIVER_UNCONFIRMED and put_off and put_off.remind_again_at:
        text = catalog.text(
            "caregiver-alert-unconfirmed-after-late",
            name=shown_name(link),
            when=catalog.moment(dose.due_at, zone),
            again=catalog.moment(put_off.remind_again_at, zone),
        )
    else:
        text = catalog.text(
            _TEXT[ReminderKind(reminder.kind)],
            name=shown_name(link),
            when=catalog.moment(dose.due_at, zone),
        )
    return to_caregiver(reminder, patient, link, text)


def _still_due(reminder: Reminder, dose: ScheduledDose, latest: dict[int, DoseEvent]) -> bool:
    """Whether the dose still stands as the alert says: missed, or open and not put off past
    the reminder this alert follows."""
    if reminder.kind == ReminderKind.CAREGIVER_MISSED:
        return dose.status == DoseStatus.MISSED
    if dose.status != DoseStatus.SCHEDULED or dose.id is None:
        return False
    event = latest.get(dose.id)
    if event is None or event.kind != DoseEventKind.LATE or event.remind_again_at is None:
        return True
    # "Later" with a new time is an answer until that time has come and gone unanswered too.
    return event.remind_again_at < reminder.due_at


def _blocked_note(reminder: Reminder, patient: Patient, link: CaregiverLink) -> Delivery:
    """One sentence for the patient: this caregiver blocked the bot and receives nothing."""
    assert reminder.id is not None
    catalog = catalog_of(patient)
    text = catalog.text(
        "caregiver-blocked-tell-patient",
        caregiver=caregiver_name(link, catalog),
        name=shown_name(link),
    )
    return Delivery([reminder.id], patient.id or 0, Outgoing(patient.chat_id, text))
