"""Start-up: time from process start to ready, and peak RSS, on a large database.

The database (made once by bench/database.py and kept in the work folder) holds 100,000
patients, each with 10 dose rows (6 done, 4 upcoming) and their reminders. Ready is when
the bot asks the Bot API double for updates for the first time (migrations checked, crash
recovery done, timers rebuilt); answered is when its reply to a message queued before the
start reaches the double.

    python -m bench.startup --patients 100000 --runs 3
"""

import argparse
import asyncio
import sys
from pathlib import Path

from bench.database import FIRST_CHAT, STARTUP_HISTORY, Prepared, RunDatabase, prepared
from bench.harness import (
    Figure,
    add_databases_option,
    chosen_databases,
    database_ratios,
    machine,
    machine_load,
    peak_rss_mb,
    print_table,
    spawn,
    stop,
)
from bot_api_double import running_double

FIGURES = (
    Figure("ready", "s", 2),
    Figure("first reply", "s", 2),
    Figure("peak RSS", "MB", 0),
)
TIMEOUT = 120.0


async def startup_run(source: Prepared, workdir: Path) -> dict[str, float]:
    """Start the bot once on a copy of the database; its figures."""
    with source.copy(workdir, "startup") as database:
        return await _startup_on(database)


async def _startup_on(database: RunDatabase) -> dict[str, float]:
    """One start on one run's copy of the database (SQLite or PostgreSQL)."""
    async with running_double() as double:
        await double.send_text(FIRST_CHAT, "/help")
        loop = asyncio.get_running_loop()
        started = loop.time()
        process = await spawn(
            "ledger", double, database.path, rate_limit=30, database_url=database.url
        )
        try:
            await double.wait_until_polled(timeout=TIMEOUT)
            ready = next(c.at for c in double.calls if c.method == "getUpdates") - started
            reply = await double.wait_for("sendMessage", chat_id=FIRST_CHAT, timeout=TIMEOUT)
            await asyncio.sleep(1.0)
            rss = peak_rss_mb(process.pid)
        finally:
            await stop(process)
    return {"ready": ready, "first reply": reply.at - started, "peak RSS": rss}


async def run(arguments: argparse.Namespace) -> dict[str, list[dict[str, float]]]:
    """Every run on every database, alternating; the results by database."""
    sources = {
        database: prepared(
            database,
            arguments.workdir,
            patients=arguments.patients,
            history=STARTUP_HISTORY,
            server=arguments.postgres,
        )
        for database in arguments.databases
    }
    results: dict[str, list[dict[str, float]]] = {database: [] for database in sources}
    for number in range(arguments.runs):
        for database, source in sources.items():
            figures = await startup_run(source, arguments.workdir)
            print(f"run {number + 1} {database}: {figures}", file=sys.stderr, flush=True)
            results[database].append(figures)
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the start-ups and print the table, a column per database."""
    parser = argparse.ArgumentParser(prog="bench startup", description=__doc__)
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("data/bench"))
    add_databases_option(parser)
    arguments = parser.parse_args(argv)
    arguments.databases, arguments.postgres = chosen_databases(arguments.databases)
    arguments.workdir.mkdir(parents=True, exist_ok=True)
    results = asyncio.run(run(arguments))
    title = (
        f"start-up: {arguments.patients:,} patients, {10 * arguments.patients:,} dose rows "
        f"({machine_load()})"
    )
    print_table(title, FIGURES, results, ratios=database_ratios(list(results)))
    print(f"machine: {machine(arguments.postgres)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
