"""/calendar: the .ics file, and (when the operator set a public address) the feed link.

The link's buttons carry the patient's id, and a press counts only from that patient's chat,
so a forged press gets nothing but "out of date". A token is shown once, in the message that
makes it, and never logged or stored (only its fingerprint is). The calendar is read in one
short unit of work and rendered in a worker thread; a failure is logged by its exception type
only (the plan is health data) and answered with an apology.
"""

import asyncio
import html
import logging
from dataclasses import dataclass
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.parsing.numbers import row_id
from bot.features.calendar.build import CalendarSource
from bot.features.calendar.feed import feed_url, webcal_url
from bot.features.calendar.source import calendar_source, render
from bot.features.patient_scope import patient_scope
from bot.telegram.callback_data import SEPARATOR, CallbackPrefix, callback_fields
from bot.telegram.edits import edit_or_send
from storage.calendar_feeds import issue_feed_token, live_feed, revoke_feed_tokens

logger = logging.getLogger(__name__)
PREFIX = CallbackPrefix.CALENDAR
FILENAME = "b12bot.ics"
NEW_LINK = "new"
STOP_LINK = "stop"


@dataclass(frozen=True)
class _Reading:
    """The chat's catalog, its patient's id and calendar, and since when their link is on."""

    catalog: Catalog
    patient_id: int | None = None
    source: CalendarSource | None = None
    link_since: date | None = None


def button_data(action: str, patient_id: int) -> str:
    """A link button's data: "cal:<new|stop>:<patient id>"."""
    return SEPARATOR.join((PREFIX, action, str(patient_id)))


def _keyboard(catalog: Catalog, patient_id: int, *, link_on: bool) -> InlineKeyboardMarkup:
    """Make a link; or, with one on, a new one or stop it."""
    if not link_on:
        make = catalog.text("button-calendar-make-link")
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(make, callback_data=button_data(NEW_LINK, patient_id))]]
        )
    new = catalog.text("button-calendar-new-link")
    stop = catalog.text("button-calendar-stop-link")
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(new, callback_data=button_data(NEW_LINK, patient_id)),
                InlineKeyboardButton(stop, callback_data=button_data(STOP_LINK, patient_id)),
            ]
        ]
    )


def _read(context: BotContext, chat_id: int) -> _Reading:
    """What /calendar needs, in one unit of work."""
    with patient_scope(context, chat_id) as here:
        if here.patient is None or here.patient.id is None:
            return _Reading(here.catalog)
        link = live_feed(here.session, patient_id=here.patient.id)
        return _Reading(
            here.catalog,
            here.patient.id,
            calendar_source(here.session, patient=here.patient, now=here.now),
            link.created_at.astimezone(here.zone).date() if link is not None else None,
        )


async def send_calendar(update: Update, context: BotContext) -> None:
    """/calendar: the file, then the link's state and buttons (when feeds are served)."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    chat_id = update.effective_chat.id
    reading = _read(context, chat_id)
    catalog = reading.catalog
    if reading.source is None or reading.source.plan is None or reading.patient_id is None:
        await message.reply_text(catalog.text("calendar-no-plan"))
        return
    try:
        ics = await asyncio.to_thread(render, catalog, reading.source)
    except Exception as error:  # noqa: BLE001  # any rendering failure, apologised for
        # The type only: a message or traceback may quote the plan, which is health data.
        logger.error("could not render a calendar: %s", type(error).__name__)
        await message.reply_text(catalog.text("calendar-failed"))
        return
    feeds = bool(context.bot_data.settings.calendar_base_url)
    caption = catalog.text("calendar-caption" if feeds else "calendar-caption-file-only")
    await context.bot.send_document(chat_id, ics, filename=FILENAME, caption=caption)
    if not feeds:
        return
    if reading.link_since is None:
        text = catalog.text("calendar-feed-offer")
    else:
        text = catalog.text("calendar-feed-on", day=catalog.day(reading.link_since))
    keyboard = _keyboard(catalog, reading.patient_id, link_on=reading.link_since is not None)
    await message.reply_text(text, reply_markup=keyboard)


async def on_link_button(update: Update, context: BotContext) -> None:
    """New link (the old one stops) or stop the link, for this chat's own patient only."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    base_url = context.bot_data.settings.calendar_base_url
    button = _parse(query.data)
    with patient_scope(context, update.effective_chat.id) as here:
        catalog = here.catalog
        patient_id = here.patient.id if here.patient is not None else None
        allowed = bool(base_url) and button is not None and button[1] == patient_id
        token = None
        if allowed and button is not None and patient_id is not None:
            if button[0] == NEW_LINK:
                token = issue_feed_token(here.session, patient_id=patient_id, now=here.now)
            else:
                revoke_feed_tokens(here.session, patient_id=patient_id, now=here.now)
    if not base_url:
        await query.answer(catalog.text("calendar-feed-unavailable"))
        return
    if not allowed or patient_id is None:
        await query.answer(catalog.text("calendar-stale-button"))
        return
    await query.answer()
    if token is None:
        await edit_or_send(
            query,
            catalog.text("calendar-feed-stopped"),
            _keyboard(catalog, patient_id, link_on=False),
        )
        return
    text = catalog.text(
        "calendar-feed-link",
        webcal=html.escape(webcal_url(base_url, token)),
        https=html.escape(feed_url(base_url, token)),
    )
    await edit_or_send(query, text, _keyboard(catalog, patient_id, link_on=True))


def _parse(data: str | None) -> tuple[str, int] | None:
    """The action and patient id of "cal:<new|stop>:<id>"; None for anything else."""
    fields = callback_fields(data, PREFIX)
    if fields is None or len(fields) != 2 or fields[0] not in (NEW_LINK, STOP_LINK):
        return None
    patient_id = row_id(fields[1])
    return None if patient_id is None else (fields[0], patient_id)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """/calendar and its link buttons."""
    return [
        CommandHandler("calendar", send_calendar),
        CallbackQueryHandler(on_link_button, pattern=f"^{PREFIX}:"),
    ]
