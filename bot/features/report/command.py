"""/report: the patient picks a period; the bot sends a PDF and a CSV for their clinician.

The period buttons carry the patient's id, and a press counts only from the chat of that
patient, so a forged press (another chat, another id) gets nothing but "out of date". The
record is read in one short unit of work; the files are drawn in a worker thread, so the bot
answers other patients meanwhile. A rendering failure is logged by its exception type only
(the record is health data) and answered with an apology.
"""

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.parsing.numbers import row_id
from bot.domain.record import PatientRecord
from bot.features.patient_scope import patient_scope
from bot.features.report.build import ReportFiles, long_day, report_files
from bot.features.report.period import Period, report_period
from bot.telegram.callback_data import SEPARATOR, CallbackPrefix, callback_fields
from bot.telegram.edits import edit_or_send
from storage.records import patient_record

logger = logging.getLogger(__name__)
PREFIX = CallbackPrefix.REPORT
BUTTON_TEXTS = {
    Period.THREE_MONTHS: "button-report-3-months",
    Period.TWELVE_MONTHS: "button-report-12-months",
    Period.SINCE_START: "button-report-all",
}


def button_data(period: Period, patient_id: int) -> str:
    """A period button's data: "report:<period>:<patient id>"."""
    return SEPARATOR.join((PREFIX, period.value, str(patient_id)))


def period_keyboard(catalog: Catalog, patient_id: int) -> InlineKeyboardMarkup:
    """One button per period, one a row."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    catalog.text(text), callback_data=button_data(period, patient_id)
                )
            ]
            for period, text in BUTTON_TEXTS.items()
        ]
    )


def read_record(context: BotContext, chat_id: int) -> tuple[Catalog, PatientRecord | None]:
    """The chat's catalog and its patient's record (None for a stranger), in one unit of work."""
    with patient_scope(context, chat_id) as here:
        if here.patient is None:
            return here.catalog, None
        return here.catalog, patient_record(here.session, patient=here.patient, today=here.today)


async def ask_period(update: Update, context: BotContext) -> None:
    """/report: which period, or why there is nothing to report yet."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    catalog, record = read_record(context, update.effective_chat.id)
    if record is None or not report_period(record, Period.SINCE_START).doses:
        await message.reply_text(catalog.text("report-no-doses"))
        return
    await message.reply_text(
        catalog.text("report-ask-period"), reply_markup=period_keyboard(catalog, record.patient_id)
    )


async def on_period_button(update: Update, context: BotContext) -> None:
    """A period pressed: the PDF and the CSV, or the sentence that says why there are none."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    chat_id = update.effective_chat.id
    catalog, record = read_record(context, chat_id)
    button = _parse(query.data)
    if button is None or record is None or button[1] != record.patient_id:
        await query.answer(catalog.text("report-stale-button"))
        return
    await query.answer()
    period = button[0]
    label = catalog.text(BUTTON_TEXTS[period])
    if not report_period(record, period).doses:
        await edit_or_send(query, catalog.text("report-no-doses-in-period", period=label))
        return
    await edit_or_send(query, catalog.text("report-working", period=label))
    try:
        files = await asyncio.to_thread(report_files, catalog, record, period, context.now())
    except Exception as error:  # noqa: BLE001  # any rendering failure, apologised for
        # The type only: a message or traceback may quote the record, which is health data.
        logger.error("could not render a report: %s", type(error).__name__)
        await context.bot.send_message(chat_id, catalog.text("report-failed"))
        return
    if files is None:
        await context.bot.send_message(
            chat_id, catalog.text("report-no-doses-in-period", period=label)
        )
        return
    await _send(context, chat_id, catalog, files)
    await edit_or_send(query, catalog.text("report-ready", period=label))


async def _send(context: BotContext, chat_id: int, catalog: Catalog, files: ReportFiles) -> None:
    """The PDF, then the CSV, named by the period."""
    name = f"b12bot-report-{files.first.isoformat()}-to-{files.last.isoformat()}"
    caption = catalog.text(
        "report-caption-pdf",
        first=long_day(catalog, files.first),
        last=long_day(catalog, files.last),
    )
    await context.bot.send_document(chat_id, files.pdf, filename=f"{name}.pdf", caption=caption)
    await context.bot.send_document(
        chat_id, files.csv, filename=f"{name}.csv", caption=catalog.text("report-caption-csv")
    )


def _parse(data: str | None) -> tuple[Period, int] | None:
    """The period and patient id of "report:<period>:<id>"; None for anything else."""
    fields = callback_fields(data, PREFIX)
    if fields is None or len(fields) != 2 or fields[0] not in set(Period):
        return None
    patient_id = row_id(fields[1])
    return None if patient_id is None else (Period(fields[0]), patient_id)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """/report and its period buttons."""
    return [
        CommandHandler("report", ask_period),
        CallbackQueryHandler(on_period_button, pattern=f"^{PREFIX}:"),
    ]
