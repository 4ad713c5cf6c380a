"""Logging set-up: readable lines, library chatter kept down, and the token never written."""

import logging

# httpx logs every request URL, and Telegram's URLs carry the bot token.
QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler", "telegram.ext.Updater")


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
    """Send logs to stderr at `level`, with secrets redacted from every record."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
