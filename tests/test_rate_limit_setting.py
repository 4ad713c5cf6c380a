"""TELEGRAM_RATE_LIMIT: 30 messages a second by default, any other rate, or none at all."""

import pytest
from pydantic import SecretStr, ValidationError
from sqlalchemy import Engine

from bot.app import PACE, build_application
from bot.settings import Settings
from bot.telegram.flood_control import FloodControl

TOKEN = SecretStr("123456789:AAEhBP0av28wFwV9ZmYEXAMPLEEXAMPLE12345")


def _limiter(engine: Engine, rate: float) -> FloodControl | None:
    """The rate limiter the application's bot sends through."""
    settings = Settings(
        telegram_bot_token=TOKEN, database_url=str(engine.url), telegram_rate_limit=rate
    )
    limiter = build_application(settings, engine).bot.rate_limiter
    assert limiter is None or isinstance(limiter, FloodControl)
    return limiter


def test_default_limits_to_thirty_messages_a_second() -> None:
    """Telegram's overall limit is the default."""
    assert Settings(telegram_bot_token=TOKEN).telegram_rate_limit == 30


def test_the_limiter_sends_at_the_configured_rate(engine: Engine) -> None:
    """The default, or a raised limit an operator sets."""
    # Paced a little under the limit (PACE), so jitter never earns a 429.
    for rate in (30, 100):
        limiter = _limiter(engine, rate)
        assert limiter is not None
        assert limiter.per_second == pytest.approx(rate * PACE)


def test_zero_turns_the_limiter_off(engine: Engine) -> None:
    """0 sends without any limiter (for benchmarks against a local Bot API)."""
    assert _limiter(engine, 0) is None


def test_negative_rate_is_rejected() -> None:
    """A negative rate is a configuration error."""
    with pytest.raises(ValidationError):
        Settings(telegram_bot_token=TOKEN, telegram_rate_limit=-1)
