"""/start and /help: who the bot is for, what it does and does not do."""

from html import escape

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.catalog.vocabulary import spoken_language
from bot.context import BotContext
from bot.features.patient_scope import catalog_of, chat_catalog
from bot.telegram.command_menu import command_menu
from storage.database import session_scope
from storage.patients import get_or_create_patient
from storage.regimens import current_regimen


def greeting(update: Update, context: BotContext) -> tuple[str, bool]:
    """The greeting for this patient, registering them on first contact; True: has a plan."""
    assert update.effective_chat is not None
    user = update.effective_user
    with session_scope(context.engine) as session:
        patient, is_new = get_or_create_patient(
            session,
            chat_id=update.effective_chat.id,
            time_zone=context.services.settings.default_time_zone,
            language_code=user.language_code if user else None,
            language=spoken_language(user.language_code if user else None),
        )
        assert patient.id is not None
        has_plan = current_regimen(session, patient_id=patient.id) is not None
        catalog = catalog_of(patient)
    name = f", {escape(user.first_name)}" if user and user.first_name else ""
    if is_new:
        return catalog.text("welcome", name=name), has_plan
    return catalog.text("welcome-back", name=name), has_plan


async def start(update: Update, context: BotContext) -> None:
    """Greet the patient (the setup conversation takes /start while they have no plan)."""
    if update.effective_chat is None or update.effective_message is None:
        return
    text, _ = greeting(update, context)
    await update.effective_message.reply_text(text)


async def show_help(update: Update, context: BotContext) -> None:
    """List the commands the bot understands."""
    if update.effective_message is None:
        return
    catalog = chat_catalog(context, update.effective_message.chat_id)
    lines = "\n".join(
        catalog.text("help-command-line", command=command, description=description)
        for command, description in command_menu(catalog)
    )
    await update.effective_message.reply_text(catalog.text("help", commands=lines))


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [CommandHandler("start", start), CommandHandler("help", show_help)]
