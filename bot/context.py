"""The typed context every handler receives: settings and the database, no string look-ups."""

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.clock import Clock
from bot.settings import Settings
from bot.telegram.update_attempts import received_at

if TYPE_CHECKING:
    from bot.delivery.dispatcher import ReminderDispatcher
    from bot.domain.code_attempts import CodeAttempts
    from bot.ops.operations import Operations


class BotServices:
    """What the composition root hands to every handler (filled in by build_application).

    python-telegram-bot creates bot_data with no arguments, so the fields are set after.
    """

    __slots__ = ("clock", "code_attempts", "dispatcher", "engine", "operations", "settings")

    settings: Settings
    engine: Engine
    clock: Clock
    dispatcher: "ReminderDispatcher"
    operations: "Operations"
    # Wrong caregiver invite codes per chat, in this process (bot.features.caregivers).
    code_attempts: "CodeAttempts"


class BotContext(
    CallbackContext[ExtBot[None], dict[object, object], dict[object, object], BotServices]
):
    """CallbackContext whose bot_data is the project's services."""

    @property
    def services(self) -> BotServices:
        """The settings and the database engine."""
        return self.bot_data

    @property
    def engine(self) -> Engine:
        """The database engine; open a unit of work with storage.database.session_scope."""
        return self.bot_data.engine

    def now(self) -> datetime:
        """The instant this update was first handled (aware, UTC), from the application's clock.

        The same on every attempt: an update handled again after a database outage keeps the
        time the patient sent it (bot.telegram.update_attempts).
        """
        return received_at(self.bot_data.clock())


# ExtBot[int]: the bot sends through AIORateLimiter, whose per-call arguments are ints.
BotApplication = Application[
    ExtBot[int], BotContext, dict[Any, Any], dict[Any, Any], BotServices, JobQueue[Any]
]
