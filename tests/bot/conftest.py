"""The real b12bot Application, polling the Bot API double over HTTP."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.app import build_application
from bot.context import BotApplication
from bot.settings import Settings
from tests.bot_api_double import BotApiDouble
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
    app = build_application(settings_for(double, str(engine.url)), engine, clock=clock)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=1))
    await double.wait_until_polled()
    yield app
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
