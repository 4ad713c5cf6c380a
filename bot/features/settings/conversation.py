"""The persistent /settings ConversationHandler: its entry points, typed answers and /cancel.

The states and their transitions are drawn in bot.features.settings.flow.
"""

import warnings
from collections.abc import Callable

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)
from telegram.warnings import PTBUserWarning

from bot.context import BotContext
from bot.features.patient_scope import PatientScope, patient_scope
from bot.features.settings.flow import (
    DESTINATION_QUESTION,
    END,
    ZONE_QUESTION,
    Build,
    Flow,
    Said,
    State,
    Step,
    ask_destination,
    ask_follow_up,
    ask_notice,
    ask_time,
    ask_zone,
    closed,
    confirmed,
    declined,
    follow_up_typed,
    forget,
    menu,
    notice_typed,
    return_typed,
    run,
    show,
    stale,
    time_pressed,
    time_typed,
    travel_choice,
    trip_end,
    zone_pressed,
    zone_typed,
)
from bot.features.settings.texts import PREFIX
from bot.features.settings.words import (
    SETTINGS_REQUEST,
    SHARED_LOCATION,
    TYPED_ANSWER,
    on_location,
    on_words,
)
from bot.telegram.callback_data import callback_fields
from storage.models import Patient

NAME = "settings"
TYPED = TYPED_ANSWER
# The buttons of one field, and the step each leads to.
_BUTTONS: dict[str, Build] = {
    "menu": menu,
    "close": closed,
    "zone": ask_zone,
    "time": ask_time,
    "followup": ask_follow_up,
    "notice": ask_notice,
    "trip": ask_destination,
    "tripend": trip_end,
    "yes": confirmed,
    "no": declined,
}
_TRAVEL_CHOICES = ("move", "keep", "local")


async def on_command(update: Update, context: BotContext) -> int | None:
    """/settings: the menu card, as a new message."""
    return await run(update, context, menu)


async def on_button(update: Update, context: BotContext) -> int | None:
    """Any "set:…" press: the step its data names; anything else is answered as stale."""
    query = update.callback_query
    build = _button_step(query.data if query is not None else None)
    return await run(update, context, build if build is not None else _stale)


def _stale(here: PatientScope, patient: Patient, flow: Flow) -> Step:
    """An unknown or forged press."""
    return stale(here)


def _button_step(data: str | None) -> Build | None:
    """The step of "set:<field>" or "set:<field>:<value>"; None for anything else."""
    fields = callback_fields(data, PREFIX)
    if fields is None:
        return None
    if len(fields) == 1 and fields[0] in _BUTTONS:
        return _BUTTONS[fields[0]]
    if len(fields) == 1 and fields[0] in _TRAVEL_CHOICES:
        return travel_choice(fields[0])
    if len(fields) == 2 and fields[0] == "zone":
        return zone_pressed(fields[1])
    if len(fields) == 2 and fields[0] == "time":
        return time_pressed(fields[1])
    return None


async def on_zone_text(update: Update, context: BotContext) -> int | None:
    """The zone question's typed answer."""
    return await _on_text(update, context, lambda text: zone_typed(text, asking=ZONE_QUESTION))


async def on_destination_text(update: Update, context: BotContext) -> int | None:
    """Where the trip goes, typed."""
    return await _on_text(
        update, context, lambda text: zone_typed(text, asking=DESTINATION_QUESTION)
    )


async def on_time_text(update: Update, context: BotContext) -> int | None:
    """The reminder time, typed."""
    return await _on_text(update, context, time_typed)


async def on_follow_up_text(update: Update, context: BotContext) -> int | None:
    """The check-in delay, typed."""
    return await _on_text(update, context, follow_up_typed)


async def on_notice_text(update: Update, context: BotContext) -> int | None:
    """The booking notice, typed."""
    return await _on_text(update, context, notice_typed)


async def on_return_text(update: Update, context: BotContext) -> int | None:
    """The return day, typed."""
    return await _on_text(update, context, return_typed)


async def _on_text(update: Update, context: BotContext, step: Callable[[str], Build]) -> int | None:
    """Run the step that reads the message's text."""
    message = update.effective_message
    if message is None or message.text is None:
        return END
    return await run(update, context, step(message.text))


async def on_cancel(update: Update, context: BotContext) -> int:
    """/cancel: whatever was being changed stays as it was."""
    forget(context)
    if update.effective_chat is not None:
        with patient_scope(context, update.effective_chat.id) as here:
            text = here.catalog.text("settings-kept")
        await show(update, Said(text))
    return END


def conversation() -> ConversationHandler[BotContext]:
    """The persistent settings ConversationHandler."""
    button: BaseHandler[Update, BotContext, object] = CallbackQueryHandler(
        on_button, pattern=f"^{PREFIX}(?::|$)"
    )
    entry_points: list[BaseHandler[Update, BotContext, object]] = [
        CommandHandler("settings", on_command),
        button,
        MessageHandler(SETTINGS_REQUEST, on_words),
        MessageHandler(SHARED_LOCATION, on_location),
    ]
    states: dict[object, list[BaseHandler[Update, BotContext, object]]] = {
        State.MENU: [],
        State.ZONE: [MessageHandler(TYPED, on_zone_text)],
        State.DESTINATION: [MessageHandler(TYPED, on_destination_text)],
        State.TIME: [MessageHandler(TYPED, on_time_text)],
        State.FOLLOW_UP: [MessageHandler(TYPED, on_follow_up_text)],
        State.NOTICE: [MessageHandler(TYPED, on_notice_text)],
        State.RETURN_DAY: [MessageHandler(TYPED, on_return_text)],
        State.CHOICE: [],
        State.CONFIRM: [],
    }
    # Buttons are checked against the flow in chat_data, per chat; PTB warns about that choice.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message")
        return ConversationHandler(
            entry_points=entry_points,
            states=states,
            fallbacks=[CommandHandler("cancel", on_cancel)],
            name=NAME,
            persistent=True,
            allow_reentry=True,
        )


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The settings conversation (its words and shared locations included)."""
    return [conversation()]
