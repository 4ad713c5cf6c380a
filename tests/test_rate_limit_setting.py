"""TELEGRAM_RATE_LIMIT: 30 messages a second by default, any other rate, or none at all."""

import pytest
from pydantic import SecretStr, ValidationError
from sqlalchemy import Engine
from telegram.ext import AIORateLimiter

from bot.app import PACE, build_application
from bot.settings import Settings

TOKEN = SecretStr("123456789:AAEhBP0av28wFwV9ZmYEXAMPLEEXAMPLE12345")


def _limiter(engine: Engine, rate: float) -> AIORateLimiter | None:
    """The rate limiter the application's bot sends through."""
    settings = Settings(
        telegram_bot_token=TOKEN, database_url=str(engine.url), telegram_rate_limit=rate
    )
    limiter = build_application(settings, engine).bot.rate_limiter
    assert limiter is None or isinstance(limiter, AIORateLimiter)
    return limiter


def _overall_rate(limiter: AIORateLimiter | None) -> float | None:
    """The overall messages per second the limiter allows."""
    assert limiter is not None
    base = limiter._base_limiter  # the only place PTB keeps the rate
    return None if base is None else base.max_rate / base.time_period


def test_default_limits_to_thirty_messages_a_second() -> None:
    """Telegram's overall limit is the default."""
    assert Settings(telegram_bot_token=TOKEN).telegram_rate_limit == 30


def test_the_limiter_sends_at_the_configured_rate(engine: Engine) -> None:
    """The default, or a raised limit an operator sets."""
    # Paced a little under the limit (PACE), so jitter never earns a 429.
    assert _overall_rate(_limiter(engine, 30)) == pytest.approx(30 * PACE)
    assert _overall_rate(_limiter(engine, 100)) == pytest.approx(100 * PACE)


def test_the_limiter_paces_one_message_at_a_time(engine: Engine) -> None:
    """No burst: Telegram counts a sliding second, so messages are spaced evenly."""
    limiter = _limiter(engine, 30)
    assert limiter is not None
    base = limiter._base_limiter
    assert base is not None
    assert base.max_rate == 1
    assert base.time_period == pytest.approx(1 / (30 * PACE))


def test_zero_turns_the_limiter_off(engine: Engine) -> None:
    """0 sends without any limiter (for benchmarks against a local Bot API)."""
    assert _limiter(engine, 0) is None


def test_negative_rate_is_rejected() -> None:
    """A negative rate is a configuration error."""
    with pytest.raises(ValidationError):
        Settings(telegram_bot_token=TOKEN, telegram_rate_limit=-1)
