"""Updates kept while the database is unreachable, and handled again once it answers.

An update whose handling fails because the database cannot be reached
(storage.database.database_unreachable) is not answered with an apology and forgotten: it is
kept here, in memory, bounded, in arrival order per chat. The chat's later updates wait behind
it (ChatOrderedUpdateProcessor asks `is_behind`), so none overtakes. One task probes the
database with back-off and, once it answers, hands each chat's updates back to the processor
in order, chats side by side. A handling that fails again keeps its place at the front.

The patient is told once per chat per outage that it will be recorded as soon as possible. A
pressed button is answered at once (Telegram refuses a late or second answer), so its handler's
own answer is not sent when it runs again. Past the bound the patient is told the message could
not be kept; if the process stops while the database is still unreachable, each patient whose
updates were held is asked to send them again. Nothing the patient sent is dropped silently.

A failed handling may have committed part of its work; the main paths are safe to run again
(a dose already recorded is not recorded twice).
"""

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from enum import Enum, auto
from typing import Any, cast

from telegram import Bot, CallbackQuery, Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.catalog.catalog import default_catalog
from bot.context import BotApplication, BotContext
from bot.telegram import update_attempts
from bot.telegram.update_attempts import UpdateAttempt
from bot.telegram.update_order import ChatOrderedUpdateProcessor, ConversationKey, conversation_key
from storage.database import database_answers, database_unreachable

logger = logging.getLogger(__name__)

# A patient rarely sends more than a few messages while waiting; the total bounds the memory
# an outage may take (an update is a few kilobytes).
PER_CHAT_LIMIT = 50
TOTAL_LIMIT = 5_000
# Probe soon (most outages are a restart or a lock of seconds), then every few seconds.
FIRST_PROBE_DELAY = 0.5
MAX_PROBE_DELAY = 5.0
# Beyond the engine's own timeouts (connect, busy), in case a connection hangs.
PROBE_TIMEOUT = 30.0


class Kept(Enum):
    """What became of an update offered to the held queue."""

    HELD = auto()
    FULL = auto()
    # It was being handled again, from the front of its chat's queue, and failed again.
    STILL_FIRST = auto()


class HeldUpdates:
    """Held updates per chat in arrival order, within a bound; and who was told what."""

    def __init__(self, *, per_chat_limit: int = PER_CHAT_LIMIT, total_limit: int = TOTAL_LIMIT):
        """An empty queue with these bounds."""
        self.per_chat_limit = per_chat_limit
        self.total_limit = total_limit
        self._queues: dict[ConversationKey, deque[Update]] = {}
        self._told: dict[ConversationKey, set[Kept]] = {}
        self._count = 0

    def __len__(self) -> int:
        """How many updates are held in all."""
        return self._count

    def chats(self) -> list[ConversationKey]:
        """The chats with held updates."""
        return list(self._queues)

    def is_behind(self, key: ConversationKey, update: Update) -> bool:
        """Whether the chat has held updates that this one (not the first of them) must follow."""
        queue = self._queues.get(key)
        return queue is not None and queue[0] is not update

    def add(self, key: ConversationKey, update: Update) -> Kept:
        """Keep the update last in its chat's queue, unless it is that queue's first already."""
        queue = self._queues.get(key)
        if queue and queue[0] is update:
            return Kept.STILL_FIRST
        if len(queue or ()) >= self.per_chat_limit or len(self) >= self.total_limit:
            return Kept.FULL
        self._queues.setdefault(key, deque()).append(update)
        self._count += 1
        return Kept.HELD

    def first(self, key: ConversationKey) -> Update | None:
        """The chat's oldest held update."""
        queue = self._queues.get(key)
        return queue[0] if queue else None

    def remove_first(self, key: ConversationKey) -> None:
        """Forget the chat's oldest held update, once handled; an emptied chat's outage is over."""
        queue = self._queues[key]
        queue.popleft()
        self._count -= 1
        if not queue:
            del self._queues[key]
            self._told.pop(key, None)
        if not self._queues:
            self._told.clear()

    def first_telling(self, key: ConversationKey, kept: Kept) -> bool:
        """True the first time in this outage that the chat is to be told this (then remembered)."""
        told = self._told.setdefault(key, set())
        if kept in told:
            return False
        told.add(kept)
        return True

    def take_all(self) -> dict[ConversationKey, int]:
        """Empty the queue: how many updates each chat had held."""
        counts = {key: len(queue) for key, queue in self._queues.items()}
        self._queues.clear()
        self._told.clear()
        self._count = 0
        return counts


class _AnsweredQueryBot:
    """The bot, as a held button press sees it: its query was answered when it was held."""

    def __init__(self, bot: Bot) -> None:
        """Pass every call on to `bot` but answer_callback_query."""
        self._bot = bot

    def __getattr__(self, name: str) -> Any:
        """Everything else is the real bot's."""
        return getattr(self._bot, name)

    async def answer_callback_query(self, *_args: object, **_kwargs: object) -> bool:
        """Not sent: Telegram refuses a second answer, or a late one."""
        return True


class OutageRecovery:
    """Holds the updates a database outage interrupts and hands them back when it is over."""

    def __init__(self, application: BotApplication, held: HeldUpdates | None = None) -> None:
        """Hand updates back to this application's update processor."""
        self.application = application
        self.held = held or HeldUpdates()
        self._failed_again: set[ConversationKey] = set()
        self._task: asyncio.Task[None] | None = None
        # Each held update's first attempt: when it came, and what already reached the patient.
        self._attempts: dict[int, UpdateAttempt] = {}
        # Steps that need no database, done at once for an update held behind others.
        self.answer_at_once: Callable[[Update], Awaitable[None]] | None = None

    async def keep(self, update: object, error: BaseException) -> bool:
        """Keep an update whose handling failed with `error`, if that is an outage; True if so."""
        key = conversation_key(update)
        if key is None or not isinstance(update, Update) or not database_unreachable(error):
            return False
        if not self.held and not self._recovering:
            logger.warning(
                "database unreachable (%s): holding updates until it answers", type(error).__name__
            )
        kept = self.held.add(key, update)
        if kept is Kept.HELD:
            attempt = update_attempts.current() or self._new_attempt()
            # The handling may have failed before it asked for "now": it was received now.
            attempt.received_at = attempt.received_at or self.application.bot_data.clock()
            self._attempts[update.update_id] = attempt
            # The failure may have come before the red-flag screen ran (a data refresh).
            await self._do_at_once(update, attempt)
        if kept is Kept.STILL_FIRST:
            self._failed_again.add(key)
            return True
        await self._tell(key, update, kept)
        if kept is Kept.HELD and not self._recovering:
            self._task = self.application.create_task(self._recover(), name="held_updates:recover")
        return True

    @property
    def _recovering(self) -> bool:
        """Whether the task that hands held updates back is running."""
        return self._task is not None and not self._task.done()

    def is_behind(self, key: ConversationKey, update: Update) -> bool:
        """Whether the chat's earlier updates are held, so this one must wait behind them."""
        return self.held.is_behind(key, update)

    async def hold_behind(self, key: ConversationKey, update: Update) -> None:
        """Keep an update of a chat whose earlier updates are held, after them; what needs no
        database (a red flag's safety text) is done at once."""
        kept = self.held.add(key, update)
        attempt = self._new_attempt()
        if kept is Kept.HELD:
            self._attempts[update.update_id] = attempt
        await self._do_at_once(update, attempt)
        await self._tell(key, update, kept)

    async def _do_at_once(self, update: Update, attempt: UpdateAttempt) -> None:
        """What must not wait for the database (answer_at_once), done once per update."""
        if self.answer_at_once is None:
            return
        with update_attempts.attempting(attempt):
            try:
                await self.answer_at_once(update)
            except TelegramError as error:
                logger.warning("could not answer a held update at once: %s", error.message)

    def attempt_of(self, update: Update) -> UpdateAttempt:
        """The record of an earlier attempt at this held update, or a new one."""
        return self._attempts.get(update.update_id) or UpdateAttempt()

    def _new_attempt(self) -> UpdateAttempt:
        """A record for an update received now."""
        return UpdateAttempt(received_at=self.application.bot_data.clock())

    async def _tell(self, key: ConversationKey, update: Update, kept: Kept) -> None:
        """Answer a held button at once; tell the chat once per outage what became of it."""
        logger.debug("update %s %s", update.update_id, kept.name.lower())
        full = kept is Kept.FULL
        if update.callback_query is not None:
            button_text = (
                default_catalog().text("held-update-full-button")
                if full
                else default_catalog().text("held-update-button")
            )
            await _answer_now(update.callback_query, button_text)
        if not self.held.first_telling(key, kept):
            return
        if full:
            logger.warning(
                "held updates at their bound (%d per chat, %d in all): update %s not kept, "
                "the patient is asked to send it again",
                self.held.per_chat_limit,
                self.held.total_limit,
                update.update_id,
            )
        if update.effective_chat is not None:
            text = (
                default_catalog().text("held-updates-full")
                if full
                else default_catalog().text("held-update")
            )
            await self._send(update.effective_chat.id, text)

    async def _send(self, chat_id: int, text: str) -> None:
        """Best effort: the update is kept (or refused) whether or not this reaches the patient."""
        try:
            await self.application.bot.send_message(chat_id, text)
        except TelegramError as error:
            logger.warning("could not tell a patient about held updates: %s", error.message)

    async def _recover(self) -> None:
        """Probe the database with back-off; once it answers, hand every held update back."""
        delay = FIRST_PROBE_DELAY
        while self.held:
            # At most a few seconds: stopping waits for this task.
            await asyncio.sleep(delay)
            if await self._database_answers() and await self._hand_back():
                delay = FIRST_PROBE_DELAY
                continue
            if not self.application.running:
                await self._give_up()
                return
            delay = min(delay * 2, MAX_PROBE_DELAY)

    async def _database_answers(self) -> bool:
        """Probe the database off the event loop (a locked SQLite file waits its busy timeout)."""
        probe = asyncio.to_thread(database_answers, self.application.bot_data.engine)
        try:
            return await asyncio.wait_for(probe, PROBE_TIMEOUT)
        except TimeoutError:
            return False

    async def _hand_back(self) -> bool:
        """Handle every held update again, each chat's in order; False if the database failed."""
        chats = self.held.chats()
        logger.info(
            "database answers: handing back %d held updates of %d chats", len(self.held), len(chats)
        )
        results = await asyncio.gather(*(self._hand_back_chat(key) for key in chats))
        if all(results) and self.application.persistence is not None:
            # Saves what the persistence could not write during the outage.
            await self.application.persistence.flush()
        return all(results)

    async def _hand_back_chat(self, key: ConversationKey) -> bool:
        """Handle one chat's held updates in order; stop (keeping it first) if one fails again."""
        processor = self.application.update_processor
        while (update := self.held.first(key)) is not None:
            self._failed_again.discard(key)
            try:
                await processor.process_update(update, self.application.process_update(update))
            except Exception:
                logger.exception("handing back update %s failed", update.update_id)
            if key in self._failed_again:
                return False
            self.held.remove_first(key)
            self._attempts.pop(update.update_id, None)
        return True

    async def _give_up(self) -> None:
        """Stopping with the database still unreachable: ask each patient to send it again."""
        counts = self.held.take_all()
        self._attempts.clear()
        logger.warning(
            "stopping with %d updates of %d chats held, the database still unreachable: "
            "asking those patients to send them again",
            sum(counts.values()),
            len(counts),
        )
        for kind, chat_or_user_id in counts:
            if kind == "chat":
                await self._send(chat_or_user_id, default_catalog().text("held-updates-lost"))


async def _answer_now(query: CallbackQuery, text: str) -> None:
    """Answer a held button press now, and make its handler's later answer a no-op."""
    try:
        await query.answer(text)
    except TelegramError as error:
        # Answered by the handler before it failed, or already too old.
        logger.debug("held button not answered: %s", error.message)
    query.set_bot(cast(Bot, _AnsweredQueryBot(query.get_bot())))


def install(
    application: BotApplication,
    *,
    answer_at_once: Callable[[Update], Awaitable[None]] | None = None,
) -> OutageRecovery | None:
    """Let the application's update processor hold updates during an outage; `answer_at_once`
    does for an update held behind others what must not wait for the database."""
    processor = application.update_processor
    if not isinstance(processor, ChatOrderedUpdateProcessor):
        return None
    recovery = OutageRecovery(application)
    recovery.answer_at_once = answer_at_once
    processor.held = recovery
    return recovery


def recovery_of(application: Application[Any, Any, Any, Any, Any, Any]) -> OutageRecovery | None:
    """The application's outage recovery, if installed."""
    processor = application.update_processor
    if isinstance(processor, ChatOrderedUpdateProcessor) and isinstance(
        processor.held, OutageRecovery
    ):
        return processor.held
    return None


async def keep_during_outage(update: object, context: BotContext) -> bool:
    """For the error handler: True if the failure was a database outage and the update is kept."""
    recovery = recovery_of(context.application)
    if recovery is None or context.error is None:
        return False
    return await recovery.keep(update, context.error)
