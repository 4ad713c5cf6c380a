"""Configuration from the environment (and a `.env` file), validated once at start-up."""

import re
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator

from storage.location import DatabaseLocation

TOKEN_PATTERN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,64}$")
# Telegram allows 1-256 characters; fewer than 16 would be guessable.
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,256}$")


class SettingsError(Exception):
    """The configuration cannot be used; the message is one line an operator can act on."""


class Settings(DatabaseLocation):
    """Everything an operator can set; see deploy/.env.example for each one.

    The database URL and data folder (and the `.env` file) come from DatabaseLocation.
    """

    telegram_bot_token: SecretStr = Field(repr=False)
    telegram_api_base_url: str = "https://api.telegram.org"
    default_time_zone: str = "UTC"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # Messages per second overall (Telegram allows about 30); 0 turns the limiter off.
    telegram_rate_limit: float = Field(default=30, ge=0)
    # The log says once per peak when the reminders due will take longer than this (seconds)
    # to go out at the rate limit: a clinic's 09:00 list going out until 09:55. 0: never.
    reminders_late_warning_seconds: float = Field(default=600, ge=0)
    # Paid broadcasts (Telegram's allow_paid_broadcast, 0.1 Star a message from the bot's
    # balance): at a peak, reminders go out at up to telegram_paid_broadcast_rate a second, at
    # most telegram_paid_broadcast_daily_budget messages a UTC day; answers to patients never.
    telegram_paid_broadcast: bool = False
    telegram_paid_broadcast_daily_budget: int = Field(default=0, ge=0)
    telegram_paid_broadcast_rate: float = Field(default=1000, gt=0, le=1000)
    # Pay only while the reminders due would take longer than this (seconds) at
    # telegram_rate_limit; 0: whenever any are waiting.
    telegram_paid_broadcast_backlog_seconds: float = Field(default=600, ge=0)
    # Webhook mode (`b12bot run --webhook`): Telegram posts updates to the public URL, which a
    # reverse proxy with TLS forwards to listen:port; the secret token proves a post is Telegram's.
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_secret_token: SecretStr | None = Field(default=None, repr=False)
    # /healthz, /readyz and /metrics on listen:port; no port, no endpoint.
    health_listen: str = "127.0.0.1"
    health_port: int | None = Field(default=None, ge=1, le=65535)
    # The public https:// address under which a reverse proxy forwards /calendar/<token>.ics to
    # calendar_listen:calendar_port (a server of its own, so /metrics stays private); empty: no
    # feed, /calendar sends only the file.
    calendar_base_url: str = ""
    calendar_listen: str = "127.0.0.1"
    calendar_port: int = Field(default=8090, ge=1, le=65535)

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_is_well_formed(cls, value: SecretStr) -> SecretStr:
        """Reject tokens that cannot be a BotFather token, without echoing them."""
        if not TOKEN_PATTERN.match(value.get_secret_value().strip()):
            raise ValueError("it should look like 123456789:AAE… as given by @BotFather")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("default_time_zone")
    @classmethod
    def _zone_exists(cls, value: str) -> str:
        """Accept only IANA zone names that this machine's tz database knows."""
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError("use an IANA zone name such as Europe/London") from error
        return value

    @field_validator("health_port", mode="before")
    @classmethod
    def _empty_port_is_none(cls, value: object) -> object:
        """HEALTH_PORT= (empty, as in .env.example) means no endpoint."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_secret_token")
    @classmethod
    def _secret_is_acceptable(cls, value: SecretStr | None) -> SecretStr | None:
        """Telegram accepts 1-256 characters of A-Z, a-z, 0-9, _ and -."""
        if value is None or not value.get_secret_value().strip():
            return None
        if not WEBHOOK_SECRET_PATTERN.match(value.get_secret_value().strip()):
            raise ValueError("use 16 to 256 characters of A-Z, a-z, 0-9, _ and -")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("telegram_api_base_url", "calendar_base_url")
    @classmethod
    def _strip_trailing_slash(cls, value: str) -> str:
        """Normalise the base URL so method paths can be appended."""
        return value.rstrip("/")

    @field_validator("calendar_base_url")
    @classmethod
    def _calendar_url_is_web(cls, value: str) -> str:
        """The feed links are built on it: an https:// (or, behind a proxy, http://) address."""
        if value.strip() and not value.strip().startswith(("https://", "http://")):
            raise ValueError("use the public https:// address the calendar feeds are served at")
        return value.strip()

    @model_validator(mode="after")
    def _paid_broadcast_has_a_budget(self) -> "Settings":
        """Paying needs a daily budget, and the free limit it exceeds."""
        if not self.telegram_paid_broadcast:
            return self
        if self.telegram_paid_broadcast_daily_budget <= 0:
            raise ValueError(
                "TELEGRAM_PAID_BROADCAST_DAILY_BUDGET must be more than 0 (messages a UTC day) "
                "when TELEGRAM_PAID_BROADCAST is on"
            )
        if not self.telegram_rate_limit:
            raise ValueError("TELEGRAM_PAID_BROADCAST needs TELEGRAM_RATE_LIMIT above 0")
        return self

    def webhook_problem(self) -> str | None:
        """Why webhook mode cannot start with these settings, or None."""
        if not self.webhook_url.startswith(("https://", "http://")):
            return "WEBHOOK_URL must be the public https:// address Telegram posts updates to"
        if self.webhook_secret_token is None:
            return "WEBHOOK_SECRET_TOKEN is not set (16-256 characters of A-Z, a-z, 0-9, _, -)"
        return None

    @property
    def secrets(self) -> list[str]:
        """Every secret value, for the log filter to hide."""
        webhook = self.webhook_secret_token
        return [self.token, webhook.get_secret_value() if webhook else ""]

    @property
    def token(self) -> str:
        """The bot token, only for handing to python-telegram-bot."""
        return self.telegram_bot_token.get_secret_value()


def load_settings() -> Settings:
    """Read the settings, turning validation errors into one readable line."""
    try:
        return Settings()
    except ValidationError as error:
        raise SettingsError(_describe(error)) from None


def _describe(error: ValidationError) -> str:
    """Describe what is wrong with the settings without repeating any secret value."""
    problems = []
    for item in error.errors():
        name = ".".join(str(part) for part in item["loc"]).upper()
        if item["type"] == "missing":
            problems.append(f"{name} is not set")
        else:
            reason = str(item["msg"]).removeprefix("Value error, ")
            # A check of several settings together names them in its reason.
            problems.append(f"{name} is not valid: {reason}" if name else reason)
    return "; ".join(problems) + " (set it in the environment or in a .env file)"
