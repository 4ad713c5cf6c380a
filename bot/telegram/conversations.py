"""What this process holds in memory about a chat's conversations, and forgetting all of it.

/delete erases the database, but python-telegram-bot keeps each ConversationHandler's states,
chat_data and user_data in memory too: left there, an erased patient stays in the middle of
setup and every later message meets a draft that no longer exists. `forget_chat` ends every
conversation of the chat and drops its data, and persistence then deletes the stored copies.

Conventions every conversation follows, because what they name is persisted
(bot.telegram.persistence) and must read back the same after a restart or a release:
- its states are an enum `State` in its module (an IntEnum or StrEnum whose values are the
  stored ones; setup's is `Step`, its values also the middle part of its buttons' data), and its
  module docstring draws the states and the transitions between them;
- every key it keeps in chat_data or user_data is declared below, with its stored spelling.
"""

import logging
from collections.abc import Iterator, MutableMapping
from enum import StrEnum
from typing import Any

from telegram.ext import Application, BaseHandler, ConversationHandler

logger = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
ConversationKey = tuple[int | str, ...]


class ChatDataKey(StrEnum):
    """The keys features keep in a chat's chat_data (persisted: the values never change)."""

    # The typed answer a dose reminder waits for: {"what": ..., "dose_id": ...}.
    DOSE_QUESTION = "awaiting"
    # The dose whose appointment day and time the booking conversation waits for.
    APPOINTMENT_DOSE = "appointment_dose_id"
    # The symptom check-in in progress (its row id).
    SYMPTOM_CHECK_IN = "symptom_check_in"
    # The dose whose recorded day the /history correction waits for (its row id).
    HISTORY_FIX = "history_fix"
    # What /settings is gathering and the change waiting for a yes (bot.features.settings.flow).
    SETTINGS = "settings"
    # The caregiver invitation this chat opened with its code (its link id): only that chat
    # may accept or decline it.
    CAREGIVER_OFFER = "caregiver_offer"


class UserDataKey(StrEnum):
    """The keys features keep in a user's user_data (persisted: the values never change)."""

    # The plan being set up, answer by answer (bot.features.setup.draft).
    SETUP_DRAFT = "setup"
    # The lab order the /labs conversation is about.
    LAB = "labs"


def forget_chat(application: AnyApplication, *, chat_id: int, user_id: int | None) -> list[str]:
    """End every conversation of the chat and drop its chat_data and user_data; names ended."""
    ended = []
    for handler in conversation_handlers(application):
        states = _states(handler)
        for key in [key for key in states if _of_chat(handler, key, chat_id, user_id)]:
            # Deleting through PTB's tracking dict also marks the stored state for deletion.
            del states[key]
            _cancel_timeout(handler, key)
            ended.append(_name(handler))
    application.drop_chat_data(chat_id)
    if user_id is not None:
        application.drop_user_data(user_id)
    return ended


def conversations_of(application: AnyApplication, chat_id: int) -> dict[str, object]:
    """The current state of each conversation the chat is in, by conversation name."""
    return {
        _name(handler): state
        for handler in conversation_handlers(application)
        for key, state in _states(handler).items()
        if _of_chat(handler, key, chat_id, chat_id)
    }


def conversation_handlers(application: AnyApplication) -> Iterator[ConversationHandler[Any]]:
    """Every ConversationHandler registered, in any group, nested ones included."""
    for group in application.handlers.values():
        yield from _within(group)


def _within(handlers: list[BaseHandler[Any, Any, Any]]) -> Iterator[ConversationHandler[Any]]:
    """The ConversationHandlers among these handlers and inside them."""
    for handler in handlers:
        if isinstance(handler, ConversationHandler):
            yield handler
            inner = [*handler.entry_points, *handler.fallbacks]
            inner += [item for step in handler.states.values() for item in step]
            yield from _within(inner)


def _states(handler: ConversationHandler[Any]) -> MutableMapping[ConversationKey, object]:
    """The handler's live states by conversation key."""
    # PTB offers no public way to read or end a conversation from outside its own callbacks;
    # this is the one place that touches the private mapping (a TrackingDict once persistent).
    states: MutableMapping[ConversationKey, object] = handler._conversations
    return states


def _of_chat(
    handler: ConversationHandler[Any], key: ConversationKey, chat_id: int, user_id: int | None
) -> bool:
    """Whether a conversation key belongs to this chat (or, per user only, to this user)."""
    owner = chat_id if handler.per_chat else user_id
    return bool(key) and key[0] == owner


def _cancel_timeout(handler: ConversationHandler[Any], key: ConversationKey) -> None:
    """Drop the conversation's timeout job, so it cannot fire for an ended conversation."""
    job = handler.timeout_jobs.pop(key, None)
    if job is not None:
        job.schedule_removal()


def _name(handler: ConversationHandler[Any]) -> str:
    """The conversation's name (every persistent one has one)."""
    return handler.name or type(handler).__name__
