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
from ._world import CallbackAnswer, World

__all__ = [
    "ApiError",
    "Blocked",
    "BotApiDouble",
    "CallbackAnswer",
    "Delayed",
    "Disconnect",
    "Fault",
    "RecordedCall",
    "ServerError",
    "Timeout",
    "TooManyRequests",
    "UploadedFile",
    "World",
    "running_double",
]
