"""Screens everything a patient writes for red flags and answers at once with the safety text.

Registered in an earlier handler group than every other feature (see bot.app), so it sees each
message first and never stops the rest: the setup conversation, a symptom check-in or a dose
reply still gets its normal answer after the safety text. What is screened: every text (also
the words after a command, "/symptoms my throat is closing"), every caption of a photo, video
or file, and every edited message, in every conversation state.
"""

import re

from telegram import Message, Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.catalog.vocabulary import reading_order
from bot.context import BotContext
from bot.domain.red_flags import RedFlag, find_red_flags, highest_level
from bot.features.caregivers.red_flag_alerts import owe_red_flag_alerts
from bot.features.patient_scope import remembered_catalog, remembered_language
from bot.telegram.conversations import ChatDataKey
from bot.telegram.update_attempts import mark_step_done, step_done
from storage.database import session_scope
from storage.models import RedFlagLevel
from storage.patients import get_patient_by_chat
from storage.red_flags import SOURCE_CHECK_IN, SOURCE_MESSAGE, record_red_flag

# Set in chat_data by the symptom check-in while it runs, so a flag is recorded as from it.
CHECK_IN_KEY = ChatDataKey.SYMPTOM_CHECK_IN.value
# What an update's earlier attempt did (bot.telegram.update_attempts): the text sent, the
# flags stored.
ANSWERED = "red_flags:answered"
RECORDED = "red_flags:recorded"
# The command word itself is not the patient's words ("/symptoms" is not a symptom).
_COMMAND = re.compile(r"^\s*/\w+(?:@\w+)?")


async def screen(update: Update, context: BotContext) -> None:
    """Answer a red flag with its fixed safety text, and record each sign found."""
    words = patient_words(update.effective_message)
    if not words or update.effective_chat is None:
        return
    flags = _flags_in(words, update.effective_chat.id)
    if not flags:
        return
    await answer_at_once(update)
    # Handled again after a database outage: the text went out then, the record may not have.
    if step_done(RECORDED):
        return
    source = SOURCE_CHECK_IN if CHECK_IN_KEY in (context.chat_data or {}) else SOURCE_MESSAGE
    _record(context, update.effective_chat.id, flags, source)
    mark_step_done(RECORDED)


async def answer_at_once(update: Update) -> None:
    """Send the safety text for the highest red flag in the message, once per message.

    Needs no database, so it also runs for a message waiting behind others during an outage.
    """
    message = update.effective_message
    words = patient_words(message)
    if message is None or not words or step_done(ANSWERED):
        return
    level = highest_level(_flags_in(words, message.chat_id))
    if level is None:
        return
    catalog = remembered_catalog(message.chat_id)
    await message.reply_text(catalog.one_of("red-flag", level.value))
    mark_step_done(ANSWERED)


def safety_text_sent() -> bool:
    """Whether the message being handled was answered with a safety text: its words were read."""
    return step_done(ANSWERED)


def _flags_in(words: str, chat_id: int) -> list[RedFlag]:
    """The red flags in the chat's language as last read (no database) and in English.

    A patient whose Telegram is set to another language may still write English: a sign
    in either is a sign.
    """
    found: dict[tuple[str, str], RedFlag] = {}
    for vocabulary in reading_order(remembered_language(chat_id)):
        for flag in find_red_flags(words, vocabulary=vocabulary.red_flags):
            found.setdefault((flag.level.value, flag.sign), flag)
    return list(found.values())


def patient_words(message: Message | None) -> str:
    """What the patient wrote: the text or caption, without a leading command word."""
    if message is None:
        return ""
    return _COMMAND.sub("", message.text or message.caption or "")


def _record(context: BotContext, chat_id: int, flags: list[RedFlag], source: str) -> None:
    """Store one event per sign, for the clinician's report, and owe the caregivers the
    patient shares red flags with one alert about the most urgent (a stranger is only
    answered)."""
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=chat_id)
        if patient is None or patient.id is None:
            return
        now = context.now()
        events = [
            record_red_flag(
                session,
                patient_id=patient.id,
                level=RedFlagLevel(flag.level.value),
                sign=flag.sign,
                source=source,
                occurred_at=now,
            )
            for flag in flags
        ]
        level = highest_level(flags)
        most_urgent = next(
            event for flag, event in zip(flags, events, strict=True) if flag.level is level
        )
        owe_red_flag_alerts(session, patient_id=patient.id, event=most_urgent, now=now)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The screen: every text or caption, commands and edits included."""
    return [MessageHandler(filters.TEXT | filters.CAPTION, screen)]
