"""The typed context every handler receives: settings and the database, no string look-ups."""

from typing import Any

from sqlalchemy import Engine
from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.settings import Settings


class BotServices:
    """What the composition root hands to every handler (filled in by build_application).

    python-telegram-bot creates bot_data with no arguments, so the fields are set after.
    """

    __slots__ = ("engine", "settings")

    settings: Settings
    engine: Engine


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


# ExtBot[int]: the bot sends through AIORateLimiter, whose per-call arguments are ints.
BotApplication = Application[
    ExtBot[int], BotContext, dict[Any, Any], dict[Any, Any], BotServices, JobQueue[Any]
]
