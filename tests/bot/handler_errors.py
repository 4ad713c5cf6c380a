"""How many updates a running Application failed to handle, read from its own metrics."""

from bot.context import BotApplication
from bot_api_double import BotApiDouble


async def handler_errors(application: BotApplication, double: BotApiDouble) -> float:
    """The failed updates so far, once the bot has gone quiet (its error handler has run)."""
    await double.idle()
    registry = application.bot_data.dispatcher.metrics.registry
    return registry.get_sample_value("b12bot_handler_errors_total") or 0.0
