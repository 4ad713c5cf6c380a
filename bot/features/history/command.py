"""/history and "my history": the record a page at a time, edited in place; the interval chart.

Every button's data is untrusted. A page is always built from the record of the chat that
pressed it (the data holds only a page number), so a forged press shows nothing of anyone
else; a dose id (the correction) is looked up together with that chat (bot.features.history
.corrections).
"""

import asyncio
import logging

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.parsing.numbers import whole_number
from bot.domain.record import PatientRecord, given_intervals
from bot.exports.interval_chart import ChartWords, interval_chart
from bot.features.history.pages import (
    PREFIX,
    Action,
    HistoryPage,
    correction_keyboard,
    history_keyboard,
    history_page,
)
from bot.features.patient_scope import patient_scope
from bot.telegram.callback_data import callback_fields
from bot.telegram.edits import edit_in_place
from storage.records import patient_record

logger = logging.getLogger(__name__)
PAGE_ACTIONS = (Action.PAGE, Action.EDIT, Action.CHART)
# More pages than any record fills: a bigger number in a button is forged.
MAX_PAGE = 100_000


def read_record(context: BotContext, chat_id: int) -> tuple[Catalog, PatientRecord | None]:
    """The chat's catalog and its patient's record (None before any plan), in one unit of work."""
    with patient_scope(context, chat_id) as here:
        if here.patient is None:
            return here.catalog, None
        return here.catalog, patient_record(here.session, patient=here.patient, today=here.today)


async def show_history(update: Update, context: BotContext) -> None:
    """/history, or "my history" in words: the first page, as a new message."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    catalog, record = read_record(context, update.effective_chat.id)
    if record is None:
        await message.reply_text(catalog.text("no-plan-yet"))
        return
    page = history_page(catalog, record, 0)
    await message.reply_text(page.text, reply_markup=history_keyboard(catalog, page))


async def on_history_button(update: Update, context: BotContext) -> None:
    """Newer / Older (another page, in place), Correct (the doses to pick) or Chart (a photo)."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    button = _parse(query.data)
    catalog, record = read_record(context, update.effective_chat.id)
    if button is None or record is None:
        await query.answer(catalog.text("history-button-stale"))
        return
    action, number = button
    await query.answer()
    if action == Action.CHART:
        await send_chart(context, update.effective_chat.id, catalog, record)
        return
    page = history_page(catalog, record, number)
    if action == Action.EDIT and page.correctable:
        picking = f"{page.text}\n\n{catalog.text('history-pick')}"
        if not await edit_in_place(query, picking, correction_keyboard(catalog, page)):
            await _send_page(context, update.effective_chat.id, catalog, page)
        return
    if not await edit_in_place(query, page.text, history_keyboard(catalog, page)):
        await _send_page(context, update.effective_chat.id, catalog, page)


async def _send_page(
    context: BotContext, chat_id: int, catalog: Catalog, page: HistoryPage
) -> None:
    """A page as a new message, when the pressed one cannot be edited any more."""
    await context.bot.send_message(chat_id, page.text, reply_markup=history_keyboard(catalog, page))


async def send_chart(
    context: BotContext, chat_id: int, catalog: Catalog, record: PatientRecord
) -> None:
    """The chart of actual against planned intervals, or why there is none yet."""
    intervals = given_intervals(record.doses)
    if not intervals:
        await context.bot.send_message(chat_id, catalog.text("history-chart-too-few"))
        return
    words = ChartWords(
        title=catalog.text("history-chart-title"),
        x_axis=catalog.text("history-chart-x"),
        y_axis=catalog.text("history-chart-y"),
        actual=catalog.text("history-chart-actual"),
        planned=catalog.text("history-chart-planned"),
    )
    try:
        # Years of daily doses take about a second to draw: off the event loop.
        names = [catalog.day(interval.taken_on) for interval in intervals]
        png = await asyncio.to_thread(interval_chart, intervals, names, words)
    except Exception as error:  # noqa: BLE001  # any rendering failure: logged, patient told
        # The error's kind only: a message or traceback could carry the patient's figures.
        logger.error("could not render an interval chart: %s", type(error).__name__)
        await context.bot.send_message(chat_id, catalog.text("history-chart-failed"))
        return
    await context.bot.send_photo(chat_id, png, caption=catalog.text("history-chart-caption"))


def _parse(data: str | None) -> tuple[str, int] | None:
    """The action and page number of "hist:<p|e|c>:<number>"; None for anything else."""
    fields = callback_fields(data, PREFIX)
    if fields is None or len(fields) != 2 or fields[0] not in PAGE_ACTIONS:
        return None
    number = whole_number(fields[1], maximum=MAX_PAGE)
    return None if number is None else (fields[0], number)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """/history and the page, correct and chart buttons."""
    return [
        CommandHandler("history", show_history),
        CallbackQueryHandler(
            on_history_button, pattern=f"^{PREFIX}:(?:{Action.PAGE}|{Action.EDIT}|{Action.CHART}):"
        ),
    ]
