"""Changing a message in place, where Telegram may refuse: nothing to change, or too late.

A repeated press (a double tap, a confirmation pressed twice) asks for the edit the message
already shows, and Telegram answers 400 "message is not modified": the message is right, so
that is success. A message Telegram no longer lets the bot edit (deleted, too old, not a text)
is answered with a new message where the patient needs to read the answer. Any other 400 is
a real mistake and is raised.
"""

import logging

from telegram import Bot, CallbackQuery, InlineKeyboardMarkup
from telegram.error import BadRequest

logger = logging.getLogger(__name__)

# Telegram's descriptions, as PTB words them (it lower-cases all but the first letter).
NOT_MODIFIED = "message is not modified"
UNEDITABLE = (
    "message to edit not found",
    "message can't be edited",
    "message_id_invalid",
    "there is no text in the message to edit",
)


async def edit_or_send(
    query: CallbackQuery, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Show `text` on the message whose button was pressed, or as a new message if it can't be."""
    if await edit_in_place(query, text, reply_markup) or query.message is None:
        return
    await query.get_bot().send_message(query.message.chat.id, text, reply_markup=reply_markup)


async def edit_in_place(
    query: CallbackQuery, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> bool:
    """Show `text` on the message whose button was pressed; False when it cannot be edited."""
    if query.message is None:
        return False
    return await edit_message(
        query.get_bot(),
        chat_id=query.message.chat.id,
        message_id=query.message.message_id,
        text=text,
        reply_markup=reply_markup,
    )


async def edit_message(
    bot: Bot,
    *,
    chat_id: int,
    message_id: int,
    text: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> bool:
    """Show `text` on one of the bot's messages; False when it cannot be edited any more."""
    try:
        await bot.edit_message_text(
            text, chat_id=chat_id, message_id=message_id, reply_markup=reply_markup
        )
    except BadRequest as error:
        return _already_shown(error)
    return True


async def replace_buttons(
    query: CallbackQuery, reply_markup: InlineKeyboardMarkup | None = None
) -> bool:
    """Put these buttons (None: none) on the pressed message; False when it cannot be edited."""
    if query.message is None:
        return False
    try:
        await query.get_bot().edit_message_reply_markup(
            chat_id=query.message.chat.id,
            message_id=query.message.message_id,
            reply_markup=reply_markup,
        )
    except BadRequest as error:
        return _already_shown(error)
    return True


def _already_shown(error: BadRequest) -> bool:
    """True when the message already shows the edit, False when it cannot be edited; or raise."""
    reason = error.message.casefold()
    if NOT_MODIFIED in reason:
        return True
    if any(refusal in reason for refusal in UNEDITABLE):
        logger.debug("message not edited: %s", error.message)
        return False
    raise error
