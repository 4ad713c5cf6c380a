"""The real b12bot Application, polling the Bot API double over HTTP."""

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.app import build_application
from bot.context import BotApplication
from bot.settings import Settings
from tests.bot_api_double import BotApiDouble


def settings_for(double: BotApiDouble, database_url: str) -> Settings:
    """Settings that point the bot at the double and the test database."""
    return Settings(
        telegram_bot_token=SecretStr(double.token),
        database_url=database_url,
        telegram_api_base_url=double.api_url,
        default_time_zone="Europe/London",
    )


@pytest.fixture
async def application(double: BotApiDouble, engine: Engine) -> AsyncIterator[BotApplication]:
    """b12bot's Application, started and polling the double; stopped after the test."""
    app = build_application(settings_for(double, str(engine.url)), engine)
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
