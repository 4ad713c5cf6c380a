"""/followup: how long after an unanswered reminder the bot checks in once."""

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.parsing.durations import parse_minutes
from bot.domain.parsing.vocabulary import Vocabulary
from bot.features.patient_scope import patient_scope
from bot.services.settings_changes import change_follow_up

SHORTEST_FOLLOW_UP_MINUTES = 15
LONGEST_FOLLOW_UP_MINUTES = 12 * 60


async def follow_up(update: Update, context: BotContext) -> None:
    """Show the follow-up delay, or change it to the one given after the command."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with patient_scope(context, update.effective_chat.id) as here:
        patient, catalog = here.patient, here.catalog
        if patient is None:
            text = catalog.text("no-plan-yet")
        elif not context.args:
            text = catalog.text(
                "follow-up-now", delay=delay_text(catalog, patient.follow_up_after_minutes)
            )
        elif (
            minutes := parse_follow_up(" ".join(context.args), vocabulary=here.vocabulary)
        ) is None:
            text = catalog.text("follow-up-invalid")
        else:
            change_follow_up(here.session, patient=patient, minutes=minutes, now=here.now)
            text = catalog.text("follow-up-set", delay=delay_text(catalog, minutes))
    await message.reply_text(text)


def parse_follow_up(text: str, *, vocabulary: Vocabulary) -> int | None:
    """Minutes from "2 hours", "90 minutes", "1.5h" or a bare number of hours; None if unusable."""
    return parse_minutes(
        text,
        shortest=SHORTEST_FOLLOW_UP_MINUTES,
        longest=LONGEST_FOLLOW_UP_MINUTES,
        vocabulary=vocabulary,
    )


def delay_text(catalog: Catalog, minutes: int) -> str:
    """A delay for people: "3 h", "45 min", "1 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return catalog.text("hours-and-minutes", hours=hours, minutes=rest)
    if hours:
        return catalog.text("hours-only", hours=hours)
    return catalog.text("minutes-only", minutes=rest)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [CommandHandler("followup", follow_up)]
