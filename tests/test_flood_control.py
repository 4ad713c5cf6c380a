"""FloodControl: chat messages paced within Telegram's limit, one a chat a second, answers
before queued reminders, and a 429 waited out by all.

A fake clock stands in for time: `sleep` moves it on, so the tests read the instants the
limiter let each message go, and never depend on how fast the machine is.
"""

import asyncio
from collections.abc import Callable
from contextvars import Context
from datetime import timedelta
from itertools import pairwise
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.telegram.flood_control import CHAT_GAP, FloodControl, reminder_sends

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
        """Move time on, and let other tasks run (and tasks they start reach the limiter)."""
        self.now += max(0.0, seconds)
        for _ in range(3):
            await asyncio.sleep(0)


class Telegram:
    """Records when each message was sent; answers 429 to the ones told to."""

    def __init__(
        self,
        time: FakeTime,
        refuse: set[int] | None = None,
        on_refuse: Callable[[], object] = lambda: None,
    ) -> None:
        """`refuse`: message numbers to answer once with retry_after 2 (calling `on_refuse`)."""
        self.time = time
        self.refuse = refuse or set()
        self.on_refuse = on_refuse
        self.sent: list[tuple[float, int]] = []
        self.refused: list[tuple[float, int]] = []

    async def send(self, number: int) -> dict[str, Any]:
        """Deliver message `number`, or refuse it the first time if told to."""
        if number in self.refuse:
            self.refuse.discard(number)
            self.refused.append((self.time.now, number))
            self.on_refuse()
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


async def _send(limiter: FloodControl, telegram: Telegram, number: int, chat_id: int) -> Any:
    """One chat message, numbered, to a given chat."""
    return await limiter.process_request(
        telegram.send, (number,), {}, "sendMessage", {"chat_id": chat_id}, None
    )


def _reminders(
    limiter: FloodControl, telegram: Telegram, numbers: range
) -> list[asyncio.Task[Any]]:
    """Reminders (sent from inside reminder_sends), each to its own chat, all queued at once."""
    with reminder_sends():
        return [
            asyncio.create_task(_send(limiter, telegram, number, 1000 + number))
            for number in numbers
        ]


async def _until(telegram: Telegram, sent: int) -> None:
    """Let the limiter run until `sent` messages went out."""
    while len(telegram.sent) < sent:  # noqa: ASYNC110  # the fake clock moves as it runs
        await asyncio.sleep(0)


async def test_an_answer_goes_next_however_many_reminders_wait() -> None:
    """100 reminders queued; an answer to a patient arriving after 10 went goes out next, at
    the next slot, and the reminders take every slot before and after it."""
    time = FakeTime()
    telegram = Telegram(time)
    limiter = _limiter(time)
    reminders = _reminders(limiter, telegram, range(100))
    await _until(telegram, 10)
    arrived_at = time.now
    answer = asyncio.create_task(_send(limiter, telegram, 500, chat_id=7))
    await asyncio.gather(answer, *reminders)
    numbers = [number for _, number in telegram.sent]
    assert numbers == [*range(10), 500, *range(10, 100)]
    [answered_at] = [at for at, number in telegram.sent if number == 500]
    assert answered_at - arrived_at <= 1 / RATE + 1e-9
    assert limiter.waiting == 0


async def test_answers_and_reminders_together_stay_within_the_limit() -> None:
    """Answers arriving all through a burst of reminders: never more than 29 in any rolling
    second, never closer than the pace, every message sent once."""
    time = FakeTime()
    telegram = Telegram(time)
    limiter = _limiter(time)
    reminders = _reminders(limiter, telegram, range(200))
    answers = []
    for number in range(200, 260):
        await _until(telegram, len(telegram.sent) + 3)
        answers.append(asyncio.create_task(_send(limiter, telegram, number, chat_id=number)))
    await asyncio.gather(*reminders, *answers)
    instants = [at for at, _ in telegram.sent]
    assert _most_in_any_second(instants) <= 29
    assert min(later - earlier for earlier, later in pairwise(instants)) >= 1 / RATE - 1e-9
    assert sorted(number for _, number in telegram.sent) == list(range(260))


async def test_at_a_peak_a_chat_gets_one_message_a_gap_and_the_others_go_meanwhile() -> None:
    """With 120 reminders waiting, two answers to a chat right after its reminder, and its next
    reminder, leave CHAT_GAP apart, answers first; reminders to other chats fill the slots in
    between instead of waiting behind them."""
    time = FakeTime()
    telegram = Telegram(time)
    limiter = _limiter(time)
    with reminder_sends():
        first = asyncio.create_task(_send(limiter, telegram, 0, chat_id=1000))
        again = asyncio.create_task(_send(limiter, telegram, 502, chat_id=1000))
    reminders = _reminders(limiter, telegram, range(1, 120))
    await _until(telegram, 1)  # reminder 0, to chat 1000
    answers = [
        asyncio.create_task(_send(limiter, telegram, number, chat_id=1000)) for number in (500, 501)
    ]
    await asyncio.gather(first, again, *reminders, *answers)
    to_the_chat = [(at, number) for at, number in telegram.sent if number in {0, 500, 501, 502}]
    assert [number for _, number in to_the_chat] == [0, 500, 501, 502]
    gaps = [later - earlier for (earlier, _), (later, _) in pairwise(to_the_chat)]
    assert min(gaps) >= CHAT_GAP - 1e-9
    assert max(gaps) <= CHAT_GAP + 1 / RATE + 1e-9
    # Nothing waited behind the chat: the pace held throughout.
    instants = [at for at, _ in telegram.sent]
    assert len(instants) == 123
    assert max(later - earlier for earlier, later in pairwise(instants)) < 1.5 / RATE
    assert _most_in_any_second(instants) <= 29


async def test_off_peak_a_reminder_and_an_answer_to_one_chat_go_as_they_come() -> None:
    """One reminder, then at once the patient's answer and a second reminder to the same chat:
    no peak, so only the pace spaces them (a short burst in one chat)."""
    time = FakeTime()
    telegram = Telegram(time)
    limiter = _limiter(time)
    with reminder_sends():
        await _send(limiter, telegram, 0, chat_id=1000)
    await _send(limiter, telegram, 1, chat_id=1000)
    with reminder_sends():
        await _send(limiter, telegram, 2, chat_id=1000)
    instants = [at for at, _ in telegram.sent]
    assert [number for _, number in telegram.sent] == [0, 1, 2]
    assert instants[-1] - instants[0] == pytest.approx(2 / RATE)


async def test_a_429_holds_answers_back_too() -> None:
    """A reminder refused with retry_after 2: an answer arriving during the pause waits it out,
    then goes first; the refused reminder is resent right after it."""
    time = FakeTime()
    answers: list[asyncio.Task[Any]] = []
    telegram = Telegram(
        time,
        refuse={5},
        # A patient's answer: its own context, not the reminder's it is started from.
        on_refuse=lambda: answers.append(
            asyncio.create_task(_send(limiter, telegram, 500, chat_id=7), context=Context())
        ),
    )
    limiter = _limiter(time)
    reminders = _reminders(limiter, telegram, range(40))
    await asyncio.gather(*reminders)
    await asyncio.gather(*answers)
    [(refused_at, _)] = telegram.refused
    after = [(at, number) for at, number in telegram.sent if at > refused_at]
    assert min(at for at, _ in after) >= refused_at + 2
    assert [number for _, number in after[:2]] == [500, 5]
    assert sorted(number for _, number in telegram.sent) == [*range(40), 500]


async def test_only_sends_inside_reminder_sends_are_reminders() -> None:
    """The mark is the context's: a send after the block, in the same task, is an answer."""
    time = FakeTime()
    telegram = Telegram(time)
    limiter = _limiter(time)

    async def reminder_then_answer() -> None:
        with reminder_sends():
            await _send(limiter, telegram, 500, chat_id=7)
        await _send(limiter, telegram, 501, chat_id=8)

    first = asyncio.create_task(reminder_then_answer())
    reminders = _reminders(limiter, telegram, range(30))
    await asyncio.gather(first, *reminders)
    assert [number for _, number in telegram.sent][:3] == [500, 501, 0]
