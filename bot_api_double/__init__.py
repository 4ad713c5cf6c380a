"""A local test double of the Telegram Bot API that a real python-telegram-bot app talks to."""

from ._double import BotApiDouble, RecordedCall, running_double
from ._faults import (
    ApiError,
    Blocked,
    Delayed,
    Disconnect,
    Fault,
    ServerError,
    Timeout,
    TooManyRequests,
)
from ._wire import UploadedFile

__all__ = [
    "ApiError",
    "Blocked",
    "BotApiDouble",
    "Delayed",
    "Disconnect",
    "Fault",
    "RecordedCall",
    "ServerError",
    "Timeout",
    "TooManyRequests",
    "UploadedFile",
    "running_double",
]
