"""What one side of a link is told about the other's doing, through the ledger like a reminder.

A notice is written in the unit of work that changes the link (or records the dose), so it
is owed exactly when the change is kept; the dispatcher sends it with the same retries, flood
control and 403 handling as every reminder. Its words are written as it goes out, in the
reader's language; a notice that no longer fits the link (a confirmation asked for a link
that has ended since) is settled unsent.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session
from telegram import InlineKeyboardMarkup

from bot.catalog.catalog import Catalog
from bot.delivery.outgoing import Delivery, Outgoing, unsent
from bot.features.caregivers.shared import (
    Action,
    caregiver_catalog,
    caregiver_name,
    caregiver_receives,
    links_of_batch,
    patient_shares,
    shown_name,
    to_caregiver,
    two_buttons,
)
from bot.features.doses.reminders import shown_zone
from bot.features.patient_scope import catalog_of
from storage.caregivers import add_notice
from storage.doses import doses_by_id
from storage.models import (
    CaregiverLink,
    CaregiverLinkStatus,
    Patient,
    Reminder,
    ReminderStatus,
    ScheduledDose,
)


class Notice(StrEnum):
    """Which notice a ledger row carries (the values are stored)."""

    # To the patient: the caregiver accepted; confirm or cancel.
    CONFIRM_ASK = "confirm_ask"
    DECLINED = "declined"
    LEFT = "left"
    # To the caregiver.
    LINKED = "linked"
    CANCELLED = "cancelled"
    ENDED = "ended"
    # To the patient: the caregiver who gives the injection answered its reminder.
    DOSE_DONE = "dose_done"
    DOSE_SKIPPED = "dose_skipped"
    DOSE_LATE = "dose_late"
    # The patient changed what the link sends.
    SHARING_CHANGED = "sharing_changed"


class Side(StrEnum):
    """Which side of the link reads the notice."""

    PATIENT = "patient"
    CAREGIVER = "caregiver"


@dataclass(frozen=True)
class Wording:
    """Who reads a notice, its catalog message, and the link statuses it still fits."""

    side: Side
    message: str
    fits: tuple[CaregiverLinkStatus, ...] = tuple(CaregiverLinkStatus)


WORDINGS: dict[Notice, Wording] = {
    Notice.CONFIRM_ASK: Wording(
        Side.PATIENT, "caregiver-confirm-ask", (CaregiverLinkStatus.ACCEPTED,)
    ),
    Notice.DECLINED: Wording(Side.PATIENT, "caregiver-declined-tell-patient"),
    Notice.LEFT: Wording(Side.PATIENT, "caregiver-left-tell-patient"),
    Notice.LINKED: Wording(
        Side.CAREGIVER, "caregiver-linked-tell-caregiver", (CaregiverLinkStatus.ACTIVE,)
    ),
    Notice.CANCELLED: Wording(Side.CAREGIVER, "caregiver-cancelled-tell-caregiver"),
    Notice.ENDED: Wording(Side.CAREGIVER, "caregiver-ended-tell-caregiver"),
    Notice.DOSE_DONE: Wording(Side.PATIENT, "cgdose-told-done"),
    Notice.DOSE_SKIPPED: Wording(Side.PATIENT, "cgdose-told-skipped"),
    Notice.DOSE_LATE: Wording(Side.PATIENT, "cgdose-told-late"),
    Notice.SHARING_CHANGED: Wording(
        Side.CAREGIVER, "caregiver-sharing-changed", (CaregiverLinkStatus.ACTIVE,)
    ),
}


def owe_notice(
    session: Session,
    link: CaregiverLink,
    notice: Notice,
    now: datetime,
    *,
    dose_id: int | None = None,
) -> None:
    """Owe the other side this notice, sent once the caller's unit of work is kept."""
    add_notice(session, link=link, notice=notice.value, due_at=now, dose_id=dose_id)


def plan_notice_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Word each claimed notice for its reader, or settle it unsent if it no longer fits."""
    links = links_of_batch(session, reminders)
    dose_ids = {reminder.dose_id for reminder, _ in reminders if reminder.dose_id is not None}
    doses = doses_by_id(session, dose_ids=dose_ids) if dose_ids else {}
    deliveries = []
    for reminder, patient in reminders:
        link = links.get(reminder.caregiver_link_id) if reminder.caregiver_link_id else None
        notice = _notice_of(reminder)
        if link is None or notice is None:
            deliveries.append(unsent(reminder, ReminderStatus.FAILED))
            continue
        dose = doses.get(reminder.dose_id) if reminder.dose_id is not None else None
        deliveries.append(_worded(reminder, patient, link, notice, dose))
    return deliveries


def _notice_of(reminder: Reminder) -> Notice | None:
    """The notice a row carries; None for a value this release does not know."""
    try:
        return Notice(reminder.notice or "")
    except ValueError:
        return None


def _worded(
    reminder: Reminder,
    patient: Patient,
    link: CaregiverLink,
    notice: Notice,
    dose: ScheduledDose | None,
) -> Delivery:
    """The notice for its reader, in their language, with its buttons if it has any."""
    assert reminder.id is not None and link.id is not None
    wording = WORDINGS[notice]
    if link.status not in wording.fits:
        return unsent(reminder)
    if wording.side is Side.PATIENT:
        catalog = catalog_of(patient)
        text = _text(catalog, wording, link, patient, dose)
        outgoing = Outgoing(patient.chat_id, text, _keyboard(catalog, notice, link))
        return Delivery([reminder.id], patient.id or 0, outgoing)
    if link.caregiver_chat_id is None:
        return unsent(reminder)
    catalog = caregiver_catalog(link)
    text = _text(catalog, wording, link, patient, dose)
    return to_caregiver(reminder, patient, link, text)


def _text(
    catalog: Catalog,
    wording: Wording,
    link: CaregiverLink,
    patient: Patient,
    dose: ScheduledDose | None,
) -> str:
    """The notice's words: the patient's shared name, the caregiver's, the dose's time, and
    what the link sends as it stands now, worded for the reader's side."""
    when = catalog.moment(dose.due_at, shown_zone(patient, dose)) if dose is not None else ""
    shared = caregiver_receives if wording.side is Side.CAREGIVER else patient_shares
    return catalog.text(
        wording.message,
        name=shown_name(link),
        caregiver=caregiver_name(link, catalog),
        when=when,
        receives=shared(catalog, link),
    )


def _keyboard(catalog: Catalog, notice: Notice, link: CaregiverLink) -> InlineKeyboardMarkup | None:
    """Confirm / Cancel under the confirmation asked of the patient; no buttons elsewhere."""
    if notice is not Notice.CONFIRM_ASK:
        return None
    return two_buttons(
        catalog,
        link.id or 0,
        ("caregiver-button-confirm", Action.CONFIRM),
        ("caregiver-button-cancel", Action.CANCEL),
    )
