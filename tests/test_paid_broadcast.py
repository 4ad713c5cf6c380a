"""PaidBroadcast: reminders go paid only at a peak and within the day's budget, kept in the
database across restarts; a refused paid message goes free, and so does the rest of the day.

The backlog is given (not counted in a ledger) and a fake bot records each send, so each test
reads exactly which messages were paid.
"""

import logging
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry, Counter
from pydantic import SecretStr
from sqlalchemy import Engine
from telegram import Bot, Message
from telegram.error import BadRequest

from bot.app import PACE, build_application
from bot.delivery.outgoing import Outgoing
from bot.delivery.paid_broadcast import BLOCK, RECOUNT, FreeSending, PaidBroadcast
from bot.settings import Settings
from bot.telegram.flood_control import FloodControl
from storage.database import session_scope
from storage.models import PaidBroadcastDay
from storage.paid_broadcasts import paid_broadcasts_taken
from tests.fake_clock import FakeClock

pytestmark = pytest.mark.sqlite_only

NINE = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
FREE = 10.0
MESSAGE = Outgoing(chat_id=1, text="Time for your injection")


class FakeBot:
    """Records whether each send was paid; refuses paid (or every) send when told to."""

    def __init__(self) -> None:
        """Nothing sent yet."""
        self.paid: list[bool] = []
        self.refuse_paid = False
        self.refuse_all = False

    async def send_message(self, chat_id: int, text: str, **options: Any) -> Message:
        """One sendMessage; a 400 where told."""
        paid = bool(options.get("allow_paid_broadcast"))
        if self.refuse_all or (paid and self.refuse_paid):
            raise BadRequest("Bad Request: not enough Stars to pay for the broadcast")
        self.paid.append(paid)
        return cast(Message, len(self.paid))


class Backlog:
    """The reminders due, as the test says; each count is recorded."""

    def __init__(self, due: int) -> None:
        """`due` reminders due now."""
        self.due = due
        self.counts = 0

    def __call__(self, now: datetime) -> int:
        """How many are due."""
        self.counts += 1
        return self.due


def _paid(
    engine: Engine, clock: FakeClock, backlog: Backlog, *, budget: int = 250, after: float = 5.0
) -> PaidBroadcast:
    """Paid broadcasts at a free limit of 10/s, paying past `after` seconds of backlog."""
    return PaidBroadcast(
        engine=engine,
        clock=clock,
        daily_budget=budget,
        free_per_second=FREE,
        paid_per_second=980,
        backlog_seconds=after,
        paid_sent=Counter("paid", "paid", registry=CollectorRegistry()),
        backlog=backlog,
        # No recount between sends unless a test moves it: the estimate decides.
        monotonic=lambda: 0.0,
    )


async def _send(paid: PaidBroadcast | FreeSending, bot: FakeBot, count: int, at: datetime) -> None:
    """`count` reminders, one after the other."""
    for _ in range(count):
        await paid.send(cast(Bot, bot), MESSAGE, at)


def _taken(engine: Engine, day: datetime = NINE) -> int:
    """What the day's budget has given out, as stored."""
    with session_scope(engine) as session:
        return paid_broadcasts_taken(session, day=day.date())


@pytest.fixture
def clock() -> FakeClock:
    """09:00 UTC."""
    return FakeClock(NINE)


async def test_off_peak_nothing_is_paid_or_taken(engine: Engine, clock: FakeClock) -> None:
    """50 due at 10/s take 5 s, not past 5 s: free, and the budget untouched."""
    bot = FakeBot()
    paid = _paid(engine, clock, Backlog(50))
    await _send(paid, bot, 50, NINE)
    assert bot.paid == [False] * 50
    assert _taken(engine) == 0
    assert paid.budget_today().left == 250


async def test_a_peak_is_paid_only_for_what_would_go_out_too_late(
    engine: Engine, clock: FakeClock
) -> None:
    """120 due at 10/s take 12 s, past 5 s: the first 70 go paid, the last 50 (5 s worth) free;
    the unused part of the block goes back, so the day counts 70."""
    bot = FakeBot()
    paid = _paid(engine, clock, Backlog(120))
    await _send(paid, bot, 120, NINE)
    assert bot.paid == [True] * 70 + [False] * 50
    assert _taken(engine) == 70
    assert paid.budget_today().used == 70
    assert not paid.paying


async def test_the_budget_is_never_overspent_and_survives_a_restart(
    engine: Engine, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """A budget of 150 and 1,000 due: 150 paid, then free, logged once; a new process the same
    day pays nothing more; the next UTC day has its budget again."""
    caplog.set_level(logging.INFO, logger="bot.delivery.paid_broadcast")
    bot = FakeBot()
    await _send(_paid(engine, clock, Backlog(1000), budget=150), bot, 300, NINE)
    assert bot.paid == [True] * 150 + [False] * 150
    assert _taken(engine) == 150
    spent = [r for r in caplog.records if "budget (150 messages) is spent" in r.getMessage()]
    assert len(spent) == 1

    restarted = _paid(engine, clock, Backlog(1000), budget=150)
    again = FakeBot()
    await _send(restarted, again, 20, NINE + timedelta(hours=1))
    assert again.paid == [False] * 20
    assert restarted.budget_today().left == 0

    tomorrow = NINE + timedelta(days=1)
    clock.set(tomorrow)
    await _send(restarted, again, 10, tomorrow)
    assert again.paid[20:] == [True] * 10
    assert (_taken(engine), _taken(engine, tomorrow)) == (150, BLOCK)
    assert restarted.budget_today().used == 10


async def test_a_clean_stop_gives_back_the_block_and_a_crash_keeps_it(
    engine: Engine, clock: FakeClock
) -> None:
    """10 paid of a block of 100: a clean stop leaves 10 counted; a crash leaves the block
    counted (underspent, never over)."""
    bot = FakeBot()
    crashed = _paid(engine, clock, Backlog(1000))
    await _send(crashed, bot, 10, NINE)
    assert _taken(engine) == BLOCK
    stopped = _paid(engine, clock, Backlog(1000))
    await _send(stopped, bot, 10, NINE)
    stopped.close()
    assert _taken(engine) == BLOCK + 10
    assert bot.paid == [True] * 20


async def test_a_refused_paid_message_goes_free_and_so_does_the_rest_of_the_day(
    engine: Engine, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """Telegram refuses to be paid: that message is resent free at once, every later one goes
    free without trying, one warning; the next day it pays again."""
    caplog.set_level(logging.WARNING, logger="bot.delivery.paid_broadcast")
    bot = FakeBot()
    paid = _paid(engine, clock, Backlog(1000))
    await _send(paid, bot, 3, NINE)
    bot.refuse_paid = True
    await _send(paid, bot, 5, NINE)
    assert bot.paid == [True] * 3 + [False] * 5
    refused = [r.getMessage() for r in caplog.records]
    assert len(refused) == 1
    assert refused[0].startswith("Telegram refused a paid broadcast (Not enough stars")
    # What was taken and not used went back.
    assert _taken(engine) == 4
    bot.refuse_paid = False
    await _send(paid, bot, 1, NINE + timedelta(days=1))
    assert bot.paid[-1] is True


async def test_a_message_refused_free_too_fails_and_leaves_paying_on(
    engine: Engine, clock: FakeClock
) -> None:
    """A 400 that comes again without paying is the message's fault: it is raised, and the next
    reminder still goes paid."""
    bot = FakeBot()
    paid = _paid(engine, clock, Backlog(1000))
    bot.refuse_all = True
    with pytest.raises(BadRequest):
        await _send(paid, bot, 1, NINE)
    bot.refuse_all = False
    await _send(paid, bot, 1, NINE)
    assert bot.paid == [True]


async def test_the_backlog_is_counted_again_only_once_the_estimate_ends_the_peak(
    engine: Engine, clock: FakeClock
) -> None:
    """The estimate goes down by one a send; once it ends the peak it is counted again, at most
    every RECOUNT seconds (more came due meanwhile: paying resumes)."""
    backlog = Backlog(60)
    monotonic = [0.0]
    paid = _paid(engine, clock, backlog)
    paid._monotonic = lambda: monotonic[0]  # time the test moves
    bot = FakeBot()
    await _send(paid, bot, 15, NINE)
    assert bot.paid == [True] * 10 + [False] * 5
    assert backlog.counts == 1
    backlog.due = 300
    monotonic[0] = RECOUNT
    await _send(paid, bot, 1, NINE)
    assert (bot.paid[-1], backlog.counts) == (True, 2)
    assert paid.pace(29.4) == 980


def test_free_sending_paces_at_the_free_limit() -> None:
    """With paid broadcasts off the drain estimate keeps the free limit."""
    assert FreeSending().pace(29.4) == 29.4
    assert FreeSending().peak_pace(29.4) == 29.4


async def test_a_peak_is_told_at_the_paid_rate_until_the_budget_is_spent(
    engine: Engine, clock: FakeClock
) -> None:
    """The operator's peak warning counts at the paid rate while today's budget lasts, even
    before the first paid send, and at the free limit once it is spent."""
    bot = FakeBot()
    paid = _paid(engine, clock, Backlog(1000), budget=100)
    assert paid.peak_pace(FREE) == 980
    await _send(paid, bot, 150, NINE)
    assert bot.paid == [True] * 100 + [False] * 50
    assert paid.peak_pace(FREE) == FREE


_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("send"), st.integers(1, 400)),
        st.tuples(st.sampled_from(["crash", "stop", "next day"]), st.just(0)),
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=_STEPS)
async def test_property_no_day_pays_past_its_budget(
    engine: Engine, steps: list[tuple[str, int]]
) -> None:
    """Any run of peaks, crashes, clean stops and days: no day pays more than its budget, and
    the stored count is never below what was paid (above it by at most a block per crash)."""
    with session_scope(engine) as session:
        session.execute(sa.delete(PaidBroadcastDay))
    budget = 250
    clock = FakeClock(NINE)
    bot = FakeBot()
    paid = _paid(engine, clock, Backlog(10_000), budget=budget)
    paid_on: dict[datetime, int] = {}
    crashes: dict[datetime, int] = {}
    for step, count in steps:
        if step == "send":
            before = len([p for p in bot.paid if p])
            await _send(paid, bot, count, clock())
            paid_on[clock()] = paid_on.get(clock(), 0) + len([p for p in bot.paid if p]) - before
        elif step == "next day":
            clock.advance(timedelta(days=1))
        else:
            if step == "stop":
                paid.close()
            else:
                crashes[clock()] = crashes.get(clock(), 0) + 1
            paid = _paid(engine, clock, Backlog(10_000), budget=budget)
    for day, count in paid_on.items():
        assert count <= budget
        assert count <= _taken(engine, day) <= count + BLOCK * (crashes.get(day, 0) + 1)


def test_the_application_paces_paid_broadcasts_apart_when_on(engine: Engine) -> None:
    """With the setting on, the limiter has a paid pool at the paid rate (a little under it,
    as the free one) and the reminder loop sends through PaidBroadcast; off, neither."""
    token = SecretStr("123456789:AAEhBP0av28wFwV9ZmYEXAMPLEEXAMPLE12345")
    base = Settings(telegram_bot_token=token, database_url=str(engine.url))
    on = base.model_copy(
        update={"telegram_paid_broadcast": True, "telegram_paid_broadcast_daily_budget": 10}
    )
    for chosen, paid_pace in ((on, 1000 * PACE), (base, None)):
        application = build_application(chosen, engine)
        limiter = application.bot.rate_limiter
        assert isinstance(limiter, FloodControl)
        assert limiter.paid_per_second == (pytest.approx(paid_pace) if paid_pace else None)
        sending = application.bot_data.dispatcher.reminder_sending
        assert isinstance(sending, PaidBroadcast) is (paid_pace is not None)
