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
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram.error import RetryAfter

from bot.telegram.flood_control import CHAT_GAP, PEAK_QUEUE, FloodControl, reminder_sends

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


PAID_RATE = 980.0


async def _send_paid(limiter: FloodControl, telegram: Telegram, number: int, chat_id: int) -> Any:
    """One paid broadcast (a reminder sent with allow_paid_broadcast), numbered, to a chat."""
    with reminder_sends():
        return await limiter.process_request(
            telegram.send,
            (number,),
            {},
            "sendMessage",
            {"chat_id": chat_id, "allow_paid_broadcast": True},
            None,
        )


def _paid_limiter(time: FakeTime, **options: Any) -> FloodControl:
    """A limiter on the fake clock with a paid pool at PAID_RATE beside the free RATE."""
    return FloodControl(
        RATE, paid_per_second=PAID_RATE, clock=time.clock, sleep=time.sleep, **options
    )


async def test_paid_broadcasts_go_at_the_paid_rate_beside_the_free_limit() -> None:
    """2,000 paid reminders and 60 free ones, all at once: the paid ones at 980 a second, never
    more than 980 in a rolling second; the free ones at the free pace as if alone."""
    time = FakeTime()
    telegram = Telegram(time)
    limiter = _paid_limiter(time)
    paid = [
        asyncio.create_task(_send_paid(limiter, telegram, number, 10_000 + number))
        for number in range(2000)
    ]
    free = _reminders(limiter, telegram, range(5000, 5060))
    await asyncio.gather(*paid, *free)
    paid_at = [at for at, number in telegram.sent if number < 5000]
    free_at = [at for at, number in telegram.sent if number >= 5000]
    assert sorted(number for _, number in telegram.sent) == [*range(2000), *range(5000, 5060)]
    assert _most_in_any_second(paid_at) <= 980
    assert min(b - a for a, b in pairwise(paid_at)) >= 1 / PAID_RATE - 1e-9
    assert 1999 / paid_at[-1] == pytest.approx(980, rel=0.01)
    assert _most_in_any_second(free_at) <= 29
    assert 59 / (free_at[-1] - free_at[0]) == pytest.approx(29, rel=0.02)
    assert limiter.paid_per_second == PAID_RATE


async def test_an_answer_at_a_paid_peak_takes_the_next_free_slot() -> None:
    """500 paid reminders queued: an answer to a patient does not wait for them."""
    time = FakeTime()
    telegram = Telegram(time)
    limiter = _paid_limiter(time)
    paid = [
        asyncio.create_task(_send_paid(limiter, telegram, number, 10_000 + number))
        for number in range(500)
    ]
    await _until(telegram, 50)
    arrived_at = time.now
    await _send(limiter, telegram, 900, chat_id=7)
    [answered_at] = [at for at, number in telegram.sent if number == 900]
    assert answered_at - arrived_at <= 1 / RATE + 1e-9
    await asyncio.gather(*paid)
    assert len(telegram.sent) == 501


async def test_a_429_on_a_paid_send_holds_only_paid_sends() -> None:
    """Paid reminder 20 refused with retry_after 2: no paid send during the pause, then the
    refused one first; free reminders meanwhile keep their pace."""
    time = FakeTime()
    telegram = Telegram(time, refuse={20})
    limiter = _paid_limiter(time)
    paid = [
        asyncio.create_task(_send_paid(limiter, telegram, number, 10_000 + number))
        for number in range(200)
    ]
    free = _reminders(limiter, telegram, range(5000, 5120))
    await asyncio.gather(*paid, *free)
    [(refused_at, _)] = telegram.refused
    paid_after = [(at, n) for at, n in telegram.sent if n < 5000 and at > refused_at]
    assert min(at for at, _ in paid_after) >= refused_at + 2
    assert paid_after[0][1] == 20
    during = [at for at, n in telegram.sent if n >= 5000 and refused_at < at < refused_at + 2]
    # Nearly two seconds' worth of free sends went while paid ones were held.
    assert len(during) >= 2 * 29 - 2
    assert sorted(n for _, n in telegram.sent) == [*range(200), *range(5000, 5120)]


async def test_a_429_on_a_free_send_does_not_hold_paid_sends() -> None:
    """An answer refused with retry_after 2: paid reminders go on at their pace meanwhile."""
    time = FakeTime()
    telegram = Telegram(time, refuse={9000})
    limiter = _paid_limiter(time)
    paid = [
        asyncio.create_task(_send_paid(limiter, telegram, number, 10_000 + number))
        for number in range(4000)
    ]
    await _until(telegram, 10)
    answer = asyncio.create_task(_send(limiter, telegram, 9000, chat_id=7))
    await asyncio.gather(answer, *paid)
    [(refused_at, _)] = telegram.refused
    during = [at for at, n in telegram.sent if n < 4000 and refused_at < at < refused_at + 2]
    assert len(during) >= 2 * 980 - 5
    [(answered_at, _)] = [(at, n) for at, n in telegram.sent if n == 9000]
    assert answered_at >= refused_at + 2


async def test_a_chat_is_spaced_whichever_pool_its_messages_take() -> None:
    """At a paid peak, an answer to a chat right after its paid reminder waits CHAT_GAP."""
    time = FakeTime()
    telegram = Telegram(time)
    limiter = _paid_limiter(time)
    first = asyncio.create_task(_send_paid(limiter, telegram, 0, chat_id=1000))
    paid = [
        asyncio.create_task(_send_paid(limiter, telegram, number, 10_000 + number))
        for number in range(1, 3000)
    ]
    await _until(telegram, 1)
    await _send(limiter, telegram, 900, chat_id=1000)
    await asyncio.gather(first, *paid)
    sent_at = dict((number, at) for at, number in telegram.sent)
    assert sent_at[900] - sent_at[0] >= CHAT_GAP - 1e-9


async def test_without_a_paid_pool_paid_broadcasts_count_as_free_messages() -> None:
    """A limiter with no paid rate paces allow_paid_broadcast messages at the free limit."""
    time = FakeTime()
    telegram = Telegram(time)
    limiter = _limiter(time)
    await asyncio.gather(
        *(_send_paid(limiter, telegram, number, 10_000 + number) for number in range(100))
    )
    assert _most_in_any_second([at for at, _ in telegram.sent]) <= 29
    assert limiter.paid_per_second is None


_KINDS = st.sampled_from(["answer", "reminder", "paid"])


@settings(max_examples=60, deadline=None)
@given(messages=st.lists(st.tuples(_KINDS, st.integers(0, 5)), min_size=1, max_size=60))
def test_property_every_message_once_within_each_pool_and_spaced_per_chat_at_a_peak(
    messages: list[tuple[str, int]],
) -> None:
    """Any mix of answers, reminders and paid broadcasts to a few chats, all at once: each sent
    once; never more in a rolling second than its pool allows, nor closer than its pace; and
    while a peak lasts (at least PEAK_QUEUE waiting), no chat gets two within CHAT_GAP."""
    free_rate, paid_rate = 5.5, 40.0

    async def scenario() -> list[tuple[float, int]]:
        time = FakeTime()
        telegram = Telegram(time)
        limiter = FloodControl(
            free_rate, paid_per_second=paid_rate, clock=time.clock, sleep=time.sleep
        )

        async def one(number: int, kind: str, chat: int) -> Any:
            if kind == "paid":
                return await _send_paid(limiter, telegram, number, chat)
            if kind == "reminder":
                with reminder_sends():
                    return await _send(limiter, telegram, number, chat)
            return await _send(limiter, telegram, number, chat)

        await asyncio.gather(*(one(n, kind, chat) for n, (kind, chat) in enumerate(messages)))
        return telegram.sent

    sent = asyncio.run(scenario())
    assert sorted(number for _, number in sent) == list(range(len(messages)))
    for paid, rate in ((True, paid_rate), (False, free_rate)):
        instants = [at for at, n in sent if (messages[n][0] == "paid") is paid]
        if instants:
            assert _most_in_any_second(instants) <= int(rate)
            assert min((b - a for a, b in pairwise(instants)), default=1.0) >= 1 / rate - 1e-9
    last_of_chat: dict[int, float] = {}
    for index, (at, number) in enumerate(sent):
        chat = messages[number][1]
        if chat in last_of_chat and len(sent) - index >= PEAK_QUEUE:
            assert at - last_of_chat[chat] >= CHAT_GAP - 1e-9
        last_of_chat[chat] = at
