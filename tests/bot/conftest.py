"""The real b12bot Application polling the Bot API double, and the steps its tests share."""

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.app import build_application
from bot.context import BotApplication
from bot.delivery.wake_timer import WAKE_JOB, rearm_reminders
from bot.settings import Settings
from bot_api_double import BotApiDouble, RecordedCall
from storage.database import session_scope
from storage.reminders import next_pending_due_at
from tests.bot.patients import patient_on_common_monthly
from tests.fake_clock import FakeClock

# A Wednesday morning in London (GMT), well away from any DST change.
START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    """The application's clock; move it with clock.advance()."""
    return FakeClock(START)


@pytest.fixture
def monthly_patient(request: pytest.FixtureRequest, engine: Engine, clock: FakeClock) -> int:
    """The test module's PATIENT on the common monthly plan, first injection Thu 26 Nov 09:00."""
    chat_id: int = request.module.PATIENT
    return patient_on_common_monthly(engine, chat_id=chat_id, now=clock())


def settings_for(double: BotApiDouble, database_url: str) -> Settings:
    """Settings that point the bot at the double and the test database."""
    return Settings(
        telegram_bot_token=SecretStr(double.token),
        database_url=database_url,
        telegram_api_base_url=double.api_url,
        default_time_zone="Europe/London",
    )


@pytest.fixture
async def application(
    double: BotApiDouble, engine: Engine, clock: FakeClock
) -> AsyncIterator[BotApplication]:
    """b12bot's Application, started and polling the double; stopped after the test."""
    async with running_application(double, engine, clock) as app:
        yield app


@asynccontextmanager
async def running_application(
    double: BotApiDouble, engine: Engine, clock: FakeClock
) -> AsyncIterator[BotApplication]:
    """b12bot's Application, started and polling the double until the block ends."""
    app = build_application(settings_for(double, str(engine.url)), engine, clock=clock)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=1))
    await double.wait_until_polled()
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def reminders_settled(application: BotApplication) -> None:
    """Wait until no wake-up is due now and no delivery run is under way."""
    assert application.job_queue is not None
    deadline = asyncio.get_running_loop().time() + 15.0
    while asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.02)
        due_now = [
            job
            for job in application.job_queue.get_jobs_by_name(WAKE_JOB)
            if job.next_t is not None and (job.next_t - datetime.now(UTC)).total_seconds() < 0.5
        ]
        services = application.bot_data
        with session_scope(services.engine) as session:
            next_due = next_pending_due_at(session)
        nothing_due = next_due is None or next_due > services.clock()
        if nothing_due and not due_now and not services.dispatcher.busy:
            return
    raise AssertionError("reminder delivery did not settle in time")


async def advance_to(application: BotApplication, clock: FakeClock, instant: datetime) -> None:
    """Move the clock to an instant, let the wake-up timer fire and the delivery finish."""
    clock.set(instant)
    await rearm_reminders(application)
    await reminders_settled(application)


async def dose_reminder_at(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    at: datetime,
    *,
    chat_id: int,
) -> RecordedCall:
    """Move to `at`, let everything due go out, and return the dose reminder sent to the chat."""
    clock.set(at)
    await rearm_reminders(application)
    call = await double.wait_for(
        "sendMessage", chat_id=chat_id, predicate=lambda c: "Time for" in (c.text or "")
    )
    await reminders_settled(application)
    return call


async def dose_reminder_message_id(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    at: datetime,
    *,
    chat_id: int,
) -> int:
    """Move to `at`, let everything due go out, and return the dose reminder's message id."""
    call = await dose_reminder_at(application, double, clock, at, chat_id=chat_id)
    messages = [m for m in double.sent_messages(chat_id) if m.get("text") == call.text]
    return int(messages[-1]["message_id"])


async def eventually(check: Callable[[], bool], what: str, timeout: float = 10.0) -> None:  # noqa: ASYNC109
    """Poll until `check` holds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        await asyncio.sleep(0.05)


@asynccontextmanager
async def running_with(
    double: BotApiDouble, engine: Engine, clock: FakeClock, **changed: Any
) -> AsyncIterator[BotApplication]:
    """The Application with these settings changed, polling the double; stopped as the
    command stops it (post_shutdown included)."""
    settings = settings_for(double, str(engine.url)).model_copy(update=changed)
    app = build_application(settings, engine, clock=clock)
    await app.initialize()
    assert app.post_init is not None
    assert app.post_shutdown is not None
    await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=1))
    await double.wait_until_polled()
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.post_shutdown(app)
        await app.shutdown()
