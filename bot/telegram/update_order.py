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

While the database is unreachable, a chat's failed update is held (bot.telegram.held_updates) and
handed back later; until then the chat's newer updates are held behind it, never run ahead.
"""

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.telegram.update_attempts import UpdateAttempt, attempting

# Enough to overlap Telegram round trips at any realistic burst; each waits on a chat lock
# or the network, never on the CPU.
MAX_CONCURRENT_UPDATES = 256


# What orders an update: ("chat", chat id), else ("user", user id).
ConversationKey = tuple[str, int]
# What every handling runs inside (the composition root re-arms the reminder wake-up there).
AroundUpdate = Callable[[], AbstractAsyncContextManager[object]]


class HeldUpdateQueue(Protocol):
    """Where a chat's updates wait while an earlier one of theirs waits for the database."""

    def is_behind(self, key: ConversationKey, update: Update) -> bool:
        """Whether earlier updates of this chat are held, so this one must wait behind them."""

    async def hold_behind(self, key: ConversationKey, update: Update) -> None:
        """Keep this update after the chat's held ones, to be handled in its turn."""

    def attempt_of(self, update: Update) -> UpdateAttempt:
        """The record of an earlier attempt at this update, or a new one."""


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    """Runs updates concurrently, but those of one chat (or user) strictly in arrival order."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        """Allow up to `max_concurrent_updates` updates in flight."""
        super().__init__(max_concurrent_updates)
        self._locks: dict[ConversationKey, asyncio.Lock] = {}
        self._queued: dict[ConversationKey, int] = {}
        # Set by bot.telegram.held_updates.install; None: nothing is ever held.
        self.held: HeldUpdateQueue | None = None
        # Set by the composition root (bot/app.py); None: handlings run bare.
        self.around_update: AroundUpdate | None = None

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's earlier updates, then handle this one (or hold it behind them)."""
        key = conversation_key(update)
        if key is None:
            await self._handle(coroutine)
            return
        # asyncio.Lock wakes its waiters first come, first served: arrival order is kept.
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._queued[key] = self._queued.get(key, 0) + 1
        try:
            async with lock:
                held = self.held
                if held is None or not isinstance(update, Update):
                    await self._handle(coroutine)
                    return
                if held.is_behind(key, update):
                    _discard(coroutine)
                    await held.hold_behind(key, update)
                    return
                with attempting(held.attempt_of(update)):
                    await self._handle(coroutine)
        finally:
            self._queued[key] -= 1
            if not self._queued[key]:
                del self._queued[key], self._locks[key]

    async def _handle(self, coroutine: Awaitable[Any]) -> None:
        """Run one update's handling inside `around_update`."""
        if self.around_update is None:
            await coroutine
            return
        async with self.around_update():
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release: the Application waits for updates in flight."""


def _discard(coroutine: Awaitable[Any]) -> None:
    """Close a handling that will not run now (it runs again, new, when handed back)."""
    if inspect.iscoroutine(coroutine):
        coroutine.close()


def conversation_key(update: object) -> ConversationKey | None:
    """What orders an update: its chat, else its user; None for updates with neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return None
