"""After a "done": where it was injected, the drift notice, and the ampoules at hand (/stock).

Site buttons carry the dose id; like every button they are untrusted, so the dose is looked
up together with the chat that pressed it.
"""

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.catalog import texts
from bot.context import BotContext
from bot.delivery.wake_timer import rearm_reminders
from bot.domain.parsing.numbers import whole_number
from bot.domain.sites import ROTATION, SITES
from bot.features.doses import answering as dose_answers
from bot.features.doses.outcomes import undoable_event_id
from bot.features.doses.stock_and_drift import LOW_STOCK, MAX_STOCK, DoneRecorded
from bot.telegram.callback_data import id_and_choice
from bot.telegram.edits import edit_in_place
from storage.database import session_scope
from storage.doses import dose_for_chat
from storage.models import DoseStatus, DriftEvent, Patient, ReminderKind, ScheduledDose
from storage.patients import get_patient_by_chat
from storage.treatment import cancel_pending_of_kind, set_done_site

SITE_PREFIX = "site"
_SITE_QUESTION = "\n\n" + texts.SITE_ASK
_COUNT = re.compile(r"^\s*([0-9]{1,4})\s*(?:ampoules?|amps?|vials?)?\s*$", re.IGNORECASE)


def done_extras(
    recorded: DoneRecorded, dose: ScheduledDose, *, site_given: bool
) -> tuple[str, InlineKeyboardMarkup | None]:
    """What a done confirmation adds: ampoules left, and for self-injection where it went."""
    assert dose.id is not None
    stock = recorded.ampoules_left
    text = texts.STOCK_LEFT_LINE.format(count=stock) if stock is not None else ""
    if site_given or not recorded.injects_self:
        return text, None
    return text + _SITE_QUESTION, site_keyboard(dose.id)


async def tell_drifts(context: BotContext, patient: Patient, drifts: list[DriftEvent]) -> None:
    """Tell the patient about drifts just recorded (already marked told), once each."""
    for drift in drifts:
        intervals = ", ".join(
            texts.DRIFT_DAYS.format(days=days) for days in drift.actual_interval_days
        )
        planned = texts.DRIFT_DAYS.format(days=drift.planned_interval_days)
        await context.bot.send_message(
            patient.chat_id, texts.DRIFT_TOLD.format(intervals=intervals, planned=planned)
        )


def site_keyboard(dose_id: int) -> InlineKeyboardMarkup:
    """The four rotation sites, two to a row."""
    buttons = [
        InlineKeyboardButton(
            texts.SITE_BUTTONS[site], callback_data=f"{SITE_PREFIX}:{dose_id}:{site}"
        )
        for site in ROTATION
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:]])


async def on_site_button(update: Update, context: BotContext) -> None:
    """A site pressed after "done": record it on the dose's done event."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return
    pressed = id_and_choice(query.data, SITE_PREFIX)
    if pressed is None or pressed[1] not in SITES:
        await query.answer(texts.DOSE_BUTTON_NOT_YOURS)
        return
    dose_id, site = pressed
    with session_scope(context.engine) as session:
        dose = dose_for_chat(session, dose_id=dose_id, chat_id=update.effective_chat.id)
        # An undone "done" takes no site: the site buttons of its message are stale.
        done = dose is not None and dose.status == DoseStatus.DONE
        recorded = done and set_done_site(session, dose_id=dose_id, site=site)
        undo_id = undoable_event_id(session, dose_id=dose_id) if recorded else None
    if dose is not None and not done:
        await query.answer(texts.STALE_BUTTON)
        return
    if not recorded:
        await query.answer(texts.DOSE_BUTTON_NOT_YOURS)
        return
    await query.answer()
    shown = query.message.text_html if isinstance(query.message, Message) else ""
    noted = texts.SITE_RECORDED.format(site=texts.SITE_NAMES[site])
    undo = dose_answers.undo_keyboard(undo_id)
    # A second press of the same site finds the text already shown: nothing to change.
    if not await edit_in_place(query, shown.split(_SITE_QUESTION)[0] + "\n" + noted, undo):
        await context.bot.send_message(update.effective_chat.id, noted)


async def stock(update: Update, context: BotContext) -> None:
    """/stock shows the ampoules at hand; /stock 5 sets them."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    wanted = parse_stock(" ".join(context.args)) if context.args else None
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=update.effective_chat.id)
        if patient is not None and patient.id is not None and wanted is not None:
            patient.ampoules_at_hand = wanted
            session.add(patient)
            # A refill answers any reminder to get more that has not gone out yet.
            cancel_pending_of_kind(session, patient_id=patient.id, kind=ReminderKind.STOCK_LOW)
    if patient is None:
        await message.reply_text(texts.NO_PLAN_YET)
    elif not context.args:
        count = patient.ampoules_at_hand
        await message.reply_text(
            texts.STOCK_UNKNOWN if count is None else texts.STOCK_NOW.format(count=count)
        )
    elif wanted is None:
        await message.reply_text(texts.STOCK_INVALID)
    else:
        text = texts.STOCK_SET.format(count=wanted)
        await message.reply_text(text + (texts.STOCK_SET_LOW if wanted <= LOW_STOCK else ""))
        await rearm_reminders(context.application)


def parse_stock(text: str) -> int | None:
    """A number of ampoules from "5" or "5 ampoules"; None when not a count from 0 to 500."""
    match = _COUNT.match(text)
    return None if match is None else whole_number(match[1], maximum=MAX_STOCK)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The site buttons and /stock."""
    return [
        CallbackQueryHandler(on_site_button, pattern=f"^{SITE_PREFIX}:"),
        CommandHandler("stock", stock),
    ]
