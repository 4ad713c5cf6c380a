"""Replies: many patients press Done at once; replies per second end to end, and latency.

Each run delivers one dose reminder to each of N patients (checked exactly once by the
audit), then every patient presses Done on it at the same moment. A reply is complete when
the bot's editMessageText for that chat reaches the Bot API double: update in (long
polling), the dose recorded done in the database, the reminder edited to show it. The bot runs
with TELEGRAM_RATE_LIMIT=0, so the figure is the bot's own capacity.

    python -m bench.replies --patients 2000 --runs 3
"""

import argparse
import asyncio
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlmodel import col

from bench.database import Prepared, RunDatabase, move_burst, prepared
from bench.harness import (
    Figure,
    add_databases_option,
    chosen_databases,
    database_ratios,
    machine,
    machine_load,
    percentile,
    print_table,
    spawn,
    stop,
    wait_until,
)
from bot_api_double import BotApiDouble, running_double
from storage.database import create_database_engine
from storage.models import DoseStatus, ScheduledDose
from tests.delivery_audit import audit_delivery, due_reminder_ids

FIGURES = (
    Figure("replies", "/s", 0),
    Figure("latency p50", "s", 3),
    Figure("latency p99", "s", 3),
    Figure("doses done", "", 0),
    Figure("reminders lost", "", 0),
    Figure("reminders doubled", "", 0),
)
TIMEOUT = 300.0


async def replies_run(source: Prepared, workdir: Path, patients: int) -> dict[str, float]:
    """Deliver N reminders, press Done on all at once, time the replies."""
    with source.copy(workdir, "replies") as database:
        return await _replies_on(database, patients)


async def _replies_on(database: RunDatabase, patients: int) -> dict[str, float]:
    """The reply burst on one run's copy of the database (SQLite or PostgreSQL)."""
    engine = create_database_engine(database.url)
    due = (datetime.now(UTC) + timedelta(seconds=3)).replace(microsecond=0)
    move_burst(engine, due)
    reminder_ids = due_reminder_ids(engine, due_by=due)
    async with running_double() as double:
        process = await spawn(
            "ledger", double, database.path, rate_limit=0, database_url=database.url
        )
        try:
            await double.wait_until_polled(timeout=TIMEOUT)
            await wait_until(lambda: _all_sent(engine, patients), timeout=TIMEOUT, every=0.2)
            audit = audit_delivery(engine, double.calls, reminder_ids)
            pressed_at, chats = await _press_done_everywhere(double)
            await wait_until(lambda: len(_edits(double, chats)) >= len(chats), timeout=TIMEOUT)
        finally:
            await stop(process)
    latencies = [at - pressed_at for at in _edits(double, chats).values()]
    figures = {
        "replies": len(latencies) / max(latencies) if latencies else 0.0,
        "latency p50": percentile(latencies, 0.5),
        "latency p99": percentile(latencies, 0.99),
        "doses done": _doses_done(engine),
        "reminders lost": audit.lost,
        "reminders doubled": audit.doubled,
    }
    engine.dispose()
    return figures


def _all_sent(engine: Engine, patients: int) -> bool:
    """Whether the ledger marks every burst reminder sent (so Done can edit it)."""
    statement = sa.text("SELECT count(*) FROM reminder WHERE kind = 'dose' AND status = 'sent'")
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one()) >= patients


async def _press_done_everywhere(double: BotApiDouble) -> tuple[float, set[Any]]:
    """Every patient presses Done under their reminder; when, and which chats."""
    presses: list[tuple[Any, int, str]] = []
    for call in double.calls_to("sendMessage"):
        if call.response_ok and call.chat_id not in {chat for chat, _, _ in presses}:
            [message] = double.sent_messages(call.chat_id)
            done = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
            presses.append((call.chat_id, message["message_id"], done))
    pressed_at = asyncio.get_running_loop().time()
    for chat_id, message_id, data in presses:
        await double.press_button(chat_id, message_id, data)
    return pressed_at, {chat for chat, _, _ in presses}


def _edits(double: BotApiDouble, chats: set[Any]) -> dict[Any, float]:
    """When each chat's reminder was edited to show the answer (first successful edit)."""
    edited: dict[Any, float] = {}
    for call in double.calls_to("editMessageText"):
        if call.response_ok and call.chat_id in chats:
            edited.setdefault(call.chat_id, call.at)
    return edited


def _doses_done(engine: Engine) -> int:
    """Doses the database records as done."""
    statement = sa.select(sa.func.count()).where(col(ScheduledDose.status) == DoseStatus.DONE)
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


async def run(arguments: argparse.Namespace) -> dict[str, list[dict[str, float]]]:
    """Every run on every database, alternating; the results by database."""
    sources = {
        database: prepared(
            database, arguments.workdir, patients=arguments.patients, server=arguments.postgres
        )
        for database in arguments.databases
    }
    results: dict[str, list[dict[str, float]]] = {database: [] for database in sources}
    for number in range(arguments.runs):
        for database, source in sources.items():
            figures = await replies_run(source, arguments.workdir, arguments.patients)
            print(f"run {number + 1} {database}: {figures}", file=sys.stderr, flush=True)
            results[database].append(figures)
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the reply bursts and print the table, a column per database."""
    parser = argparse.ArgumentParser(prog="bench replies", description=__doc__)
    parser.add_argument("--patients", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("data/bench"))
    add_databases_option(parser)
    arguments = parser.parse_args(argv)
    arguments.databases, arguments.postgres = chosen_databases(arguments.databases)
    arguments.workdir.mkdir(parents=True, exist_ok=True)
    results = asyncio.run(run(arguments))
    title = f"replies: {arguments.patients:,} patients press Done at once ({machine_load()})"
    print_table(title, FIGURES, results, ratios=database_ratios(list(results)))
    print(f"machine: {machine(arguments.postgres)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
