"""The real b12bot Application, polling the Bot API double over HTTP."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.app import build_application
from bot.context import BotApplication
from bot.delivery.wake_timer import WAKE_JOB
from bot.settings import Settings
from bot_api_double import BotApiDouble
from storage.database import session_scope
from storage.reminders import next_pending_due_at
from tests.fake_clock import FakeClock

# A Wednesday morning in London (GMT), well away from any DST change.
START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    """The application's clock; move it with clock.advance()."""
    return FakeClock(START)


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
