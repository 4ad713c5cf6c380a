"""Settings: defaults, validation messages that never echo the token, and log redaction."""

import logging
from pathlib import Path

import pytest

from bot.ops.logs import RedactSecrets
from bot.settings import SettingsError, load_settings

VALID_TOKEN = "123456789:AAEhBP0av28wFwV9ZmYEXAMPLEEXAMPLE12345"


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run each test in an empty folder with no b12bot variables set."""
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "DATABASE_URL", "DATA_DIR", "DEFAULT_TIME_ZONE"):
        monkeypatch.delenv(name, raising=False)


def test_missing_token_is_one_readable_line() -> None:
    """Without a token the operator is told which variable to set."""
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert str(error.value).startswith("TELEGRAM_BOT_TOKEN is not set")
    assert "\n" not in str(error.value)


def test_malformed_token_is_explained_without_echoing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong token is rejected, and the message does not repeat it."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "not-a-real-secret-value")
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert "TELEGRAM_BOT_TOKEN is not valid" in str(error.value)
    assert "not-a-real-secret-value" not in str(error.value)


def test_defaults_use_a_sqlite_file_in_the_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the token is required; the database defaults to SQLite under data/."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", VALID_TOKEN)
    settings = load_settings()
    assert settings.resolved_database_url == "sqlite:///data/b12bot.sqlite3"
    assert settings.telegram_api_base_url == "https://api.telegram.org"
    assert VALID_TOKEN not in repr(settings)


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    """A .env file in the working folder supplies settings."""
    (tmp_path / ".env").write_text(
        f"TELEGRAM_BOT_TOKEN={VALID_TOKEN}\nDEFAULT_TIME_ZONE=Europe/London\n"
        "TELEGRAM_API_BASE_URL=http://127.0.0.1:8081/\n"
    )
    settings = load_settings()
    assert settings.token == VALID_TOKEN
    assert settings.default_time_zone == "Europe/London"
    assert settings.telegram_api_base_url == "http://127.0.0.1:8081"


def test_unknown_time_zone_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default zone must be an IANA name."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", VALID_TOKEN)
    monkeypatch.setenv("DEFAULT_TIME_ZONE", "Mars/Olympus_Mons")
    with pytest.raises(SettingsError, match="DEFAULT_TIME_ZONE is not valid"):
        load_settings()


def test_redaction_hides_the_token_in_formatted_records() -> None:
    """A log record that would carry the token carries a placeholder instead."""
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "POST %s", (f"/bot{VALID_TOKEN}/getMe",), None
    )
    RedactSecrets([VALID_TOKEN]).filter(record)
    assert record.getMessage() == "POST /bot[redacted]/getMe"


def test_paid_broadcast_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is paid unless the operator turns it on; then at 1,000 a second at most."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", VALID_TOKEN)
    settings = load_settings()
    assert settings.telegram_paid_broadcast is False
    assert settings.telegram_paid_broadcast_rate == 1000
    assert settings.telegram_paid_broadcast_backlog_seconds == 600


def test_paid_broadcast_needs_a_daily_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turned on without a budget, the bot does not start, and says which setting to give."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", VALID_TOKEN)
    monkeypatch.setenv("TELEGRAM_PAID_BROADCAST", "true")
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert str(error.value).startswith("TELEGRAM_PAID_BROADCAST_DAILY_BUDGET must be more than 0")
    monkeypatch.setenv("TELEGRAM_PAID_BROADCAST_DAILY_BUDGET", "5000")
    assert load_settings().telegram_paid_broadcast_daily_budget == 5000


def test_paid_broadcast_rate_is_at_most_telegrams_thousand(monkeypatch: pytest.MonkeyPatch) -> None:
    """Telegram allows up to 1,000 paid messages a second; more is a configuration error."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", VALID_TOKEN)
    monkeypatch.setenv("TELEGRAM_PAID_BROADCAST_RATE", "1500")
    with pytest.raises(SettingsError, match="TELEGRAM_PAID_BROADCAST_RATE is not valid"):
        load_settings()


def test_paid_broadcast_needs_the_free_limit_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a rate limiter there is no limit to pay past."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", VALID_TOKEN)
    monkeypatch.setenv("TELEGRAM_PAID_BROADCAST", "true")
    monkeypatch.setenv("TELEGRAM_PAID_BROADCAST_DAILY_BUDGET", "5000")
    monkeypatch.setenv("TELEGRAM_RATE_LIMIT", "0")
    with pytest.raises(SettingsError, match="needs TELEGRAM_RATE_LIMIT above 0"):
        load_settings()
