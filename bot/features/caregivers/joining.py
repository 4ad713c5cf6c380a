"""The caregiver's side of an invitation: opening it by its code, from the deep link or typed.

    /start cg_<code> or /caregiver <code>
      --(an open invitation, not the chat's own)--> whose it is, exactly what this link will
        send (from its choices) and never send, Accept / Decline (bot.features.caregivers.buttons)
      --(unknown, expired or used)--> one sentence; five of these in ten minutes pause the chat
      --(the patient's own invitation)--> told to send it to the person who cares for them

The chat that opened the code is remembered in its chat_data: only that chat may accept it.
"""

from datetime import datetime

from sqlmodel import Session
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CommandHandler, filters

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.caregivers import CODE_PREFIX, invite_code
from bot.features.caregivers.shared import (
    Action,
    caregiver_receives,
    chat_side_catalog,
    patient_of,
    shown_name,
    two_buttons,
)
from bot.telegram.conversations import ChatDataKey
from storage.caregivers import is_open_invite, link_by_code
from storage.database import session_scope
from storage.models import CaregiverLinkEnd, CaregiverLinkStatus

OFFER = ChatDataKey.CAREGIVER_OFFER.value
# The deep link's /start: before setup's, which takes every other /start.
DEEP_LINK = filters.Regex(rf"^/start(@\w+)?\s+{CODE_PREFIX}")


async def on_deep_link(update: Update, context: BotContext) -> None:
    """/start cg_<code>: the invitation the caregiver's link carries."""
    await open_invitation(update, context, " ".join(context.args or []))


async def open_invitation(update: Update, context: BotContext, typed: str) -> None:
    """Show the invitation the code opens, or say in one sentence why it opens nothing."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    now = context.now()
    keyboard: InlineKeyboardMarkup | None = None
    offered: int | None = None
    with session_scope(context.engine) as session:
        catalog = chat_side_catalog(session, chat_id=chat.id, user=update.effective_user)
        attempts = context.services.code_attempts
        if attempts.refused(chat.id, now):
            text = catalog.text("caregiver-code-too-many")
        else:
            text, offered, wrong = _read_code(session, catalog, chat.id, typed, now=now)
            if wrong:
                attempts.wrong_code(chat.id, now)
            if offered is not None:
                keyboard = two_buttons(
                    catalog,
                    offered,
                    ("caregiver-button-accept", Action.ACCEPT),
                    ("caregiver-button-decline", Action.DECLINE),
                )
    if offered is not None and context.chat_data is not None:
        context.chat_data[OFFER] = offered
    await message.reply_text(text, reply_markup=keyboard)


def _read_code(
    session: Session, catalog: Catalog, chat_id: int, typed: str, *, now: datetime
) -> tuple[str, int | None, bool]:
    """The answer to a code, the link it offers (or None), and whether it was a wrong code."""
    code = invite_code(typed)
    link = link_by_code(session, code=code) if code is not None else None
    if link is None or link.id is None:
        return catalog.text("caregiver-code-unknown"), None, True
    if patient_of(session, link).chat_id == chat_id:
        return catalog.text("caregiver-code-own"), None, False
    if is_open_invite(link, now=now):
        offer = catalog.text(
            "caregiver-offer", name=shown_name(link), receives=caregiver_receives(catalog, link)
        )
        return offer, link.id, False
    expired = link.status == CaregiverLinkStatus.INVITED or (
        link.ended_by == CaregiverLinkEnd.EXPIRED
    )
    return catalog.text("caregiver-code-expired" if expired else "caregiver-code-used"), None, True


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The deep link's /start (/caregiver <code> comes through the /caregiver command)."""
    return [CommandHandler("start", on_deep_link, filters=DEEP_LINK)]
