"""FloodControl: chat messages paced within Telegram's limit, and a 429 waited out by all.

A fake clock stands in for time: `sleep` moves it on, so the tests read the instants the
limiter let each message go, and never depend on how fast the machine is.
"""

import asyncio
from datetime import timedelta
from itertools import pairwise
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.telegram.flood_control import FloodControl

RATE = 29.4


class FakeTime:
    """A clock that only moves when the limiter sleeps."""

    def __init__(self) -> None:
        """Start at zero."""
        self.now = 0.0

    def clock(self) -> float:
        """The current instant."""
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Move time on, and let other tasks run."""
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


class Telegram:
    """Records when each message was sent; answers 429 to the ones told to."""

    def __init__(self, time: FakeTime, refuse: set[int] | None = None) -> None:
        """`refuse`: message numbers to answer once with retry_after 2."""
        self.time = time
        self.refuse = refuse or set()
        self.sent: list[tuple[float, int]] = []
        self.refused: list[tuple[float, int]] = []

    async def send(self, number: int) -> dict[str, Any]:
        """Deliver message `number`, or refuse it the first time if told to."""
        if number in self.refuse:
            self.refuse.discard(number)
            self.refused.append((self.time.now, number))
            raise RetryAfter(timedelta(seconds=2))
        self.sent.append((self.time.now, number))
        return {"message_id": number}


def _limiter(time: FakeTime, **options: Any) -> FloodControl:
    """A limiter on the fake clock."""
    return FloodControl(RATE, clock=time.clock, sleep=time.sleep, **options)


async def _send_all(limiter: FloodControl, telegram: Telegram, count: int) -> list[Any]:
    """`count` chat messages at once, each to its own chat."""

    async def one(number: int) -> Any:
        return await limiter.process_request(
            telegram.send, (number,), {}, "sendMessage", {"chat_id": 1000 + number}, None
        )

    return await asyncio.gather(*(one(n) for n in range(count)), return_exceptions=True)


def _most_in_any_second(instants: list[float]) -> int:
    """The largest number of instants inside one rolling second."""
    ordered = sorted(instants)
    return max(
        sum(1 for other in ordered[index:] if other < start + 1.0)
        for index, start in enumerate(ordered)
    )


async def test_a_burst_leaves_evenly_spaced_and_within_the_limit() -> None:
    """300 at once: one every 1/29.4 s, never more than 29 in a second, in arrival order."""
    time = FakeTime()
    telegram = Telegram(time)
    results = await _send_all(_limiter(time), telegram, 300)
    assert results == [{"message_id": n} for n in range(300)]
    instants = [at for at, _ in telegram.sent]
    assert [number for _, number in telegram.sent] == list(range(300))
    gaps = [later - earlier for earlier, later in pairwise(instants)]
    assert min(gaps) >= 1 / RATE - 1e-9
    assert _most_in_any_second(instants) <= 29
    # 29 a second at best: the pace, capped by whole messages in a rolling second.
    assert 299 / instants[-1] == pytest.approx(29, rel=0.01)


async def test_a_429_holds_every_message_back_then_they_drain_at_the_pace() -> None:
    """Nothing goes out during retry_after; afterwards no clump, and the refused one is resent."""
    time = FakeTime()
    telegram = Telegram(time, refuse={10})
    results = await _send_all(_limiter(time), telegram, 60)
    assert all(isinstance(result, dict) for result in results)
    [(refused_at, _)] = telegram.refused
    after = [at for at, _ in telegram.sent if at > refused_at]
    assert min(after) >= refused_at + 2
    gaps = [later - earlier for earlier, later in pairwise(after)]
    assert min(gaps) >= 1 / RATE - 1e-9
    assert sorted(number for _, number in telegram.sent) == list(range(60))


async def test_a_message_refused_too_often_raises_retry_after() -> None:
    """Past max_retries the 429 reaches the caller, who plans its own retry."""
    time = FakeTime()
    telegram = Telegram(time, refuse={0})
    [result] = await _send_all(_limiter(time, max_retries=0), telegram, 1)
    assert isinstance(result, RetryAfter)
    assert telegram.sent == []


async def test_calls_without_a_chat_are_not_held_back() -> None:
    """answerCallbackQuery and the like go at once: the pace is for chat messages."""
    time = FakeTime()
    limiter = _limiter(time)
    telegram = Telegram(time, refuse={0})
    await _send_all(limiter, telegram, 1)
    answered_at = time.now

    async def answer() -> bool:
        return True

    assert await limiter.process_request(answer, (), {}, "answerCallbackQuery", {}, None)
    assert time.now == answered_at


def test_the_pace_must_be_positive() -> None:
    """A zero pace would never send: it is a configuration error."""
    with pytest.raises(ValueError, match="positive"):
        FloodControl(0)
