"""Command-line entry point: `b12bot run [--webhook]`, `b12bot migrate` and `b12bot try`."""

import argparse
import asyncio
import gc
import logging
import os
import sys
from pathlib import Path

from bot.app import build_application
from bot.ops.logs import configure_logging
from bot.settings import Settings, SettingsError, load_settings
from bot.telegram.lifecycle import Polling, UpdateSource, serve
from bot.telegram.webhook import Webhook
from storage.database import create_database_engine
from storage.schema import upgrade_to_latest

logger = logging.getLogger("bot")


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, load settings and run the chosen command."""
    arguments = _parser().parse_args(argv)
    # Opt in to python-telegram-bot's timedelta periods (RetryAfter); ints are deprecated.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    if arguments.command == "try":
        # Imported only here: the movable clock is out of reach of `run` and `migrate`.
        from bot.tryout.main import run_try

        return run_try(arguments)
    try:
        settings = load_settings()
    except SettingsError as error:
        sys.stderr.write(f"b12bot: {error}\n")
        return 2
    configure_logging(settings.log_level, secrets=settings.secrets)
    if arguments.command == "migrate":
        migrate(settings)
        return 0
    if arguments.webhook and (problem := settings.webhook_problem()):
        sys.stderr.write(f"b12bot: {problem} (set it in the environment or in a .env file)\n")
        return 2
    return run(settings, webhook=arguments.webhook)


def _parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    parser = argparse.ArgumentParser(
        prog="b12bot", description="Telegram reminders for vitamin B12 injection therapy."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run_command = commands.add_parser(
        "run", help="apply migrations, then answer patients (long polling, or --webhook)"
    )
    run_command.add_argument(
        "--webhook",
        action="store_true",
        help="receive updates on WEBHOOK_LISTEN:WEBHOOK_PORT behind WEBHOOK_URL instead of polling",
    )
    commands.add_parser("migrate", help="bring the database to the newest schema and exit")
    try_command = commands.add_parser(
        "try",
        help="try the bot without Telegram: a local chat page (or terminal) and a movable clock",
    )
    _try_arguments(try_command)
    return parser


def _try_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `b12bot try` (the try-out itself is imported only when it runs)."""
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--terminal", action="store_true", help="chat in this terminal instead of a browser"
    )
    mode.add_argument(
        "--script",
        type=Path,
        metavar="FILE",
        help="replay a file of say / press / wait lines and print the transcript",
    )
    parser.add_argument(
        "--port", type=int, default=0, help="the chat page's port (default 8321, or any free one)"
    )
    parser.add_argument(
        "--start",
        metavar="WHEN",
        help="where the bot's clock starts, e.g. '2026-11-25 08:00 Europe/London' (default: now)",
    )
    parser.add_argument(
        "--no-browser", action="store_true", help="print the page's address but open no browser"
    )


def migrate(settings: Settings) -> None:
    """Apply pending migrations to the configured database."""
    engine = create_database_engine(settings.resolved_database_url)
    upgrade_to_latest(engine)
    engine.dispose()
    logger.info("database schema is up to date")


def run(settings: Settings, *, webhook: bool = False) -> int:
    """Migrate, then poll Telegram (or serve its webhook) until SIGINT or SIGTERM; the exit
    code: 0, or 2 when Telegram rejects the token (the operator must fix it; waiting cannot)."""
    engine = create_database_engine(settings.resolved_database_url)
    upgrade_to_latest(engine)
    application = build_application(settings, engine)
    # Everything built so far lives as long as the process: out of the collector's reach,
    # whose passes over it were a third of the reminder loop's own work (bench.ledger_cost).
    gc.freeze()
    source: UpdateSource
    if webhook:
        assert settings.webhook_secret_token is not None
        logger.info(
            "b12bot starting (webhook on %s:%s)", settings.webhook_listen, settings.webhook_port
        )
        source = Webhook(
            application,
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url=settings.webhook_url,
            secret=settings.webhook_secret_token.get_secret_value(),
        )
    else:
        logger.info("b12bot starting (long polling)")
        source = Polling(application)
    served = asyncio.run(serve(application, source))
    engine.dispose()
    logger.info("b12bot stopped")
    return 0 if served else 2
