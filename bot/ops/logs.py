"""Logging set-up: one JSON object per line, library chatter kept down, secrets never written.

What is logged names a patient only by their internal id and never holds a message text
or health data. Libraries are held at a level where they say nothing of the sort:
python-telegram-bot logs request parameters and updates (message texts) at DEBUG, and
httpx logs every request URL, which carries the bot token.
"""

import json
import logging
from datetime import UTC, datetime

# The least a library logger may be set to, whatever LOG_LEVEL says.
LIBRARY_FLOORS = {
    "telegram": logging.INFO,
    "telegram.ext.Updater": logging.WARNING,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "hpack": logging.WARNING,
    "apscheduler": logging.WARNING,
    "tornado.access": logging.WARNING,
    "asyncio": logging.INFO,
}


class JsonLines(logging.Formatter):
    """Formats a record as one JSON object, with every secret replaced."""

    def __init__(self, secrets: list[str]) -> None:
        """Remember the secrets to hide (empty strings are ignored)."""
        super().__init__()
        self.secrets = [secret for secret in secrets if secret]

    def format(self, record: logging.LogRecord) -> str:
        """time, level, logger, message and (if any) the exception, on one line."""
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return self.redact(json.dumps(entry, ensure_ascii=False))

    def redact(self, line: str) -> str:
        """The line with every secret replaced."""
        for secret in self.secrets:
            line = line.replace(secret, "[redacted]")
        return line


class RedactSecrets(logging.Filter):
    """Replaces secrets in a record's message before any handler formats it."""

    def __init__(self, secrets: list[str]) -> None:
        """Remember the secrets to hide (empty strings are ignored)."""
        super().__init__()
        self.secrets = [secret for secret in secrets if secret]

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message with every secret replaced."""
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, "[redacted]")
            record.msg, record.args = message, None
        return True


def configure_logging(level: str, *, secrets: list[str]) -> None:
    """Send JSON lines to stderr at `level`, libraries held down, secrets redacted."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines(secrets))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name, floor in LIBRARY_FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, root.level))
