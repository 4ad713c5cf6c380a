"""/followup: how long after an unanswered reminder the bot checks in once."""

import re

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.catalog import texts
from bot.context import BotContext
from storage.database import session_scope
from storage.patients import get_patient_by_chat

SHORTEST_FOLLOW_UP_MINUTES = 15
LONGEST_FOLLOW_UP_MINUTES = 12 * 60
_DURATION = re.compile(
    # ASCII digits, and few of them: float() reads other scripts' digits, and a long number
    # would be infinite minutes.
    r"^\s*(?P<number>[0-9]{1,4}(?:[.,][0-9]{1,3})?)\s*"
    r"(?P<unit>h|hr|hrs|hour|hours|m|min|mins|minute|minutes)?\s*$",
    re.IGNORECASE,
)


async def follow_up(update: Update, context: BotContext) -> None:
    """Show the follow-up delay, or change it to the one given after the command."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=update.effective_chat.id)
        if patient is None:
            text = texts.NO_PLAN_YET
        elif not context.args:
            text = texts.FOLLOW_UP_NOW.format(delay=delay_text(patient.follow_up_after_minutes))
        elif (minutes := parse_follow_up(" ".join(context.args))) is None:
            text = texts.FOLLOW_UP_INVALID
        else:
            patient.follow_up_after_minutes = minutes
            session.add(patient)
            text = texts.FOLLOW_UP_SET.format(delay=delay_text(minutes))
    await message.reply_text(text)


def parse_follow_up(text: str) -> int | None:
    """Minutes from "2 hours", "90 minutes", "1.5h" or a bare number of hours; None if unusable."""
    match = _DURATION.match(text)
    if match is None:
        return None
    number = float(match["number"].replace(",", "."))
    unit = (match["unit"] or "h").lower()
    minutes = round(number * 60) if unit.startswith("h") else round(number)
    if not SHORTEST_FOLLOW_UP_MINUTES <= minutes <= LONGEST_FOLLOW_UP_MINUTES:
        return None
    return minutes


def delay_text(minutes: int) -> str:
    """A delay for people: "3 h", "45 min", "1 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return texts.HOURS_AND_MINUTES.format(hours=hours, minutes=rest)
    if hours:
        return texts.HOURS_ONLY.format(hours=hours)
    return texts.MINUTES_ONLY.format(minutes=rest)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [CommandHandler("followup", follow_up)]
