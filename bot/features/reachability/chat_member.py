"""A patient who blocks the bot is unreachable until they let it back: nothing is sent meanwhile.

Telegram says so with a my_chat_member update ("kicked", then "member" again on unblocking),
and with a 403 to any message sent while blocked. Unblocking, or /start, resumes the patient:
the reminders that came due meanwhile go back to the ledger, which summarises what is too old.
"""

import logging

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import BaseHandler, ChatMemberHandler, CommandHandler

from bot.context import BotContext
from storage.database import session_scope
from storage.patients import mark_chat_reachable, mark_chat_unreachable

logger = logging.getLogger(__name__)

# Before every feature: /start must find the patient reachable again, and it goes on to them.
GROUP = -50


async def on_membership(update: Update, context: BotContext) -> None:
    """The patient blocked the bot ("kicked") or let it back in ("member")."""
    change = update.my_chat_member
    if change is None or change.chat.type != ChatType.PRIVATE:
        return
    status = change.new_chat_member.status
    if status == ChatMemberStatus.BANNED:
        mark_unreachable(update, context)
    elif status == ChatMemberStatus.MEMBER:
        await _resume(context, change.chat.id)


async def resume_on_start(update: Update, context: BotContext) -> None:
    """/start from an unreachable patient: they are back (the greeting itself comes after)."""
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    try:
        await _resume(context, chat.id)
    except SQLAlchemyError:
        # The greeting that follows makes them reachable too, and reports its own failure.
        logger.warning("could not resume the patient of update %s here", update.update_id)


def mark_unreachable(update: object, context: BotContext) -> None:
    """Telegram refused to deliver to the update's chat (403): send that patient nothing more."""
    update_id = update.update_id if isinstance(update, Update) else None
    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is None:
        logger.info("Telegram refused a message for update %s (403)", update_id)
        return
    try:
        with session_scope(context.engine) as session:
            patient_id = mark_chat_unreachable(session, chat_id=chat.id)
    except SQLAlchemyError:
        # Not recorded: a later 403 (or the next reminder's) records it.
        logger.warning("could not record the block of update %s's chat", update_id)
        return
    if patient_id is not None:
        logger.info("patient %s blocked the bot; marked unreachable", patient_id)


async def _resume(context: BotContext, chat_id: int) -> None:
    """Mark the chat's patient reachable and wake the reminder loop for what came due."""
    with session_scope(context.engine) as session:
        patient_id = mark_chat_reachable(session, chat_id=chat_id)
    if patient_id is None:
        return
    logger.info("patient %s let the bot back in; reminders resume", patient_id)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes (in GROUP, so they never stop an update)."""
    return [
        ChatMemberHandler(on_membership, ChatMemberHandler.MY_CHAT_MEMBER),
        CommandHandler("start", resume_on_start),
    ]
