"""Keeps the bot's chat messages within Telegram's flood limit: paced, never in a clump.

Telegram counts a sliding second and answers 429 with a retry_after past about 30 messages.
Each message is admitted at the moment it goes out, judged by when earlier messages really
went out: evenly spaced, never more than the limit in any rolling second, and a 429 holds
every message back for its retry_after. A stalled event loop therefore makes the next
messages wait instead of leaving together, and after a 429 the queue drains at the paced
rate. (python-telegram-bot's AIORateLimiter keeps admitting during the pause and then lets
everything admitted go at once, which earns the next 429; it also ends the pause as soon as
any other message returns.)
"""

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
# Calls that carry no chat (answerCallbackQuery, getMe, …) are not chat messages.
CHAT_KEY = "chat_id"
WINDOW = 1.0


class FloodControl(BaseRateLimiter[int]):
    """At most `per_second` chat messages in any rolling second, one at a time and spaced."""

    def __init__(
        self,
        per_second: float,
        *,
        max_retries: int = 3,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        """Pace at `per_second`; retry a message refused with 429 up to `max_retries` times."""
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self._per_second = per_second
        self._gap = 1 / per_second
        self._most_in_window = max(1, math.floor(per_second * WINDOW))
        self._max_retries = max_retries
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque()
        self._paused_until = 0.0
        # First come, first served: one message is admitted at a time, in arrival order.
        self._gate = asyncio.Lock()

    @property
    def per_second(self) -> float:
        """The pace: chat messages a second, evenly spaced."""
        return self._per_second

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

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
        if data.get(CHAT_KEY) is None:
            return await callback(*args, **kwargs)
        retries = self._max_retries if rate_limit_args is None else rate_limit_args
        attempt = 0
        while True:
            await self._admit()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                self._pause(_seconds(error.retry_after))
                if attempt >= retries:
                    raise
                attempt += 1

    async def _admit(self) -> None:
        """Wait until one more message may go out now, and count it as gone."""
        async with self._gate:
            while (wait := self._wait()) > 0:
                await self._sleep(wait)
            self._sent.append(self._clock())

    def _wait(self) -> float:
        """How long the next message must still wait (0 or less: it may go now)."""
        now = self._clock()
        while self._sent and self._sent[0] <= now - WINDOW:
            self._sent.popleft()
        waits = [self._paused_until - now]
        if self._sent:
            waits.append(self._sent[-1] + self._gap - now)
        if len(self._sent) >= self._most_in_window:
            waits.append(self._sent[0] + WINDOW - now)
        return max(waits)

    def _pause(self, seconds: float) -> None:
        """Hold every message back for Telegram's retry_after."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)


def _seconds(retry_after: int | timedelta) -> float:
    """retry_after in seconds (python-telegram-bot gives an int or a timedelta)."""
    if isinstance(retry_after, timedelta):
        return retry_after.total_seconds()
    return float(retry_after)
