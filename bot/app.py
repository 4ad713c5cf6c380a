"""The composition root: builds the Application and registers every handler in one place."""

import logging
from functools import partial
from typing import cast

from sqlalchemy import Engine
from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden
from telegram.ext import (
    ApplicationBuilder,
    ApplicationHandlerStop,
    ContextTypes,
    Defaults,
    TypeHandler,
)

from bot.catalog import texts
from bot.clock import Clock, system_clock
from bot.context import BotApplication, BotContext, BotServices
from bot.delivery.dispatcher import ReminderDispatcher
from bot.features.appointments import conversation as appointments
from bot.features.doses import buttons as dose_buttons
from bot.features.doses import replies as dose_replies
from bot.features.doses import sites_and_stock as dose_extras
from bot.features.fallback import answers as fallback
from bot.features.labs import conversation as labs
from bot.features.pause import commands as pause
from bot.features.plan_changes import switch
from bot.features.preferences import follow_up as preferences
from bot.features.privacy import commands as privacy
from bot.features.progress import next_and_status as questions
from bot.features.reachability import chat_member as reachability
from bot.features.red_flags import screen as red_flags
from bot.features.setup import conversation as setup
from bot.features.setup import welcome
from bot.features.symptoms import check_in as symptoms
from bot.ops.operations import Operations
from bot.settings import Settings
from bot.telegram import held_updates
from bot.telegram.command_menu import MENU
from bot.telegram.flood_control import FloodControl
from bot.telegram.lifecycle import now_or_in_background
from bot.telegram.persistence import WRITE_THROUGH_GROUP, DatabasePersistence, write_through_handler
from bot.telegram.request import AiohttpRequest
from bot.telegram.update_order import ChatOrderedUpdateProcessor

logger = logging.getLogger(__name__)

RED_FLAG_GROUP = -1
# Pace a little under the limit: timer jitter would otherwise put two sends in one slot now
# and then, and each 429 pauses every send for its retry_after.
PACE = 0.98
# Sees every update before any feature, only to count it.
COUNT_GROUP = -100


def build_application(
    settings: Settings, engine: Engine, *, clock: Clock = system_clock
) -> BotApplication:
    """Create the Application with its services, rate limiter, persistence and every handler."""
    context_types = ContextTypes(context=BotContext, bot_data=BotServices)
    operations = Operations(settings, engine, clock)
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        # Sending through aiohttp costs a fraction of httpx's CPU; long polling stays on httpx.
        .request(AiohttpRequest())
        .base_url(f"{settings.telegram_api_base_url}/bot")
        .base_file_url(f"{settings.telegram_api_base_url}/file/bot")
        .context_types(context_types)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .persistence(DatabasePersistence(engine, shared=engine.dialect.name != "sqlite"))
        .concurrent_updates(ChatOrderedUpdateProcessor())
        .post_init(partial(_on_start, operations=operations))
        .post_shutdown(operations.stop)
    )
    if settings.telegram_rate_limit:
        builder.rate_limiter(FloodControl(settings.telegram_rate_limit * PACE, max_retries=3))
    # The builder types the bot by whether a limiter was set; at run time it is the same bot.
    application = cast(BotApplication, builder.build())
    application.bot_data.settings = settings
    application.bot_data.engine = engine
    application.bot_data.clock = clock
    application.bot_data.operations = operations
    application.bot_data.dispatcher = ReminderDispatcher(
        engine=engine,
        bot=application.bot,
        clock=clock,
        keep_going=lambda: application.running,
        metrics=operations.metrics,
    )
    register_handlers(application)
    return application


def register_handlers(application: BotApplication) -> None:
    """Every handler of every feature, in the order Telegram updates are matched."""
    # An earlier group sees every message first and never stops it: red flags are answered
    # at once, and the message still reaches the features below.
    application.add_handler(TypeHandler(Update, _count_update), group=COUNT_GROUP)
    application.add_handlers(reachability.handlers(), group=reachability.GROUP)
    application.add_handlers(red_flags.handlers(), group=RED_FLAG_GROUP)
    # Before setup: /export and /delete work even in the middle of a conversation.
    application.add_handlers(privacy.handlers())
    # Then setup: it owns /start while a patient has no plan, and every answer mid-setup.
    application.add_handlers(setup.handlers())
    application.add_handlers(welcome.handlers())
    application.add_handlers(questions.handlers())
    application.add_handlers(switch.handlers())
    application.add_handlers(preferences.handlers())
    application.add_handlers(pause.handlers())
    # A conversation that takes typed answers (dates, results): before the free-text handler.
    application.add_handlers(labs.handlers())
    # "Booked" and the day and time typed after it, or "booked it for the 16th at 2pm".
    application.add_handlers(appointments.handlers())
    application.add_handlers(dose_buttons.handlers())
    application.add_handlers(dose_extras.handlers())
    application.add_handlers(symptoms.handlers())
    # Takes any free text, so it comes after every conversation and command.
    application.add_handlers(dose_replies.handlers())
    # Whatever no feature took (in this group, the first handler that matches wins).
    application.add_handlers(fallback.handlers())
    # Last group: saves conversation state after every update, so a crash loses no answer.
    application.add_handler(write_through_handler(), group=WRITE_THROUGH_GROUP)
    # Updates a database outage interrupts wait and are handled again once it answers.
    held_updates.install(application, answer_at_once=red_flags.answer_at_once)
    application.add_error_handler(_report_error)


async def _on_start(application: BotApplication, *, operations: Operations) -> None:
    """Start reminder delivery (if ours) and the health endpoint, then set the command menu:
    the bot works without it, so a refusal is retried in the background."""
    await operations.start(application)
    menu = [BotCommand(command, description) for command, description in MENU]
    await now_or_in_background(
        partial(application.bot.set_my_commands, menu),
        method="setMyCommands",
        background=operations.in_background,
    )


async def _count_update(update: Update, context: BotContext) -> None:
    """Count one received update for the metrics (logged by its id only)."""
    context.bot_data.dispatcher.metrics.updates_handled.inc()
    logger.debug("update %s received", update.update_id)


async def _report_error(update: object, context: BotContext) -> None:
    """Log the failure without any message content and apologise to the patient."""
    if await held_updates.keep_during_outage(update, context):
        # Kept to be handled again when the database answers: no later handler group runs now.
        raise ApplicationHandlerStop
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, Forbidden):
        # The patient blocked the bot: no fault of ours, and no apology could reach them.
        reachability.mark_unreachable(update, context)
        return
    context.bot_data.dispatcher.metrics.handler_errors.inc()
    logger.error("handler failed for update %s", update_id, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, texts.SOMETHING_WENT_WRONG)
        except Forbidden:
            reachability.mark_unreachable(update, context)
        except Exception:  # noqa: BLE001  # the apology is best effort; the error is logged
            logger.warning("could not tell the patient about a failed update %s", update_id)
