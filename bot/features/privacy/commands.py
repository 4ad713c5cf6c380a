"""/export (all my data as a JSON file) and /delete (erase everything, after a confirmation).

The buttons carry no id: they act on the chat that pressed them, so nobody can erase or read
another patient's data.
"""

import json
import logging

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.catalog.catalog import Catalog
from bot.catalog.plan_words import join_words
from bot.context import BotContext
from bot.features.caregivers.erasure import end_links_before_erasure, say_farewells
from bot.features.caregivers.shared import shown_name
from bot.features.patient_scope import chat_catalog, patient_scope
from bot.telegram.callback_data import CallbackPrefix
from bot.telegram.conversations import forget_chat
from bot.telegram.edits import edit_or_send
from storage.caregivers import links_of_caregiver, links_of_patient
from storage.database import session_scope
from storage.models import Patient
from storage.privacy import caregiver_export, erase_patient, patient_export

logger = logging.getLogger(__name__)

ERASE_PREFIX = CallbackPrefix.ERASE
ERASE_YES = f"{ERASE_PREFIX}:yes"
ERASE_NO = f"{ERASE_PREFIX}:no"


async def export(update: Update, context: BotContext) -> None:
    """Send the chat every row stored about it, as one JSON document: their records as a
    patient, and the links that hold them as a caregiver."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    chat_id = update.effective_chat.id
    with patient_scope(context, chat_id) as here:
        patient, catalog = here.patient, here.catalog
        data = patient_export(here.session, patient_id=patient.id) if patient and patient.id else {}
        caring = caregiver_export(here.session, caregiver_chat_id=chat_id)
        if caring:
            data["caring_for"] = caring
        day = (here.today if patient else here.now.date()).isoformat()
    if not data:
        await message.reply_text(catalog.text("export-nothing"))
        return
    document = json.dumps(data, indent=2, ensure_ascii=False).encode()
    await message.reply_document(
        document, filename=f"b12bot-export-{day}.json", caption=catalog.text("export-caption")
    )


async def ask_to_delete(update: Update, context: BotContext) -> None:
    """Explain what /delete erases (caregiver links included) and ask for a confirmation."""
    if update.effective_message is None:
        return
    chat_id = update.effective_message.chat_id
    with patient_scope(context, chat_id) as here:
        catalog = here.catalog
        question = delete_question(here.session, catalog, chat_id=chat_id, patient=here.patient)
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(catalog.text("delete-button-yes"), callback_data=ERASE_YES)],
            [InlineKeyboardButton(catalog.text("delete-button-no"), callback_data=ERASE_NO)],
        ]
    )
    await update.effective_message.reply_text(question, reply_markup=keyboard)


def delete_question(
    session: Session, catalog: Catalog, *, chat_id: int, patient: Patient | None
) -> str:
    """What /delete erases, with the caregiver links it ends on either side, and the question."""
    own = links_of_patient(session, patient_id=patient.id) if patient and patient.id else []
    caring = links_of_caregiver(session, caregiver_chat_id=chat_id)
    if not own and not caring:
        return catalog.text("delete-confirm")
    ends = []
    if own:
        ends.append(catalog.text("caregiver-delete-ends-own"))
    if caring:
        names = join_words(catalog, [shown_name(link) for link in caring])
        ends.append(catalog.text("caregiver-delete-ends-caring", names=names))
    message = "caregiver-delete-confirm" if patient else "caregiver-delete-confirm-caregiver"
    return catalog.text(message, ends="\n".join(ends))


async def on_delete_button(update: Update, context: BotContext) -> None:
    """Erase everything for the chat that pressed "Yes", or keep it for "No"."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    await query.answer()
    chat_id = update.effective_chat.id
    # Read before the erasure: the goodbye is in the language of the patient who was here.
    catalog = chat_catalog(context, chat_id)
    if query.data != ERASE_YES:
        await edit_or_send(query, catalog.text("delete-kept"))
        return
    user_id = update.effective_user.id if update.effective_user else None
    with session_scope(context.engine) as session:
        # Caregiver links end first: the other sides are told once the erasure is committed.
        farewells = end_links_before_erasure(session, chat_id=chat_id, now=context.now())
        patient_id = erase_patient(session, chat_id=chat_id, user_id=user_id)
    # The chat is a stranger's now: end its conversations and awaited answers in memory too,
    # or the next message would meet a setup draft that no longer exists.
    ended = forget_chat(context.application, chat_id=chat_id, user_id=user_id)
    logger.info("erased patient %s; ended conversations: %s", patient_id, ", ".join(ended) or "-")
    await edit_or_send(query, catalog.text("delete-done"))
    await say_farewells(context, farewells)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [
        CommandHandler("export", export),
        CommandHandler("delete", ask_to_delete),
        CallbackQueryHandler(on_delete_button, pattern=f"^{ERASE_PREFIX}:"),
    ]
