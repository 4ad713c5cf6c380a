"""Injected failures and a sliding-window rate limiter, both answering like Telegram."""

from __future__ import annotations

import asyncio
import math
import random
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ._wire import AnswerError


@dataclass(frozen=True)
class TooManyRequests:
    """Answer 429 with parameters.retry_after (PTB raises telegram.error.RetryAfter)."""

    retry_after: int = 3


@dataclass(frozen=True)
class ServerError:
    """Answer 500 Internal Server Error (PTB raises telegram.error.NetworkError).

    With delivered=True the call still takes effect, like a send whose answer was lost.
    """

    delivered: bool = False


@dataclass(frozen=True)
class Blocked:
    """Answer 403 'bot was blocked by the user' (PTB raises telegram.error.Forbidden)."""


@dataclass(frozen=True)
class ApiError:
    """Answer any Telegram error, e.g. ApiError(400, 'Bad Request: chat not found')."""

    code: int
    description: str


@dataclass(frozen=True)
class Timeout:
    """Sleep before answering so the client's read timeout fires (telegram.error.TimedOut).

    With delivered=True the call still takes effect, like a real send whose answer was lost.
    """

    seconds: float
    delivered: bool = False


@dataclass(frozen=True)
class Disconnect:
    """Drop the connection without an answer (PTB raises telegram.error.NetworkError).

    With delivered=True the call still takes effect first, like a send whose answer was lost.
    """

    delivered: bool = False


@dataclass(frozen=True)
class Delayed:
    """Take effect at once but answer (normally) only once `answer` is set: a slow network
    whose timing the test decides."""

    answer: asyncio.Event


Fault = TooManyRequests | ServerError | Blocked | ApiError | Timeout | Disconnect | Delayed


def answer_for(fault: TooManyRequests | ServerError | Blocked | ApiError) -> AnswerError:
    """The Telegram error answer an injected fault stands for."""
    match fault:
        case TooManyRequests(retry_after=retry_after):
            return too_many_requests(retry_after)
        case ServerError():
            return AnswerError(500, "Internal Server Error")
        case Blocked():
            return AnswerError(403, "Forbidden: bot was blocked by the user")
        case ApiError(code=code, description=description):
            return AnswerError(code, description)


def too_many_requests(retry_after: int) -> AnswerError:
    """Telegram's flood-control answer."""
    return AnswerError(
        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
    )


@dataclass
class FaultRule:
    """One fail_next() order: the next `times` matching calls get `fault`."""

    method: str
    fault: Fault
    times: int
    chat_id: Any = None
    containing: str | None = None

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        """Whether this rule applies to a call."""
        if self.times <= 0 or self.method.lower() != method.lower():
            return False
        if self.containing is not None and self.containing not in str(params.get("text", "")):
            return False
        return self.chat_id is None or params.get("chat_id") == self.chat_id


@dataclass
class RandomFaults:
    """One fail_randomly() order: each call of `method` gets one of `faults` with `rate`."""

    method: str
    faults: Sequence[Fault]
    rate: float
    seed: int
    _random: random.Random = field(init=False)

    def __post_init__(self) -> None:
        """Seeded, so a run's faults fall on the same calls every time."""
        self._random = random.Random(self.seed)

    def draw(self, method: str) -> Fault | None:
        """The fault for this call, if it gets one."""
        if method.lower() != self.method.lower() or self._random.random() >= self.rate:
            return None
        return self._random.choice(self.faults)


@dataclass
class RateLimiter:
    """Sliding one-second windows: overall and per chat, counting only accepted calls. A paid
    broadcast (sendMessage with allow_paid_broadcast) counts against its own window at
    `paid_per_second` instead of the overall one, and against its chat's like any message."""

    per_second: int
    per_chat_per_second: int
    paid_per_second: int = 1000
    _overall: deque[float] = field(default_factory=deque)
    _paid: deque[float] = field(default_factory=deque)
    _per_chat: dict[Any, deque[float]] = field(default_factory=dict)

    def admit(self, chat_id: Any, now: float, *, paid: bool = False) -> None:
        """Record an accepted call or raise the 429 Telegram would answer."""
        overall = self._trimmed(self._paid if paid else self._overall, now)
        limit = self.paid_per_second if paid else self.per_second
        chat = self._trimmed(self._per_chat.setdefault(chat_id, deque()), now)
        waits = []
        if len(overall) >= limit:
            waits.append(overall[0] + 1.0 - now)
        if chat_id is not None and len(chat) >= self.per_chat_per_second:
            waits.append(chat[0] + 1.0 - now)
        if waits:
            raise too_many_requests(max(1, math.ceil(max(waits))))
        overall.append(now)
        if chat_id is not None:
            chat.append(now)

    @staticmethod
    def _trimmed(window: deque[float], now: float) -> deque[float]:
        """Drop timestamps older than one second."""
        while window and window[0] <= now - 1.0:
            window.popleft()
        return window
