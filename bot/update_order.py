"""Updates of different chats are handled at once; one chat's updates one at a time, in order.

python-telegram-bot handles updates one after another by default, so every patient waits for
every other patient's database work and Telegram round trips. Its concurrent mode has no order
at all, which a conversation cannot survive ("done" then "left arm" must be read in that
order). This processor keeps each chat's updates in arrival order and lets chats overlap.
python-telegram-bot's ConversationHandler assumes one update at a time per conversation; ours
are keyed by chat and user, so each sees exactly that.

Safe on one event loop because no handler holds a database session across an `await`
(tests/test_no_await_in_transaction.py): each unit of work runs to its commit without
yielding, so SQLite's single writer is never waited for while another task holds it.
"""

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Enough to overlap Telegram round trips at any realistic burst; each waits on a chat lock
# or the network, never on the CPU.
MAX_CONCURRENT_UPDATES = 256


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    """Runs updates concurrently, but those of one chat (or user) strictly in arrival order."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        """Allow up to `max_concurrent_updates` updates in flight."""
        super().__init__(max_concurrent_updates)
        self._locks: dict[tuple[str, int], asyncio.Lock] = {}
        self._queued: dict[tuple[str, int], int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's earlier updates, then handle this one."""
        key = conversation_key(update)
        if key is None:
            await coroutine
            return
        # asyncio.Lock wakes its waiters first come, first served: arrival order is kept.
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._queued[key] = self._queued.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._queued[key] -= 1
            if not self._queued[key]:
                del self._queued[key], self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: the Application waits for updates in flight."""


def conversation_key(update: object) -> tuple[str, int] | None:
    """What orders an update: its chat, else its user; None for updates with neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return None
