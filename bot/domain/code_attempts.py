"""Slowing down a chat that tries invite codes: five wrong ones in ten minutes, then a pause.

The codes carry 96 bits, so guessing is hopeless anyway; this only stops a chat from hammering
the database. One map per application (BotServices.code_attempts, read by the caregiver
feature), in memory and bounded (the oldest chats are forgotten): a restart or another replica
starts it afresh, which costs a guesser nothing that matters.
"""

from collections import OrderedDict
from datetime import datetime, timedelta
from typing import TypeVar

WINDOW = timedelta(minutes=10)
WRONG_CODES_ALLOWED = 5
PAUSE = timedelta(minutes=10)
REMEMBERED_CHATS = 10_000
Value = TypeVar("Value")


class CodeAttempts:
    """The recent wrong codes of each chat, and the chats paused until when."""

    def __init__(self) -> None:
        self._wrong: OrderedDict[int, list[datetime]] = OrderedDict()
        self._paused_until: OrderedDict[int, datetime] = OrderedDict()

    def refused(self, chat_id: int, now: datetime) -> bool:
        """Whether this chat must wait before trying another code."""
        until = self._paused_until.get(chat_id)
        if until is None:
            return False
        if now < until:
            return True
        del self._paused_until[chat_id]
        return False

    def wrong_code(self, chat_id: int, now: datetime) -> None:
        """Count a code that opened nothing; the fifth in the window pauses the chat."""
        recent = [at for at in self._wrong.get(chat_id, []) if now - at < WINDOW]
        recent.append(now)
        if len(recent) >= WRONG_CODES_ALLOWED:
            _remember(self._paused_until, chat_id, now + PAUSE)
            recent = []
        _remember(self._wrong, chat_id, recent)


def _remember(store: "OrderedDict[int, Value]", chat_id: int, value: Value) -> None:
    """Keep a chat's value, forgetting the oldest chat beyond the bound."""
    store[chat_id] = value
    store.move_to_end(chat_id)
    if len(store) > REMEMBERED_CHATS:
        store.popitem(last=False)
