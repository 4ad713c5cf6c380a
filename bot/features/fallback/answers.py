"""Answers whatever no other feature took, so no message and no button goes unanswered.

Registered last in the features' group: python-telegram-bot offers an update to the handlers
of a group in order and stops at the first that takes it, so these see only what every
feature and every conversation (in whatever state) passed over: a command nobody knows,
/cancel or /back outside a conversation, a location, sticker or photo, a button of a message
whose question is over.
"""

import difflib
import html

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.features.patient_scope import chat_catalog
from bot.telegram.command_menu import COMMANDS

# Commands that only mean something inside a conversation.
CONVERSATION_COMMANDS = frozenset({"cancel", "back"})
# A typed command is shown back, escaped and cut to what Telegram allows a command.
LONGEST_COMMAND = 32


async def on_command(update: Update, context: BotContext) -> None:
    """A command no feature knows: say so, with the nearest known one if there is one."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    typed = (message.text.split() or [message.text])[0]
    name = typed.lstrip("/").split("@")[0].lower()
    catalog = chat_catalog(context, message.chat_id)
    if name in CONVERSATION_COMMANDS:
        await message.reply_text(catalog.text("nothing-to-cancel"))
        return
    await message.reply_text(unknown_command_text(catalog, typed[: LONGEST_COMMAND + 1], name))


def unknown_command_text(catalog: Catalog, typed: str, name: str) -> str:
    """The answer to an unknown command, naming the closest command of the menu if any."""
    shown = html.escape(typed)
    known = [command for command, _description in COMMANDS]
    nearest = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if nearest:
        return catalog.text("unknown-command-nearest", command=shown, nearest=nearest[0])
    return catalog.text("unknown-command", command=shown)


async def on_other_message(update: Update, context: BotContext) -> None:
    """A message that is not text (a location, sticker, photo, voice note…) nobody asked for."""
    if update.effective_message is not None:
        catalog = chat_catalog(context, update.effective_message.chat_id)
        await update.effective_message.reply_text(catalog.text("only-text"))


async def on_button(update: Update, context: BotContext) -> None:
    """A button no feature takes any more (its question is over): answer, change nothing."""
    if update.callback_query is not None:
        catalog = chat_catalog(context, update.effective_chat.id if update.effective_chat else None)
        await update.callback_query.answer(catalog.text("stale-button"))


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The last handlers of the features' group."""
    # An edited command is answered like the others' handlers answer it; an edited location
    # is a live location moving, not a message to answer each time.
    return [
        MessageHandler(filters.UpdateType.MESSAGES & filters.COMMAND, on_command),
        MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT, on_other_message),
        CallbackQueryHandler(on_button),
    ]
