"""The patient's dose reminder, sent also to a caregiver who gives the injection.

A CAREGIVER_DOSE row is owed once the patient's own reminder (or the renewed one after
"late") really went out, one per active link with reminders on. It is checked again as it is
sent: a link no longer active or with reminders off, or a dose no longer open, settles it
unsent. The message names the patient by the name they share and the dose's time in the
dose's zone, in the caregiver's language, with Done / Late / Skip buttons whose data is
"cgd:<link id>:<dose id>:<answer>" (answered in bot.features.caregivers.dose_buttons).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.catalog.catalog import Catalog
from bot.delivery.outgoing import Delivery, unsent
from bot.domain.parsing.numbers import row_id
from bot.features.caregivers.shared import (
    caregiver_catalog,
    links_of_batch,
    shown_name,
    to_caregiver,
)
from bot.features.doses.reminders import dose_of, shown_zone
from bot.telegram.callback_data import SEPARATOR, CallbackPrefix, callback_fields
from storage.caregivers import Shared, sends
from storage.doses import doses_by_id
from storage.models import (
    CaregiverLink,
    DoseStatus,
    Patient,
    Reminder,
    ReminderStatus,
    ScheduledDose,
)

PREFIX = CallbackPrefix.CAREGIVER_DOSE


class Answer(StrEnum):
    """What a caregiver's button says (the values are in buttons already sent)."""

    DONE = "done"
    LATE = "late"
    SKIP = "skip"
    # After Late: when the caregiver will give it, or back to Done / Late / Skip.
    IN_THREE_HOURS = "today"
    TOMORROW = "tomorrow"
    BACK = "back"


@dataclass(frozen=True)
class Pressed:
    """A caregiver's press as its data says: the link, the dose and the answer (untrusted)."""

    link_id: int
    dose_id: int
    answer: Answer


def button_data(link_id: int, dose_id: int, answer: Answer) -> str:
    """The data of one caregiver dose button."""
    return SEPARATOR.join((PREFIX, str(link_id), str(dose_id), answer.value))


def pressed(data: str | None) -> Pressed | None:
    """The link, dose and answer of a press; None for data of any other shape."""
    fields = callback_fields(data, PREFIX)
    if fields is None or len(fields) != 3:
        return None
    link_id, dose_id = row_id(fields[0]), row_id(fields[1])
    if link_id is None or dose_id is None or fields[2] not in {a.value for a in Answer}:
        return None
    return Pressed(link_id, dose_id, Answer(fields[2]))


def reminder_text(
    catalog: Catalog, link: CaregiverLink, patient: Patient, dose: ScheduledDose
) -> str:
    """The caregiver's reminder: whose injection, which dose, and when (in the dose's zone)."""
    return catalog.text(
        "cgdose-reminder",
        name=shown_name(link),
        dose=catalog.dose(dose_of(dose)),
        when=catalog.moment(dose.due_at, shown_zone(patient, dose)),
    )


def answer_keyboard(catalog: Catalog, link_id: int, dose_id: int) -> InlineKeyboardMarkup:
    """Done / Late / Skip for the caregiver."""
    return _row(
        catalog,
        link_id,
        dose_id,
        (("button-done", Answer.DONE), ("button-late", Answer.LATE), ("button-skip", Answer.SKIP)),
    )


def late_keyboard(catalog: Catalog, link_id: int, dose_id: int) -> InlineKeyboardMarkup:
    """In 3 hours / Tomorrow / Back, after the caregiver's Late."""
    return _row(
        catalog,
        link_id,
        dose_id,
        (
            ("button-later-today", Answer.IN_THREE_HOURS),
            ("button-tomorrow", Answer.TOMORROW),
            ("button-cgdose-back", Answer.BACK),
        ),
    )


def _row(
    catalog: Catalog, link_id: int, dose_id: int, buttons: tuple[tuple[str, Answer], ...]
) -> InlineKeyboardMarkup:
    """One row of caregiver dose buttons."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    catalog.text(label), callback_data=button_data(link_id, dose_id, answer)
                )
                for label, answer in buttons
            ]
        ]
    )


def plan_caregiver_dose_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Each caregiver reminder: sent to the link's caregiver if it still fits, else unsent."""
    # Two queries for the batch: the links and the doses.
    links = links_of_batch(session, reminders)
    dose_ids = {reminder.dose_id for reminder, _ in reminders if reminder.dose_id is not None}
    doses = doses_by_id(session, dose_ids=dose_ids) if dose_ids else {}
    deliveries = []
    for reminder, patient in reminders:
        link = links.get(reminder.caregiver_link_id) if reminder.caregiver_link_id else None
        dose = doses.get(reminder.dose_id) if reminder.dose_id is not None else None
        if link is None or dose is None or dose.patient_id != link.patient_id:
            deliveries.append(unsent(reminder, ReminderStatus.FAILED))
        else:
            deliveries.append(_reminder(reminder, patient, link, dose))
    return deliveries


def _reminder(
    reminder: Reminder, patient: Patient, link: CaregiverLink, dose: ScheduledDose
) -> Delivery:
    """The reminder with its buttons to the link's caregiver, if the link and dose still fit."""
    assert reminder.id is not None
    if not sends(link, Shared.REMINDERS) or dose.status != DoseStatus.SCHEDULED:
        return unsent(reminder)
    assert link.id is not None and link.caregiver_chat_id is not None and dose.id is not None
    catalog = caregiver_catalog(link)
    text = reminder_text(catalog, link, patient, dose)
    return to_caregiver(reminder, patient, link, text, answer_keyboard(catalog, link.id, dose.id))
