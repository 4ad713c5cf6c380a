"""The composition root: builds the Application and registers every handler in one place."""

import logging
from datetime import timedelta
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

from bot.catalog.catalog import catalog_for, default_catalog
from bot.catalog.vocabulary import spoken_languages
from bot.clock import Clock, system_clock
from bot.context import BotApplication, BotContext, BotServices
from bot.delivery.dispatcher import ReminderDispatcher
from bot.delivery.outgoing import Planner
from bot.delivery.paid_broadcast import PaidBroadcast
from bot.delivery.wake_timer import rearming_after_writes
from bot.domain.code_attempts import CodeAttempts
from bot.features.appointments import conversation as appointments
from bot.features.appointments.reminders import plan_booking_deliveries
from bot.features.calendar import command as calendar
from bot.features.calendar.feed import CalendarFeedServer
from bot.features.caregivers import buttons as caregiver_buttons
from bot.features.caregivers import dose_buttons as caregiver_dose_buttons
from bot.features.caregivers import invite as caregiver_invite
from bot.features.caregivers import joining as caregiver_joining
from bot.features.caregivers.alerts import plan_caregiver_deliveries
from bot.features.caregivers.dose_reminders import plan_caregiver_dose_deliveries
from bot.features.caregivers.notices import plan_notice_deliveries
from bot.features.caregivers.red_flag_alerts import plan_red_flag_deliveries
from bot.features.caregivers.weekly_summary import plan_weekly_deliveries
from bot.features.doses import buttons as dose_buttons
from bot.features.doses import replies as dose_replies
from bot.features.doses import sites_and_stock as dose_extras
from bot.features.doses.past_dose_question import plan_past_dose_deliveries
from bot.features.doses.reminders import plan_dose_deliveries
from bot.features.doses.stock_reminder import plan_stock_deliveries
from bot.features.fallback import answers as fallback
from bot.features.history import command as history
from bot.features.history import corrections as history_corrections
from bot.features.labs import conversation as labs
from bot.features.labs.reminder_plan import rewrite_all_lab_reminders
from bot.features.labs.reminders import plan_lab_deliveries
from bot.features.language import command as language
from bot.features.pause import commands as pause
from bot.features.plan_changes import switch
from bot.features.preferences import follow_up as preferences
from bot.features.privacy import commands as privacy
from bot.features.progress import next_and_status as questions
from bot.features.reachability import chat_member as reachability
from bot.features.red_flags import screen as red_flags
from bot.features.report import command as report
from bot.features.settings import conversation as settings_menu
from bot.features.settings.travel_return import plan_trip_end_deliveries
from bot.features.setup import conversation as setup
from bot.features.setup import welcome
from bot.features.symptoms import check_in as symptoms
from bot.features.symptoms.offer_messages import plan_symptom_deliveries
from bot.features.symptoms.offer_plan import plan_symptom_offers
from bot.ops.metrics import PaidBroadcastCollector
from bot.ops.operations import Operations
from bot.services.replanning import PatientReplanner, Replanned, register_replanner
from bot.settings import Settings
from bot.telegram import held_updates
from bot.telegram.command_menu import command_menu
from bot.telegram.flood_control import FloodControl
from bot.telegram.lifecycle import now_or_in_background
from bot.telegram.persistence import WRITE_THROUGH_GROUP, DatabasePersistence, write_through_handler
from bot.telegram.request import AiohttpRequest
from bot.telegram.update_order import ChatOrderedUpdateProcessor
from storage.models import ReminderKind

logger = logging.getLogger(__name__)

RED_FLAG_GROUP = -1
# Pace a little under the limit: timer jitter would otherwise put two sends in one slot now
# and then, and each 429 pauses every send for its retry_after.
PACE = 0.98
# Sees every update before any feature, only to count it.
COUNT_GROUP = -100
# The planner of each reminder kind: each feature owns the messages of its kinds.
REMINDER_PLANNERS: dict[ReminderKind, Planner] = {
    ReminderKind.DOSE: plan_dose_deliveries,
    ReminderKind.DOSE_FOLLOW_UP: plan_dose_deliveries,
    ReminderKind.DOSE_LATE_AGAIN: plan_dose_deliveries,
    ReminderKind.DOSE_MISSED: plan_dose_deliveries,
    ReminderKind.LAB_DAY_BEFORE: plan_lab_deliveries,
    ReminderKind.LAB_DAY_OF: plan_lab_deliveries,
    ReminderKind.BOOK_APPOINTMENT: plan_booking_deliveries,
    ReminderKind.STOCK_LOW: plan_stock_deliveries,
    ReminderKind.SYMPTOM_CHECK_IN: plan_symptom_deliveries,
    ReminderKind.PAST_DOSES: plan_past_dose_deliveries,
    ReminderKind.TRAVEL_ENDS: plan_trip_end_deliveries,
    ReminderKind.CAREGIVER_UNCONFIRMED: plan_caregiver_deliveries,
    ReminderKind.CAREGIVER_MISSED: plan_caregiver_deliveries,
    ReminderKind.CAREGIVER_BLOCKED: plan_caregiver_deliveries,
    ReminderKind.CAREGIVER_NOTICE: plan_notice_deliveries,
    ReminderKind.CAREGIVER_DOSE: plan_caregiver_dose_deliveries,
    ReminderKind.CAREGIVER_WEEKLY: plan_weekly_deliveries,
    ReminderKind.CAREGIVER_RED_FLAG: plan_red_flag_deliveries,
}


# What each feature re-plans when a patient's whole plan is re-planned (pause, resume).
FEATURE_REPLANNERS: dict[Replanned, PatientReplanner] = {
    Replanned.LAB_REMINDERS: rewrite_all_lab_reminders,
    Replanned.SYMPTOM_OFFERS: plan_symptom_offers,
}


def build_application(
    settings: Settings, engine: Engine, *, clock: Clock = system_clock
) -> BotApplication:
    """Create the Application with its services, rate limiter, persistence and every handler."""
    # Read now: a missing or broken catalog stops the start-up, not the first message.
    default_catalog()
    for replanned, replanner in FEATURE_REPLANNERS.items():
        register_replanner(replanned, replanner)
    context_types = ContextTypes(context=BotContext, bot_data=BotServices)
    operations = Operations(settings, engine, clock)
    feeds = calendar_feeds(settings, engine, clock)
    paid = paid_broadcast(settings, engine, clock, operations)
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
        .post_init(partial(_on_start, operations=operations, feeds=feeds))
        .post_shutdown(partial(_on_stop, operations=operations, feeds=feeds, paid=paid))
    )
    if settings.telegram_rate_limit:
        paid_pace = paid.paid_per_second if paid is not None else None
        limiter = FloodControl(
            settings.telegram_rate_limit * PACE, paid_per_second=paid_pace, max_retries=3
        )
        builder.rate_limiter(limiter)
    # The builder types the bot by whether a limiter was set; at run time it is the same bot.
    application = cast(BotApplication, builder.build())
    application.bot_data.settings = settings
    application.bot_data.engine = engine
    application.bot_data.clock = clock
    application.bot_data.operations = operations
    application.bot_data.code_attempts = CodeAttempts()
    application.bot_data.dispatcher = ReminderDispatcher(
        engine=engine,
        bot=application.bot,
        clock=clock,
        planners=REMINDER_PLANNERS,
        keep_going=lambda: application.running,
        metrics=operations.metrics,
        late_warning=timedelta(seconds=settings.reminders_late_warning_seconds),
        sending=paid,
    )
    # Whatever a handler wrote to the reminder ledger re-arms the wake-up once, after it.
    processor = cast(ChatOrderedUpdateProcessor, application.update_processor)
    processor.around_update = partial(rearming_after_writes, application)
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
    # Before setup too: a caregiver's deep link is a /start, and setup takes every other one;
    # the name an invitation waits for is typed text, taken before the free-text handler.
    application.add_handlers(caregiver_joining.handlers())
    application.add_handlers(caregiver_invite.handlers())
    application.add_handlers(caregiver_buttons.handlers())
    application.add_handlers(caregiver_dose_buttons.handlers())
    # Then setup: it owns /start while a patient has no plan, and every answer mid-setup.
    application.add_handlers(setup.handlers())
    application.add_handlers(welcome.handlers())
    application.add_handlers(questions.handlers())
    application.add_handlers(report.handlers())
    application.add_handlers(calendar.handlers())
    application.add_handlers(switch.handlers())
    application.add_handlers(preferences.handlers())
    application.add_handlers(language.handlers())
    application.add_handlers(pause.handlers())
    # A conversation that takes typed answers (dates, results): before the free-text handler.
    application.add_handlers(labs.handlers())
    # "Booked" and the day and time typed after it, or "booked it for the 16th at 2pm".
    application.add_handlers(appointments.handlers())
    # /history, its buttons, and the correction that waits for a typed day.
    application.add_handlers(history.handlers())
    application.add_handlers(history_corrections.handlers())
    application.add_handlers(dose_buttons.handlers())
    application.add_handlers(dose_extras.handlers())
    application.add_handlers(symptoms.handlers())
    # /settings, its buttons and typed answers, settings asked for in words and shared
    # locations: its words take only what they recognise, so before the free-text handler.
    application.add_handlers(settings_menu.handlers())
    # Takes any free text, so it comes after every conversation and command.
    application.add_handlers(dose_replies.handlers())
    # Whatever no feature took (in this group, the first handler that matches wins).
    application.add_handlers(fallback.handlers())
    # Last group: saves conversation state after every update, so a crash loses no answer.
    application.add_handler(write_through_handler(), group=WRITE_THROUGH_GROUP)
    # Updates a database outage interrupts wait and are handled again once it answers.
    held_updates.install(application, answer_at_once=red_flags.answer_at_once)
    application.add_error_handler(_report_error)


def paid_broadcast(
    settings: Settings, engine: Engine, clock: Clock, operations: Operations
) -> PaidBroadcast | None:
    """Paid broadcasts for reminders at a peak, when the operator turned them on."""
    if not settings.telegram_paid_broadcast:
        return None
    paid = PaidBroadcast(
        engine=engine,
        clock=clock,
        daily_budget=settings.telegram_paid_broadcast_daily_budget,
        free_per_second=settings.telegram_rate_limit * PACE,
        paid_per_second=settings.telegram_paid_broadcast_rate * PACE,
        backlog_seconds=settings.telegram_paid_broadcast_backlog_seconds,
        paid_sent=operations.metrics.reminders_paid,
    )
    operations.metrics.registry.register(PaidBroadcastCollector(paid.budget_today))
    return paid


def calendar_feeds(settings: Settings, engine: Engine, clock: Clock) -> CalendarFeedServer | None:
    """The calendar feed server, when the operator gave the feeds a public address."""
    if not settings.calendar_base_url:
        return None
    return CalendarFeedServer(
        engine=engine, clock=clock, listen=settings.calendar_listen, port=settings.calendar_port
    )


async def _on_start(
    application: BotApplication, *, operations: Operations, feeds: CalendarFeedServer | None
) -> None:
    """Start reminder delivery (if ours), the health endpoint and the calendar feeds, then set
    the command menu: the bot works without it, so a refusal is retried in the background."""
    await operations.start(application)
    if feeds is not None:
        await feeds.start()
    # The default menu for every language, then each spoken language's own (Telegram shows
    # the one of the patient's app language).
    for code in (None, *spoken_languages()[1:]):
        catalog = default_catalog() if code is None else catalog_for(code)
        menu = [BotCommand(command, text) for command, text in command_menu(catalog)]
        await now_or_in_background(
            partial(application.bot.set_my_commands, menu, language_code=code),
            method="setMyCommands",
            background=operations.in_background,
        )


async def _on_stop(
    application: BotApplication,
    *,
    operations: Operations,
    feeds: CalendarFeedServer | None,
    paid: PaidBroadcast | None = None,
) -> None:
    """Close the calendar feeds, then the operations; give back the paid budget not used."""
    if feeds is not None:
        await feeds.stop()
    await operations.stop(application)
    if paid is not None:
        paid.close()


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
            # Not the patient's own language: their record may be what could not be read.
            apology = default_catalog().text("something-went-wrong")
            await context.bot.send_message(update.effective_chat.id, apology)
        except Forbidden:
            reachability.mark_unreachable(update, context)
        except Exception:  # noqa: BLE001  # the apology is best effort; the error is logged
            logger.warning("could not tell the patient about a failed update %s", update_id)
