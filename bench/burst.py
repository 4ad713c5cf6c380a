"""Burst: N patients with a dose reminder due at the same instant, the bot delivering them.

Each run copies a prepared database (N patients made by the bot's own code), moves every
patient's next dose to one instant a few seconds ahead, starts the bot process against the
Bot API double on 127.0.0.1 and waits until every reminder is delivered (or nothing more
arrives). The same run is made with the real bot (`b12bot run`, the "ledger" design) and with
the baseline in bench/common_design.py (one JobQueue job per reminder). Every run ends with
the exactly-once audit of tests/delivery_audit.py, which counts what reached each chat
whatever the bot was answered.

    python -m bench.burst --patients 10000 --runs 3
    python -m bench.burst --patients 100000 --runs 1
    python -m bench.burst --limited --patients 3000     # double answers 429 past 30/s
    python -m bench.burst --limited --patients 1500 --stream 25   # a steady 25/s, under it
    python -m bench.burst --faults 0.1 --patients 2000   # 10 % of sends fail (FAULT_MIX)

Every unlimited burst of the real bot is followed, in the same run and against the same
double, by a bare send loop of the same stack (bench/bare_loop.py: python-telegram-bot with
the bot's aiohttp request layer, the same text and keyboard to the same chats, the same
concurrency, no database): "bare rate" is the stack's own ceiling on this machine, and
"bot ÷ bare" what the ledger, planning and settling leave of it.

Lateness is each reminder's delivery time minus its own due time. With --faults the run
waits until the ledger has settled every reminder (retries come after their back-off), and
the table says how many reached their patient once, more than once (a send whose answer was
lost is retried: at-least-once), or never.
"""

import argparse
import asyncio
import json
import math
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from bench.database import Prepared, RunDatabase, move_burst, prepared
from bench.harness import (
    Figure,
    add_databases_option,
    bot_environment,
    chosen_databases,
    database_ratios,
    machine,
    machine_load,
    peak_rss_mb,
    percentile,
    print_table,
    spawn,
    stop,
    wait_until,
)
from bot_api_double import (
    BotApiDouble,
    Disconnect,
    Fault,
    ServerError,
    Timeout,
    TooManyRequests,
    running_double,
)
from storage.database import create_database_engine
from storage.models import Reminder, ReminderStatus
from storage.tables import table_of
from tests.delivery_audit import audit_delivery, due_reminder_ids

TELEGRAM_LIMIT = 30
# Nothing new for this long after the due time: whatever is missing is lost.
QUIET = 10.0
READY_TIMEOUT = 120.0
FIGURES = (
    Figure("ready", "s", 2),
    Figure("delivered", "", 0),
    Figure("lost", "", 0),
    Figure("doubled", "", 0),
    Figure("ledger mismatch", "", 0),
    Figure("rate", "msg/s", 0),
    Figure("bare rate", "msg/s", 0),
    Figure("bot ÷ bare", "", 2),
    Figure("% of limit", "%", 1),
    Figure("429 received", "", 0),
    Figure("lateness p50", "s", 3),
    Figure("lateness p99", "s", 3),
    Figure("lateness max", "s", 3),
    Figure("peak RSS", "MB", 0),
)
# --faults: what a faulty network or Bot API does to a send, each equally likely. Half deliver
# the message and lose the answer: the bot cannot tell those from sends that never arrived.
FAULT_MIX: tuple[Fault, ...] = (
    TooManyRequests(retry_after=1),
    ServerError(),
    Disconnect(),
    ServerError(delivered=True),
    Disconnect(delivered=True),
    # Longer than the bot's 5 s read timeout.
    Timeout(seconds=6.0, delivered=True),
)
SETTLE_TIMEOUT = 900.0
IDS_PER_STATEMENT = 10_000
# The bare loop's process starts this long before its first send (imports, getMe).
BARE_LEAD = 3.0
FAULT_FIGURES = (
    Figure("reminders", "", 0),
    Figure("faults injected", "", 0),
    Figure("answers lost", "", 0),
    Figure("delivered once", "", 0),
    Figure("repeated", "", 0),
    Figure("repeated after lost answer", "", 0),
    Figure("lost", "", 0),
    Figure("ledger mismatch", "", 0),
    Figure("repeat rate", "%", 2),
    Figure("loss rate", "%", 2),
    Figure("last delivery", "s", 1),
)


async def burst_run(
    design: str,
    source: Prepared,
    workdir: Path,
    *,
    patients: int,
    limited: bool,
    lead: float,
    every: timedelta | None = None,
    faults: float = 0.0,
    seed: int = 0,
) -> dict[str, float]:
    """One burst (or with `every`, a steady stream) with one design; the figures of that run.

    `faults`: the share of sendMessage calls that get one of FAULT_MIX (drawn with `seed`).
    """
    with source.copy(workdir, f"burst-{design}") as database:
        return await _burst_on(
            design,
            database,
            patients=patients,
            limited=limited,
            lead=lead,
            every=every,
            faults=faults,
            seed=seed,
        )


async def _burst_on(
    design: str,
    database: RunDatabase,
    *,
    patients: int,
    limited: bool,
    lead: float,
    every: timedelta | None,
    faults: float,
    seed: int,
) -> dict[str, float]:
    """The burst on one run's copy of the database (SQLite or PostgreSQL)."""
    engine = create_database_engine(database.url)
    # Whole seconds, rounded up: at least `lead` from now (the baseline skips what is past).
    due = (datetime.now(UTC) + timedelta(seconds=lead + 1)).replace(microsecond=0)
    move_burst(engine, due, every=every)
    last_due = due + (every or timedelta(0)) * (patients - 1)
    reminder_ids = due_reminder_ids(engine, due_by=last_due)
    assert len(reminder_ids) == patients, len(reminder_ids)
    due_of = _due_times(engine, reminder_ids)
    async with running_double() as double:
        if limited:
            double.enforce_rate_limit(per_second=TELEGRAM_LIMIT, per_chat_per_second=1)
        if faults:
            double.fail_randomly("sendMessage", FAULT_MIX, faults, seed=seed)
        loop = asyncio.get_running_loop()
        # RecordedCall.at is the double's loop clock; this turns it into Unix time.
        to_unix = time.time() - loop.time()
        started = loop.time()
        process = await spawn(
            design,
            double,
            database.path,
            rate_limit=TELEGRAM_LIMIT if limited else 0,
            database_url=database.url,
        )
        try:
            await double.wait_until_polled(timeout=READY_TIMEOUT)
            ready = next(c.at for c in double.calls if c.method == "getUpdates") - started
            if faults and design == "ledger":
                await wait_until(
                    lambda: _settled(engine, reminder_ids), timeout=SETTLE_TIMEOUT, every=0.5
                )
                await double.idle(quiet=1.0, timeout=SETTLE_TIMEOUT)
            else:
                await _until_delivered(double, patients, last_due.timestamp() - to_unix)
            rss = peak_rss_mb(process.pid)
        finally:
            await stop(process)
        bots_calls = list(double.calls)
        bare = (
            await bare_rate(double, database, to_unix)
            if design == "ledger" and not limited and not faults
            else None
        )
    audit = audit_delivery(engine, bots_calls, reminder_ids)
    engine.dispose()
    arrivals = [at + to_unix - due.timestamp() for at in audit.first_delivery_at.values()]
    late = [at + to_unix - due_of[id_] for id_, at in audit.first_delivery_at.items()]
    delivered = len(arrivals)
    rate = delivered / max(arrivals) if delivered and max(arrivals) > 0 else float("nan")
    sends = [call for call in bots_calls if call.method == "sendMessage"]
    figures = {
        "ready": ready,
        "reminders": patients,
        "delivered": delivered,
        "delivered once": audit.delivered_once,
        "lost": audit.lost,
        "doubled": audit.doubled,
        "repeated": audit.doubled,
        "repeated after lost answer": audit.doubled_after_lost_answer,
        "repeat rate": 100 * audit.repeat_rate,
        "loss rate": 100 * audit.lost / patients,
        "faults injected": sum(1 for call in sends if call.fault is not None),
        "answers lost": audit.lost_answers,
        "last delivery": max(
            (c.at + to_unix - due.timestamp() for c in sends if c.delivered), default=float("nan")
        ),
        "ledger mismatch": audit.ledger_mismatch,
        "rate": rate,
        "429 received": double.count_429,
        "lateness p50": percentile(late, 0.5),
        "lateness p99": percentile(late, 0.99),
        "lateness max": max(late, default=float("nan")),
        "peak RSS": rss,
    }
    if limited:
        figures["% of limit"] = 100 * rate / TELEGRAM_LIMIT
    if bare is not None:
        figures["bare rate"] = bare
        figures["bot ÷ bare"] = rate / bare
    return figures


async def bare_rate(double: BotApiDouble, database: RunDatabase, to_unix: float) -> float:
    """The bare loop's rate: the bot's message again to each chat it reached, from the loop's
    start to its last delivery (as the bot's rate is from the due instant)."""
    delivered = [c for c in double.calls_to("sendMessage") if c.response_ok]
    chats = list(dict.fromkeys(call.chat_id for call in delivered))
    markup = delivered[0].params["reply_markup"]
    start = time.time() + BARE_LEAD
    job = database.path.with_name(f"bare-job-{os.getpid()}.json")
    job.write_text(
        json.dumps(
            {
                "chats": chats,
                "text": delivered[0].params["text"],
                "reply_markup": json.loads(markup) if isinstance(markup, str) else markup,
                "start": start,
            }
        )
    )
    mark = len(double.calls)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.bare_loop",
        # Absolute: the process runs from the database's folder.
        str(job.resolve()),
        env=bot_environment(double, database.path, rate_limit=0, database_url=database.url),
        cwd=database.path.parent,
        stdout=asyncio.subprocess.DEVNULL,
    )
    assert await process.wait() == 0, "the bare loop failed"
    job.unlink(missing_ok=True)
    sent = [c for c in double.calls[mark:] if c.method == "sendMessage" and c.response_ok]
    assert len(sent) == len(chats), (len(sent), len(chats))
    return len(sent) / (max(c.at for c in sent) + to_unix - start)


def _settled(engine: Engine, reminder_ids: list[int]) -> bool:
    """Whether the ledger has settled every audited reminder (none pending or being sent)."""
    table = table_of(Reminder)
    unsettled = 0
    with engine.connect() as connection:
        for ids in _chunks(reminder_ids):
            statement = sa.select(sa.func.count()).where(
                table.c.id.in_(ids),
                table.c.status.in_([ReminderStatus.PENDING, ReminderStatus.SENDING]),
            )
            unsettled += int(connection.execute(statement).scalar_one())
    return unsettled == 0


def _due_times(engine: Engine, reminder_ids: list[int]) -> dict[int, float]:
    """Each audited reminder's own due time, as Unix time."""
    table = table_of(Reminder)
    due: dict[int, float] = {}
    with engine.connect() as connection:
        for ids in _chunks(reminder_ids):
            statement = sa.select(table.c.id, table.c.due_at).where(table.c.id.in_(ids))
            due.update(
                (int(id_), due_at.timestamp()) for id_, due_at in connection.execute(statement)
            )
    return due


def _chunks(ids: list[int]) -> list[list[int]]:
    """The ids in slices small enough for one statement (PostgreSQL takes 65,535 parameters)."""
    return [
        ids[first : first + IDS_PER_STATEMENT] for first in range(0, len(ids), IDS_PER_STATEMENT)
    ]


async def _until_delivered(double: BotApiDouble, patients: int, due: float) -> None:
    """Wait until every chat got its message, or nothing new came for QUIET seconds."""
    chats: set[Any] = set()
    seen = 0
    last_news = due
    loop = asyncio.get_running_loop()

    def finished() -> bool:
        nonlocal seen, last_news
        calls = double.calls
        for call in calls[seen:]:
            if call.method == "sendMessage" and call.delivered:
                chats.add(call.chat_id)
                last_news = max(last_news, call.at)
        seen = len(calls)
        now = loop.time()
        return len(chats) >= patients or (now > due and now - last_news > QUIET)

    await wait_until(finished, timeout=3600, every=0.1)


def _lead(patients: int, lead: float | None) -> float:
    """Seconds from start to due: enough for either design to be up (and load its jobs)."""
    return lead if lead is not None else 5.0 + patients / 10_000


async def run(arguments: argparse.Namespace) -> dict[str, list[dict[str, float]]]:
    """Every run of every design on every database, alternating so a load change hits all
    alike; the results by column ("ledger sqlite", "common postgres", …)."""
    workdir: Path = arguments.workdir
    sources = {
        database: prepared(
            database, workdir, patients=arguments.patients, server=arguments.postgres
        )
        for database in arguments.databases
    }
    results: dict[str, list[dict[str, float]]] = {
        f"{design} {database}": [] for design in arguments.designs for database in sources
    }
    for number in range(arguments.runs):
        for database, source in sources.items():
            for design in arguments.designs:
                figures = await burst_run(
                    design,
                    source,
                    workdir,
                    patients=arguments.patients,
                    limited=arguments.limited,
                    lead=_lead(arguments.patients, arguments.lead),
                    every=_every(arguments.stream),
                    faults=arguments.faults,
                    seed=number,
                )
                column = f"{design} {database}"
                print(
                    f"run {number + 1} {column}: {_summary(figures)}", file=sys.stderr, flush=True
                )
                results[column].append(figures)
    return results


def _every(per_second: float | None) -> timedelta | None:
    """The gap between two due times of a steady stream (whole milliseconds)."""
    if per_second is None:
        return None
    return timedelta(milliseconds=max(1, round(1000 / per_second)))


def _summary(figures: dict[str, float]) -> str:
    """One line per run, for progress."""
    return ", ".join(f"{k} {v:,.3g}" for k, v in figures.items())


def parse(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="bench burst", description=__doc__)
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limited", action="store_true", help="double enforces 30/s, 1/chat/s")
    parser.add_argument("--designs", nargs="+", default=["ledger", "common"])
    parser.add_argument("--lead", type=float, default=None, help="seconds from start to due")
    parser.add_argument(
        "--stream",
        type=float,
        default=None,
        metavar="PER_SECOND",
        help="instead of one instant, one reminder due every 1/PER_SECOND s (a steady load)",
    )
    parser.add_argument(
        "--faults",
        type=float,
        default=0.0,
        metavar="RATE",
        help="this share of sendMessage calls fails (FAULT_MIX); the table counts repeats",
    )
    parser.add_argument("--workdir", type=Path, default=Path("data/bench"))
    add_databases_option(parser)
    arguments = parser.parse_args(argv)
    arguments.databases, arguments.postgres = chosen_databases(arguments.databases)
    return arguments


def main(argv: list[str] | None = None) -> int:
    """Run the bursts and print the table (and the ratio ledger : common)."""
    arguments = parse(argv)
    arguments.workdir.mkdir(parents=True, exist_ok=True)
    results = asyncio.run(run(arguments))
    mode = (
        "double enforcing 30/s and 1/chat/s, bot limiter 30/s"
        if arguments.limited
        else ("no rate limit anywhere")
    )
    every = _every(arguments.stream)
    when = (
        f"due one every {every.total_seconds() * 1000:.0f} ms ({1 / every.total_seconds():.1f}/s)"
        if every
        else "due at one instant"
    )
    if arguments.faults:
        mode += f"; {arguments.faults:.0%} of sendMessage calls faulty"
    print_table(
        f"burst: {arguments.patients:,} reminders {when} ({mode}; {machine_load()})",
        FAULT_FIGURES if arguments.faults else FIGURES,
        results,
        ratios=database_ratios(list(results)),
    )
    print(f"machine: {machine(arguments.postgres)}")
    for database in arguments.databases:
        ledger, common = results.get(f"ledger {database}"), results.get(f"common {database}")
        if ledger is not None and common is not None and not arguments.faults:
            _print_ratio(ledger, common, database)
        if ledger is not None and not arguments.limited and not arguments.faults:
            _print_bare_ratio(ledger, database)
    return 0


def _print_bare_ratio(runs: list[dict[str, float]], database: str) -> None:
    """The bot's rate over the bare loop's, each run's own ratio (median, min..max)."""
    ratios = [run["bot ÷ bare"] for run in runs if "bot ÷ bare" in run]
    if ratios:
        print(
            f"ratio bot ÷ bare stack on {database}, rate: {statistics.median(ratios):.2f} "
            f"({min(ratios):.2f}..{max(ratios):.2f}, each run against its own bare loop)"
        )


def _print_ratio(
    ledger_runs: list[dict[str, float]], common_runs: list[dict[str, float]], database: str
) -> None:
    """Delivered and rate of the ledger design over the common design (medians)."""

    def median(runs: list[dict[str, float]], name: str) -> float:
        values = [r[name] for r in runs if not math.isnan(r[name])]
        return statistics.median(values) if values else float("nan")

    for name in ("delivered", "rate"):
        ledger, common = median(ledger_runs, name), median(common_runs, name)
        if common and not math.isnan(common):
            print(f"ratio ledger : common on {database}, {name}: {ledger / common:,.2f}")
        else:
            shown = f"common: {common:,.0f}, ledger: {ledger:,.0f}"
            print(f"ratio ledger : common on {database}, {name}: none ({shown})")


if __name__ == "__main__":
    sys.exit(main())
