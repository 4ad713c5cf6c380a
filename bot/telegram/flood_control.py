"""Keeps the bot's chat messages within Telegram's flood limit: paced, never in a clump, and
answers to a patient ahead of queued reminders.

Telegram counts a sliding second and answers 429 with a retry_after past about 30 messages
overall or about one a second to one chat. Each message is admitted at the moment it goes out,
judged by when earlier messages really went out: evenly spaced, never more than the limit in
any rolling second, and a 429 holds every message back for its retry_after. At a peak (at
least PEAK_QUEUE messages waited for a slot within PEAK_MEMORY) no two messages go to one
chat within CHAT_GAP, as Telegram asks of a bot sending at its limit; otherwise a chat's
messages go as they come (a reminder and an answer pressed at once: a short burst in one
chat, which Telegram allows). A stalled event loop therefore makes the next
messages wait instead of leaving together, and after a 429 the queue drains at the paced
rate. (python-telegram-bot's AIORateLimiter keeps admitting during the pause and then lets
everything admitted go at once, which earns the next 429; it also ends the pause as soon as
any other message returns.)

Two queues share the slots: sends made inside `reminder_sends()` (the reminder loop) take only
the slots no answer is waiting for, so at a 09:00 peak a patient who presses Done waits for
one slot, not for the reminders queued before. Within a queue, first come first served; a
message whose chat is still within CHAT_GAP lets the next one of any chat go instead.

Paid broadcasts (`paid_per_second`): a sendMessage with allow_paid_broadcast is counted in a
pool of its own at the paid rate (up to 1,000 a second, a fee per message), as Telegram counts
it, instead of the free limit; answers and unpaid reminders keep the free pool, answers still
first. Both pools share CHAT_GAP: one chat's messages are spaced whichever pool they take.
A 429 holds back only the pool of the message refused: Telegram counts the pools apart, so a
refusal in one says nothing about the other, and a patient's answer never waits out a paid
peak's pause. (Were it a wait for the whole bot, the other pool learns it from its own next
message: one more refusal, waited out and retried like any.)
"""

import asyncio
import contextlib
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import count
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
# Calls that carry no chat (answerCallbackQuery, getMe, …) are not chat messages: Telegram's
# limits count messages to chats, so these go at once and take no slot.
CHAT_KEY = "chat_id"
# The sendMessage parameter that makes a message a paid broadcast.
PAID_KEY = "allow_paid_broadcast"
WINDOW = 1.0
# One message a chat a second, and a margin: a message admitted here may reach Telegram late
# (the event loop busy with a commit) while the next one to the chat goes straight through.
CHAT_GAP = 1.25
# More than one handler sends at once: this many waiting is the reminder loop at the limit.
PEAK_QUEUE = 4
# Longer than CHAT_GAP: the chats of the last messages of a peak are spaced too.
PEAK_MEMORY = 2.0
_IN_REMINDER_LOOP: ContextVar[bool] = ContextVar("b12bot_reminder_sends", default=False)


@contextlib.contextmanager
def reminder_sends() -> Iterator[None]:
    """Mark the sends made inside as reminders: they yield every slot to waiting answers."""
    token = _IN_REMINDER_LOOP.set(True)
    try:
        yield
    finally:
        _IN_REMINDER_LOOP.reset(token)


@dataclass(eq=False)
class _Waiting:
    """A message waiting for its slot: its chat, its place in its queue, and its turn."""

    chat_id: object
    number: int
    reminder: bool
    turn: asyncio.Future[None] = field(repr=False)
    paid: bool = False


class _Pool:
    """One of Telegram's limits: at most `per_second` in any rolling second, evenly spaced,
    and held back by a 429."""

    def __init__(self, per_second: float) -> None:
        """A pool paced at `per_second`."""
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self.per_second = per_second
        self.gap = 1 / per_second
        self.most_in_window = max(1, math.floor(per_second * WINDOW))
        self.sent: deque[float] = deque()
        self.paused_until = 0.0

    def wait(self, now: float) -> float:
        """How long the pool's next message must still wait (0 or less: it may go now)."""
        while self.sent and self.sent[0] <= now - WINDOW:
            self.sent.popleft()
        waits = [self.paused_until - now]
        if self.sent:
            waits.append(self.sent[-1] + self.gap - now)
        if len(self.sent) >= self.most_in_window:
            waits.append(self.sent[0] + WINDOW - now)
        return max(waits)

    def pause(self, until: float) -> None:
        """Hold the pool's messages back until `until` (Telegram's retry_after)."""
        self.paused_until = max(self.paused_until, until)


class FloodControl(BaseRateLimiter[int]):
    """At most `per_second` chat messages in any rolling second, one at a time and spaced;
    at a peak one a chat per `chat_gap`; answers before reminders; paid broadcasts apart, at
    `paid_per_second`."""

    def __init__(
        self,
        per_second: float,
        *,
        paid_per_second: float | None = None,
        chat_gap: float = CHAT_GAP,
        max_retries: int = 3,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        """Pace at `per_second` (paid broadcasts at `paid_per_second`; None: they count as
        free messages); retry a message refused with 429 up to `max_retries` times."""
        self._free = _Pool(per_second)
        self._paid_pool = None if paid_per_second is None else _Pool(paid_per_second)
        self._chat_gap = chat_gap
        self._max_retries = max_retries
        self._clock = clock
        self._sleep = sleep
        # When each chat last had a message admitted (pruned past chat_gap; _chat_order
        # holds them oldest first).
        self._chat_sent: dict[object, float] = {}
        self._peak_until = -math.inf
        self._chat_order: deque[tuple[float, object]] = deque()
        self._answers: deque[_Waiting] = deque()
        self._reminders: deque[_Waiting] = deque()
        self._paid: deque[_Waiting] = deque()
        self._numbers = count()
        # The one task that hands out slots while anything waits (so one sleeper moves time).
        self._pump: asyncio.Task[None] | None = None

    @property
    def per_second(self) -> float:
        """The pace: chat messages a second, evenly spaced."""
        return self._free.per_second

    @property
    def paid_per_second(self) -> float | None:
        """The paid broadcasts' pace (None: they count as free messages)."""
        return None if self._paid_pool is None else self._paid_pool.per_second

    @property
    def waiting(self) -> int:
        """Messages waiting for a slot now (answers, reminders and paid broadcasts)."""
        return len(self._answers) + len(self._reminders) + len(self._paid)

    async def initialize(self) -> None:
        """Nothing to set up: the pump starts with the first message that must wait."""

    async def shutdown(self) -> None:
        """Stop handing out slots."""
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
            self._pump = None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send a chat message when the limit allows; wait out and retry a 429."""
        chat_id = data.get(CHAT_KEY)
        if chat_id is None:
            return await callback(*args, **kwargs)
        retries = self._max_retries if rate_limit_args is None else rate_limit_args
        reminder = _IN_REMINDER_LOOP.get()
        paid = self._paid_pool is not None and bool(data.get(PAID_KEY))
        # A retry keeps its place: it goes before what came after it.
        number = next(self._numbers)
        attempt = 0
        while True:
            await self._admit(_Waiting(chat_id, number, reminder, self._new_turn(), paid))
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                self._pool_of(paid).pause(self._clock() + _seconds(error.retry_after))
                if attempt >= retries:
                    raise
                attempt += 1

    @staticmethod
    def _new_turn() -> asyncio.Future[None]:
        """A future resolved when a waiting message gets its slot."""
        return asyncio.get_running_loop().create_future()

    async def _admit(self, waiting: _Waiting) -> None:
        """Wait for this message's slot, counted as gone when given."""
        queue = self._queue_of(waiting)
        _insert(queue, waiting)
        if self._pump is None:
            self._pump = asyncio.get_running_loop().create_task(
                self._hand_out(), name="flood-control"
            )
        try:
            await waiting.turn
        except asyncio.CancelledError:
            if waiting in queue:
                queue.remove(waiting)
            raise

    def _queue_of(self, waiting: _Waiting) -> deque[_Waiting]:
        """The queue a message waits in: paid broadcasts, reminders or answers."""
        if waiting.paid:
            return self._paid
        return self._reminders if waiting.reminder else self._answers

    def _pool_of(self, paid: bool) -> _Pool:
        """The limit a message counts against."""
        return self._paid_pool if paid and self._paid_pool is not None else self._free

    async def _hand_out(self) -> None:
        """Give each free slot to the first answer whose chat may take one, else a reminder;
        each paid slot to the first paid broadcast whose chat may take one."""
        try:
            while self.waiting:
                now = self._clock()
                free_wait = self._free.wait(now) if self._answers or self._reminders else math.inf
                paid_wait = self._pool_of(True).wait(now) if self._paid else math.inf
                if (wait := min(free_wait, paid_wait)) > 0:
                    await self._sleep(wait)
                    continue
                if self.waiting >= PEAK_QUEUE:
                    self._peak_until = now + PEAK_MEMORY
                chosen = None
                if free_wait <= 0:
                    chosen = self._first_ready(self._answers, now) or self._first_ready(
                        self._reminders, now
                    )
                if chosen is None and paid_wait <= 0:
                    chosen = self._first_ready(self._paid, now)
                if chosen is None:
                    # Every waiting chat had a message within chat_gap: look again soon, so a
                    # newcomer to another chat waits at most one gap.
                    await self._sleep(self._look_again_in(now, free_wait, paid_wait))
                    continue
                self._count(chosen, now)
                if not chosen.turn.done():
                    chosen.turn.set_result(None)
                    # Let it go out before time moves on: it was admitted for this instant.
                    await asyncio.sleep(0)
        finally:
            self._pump = None

    def _first_ready(self, queue: deque[_Waiting], now: float) -> _Waiting | None:
        """Take the first message in `queue` whose chat may have one now."""
        for waiting in queue:
            if self._chat_free_at(waiting, now) <= now:
                queue.remove(waiting)
                return waiting
        return None

    def _look_again_in(self, now: float, free_wait: float, paid_wait: float) -> float:
        """How soon a slot may find a message whose chat may have it: a gap of a pool that is
        free now, or when the first waiting chat may have one again, or the other pool frees."""
        waiting: list[_Waiting] = []
        soonest = []
        if free_wait <= 0:
            waiting += [*self._answers, *self._reminders]
            soonest.append(self._free.gap)
        else:
            soonest.append(free_wait)
        if paid_wait <= 0:
            waiting += self._paid
            soonest.append(self._pool_of(True).gap)
        else:
            soonest.append(paid_wait)
        chat_waits = [self._chat_free_at(w, now) - now for w in waiting]
        soonest.append(max(0.0, min(chat_waits, default=0.0)))
        return min(soonest)

    def _chat_free_at(self, waiting: _Waiting, now: float) -> float:
        """When the waiting message's chat may have it: at a peak, chat_gap after the chat's
        last message; otherwise at once."""
        last = self._chat_sent.get(waiting.chat_id)
        if last is None or now >= self._peak_until:
            return -math.inf
        return last + self._chat_gap

    def _count(self, waiting: _Waiting, now: float) -> None:
        """Count one message as gone now, in its pool and to its chat."""
        self._pool_of(waiting.paid).sent.append(now)
        self._chat_sent[waiting.chat_id] = now
        self._chat_order.append((now, waiting.chat_id))
        while self._chat_order and self._chat_order[0][0] <= now - self._chat_gap:
            at, chat = self._chat_order.popleft()
            if self._chat_sent.get(chat) == at:
                del self._chat_sent[chat]


def _insert(queue: deque[_Waiting], waiting: _Waiting) -> None:
    """Queue in number order (a retry goes back to its place; a newcomer to the end)."""
    if not queue or queue[-1].number < waiting.number:
        queue.append(waiting)
        return
    index = next(i for i, other in enumerate(queue) if other.number > waiting.number)
    queue.insert(index, waiting)


def _seconds(retry_after: int | timedelta) -> float:
    """retry_after in seconds (python-telegram-bot gives an int or a timedelta)."""
    if isinstance(retry_after, timedelta):
        return retry_after.total_seconds()
    return float(retry_after)
