"""After a "done": where it was injected, the drift notice, and the ampoules at hand (/stock).

Site buttons carry the dose id; like every button they are untrusted, so the dose is looked
up together with the chat that pressed it.
"""

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.parsing.numbers import whole_number
from bot.domain.sites import ROTATION, SITES
from bot.features.doses import answering as dose_answers
from bot.features.doses.outcomes import undoable_event_id
from bot.features.doses.stock_and_drift import LOW_STOCK, MAX_STOCK, DoneRecorded
from bot.features.patient_scope import chat_catalog, patient_scope
from bot.telegram.callback_data import CallbackPrefix, id_and_choice
from bot.telegram.edits import edit_in_place
from storage.doses import dose_for_chat
from storage.models import DoseStatus, DriftEvent, Patient, ReminderKind, ScheduledDose
from storage.treatment import cancel_pending_of_kind, set_done_site

SITE_PREFIX = CallbackPrefix.SITE
_COUNT = re.compile(r"^\s*([0-9]{1,4})\s*(?:ampoules?|amps?|vials?)?\s*$", re.IGNORECASE)


def site_question(catalog: Catalog) -> str:
    """The question under a done confirmation: where was it injected?"""
    return "\n\n" + catalog.text("site-ask")


def done_extras(
    catalog: Catalog, recorded: DoneRecorded, dose: ScheduledDose, *, site_given: bool
) -> tuple[str, InlineKeyboardMarkup | None]:
    """What a done confirmation adds: ampoules left, and for self-injection where it went."""
    assert dose.id is not None
    stock = recorded.ampoules_left
    text = catalog.text("stock-left-line", count=stock) if stock is not None else ""
    if site_given or not recorded.injects_self:
        return text, None
    return text + site_question(catalog), site_keyboard(catalog, dose.id)


async def tell_drifts(
    catalog: Catalog, context: BotContext, patient: Patient, drifts: list[DriftEvent]
) -> None:
    """Tell the patient about drifts just recorded (already marked told), once each."""
    for drift in drifts:
        intervals = ", ".join(
            catalog.text("drift-days", days=days) for days in drift.actual_interval_days
        )
        planned = catalog.text("drift-days", days=drift.planned_interval_days)
        await context.bot.send_message(
            patient.chat_id, catalog.text("drift-told", intervals=intervals, planned=planned)
        )


def site_keyboard(catalog: Catalog, dose_id: int) -> InlineKeyboardMarkup:
    """The four rotation sites, two to a row."""
    buttons = [
        InlineKeyboardButton(
            catalog.word("site-buttons", site), callback_data=f"{SITE_PREFIX}:{dose_id}:{site}"
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
        refusal = chat_catalog(context, update.effective_chat.id).text("dose-button-not-yours")
        await query.answer(refusal)
        return
    dose_id, site = pressed
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, session = here.catalog, here.session
        dose = dose_for_chat(session, dose_id=dose_id, chat_id=update.effective_chat.id)
        # An undone "done" takes no site: the site buttons of its message are stale.
        done = dose is not None and dose.status == DoseStatus.DONE
        recorded = done and set_done_site(session, dose_id=dose_id, site=site)
        undo_id = undoable_event_id(session, dose_id=dose_id) if recorded else None
    if dose is not None and not done:
        await query.answer(catalog.text("stale-button"))
        return
    if not recorded:
        await query.answer(catalog.text("dose-button-not-yours"))
        return
    await query.answer()
    shown = query.message.text_html if isinstance(query.message, Message) else ""
    noted = catalog.text("site-recorded", site=catalog.word("site-names", site))
    undo = dose_answers.undo_keyboard(catalog, undo_id)
    # A second press of the same site finds the text already shown: nothing to change.
    if not await edit_in_place(query, shown.split(site_question(catalog))[0] + "\n" + noted, undo):
        await context.bot.send_message(update.effective_chat.id, noted)


async def stock(update: Update, context: BotContext) -> None:
    """/stock shows the ampoules at hand; /stock 5 sets them."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    wanted = parse_stock(" ".join(context.args)) if context.args else None
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, session, patient = here.catalog, here.session, here.patient
        if patient is not None and patient.id is not None and wanted is not None:
            patient.ampoules_at_hand = wanted
            session.add(patient)
            # A refill answers any reminder to get more that has not gone out yet.
            cancel_pending_of_kind(session, patient_id=patient.id, kind=ReminderKind.STOCK_LOW)
    if patient is None:
        await message.reply_text(catalog.text("no-plan-yet"))
    elif not context.args:
        count = patient.ampoules_at_hand
        await message.reply_text(
            catalog.text("stock-unknown")
            if count is None
            else catalog.text("stock-now", count=count)
        )
    elif wanted is None:
        await message.reply_text(catalog.text("stock-invalid"))
    else:
        text = catalog.text("stock-set", count=wanted)
        await message.reply_text(
            text + (catalog.text("stock-set-low") if wanted <= LOW_STOCK else "")
        )


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
