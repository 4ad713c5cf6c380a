"""/language (and the Language button of /settings): the language the bot writes and reads.

Stateless: the language pressed travels in the button's data (`lang:<code>`) and is checked
against the languages the bot speaks before anything is saved. Reminders, follow-ups and
exports read the saved language, since they answer no incoming message.
"""

import logging

from babel import Locale
from babel.lists import format_list
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.catalog.catalog import Catalog, catalog_for
from bot.catalog.vocabulary import spoken_languages
from bot.context import BotContext
from bot.features.patient_scope import patient_scope
from bot.telegram.callback_data import SEPARATOR, CallbackPrefix, callback_fields
from bot.telegram.edits import edit_in_place

logger = logging.getLogger(__name__)

PREFIX = CallbackPrefix.LANGUAGE.value
# The button of /settings that opens the choice on the settings card itself.
CHOOSE = "choose"


def language_name(language: str) -> str:
    """A language in its own words, as its speakers look for it: "Deutsch", "Русский"."""
    name = Locale.parse(language).get_display_name(language) or language
    return name[:1].upper() + name[1:]


def languages_spoken(catalog: Catalog) -> str:
    """Every language the bot speaks, in their own names, as one list: "English, Deutsch …"."""
    names = [language_name(language) for language in spoken_languages()]
    return str(format_list(names, style="standard", locale=catalog.locale))


def choice_keyboard() -> InlineKeyboardMarkup:
    """One button per language the bot speaks, each named in its own language."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(language_name(code), callback_data=f"{PREFIX}{SEPARATOR}{code}")]
            for code in spoken_languages()
        ]
    )


async def ask(update: Update, context: BotContext) -> None:
    """/language: the current language and a button per language."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with patient_scope(context, update.effective_chat.id) as here:
        catalog = here.catalog
        text = catalog.text("language-ask", language=language_name(catalog.language))
    await message.reply_text(text, reply_markup=choice_keyboard())


async def on_button(update: Update, context: BotContext) -> None:
    """A language pressed: save it and answer in it; "choose" shows the buttons in place."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    fields = callback_fields(query.data, PREFIX)
    chosen = fields[0] if fields and len(fields) == 1 else None
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, patient = here.catalog, here.patient
        if chosen == CHOOSE:
            text = catalog.text("language-ask", language=language_name(catalog.language))
        elif patient is None or chosen not in spoken_languages():
            text = ""
        else:
            patient.language = chosen
            here.session.add(patient)
            catalog = catalog_for(chosen)
            text = catalog.text("language-set", language=language_name(chosen))
    if not text:
        logger.info("refused a language button that names no language spoken")
        await query.answer(catalog.text("settings-stale-button"))
        return
    await query.answer()
    markup = choice_keyboard() if chosen == CHOOSE else None
    await edit_in_place(query, text, markup)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [
        CommandHandler("language", ask),
        CallbackQueryHandler(on_button, pattern=f"^{PREFIX}(?:{SEPARATOR}|$)"),
    ]
