"""What every caregiver handler shares: button data, the catalogs of both sides, telling the
other side, and the stale answer.

Every button is "cg:invite" or "cg:<link id>:<action>"; each press is checked against the
link (whose chat may press it, in which status), never trusted for what it says.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from html import escape

from sqlmodel import Session
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, User
from telegram.error import TelegramError

from bot.catalog.catalog import Catalog, catalog_for
from bot.catalog.languages import DEFAULT_LANGUAGE
from bot.catalog.plan_words import join_words
from bot.catalog.vocabulary import spoken_language
from bot.context import BotContext
from bot.delivery.outgoing import Delivery, Outgoing
from bot.delivery.recipients import caregiver_recipient
from bot.features.patient_scope import catalog_of
from bot.features.preferences.follow_up import delay_text
from bot.telegram.callback_data import CallbackPrefix, callback_fields, id_and_choice
from storage.caregivers import Shared, links_by_id
from storage.models import CaregiverLink, Patient, Reminder
from storage.patients import get_patient_by_chat

logger = logging.getLogger(__name__)

PREFIX = CallbackPrefix.CAREGIVER
INVITE = f"{PREFIX}:invite"


class Action(StrEnum):
    """What a button asks of a link (the values are in buttons already sent)."""

    ACCEPT = "accept"
    DECLINE = "decline"
    CONFIRM = "confirm"
    CANCEL = "cancel"
    # The patient ends a link (or withdraws an invitation); the caregiver leaves one.
    END = "end"
    LEAVE = "leave"
    # The patient asks to change a link's alert delay, then picks one of ALERT_DELAYS.
    DELAY = "delay"
    DELAY_30 = "d30"
    DELAY_60 = "d60"
    DELAY_120 = "d120"
    DELAY_240 = "d240"
    # The patient opens what a link sends, turns one item on or off, or goes back.
    CHOICES = "choices"
    ALERTS = "alerts"
    REMINDERS = "reminders"
    WEEKLY = "weekly"
    RED_FLAGS = "redflags"
    BACK = "back"


# The alert delays a patient can pick, in minutes after the follow-up, by their button.
ALERT_DELAYS = {
    Action.DELAY_30: 30,
    Action.DELAY_60: 60,
    Action.DELAY_120: 120,
    Action.DELAY_240: 240,
}


@dataclass(frozen=True)
class SharedItem:
    """One thing a link may send its caregiver: its column, its button, and its texts."""

    shared: Shared
    action: Action
    # The button's short name, the caregiver's line, the patient's line, the overview's words.
    button: str
    receives: str
    shares: str
    brief: str


# Every item, in the order each list shows them.
SHARED_ITEMS = (
    SharedItem(
        Shared.ALERTS,
        Action.ALERTS,
        "caregiver-item-alerts",
        "caregiver-receives-alerts",
        "caregiver-shares-alerts",
        "caregiver-brief-alerts",
    ),
    SharedItem(
        Shared.REMINDERS,
        Action.REMINDERS,
        "caregiver-item-reminders",
        "caregiver-receives-reminders",
        "caregiver-shares-reminders",
        "caregiver-brief-reminders",
    ),
    SharedItem(
        Shared.WEEKLY,
        Action.WEEKLY,
        "caregiver-item-weekly",
        "caregiver-receives-weekly",
        "caregiver-shares-weekly",
        "caregiver-brief-weekly",
    ),
    SharedItem(
        Shared.RED_FLAGS,
        Action.RED_FLAGS,
        "caregiver-item-red-flags",
        "caregiver-receives-red-flags",
        "caregiver-shares-red-flags",
        "caregiver-brief-red-flags",
    ),
)
ITEM_OF_ACTION = {item.action: item for item in SHARED_ITEMS}


def is_shared(link: CaregiverLink, item: SharedItem) -> bool:
    """Whether the link sends this item now."""
    return bool(getattr(link, item.shared.value))


def set_shared(link: CaregiverLink, item: SharedItem, on: bool) -> None:
    """Turn one item of the link on or off."""
    setattr(link, item.shared.value, on)


def item_text(catalog: Catalog, message_id: str, link: CaregiverLink) -> str:
    """One item's words for this link: whose they are, and the alert delay."""
    return catalog.text(
        message_id,
        name=shown_name(link),
        caregiver=caregiver_name(link, catalog),
        delay=delay_text(catalog, link.alert_delay_minutes),
    )


def caregiver_receives(catalog: Catalog, link: CaregiverLink) -> str:
    """What the link sends, one line per item, as its caregiver reads it."""
    return _bullets(
        catalog, link, [item.receives for item in SHARED_ITEMS if is_shared(link, item)]
    )


def patient_shares(catalog: Catalog, link: CaregiverLink) -> str:
    """What the link sends, one line per item, as its patient reads it."""
    return _bullets(catalog, link, [item.shares for item in SHARED_ITEMS if is_shared(link, item)])


def _bullets(catalog: Catalog, link: CaregiverLink, message_ids: list[str]) -> str:
    """One bulleted line per message, or the line that says nothing is sent."""
    if not message_ids:
        return catalog.text("caregiver-receives-nothing")
    return "\n".join(
        catalog.text("caregiver-bullet", item=item_text(catalog, message_id, link))
        for message_id in message_ids
    )


def shared_briefly(catalog: Catalog, link: CaregiverLink) -> str | None:
    """What the link sends in a few words for the overview ("alerts and reminders"), or None."""
    words = [item_text(catalog, item.brief, link) for item in SHARED_ITEMS if is_shared(link, item)]
    return join_words(catalog, words) if words else None


def button_data(link_id: int, action: Action) -> str:
    """The data of one link's button."""
    return f"{PREFIX}:{link_id}:{action.value}"


def pressed(data: str | None) -> tuple[int, Action] | None:
    """The link id and action of a press; None for data of any other shape."""
    found = id_and_choice(data, PREFIX)
    if found is None or found[1] not in {action.value for action in Action}:
        return None
    return found[0], Action(found[1])


def is_invite_press(data: str | None) -> bool:
    """Whether the press is "Invite someone"."""
    return callback_fields(data, PREFIX) == ["invite"]


def two_buttons(
    catalog: Catalog, link_id: int, yes: tuple[str, Action], no: tuple[str, Action]
) -> InlineKeyboardMarkup:
    """A yes and a no button for one link, side by side."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    catalog.text(yes[0]), callback_data=button_data(link_id, yes[1])
                ),
                InlineKeyboardButton(
                    catalog.text(no[0]), callback_data=button_data(link_id, no[1])
                ),
            ]
        ]
    )


def chat_side_catalog(session: Session, *, chat_id: int, user: User | None) -> Catalog:
    """The catalog for a chat that may be no patient: their language, else their app's."""
    patient = get_patient_by_chat(session, chat_id=chat_id)
    if patient is not None:
        return catalog_of(patient)
    return catalog_for(spoken_language(user.language_code if user else None))


def caregiver_catalog(link: CaregiverLink) -> Catalog:
    """The catalog of the link's caregiver."""
    return catalog_for(link.caregiver_language or DEFAULT_LANGUAGE)


def patient_of(session: Session, link: CaregiverLink) -> Patient:
    """The patient who made the link."""
    patient = session.get(Patient, link.patient_id)
    assert patient is not None
    return patient


def shown_name(link: CaregiverLink) -> str:
    """The patient's shared name, ready for an HTML text."""
    return escape(link.shared_name)


def caregiver_name(link: CaregiverLink, catalog: Catalog) -> str:
    """The caregiver's first name, ready for an HTML text (a stand-in if there is none)."""
    if link.caregiver_name:
        return escape(link.caregiver_name)
    return catalog.text("caregiver-someone")


def first_name(user: User | None) -> str:
    """The first name Telegram gives for the user, cut to what a link stores."""
    return (user.first_name if user and user.first_name else "")[:64]


def links_of_batch(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]]
) -> dict[int, CaregiverLink]:
    """The links a batch of caregiver reminders is about, in one query."""
    ids = {reminder.caregiver_link_id for reminder, _ in reminders}
    return links_by_id(session, link_ids={link_id for link_id in ids if link_id is not None})


def to_caregiver(
    reminder: Reminder,
    patient: Patient,
    link: CaregiverLink,
    text: str,
    keyboard: InlineKeyboardMarkup | None = None,
) -> Delivery:
    """The message to the link's caregiver: a refusal (403) ends that link, never the patient."""
    assert reminder.id is not None and link.id is not None and link.caregiver_chat_id is not None
    outgoing = Outgoing(link.caregiver_chat_id, text, keyboard)
    delivery = Delivery([reminder.id], patient.id or 0, outgoing)
    delivery.to = caregiver_recipient(link.id)
    return delivery


async def tell(
    context: BotContext, chat_id: int, text: str, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    """Tell the other side of a link; a refusal (blocked, gone) is logged, never the presser's."""
    try:
        await context.bot.send_message(chat_id, text, reply_markup=keyboard)
    except TelegramError as error:
        logger.warning(
            "could not tell the other side of a caregiver link: %s", type(error).__name__
        )


async def answer_stale(query: CallbackQuery, catalog: Catalog) -> None:
    """A stale or forged press: one sentence, and nothing changes."""
    await query.answer(catalog.text("caregiver-stale-button"), show_alert=True)
