"""The Undo under every recorded answer about a dose: done, late or skipped, by button or words.

The button carries the id of the answer's event. Like every callback it is untrusted: the
event is looked up together with the chat that pressed it, and only the answer still in
effect can be taken back (a second press, or one after something newer, changes nothing).
The dose returns to where it stood, reminders included; the record keeps both events.
"""

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session
from telegram import InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.features.doses import answering as dose_answers
from bot.features.doses.outcomes import Undone, undo_outcome
from bot.features.doses.reminders import dose_of, dose_prompt_of
from bot.features.doses.sites_and_stock import site_question
from bot.features.patient_scope import patient_scope
from bot.services.patient_time import zone_of
from bot.telegram.callback_data import only_id
from bot.telegram.edits import edit_message
from bot.telegram.keyboards import dose_keyboard
from storage.doses import dose_event_for_chat
from storage.models import DoseStatus, Patient, ScheduledDose
from storage.reminders import DOSE_PROMPT_KINDS, sent_reminders_of_dose

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Taken:
    """An undo done, with what to show: the dose, its patient and its reminder messages."""

    patient: Patient
    dose: ScheduledDose
    undone: Undone
    message_ids: list[int]
    prompt: str


async def on_undo_button(update: Update, context: BotContext) -> None:
    """Undo pressed: take the answer back, if it is still the one in effect."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return
    event_id = only_id(query.data, dose_answers.UNDO_PREFIX)
    chat_id = update.effective_chat.id
    with patient_scope(context, chat_id) as here:
        catalog = here.catalog
        taken = _undo(catalog, here.session, event_id, chat_id, here.now)
    if isinstance(taken, str):
        await query.answer(taken)
        return
    await query.answer(catalog.text("undo-recorded"))
    dose_answers.forget_question(context, dose_id=taken.dose.id)
    await _show_undone(catalog, context, query.message, query.data, taken)


def _undo(
    catalog: Catalog, session: Session, event_id: int | None, chat_id: int, now: datetime
) -> _Taken | str:
    """Take the answer back in the caller's unit of work; the refusal text when it cannot be."""
    found = (
        None
        if event_id is None
        else dose_event_for_chat(session, event_id=event_id, chat_id=chat_id)
    )
    if event_id is None or found is None:
        logger.warning("refused an undo button from a chat that does not own the answer")
        return catalog.text("dose-button-not-yours")
    _event, dose, patient = found
    undone = undo_outcome(session, patient=patient, dose=dose, event_id=event_id, now=now)
    if undone is None:
        return catalog.text("undo-too-late")
    assert dose.id is not None
    sent = sent_reminders_of_dose(session, dose_id=dose.id, kinds=DOSE_PROMPT_KINDS)
    ids = [reminder.telegram_message_id for reminder in sent if reminder.telegram_message_id]
    prompt = dose_prompt_of(catalog, session, dose, zone_of(patient))
    return _Taken(patient, dose, undone, ids, prompt)


async def _show_undone(
    catalog: Catalog, context: BotContext, pressed: object, data: str, taken: _Taken
) -> None:
    """Give the reminder messages their buttons back and say on the pressed one what changed."""
    dose = taken.dose
    assert dose.id is not None
    prompt = taken.prompt
    buttons = dose_keyboard(catalog, dose.id) if dose.status == DoseStatus.SCHEDULED else None
    line = "\n\n" + _undone_line(catalog, taken, context)
    pressed_id = pressed.message_id if isinstance(pressed, Message) else None
    for message_id in taken.message_ids:
        text = prompt + line if message_id == pressed_id else prompt
        await edit_message(
            context.bot,
            chat_id=taken.patient.chat_id,
            message_id=message_id,
            text=text,
            reply_markup=buttons,
        )
    if isinstance(pressed, Message) and pressed.message_id not in taken.message_ids:
        shown = (pressed.text_html or "").split(site_question(catalog))[0]
        keyboard = _other_undos(pressed.reply_markup, data)
        if not await edit_message(
            context.bot,
            chat_id=taken.patient.chat_id,
            message_id=pressed.message_id,
            text=shown + line,
            reply_markup=keyboard,
        ):
            await context.bot.send_message(taken.patient.chat_id, line.strip())


def _undone_line(catalog: Catalog, taken: _Taken, context: BotContext) -> str:
    """What the dose is back to, naming it and its day."""
    zone = zone_of(taken.patient)
    names = {
        "dose": catalog.dose(dose_of(taken.dose)),
        "due": dose_answers.due_text(catalog, taken.dose, context.now(), zone),
    }
    if taken.undone.status == DoseStatus.MISSED:
        return catalog.text("undone-missed", **names)
    if taken.undone.status != DoseStatus.SCHEDULED:
        return catalog.text("undone-settled", **names)
    late = taken.undone.remind_again_at
    if late is not None and late > context.now():
        return catalog.text("undone-late", **names, when=catalog.moment(late, zone))
    return catalog.text("undone-open", **names)


def _other_undos(markup: InlineKeyboardMarkup | None, pressed: str) -> InlineKeyboardMarkup | None:
    """The pressed message's other Undo buttons (a reply that recorded several days)."""
    if markup is None:
        return None
    prefix = f"{dose_answers.UNDO_PREFIX}:"
    rows = [
        [
            button
            for button in row
            if isinstance(button.callback_data, str)
            and button.callback_data.startswith(prefix)
            and button.callback_data != pressed
        ]
        for row in markup.inline_keyboard
    ]
    kept = [row for row in rows if row]
    return InlineKeyboardMarkup(kept) if kept else None


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The Undo button."""
    return [CallbackQueryHandler(on_undo_button, pattern=f"^{dose_answers.UNDO_PREFIX}:")]
