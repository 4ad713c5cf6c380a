"""Moving through the setup steps: ask, go on, re-ask, and the handler wrappers every step uses."""

import re
from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.features.patient_scope import chat_catalog
from bot.features.setup.draft import KEY, Draft, Step, button_value, callback
from bot.features.setup.questions import QUESTIONS, Markup
from bot.telegram.edits import replace_buttons

ButtonAnswer = Callable[[Update, BotContext, str], Awaitable[Step | int | None]]
TextAnswer = Callable[[Update, BotContext, str], Awaitable[Step]]
ANSWER = filters.TEXT & ~filters.COMMAND


class StaleButton(Exception):  # noqa: N818  # a signal, not a failure
    """The pressed button does not fit the current question (an old or a forged one)."""


def draft_of(context: BotContext) -> Draft:
    """The setup answers of the patient this update is from."""
    assert context.user_data is not None
    data = context.user_data.setdefault(KEY, {})
    assert isinstance(data, dict)
    return Draft(data)


def setup_catalog(update: Update, context: BotContext) -> Catalog:
    """The catalog of the patient setting up (their record exists from /start on)."""
    chat = update.effective_chat
    return chat_catalog(context, chat.id if chat is not None else None)


async def send(update: Update, context: BotContext, text: str, markup: Markup = None) -> None:
    """Send one message to the patient's chat."""
    assert update.effective_chat is not None
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def ask(update: Update, context: BotContext, step: Step, *, before: str = "") -> Step:
    """Ask a step's question (after an optional note) and make it the current step."""
    draft = draft_of(context)
    text, markup = QUESTIONS[step](draft, context.now(), setup_catalog(update, context))
    draft.mark_asked(step)
    await send(update, context, f"{before}\n\n{text}" if before else text, markup)
    return step


async def go(update: Update, context: BotContext, step: Step, *, before: str = "") -> Step:
    """The current step was answered: remember it for /back and ask the next one."""
    draft_of(context).push_current()
    return await ask(update, context, step, before=before)


async def reask(update: Update, context: BotContext, problem: str) -> Step:
    """Say what was wrong (with an example) and ask the current step again."""
    step = draft_of(context).current_step
    assert step is not None
    return await ask(update, context, step, before=problem)


def on_button(step: Step, answer: ButtonAnswer) -> CallbackQueryHandler[BotContext, object]:
    """Handle this step's buttons; a value that does not fit gets a short note, nothing else."""

    async def pressed(update: Update, context: BotContext) -> Step | int | None:
        """Answer the query, run the step, and take the keyboard off an answered question."""
        query = update.callback_query
        assert query is not None
        value = button_value(query.data, step)
        try:
            if value is None:
                raise StaleButton
            result = await answer(update, context, value)
        except StaleButton:
            await query.answer(setup_catalog(update, context).text("setup-stale-button"))
            return None
        await query.answer()
        if result is not None:
            await _drop_keyboard(query)
        return result

    return CallbackQueryHandler(pressed, pattern=f"^{re.escape(callback(step, ''))}")


async def _drop_keyboard(query: CallbackQuery) -> None:
    """Remove the buttons of an answered question so they cannot be pressed again."""
    # Purely cosmetic: an old or already edited message may refuse the edit.
    await replace_buttons(query)


def on_text(answer: TextAnswer) -> MessageHandler[BotContext, object]:
    """Handle a typed answer to the current step."""

    async def typed(update: Update, context: BotContext) -> Step:
        """Pass the message text on."""
        assert update.effective_message is not None
        return await answer(update, context, update.effective_message.text or "")

    return MessageHandler(ANSWER, typed)
