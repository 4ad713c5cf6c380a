"""Running a bot process against the Bot API double, and printing figures as a table."""

import asyncio
import contextlib
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

from bot_api_double import BotApiDouble

B12BOT = Path(sys.executable).with_name("b12bot")
ROOT = Path(__file__).resolve().parent.parent
# The real bot, and the baseline in bench/common_design.py, both read the same settings.
DESIGNS = {
    "ledger": [str(B12BOT), "run"],
    "common": [sys.executable, "-m", "bench.common_design"],
}
STOP_WAIT = 30.0


def bot_environment(double: BotApiDouble, database: Path, *, rate_limit: float) -> dict[str, str]:
    """The environment a bot process needs to talk to the double and use the database."""
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("DATA", "TELEGRAM_", "LOG_"))
    }
    environment.update(
        TELEGRAM_BOT_TOKEN=double.token,
        TELEGRAM_API_BASE_URL=double.api_url,
        # Absolute: the process runs from the database's folder, where a relative path breaks.
        DATABASE_URL=f"sqlite:///{database.resolve()}",
        TELEGRAM_RATE_LIMIT=str(rate_limit),
        LOG_LEVEL="WARNING",
        PTB_TIMEDELTA="true",
        # The baseline is run as `python -m bench.common_design` from the run's folder.
        PYTHONPATH=str(ROOT),
    )
    return environment


async def spawn(
    design: str, double: BotApiDouble, database: Path, *, rate_limit: float
) -> asyncio.subprocess.Process:
    """Start one design's bot process; its log goes to a file beside the database."""
    log = database.with_suffix(".log")
    with log.open("ab") as stderr:
        return await asyncio.create_subprocess_exec(
            *DESIGNS[design],
            env=bot_environment(double, database, rate_limit=rate_limit),
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
    title: str, figures: Sequence[Figure], runs: dict[str, list[dict[str, float]]]
) -> None:
    """Median, min and max of each figure over the runs of each design, as a text table."""
    print(f"\n{title}")
    header = f"{'figure':<28}" + "".join(f"{design + ' (median, min..max)':>34}" for design in runs)
    print(header)
    print("-" * len(header))
    for figure in figures:
        cells = []
        for results in runs.values():
            values = [r[figure.name] for r in results if figure.name in r]
            cells.append(_cell(values, figure.digits) if values else "—")
        print(f"{figure.name + ' ' + figure.unit:<28}" + "".join(f"{c:>34}" for c in cells))
    print(f"({', '.join(f'{d}: {len(r)} runs' for d, r in runs.items())})")


def _cell(values: list[float], digits: int) -> str:
    """'median (min..max)' with the figure's precision."""
    shown = [f"{v:,.{digits}f}" for v in (statistics.median(values), min(values), max(values))]
    return f"{shown[0]} ({shown[1]}..{shown[2]})"


def machine_load() -> str:
    """The 1-minute load average, to print beside the figures."""
    return f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"


def machine() -> str:
    """The platform, CPU, Python and SQLite the figures were measured on."""
    return (
        f"{platform.system()} {platform.release()} {platform.machine()}, "
        f"{_cpu_model()} ({os.cpu_count()} cores), "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def _cpu_model() -> str:
    """The CPU's model name as /proc/cpuinfo gives it (or the platform's guess)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    return platform.processor() or "unknown CPU"
