"""Running a bot process against the Bot API double, and printing figures as a table."""

import argparse
import asyncio
import contextlib
import math
import os
import platform
import signal
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from bot_api_double import BotApiDouble
from tests.postgres import PostgresServer, find_server

B12BOT = Path(sys.executable).with_name("b12bot")
ROOT = Path(__file__).resolve().parent.parent
# The real bot, and the baseline in bench/common_design.py, both read the same settings.
DESIGNS = {
    "ledger": [str(B12BOT), "run"],
    "common": [sys.executable, "-m", "bench.common_design"],
}
STOP_WAIT = 30.0


def bot_environment(
    double: BotApiDouble,
    database: Path,
    *,
    rate_limit: float,
    database_url: str | None = None,
    extra: dict[str, str] | None = None,
) -> dict[str, str]:
    """The environment a bot process needs to talk to the double and use the database.

    `database_url`: another database than the SQLite file `database` (PostgreSQL).
    `extra`: more settings for the bot (say TELEGRAM_PAID_BROADCAST=true).
    """
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("DATA", "TELEGRAM_", "LOG_"))
    }
    environment.update(
        TELEGRAM_BOT_TOKEN=double.token,
        TELEGRAM_API_BASE_URL=double.api_url,
        # Absolute: the process runs from the database's folder, where a relative path breaks.
        DATABASE_URL=database_url or f"sqlite:///{database.resolve()}",
        TELEGRAM_RATE_LIMIT=str(rate_limit),
        LOG_LEVEL="WARNING",
        PTB_TIMEDELTA="true",
        # The baseline is run as `python -m bench.common_design` from the run's folder.
        PYTHONPATH=str(ROOT),
    )
    environment.update(extra or {})
    return environment


async def spawn(
    design: str,
    double: BotApiDouble,
    database: Path,
    *,
    rate_limit: float,
    database_url: str | None = None,
    extra: dict[str, str] | None = None,
) -> asyncio.subprocess.Process:
    """Start one design's bot process; its log goes to a file beside the database.

    With `database_url` the bot uses that database, and `database` only names the log;
    `extra`: more settings for the bot.
    """
    log = database.with_suffix(".log")
    with log.open("ab") as stderr:
        return await asyncio.create_subprocess_exec(
            *DESIGNS[design],
            env=bot_environment(
                double, database, rate_limit=rate_limit, database_url=database_url, extra=extra
            ),
            cwd=database.parent,
            stdout=stderr,
            stderr=stderr,
        )


async def stop(process: asyncio.subprocess.Process) -> None:
    """SIGTERM the process and wait; kill it if it does not stop in time."""
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(process.wait(), timeout=STOP_WAIT)
    except TimeoutError:
        process.kill()
        await process.wait()


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set size so far (VmHWM), in MB."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def wait_until(
    check: Callable[[], bool],
    *,
    timeout: float,  # noqa: ASYNC109 - a plain deadline reads better here
    every: float = 0.05,
) -> bool:
    """Poll `check` until it holds or `timeout` seconds passed; whether it held."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(every)
    return True


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which `fraction` of the values fall (nearest rank)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass(frozen=True)
class Figure:
    """One named figure, with how to print it."""

    name: str
    unit: str
    digits: int = 0


def print_table(
    title: str,
    figures: Sequence[Figure],
    runs: dict[str, list[dict[str, float]]],
    *,
    ratios: Sequence[tuple[str, str]] = (),
) -> None:
    """Median, min and max of each figure over the runs of each design, as a text table.

    `ratios`: pairs of columns (numerator, denominator) whose medians' ratio gets a column.
    """
    print(f"\n{title}")
    header = f"{'figure':<28}" + "".join(f"{column + ' (median, min..max)':>38}" for column in runs)
    header += "".join(f"{top + ' ÷ ' + bottom:>34}" for top, bottom in ratios)
    print(header)
    print("-" * len(header))
    for figure in figures:
        cells = []
        for results in runs.values():
            values = _values(results, figure)
            cells.append(_cell(values, figure.digits) if values else "—")
        shares = [_ratio(runs.get(top, []), runs.get(bottom, []), figure) for top, bottom in ratios]
        print(
            f"{figure.name + ' ' + figure.unit:<28}"
            + "".join(f"{c:>38}" for c in cells)
            + "".join(f"{share:>34}" for share in shares)
        )
    print(f"({', '.join(f'{d}: {len(r)} runs' for d, r in runs.items())})")


def _values(results: list[dict[str, float]], figure: Figure) -> list[float]:
    """The figure's value in each run that has it."""
    return [r[figure.name] for r in results if figure.name in r]


def _ratio(top: list[dict[str, float]], bottom: list[dict[str, float]], figure: Figure) -> str:
    """Median over median, or a dash when either is missing or the bottom is zero."""
    over, under = _values(top, figure), _values(bottom, figure)
    if not over or not under:
        return "—"
    numerator, denominator = statistics.median(over), statistics.median(under)
    if denominator == 0 or math.isnan(denominator) or math.isnan(numerator):
        return "—"
    return f"{numerator / denominator:.2f}"


DATABASES = ("sqlite", "postgres")


def add_databases_option(parser: argparse.ArgumentParser) -> None:
    """`--databases sqlite postgres`: which databases the benchmark runs on."""
    parser.add_argument(
        "--databases",
        nargs="+",
        choices=DATABASES,
        default=None,
        help="default: both when a PostgreSQL server is found (tests/postgres.py), else sqlite",
    )


def chosen_databases(asked: Sequence[str] | None) -> tuple[list[str], PostgresServer | None]:
    """The databases to run on, and the PostgreSQL server when it is one of them."""
    wanted = list(dict.fromkeys(asked or DATABASES))
    if "postgres" not in wanted:
        return wanted, None
    server, reason = find_server()
    if server is not None:
        return wanted, server
    if asked:
        raise SystemExit(f"--databases postgres: PostgreSQL was not found ({reason})")
    print(f"PostgreSQL was not found ({reason}): SQLite only.", flush=True)
    return ["sqlite"], None


def database_ratios(columns: Sequence[str]) -> list[tuple[str, str]]:
    """(postgres column, sqlite column) for each design run on both."""
    return [
        (column, column.replace("sqlite", "postgres"))[::-1]
        for column in columns
        if column.endswith("sqlite") and column.replace("sqlite", "postgres") in columns
    ]


def _cell(values: list[float], digits: int) -> str:
    """'median (min..max)' with the figure's precision."""
    shown = [f"{v:,.{digits}f}" for v in (statistics.median(values), min(values), max(values))]
    return f"{shown[0]} ({shown[1]}..{shown[2]})"


def machine_load() -> str:
    """The 1-minute load average, to print beside the figures."""
    return f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"


def machine(postgres: PostgresServer | None = None) -> str:
    """The platform, CPU, Python and SQLite (and PostgreSQL) the figures were measured on."""
    return (
        f"{platform.system()} {platform.release()} {platform.machine()}, "
        f"{_cpu_model()} ({os.cpu_count()} cores), "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
        + (f", PostgreSQL {server_version(postgres)} on 127.0.0.1" if postgres else "")
    )


def server_version(server: PostgresServer) -> str:
    """The PostgreSQL server's version ("15.20")."""
    engine = sa.create_engine(server.admin_url, poolclass=sa.NullPool)
    try:
        with engine.connect() as connection:
            return str(connection.exec_driver_sql("SHOW server_version").scalar_one()).split()[0]
    finally:
        engine.dispose()


def _cpu_model() -> str:
    """The CPU's model name as /proc/cpuinfo gives it (or the platform's guess)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or "unknown CPU"
