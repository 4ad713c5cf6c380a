"""The wake-up timer: armed for the earliest pending reminder, re-armed only when needed."""

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from telegram import Update
from telegram.ext import Job, MessageHandler, filters

from bot.context import BotApplication, BotContext
from bot.delivery import wake_timer
from bot.delivery.wake_timer import WAKE_JOB, rearm_reminders
from bot_api_double import BotApiDouble
from storage.database import session_scope
from storage.models import ReminderKind
from storage.reminders import add_reminder, next_pending_due_at
from tests.bot.conftest import eventually
from tests.bot.patients import common_monthly, patient_with_plan
from tests.fake_clock import FakeClock

PATIENT = 6101


def _wake_jobs(application: BotApplication) -> list[Job[Any]]:
    """The wake-up jobs armed now."""
    assert application.job_queue is not None
    return list(application.job_queue.get_jobs_by_name(WAKE_JOB))


def _fires_in(application: BotApplication) -> float:
    """Seconds until the (single) wake-up fires."""
    [job] = _wake_jobs(application)
    assert job.next_t is not None
    return (job.next_t - datetime.now(UTC)).total_seconds()


async def test_a_later_reminder_leaves_the_wake_up_alone_an_earlier_one_moves_it(
    application: BotApplication, engine: Engine, clock: FakeClock
) -> None:
    """Writing a reminder after the armed one keeps the job; one before it re-arms for it."""
    patient_id = patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=clock().date() + timedelta(days=2),
    )
    await rearm_reminders(application)
    [armed] = _wake_jobs(application)
    first_in = _fires_in(application)
    assert timedelta(days=1) < timedelta(seconds=first_in) < timedelta(days=3)

    with session_scope(engine) as session:
        later = clock() + timedelta(days=20)
        add_reminder(session, patient_id=patient_id, kind=ReminderKind.STOCK_LOW, due_at=later)
    await rearm_reminders(application)
    assert _wake_jobs(application) == [armed]

    with session_scope(engine) as session:
        soon = clock() + timedelta(minutes=5)
        add_reminder(session, patient_id=patient_id, kind=ReminderKind.STOCK_LOW, due_at=soon)
    await rearm_reminders(application)
    assert _wake_jobs(application) != [armed]
    assert 240 < _fires_in(application) <= 300


def _counting_rearms(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record each re-arm (by application) and still re-arm for real."""
    calls: list[object] = []
    real = wake_timer.rearm_reminders

    async def counted(application: Any) -> None:
        calls.append(application)
        await real(application)

    monkeypatch.setattr(wake_timer, "rearm_reminders", counted)
    return calls


async def test_a_handler_that_writes_a_reminder_re_arms_the_wake_up_without_asking(
    application: BotApplication,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A handler writes a reminder due soon and never re-arms: the update's handling does, once."""
    patient_id = patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=clock().date() + timedelta(days=2),
    )
    await rearm_reminders(application)
    assert _fires_in(application) > timedelta(days=1).total_seconds()
    rearms = _counting_rearms(monkeypatch)
    handled = asyncio.Event()

    async def write_a_reminder(update: Update, context: BotContext) -> None:
        with session_scope(engine) as session:
            soon = clock() + timedelta(minutes=5)
            add_reminder(session, patient_id=patient_id, kind=ReminderKind.STOCK_LOW, due_at=soon)
        handled.set()

    application.add_handler(MessageHandler(filters.Regex("^zz write$"), write_a_reminder), -900)
    await double.send_text(PATIENT, "zz write")
    await asyncio.wait_for(handled.wait(), timeout=10)
    await eventually(lambda: bool(rearms), "the wake-up re-armed after the handler")
    await double.idle(quiet=0.2)
    assert rearms == [application]
    assert 240 < _fires_in(application) <= 300


def _patient(engine: Engine, clock: FakeClock) -> int:
    """PATIENT on the common monthly plan, first injection in two days."""
    first_dose_on = clock().date() + timedelta(days=2)
    return patient_with_plan(
        engine, chat_id=PATIENT, phases=common_monthly(), now=clock(), first_dose_on=first_dose_on
    )


async def test_a_handler_that_writes_no_reminder_does_not_re_arm(
    application: BotApplication,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A handler that only reads (and writes other tables elsewhere) leaves the wake-up alone."""
    _patient(engine, clock)
    await rearm_reminders(application)
    rearms = _counting_rearms(monkeypatch)
    handled = asyncio.Event()

    async def read_only(update: Update, context: BotContext) -> None:
        with session_scope(engine) as session:
            next_pending_due_at(session)
        handled.set()

    application.add_handler(MessageHandler(filters.Regex("^zz read$"), read_only), -900)
    await double.send_text(PATIENT, "zz read")
    await asyncio.wait_for(handled.wait(), timeout=10)
    await double.idle(quiet=0.3)
    assert rearms == []


async def test_concurrent_handlings_re_arm_only_for_their_own_writes(
    engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two handlings overlap; only the one whose unit of work wrote reminders re-arms."""
    patient_id = _patient(engine, clock)
    rearmed: list[object] = []

    async def record(application: Any) -> None:
        rearmed.append(application)

    monkeypatch.setattr(wake_timer, "rearm_reminders", record)
    writer, reader = object(), object()
    both_inside = asyncio.Barrier(2)

    async def handle(application: Any, *, writes: bool) -> None:
        async with wake_timer.rearming_after_writes(application):
            await both_inside.wait()
            with session_scope(engine) as session:
                if writes:
                    due = clock() + timedelta(hours=1)
                    add_reminder(
                        session, patient_id=patient_id, kind=ReminderKind.STOCK_LOW, due_at=due
                    )
                else:
                    next_pending_due_at(session)
            await asyncio.sleep(0)

    await asyncio.gather(handle(writer, writes=True), handle(reader, writes=False))
    assert rearmed == [writer]


async def test_a_rolled_back_write_does_not_re_arm(
    engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A unit of work that wrote a reminder and then failed marks nothing."""
    patient_id = _patient(engine, clock)
    rearmed: list[object] = []

    async def record(application: Any) -> None:
        rearmed.append(application)

    monkeypatch.setattr(wake_timer, "rearm_reminders", record)
    application: Any = object()

    def write_then_fail() -> None:
        with session_scope(engine) as session:
            due = clock() + timedelta(hours=1)
            add_reminder(session, patient_id=patient_id, kind=ReminderKind.STOCK_LOW, due_at=due)
            session.flush()
            raise RuntimeError("the handler failed")

    async with wake_timer.rearming_after_writes(application):
        with pytest.raises(RuntimeError):
            write_then_fail()
    assert rearmed == []
