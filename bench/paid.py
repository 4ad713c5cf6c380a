"""Paid broadcasts: N reminders due at one instant, sent past the free 30 a second by paying.

The Bot API double enforces Telegram's limits: 30 messages a second free, 1,000 a second paid
(sendMessage with allow_paid_broadcast), one a chat a second, 429 past any of them. Two designs
in the same invocation, alternating run by run:

- "paid": the real bot with TELEGRAM_PAID_BROADCAST on, a daily budget of N (enough for all),
  its limiter at 30/s free and 1,000/s paid, paying while the backlog would take longer than
  --backlog-seconds at the free limit (default 0: the whole peak is paid);
- "free": the same bot with paid broadcasts off (the default), at --free-patients, a smaller N:
  at 30 a second 100,000 take about 56 minutes. Its figures are measured at that size; the
  line under the table extrapolates them to N (N at the measured rate), labelled so.

    python -m bench.paid --patients 100000 --free-patients 3000 --runs 3

Figures: delivered, lost, doubled, ledger mismatch (the exactly-once audit of
tests/delivery_audit.py), paid sends the double accepted (and their cost in Stars), rate
(delivered over the time from the due instant to the last delivery), lateness p50/p99/max
(each delivery minus its reminder's own due time), 429s, the busiest rolling second of each
pool at the double, and the bot's peak RSS.
"""

import argparse
import asyncio
import gc
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.burst import _due_times, _until_delivered
from bench.database import cached_database, fresh_copy, move_burst
from bench.harness import (
    Figure,
    machine,
    machine_load,
    peak_rss_mb,
    percentile,
    print_table,
    spawn,
    stop,
)
from bench.peak import _most_in_any_second
from bot_api_double import RecordedCall, running_double
from storage.database import create_database_engine
from tests.delivery_audit import audit_delivery, due_reminder_ids

FREE_LIMIT = 30
PAID_LIMIT = 1000
PER_CHAT = 1
# Telegram's fee: 0.1 Star a paid message.
STARS_PER_MESSAGE = 0.1
READY_TIMEOUT = 180.0
FIGURES = (
    Figure("reminders", "", 0),
    Figure("delivered", "", 0),
    Figure("lost", "", 0),
    Figure("doubled", "", 0),
    Figure("ledger mismatch", "", 0),
    Figure("paid sends", "", 0),
    Figure("cost", "Stars", 1),
    Figure("rate", "msg/s", 1),
    Figure("lateness p50", "s", 2),
    Figure("lateness p99", "s", 2),
    Figure("lateness max", "s", 2),
    Figure("429 received", "", 0),
    Figure("busiest second paid", "msg", 0),
    Figure("busiest second free", "msg", 0),
    Figure("peak RSS", "MB", 0),
)


def paid_settings(*, budget: int, backlog_seconds: float) -> dict[str, str]:
    """The bot's settings with paid broadcasts on."""
    return {
        "TELEGRAM_PAID_BROADCAST": "true",
        "TELEGRAM_PAID_BROADCAST_DAILY_BUDGET": str(budget),
        "TELEGRAM_PAID_BROADCAST_RATE": str(PAID_LIMIT),
        "TELEGRAM_PAID_BROADCAST_BACKLOG_SECONDS": str(backlog_seconds),
    }


async def paid_run(
    source: Path,
    workdir: Path,
    *,
    patients: int,
    paid: bool,
    lead: float,
    backlog_seconds: float = 0.0,
) -> dict[str, float]:
    """One burst of `patients` reminders at one instant, paid broadcasts on or off."""
    design = "paid" if paid else "free"
    database = fresh_copy(source, workdir / f"paid-{design}.sqlite3")
    engine = create_database_engine(f"sqlite:///{database}")
    due = (datetime.now(UTC) + timedelta(seconds=lead + 1)).replace(microsecond=0)
    move_burst(engine, due)
    reminder_ids = due_reminder_ids(engine, due_by=due)
    assert len(reminder_ids) == patients, len(reminder_ids)
    due_of = _due_times(engine, reminder_ids)
    extra = paid_settings(budget=patients, backlog_seconds=backlog_seconds) if paid else {}
    async with running_double() as double:
        double.enforce_rate_limit(
            per_second=FREE_LIMIT, per_chat_per_second=PER_CHAT, paid_per_second=PAID_LIMIT
        )
        loop = asyncio.get_running_loop()
        # RecordedCall.at is the double's loop clock; this turns it into Unix time.
        to_unix = time.time() - loop.time()
        process = await spawn("ledger", double, database, rate_limit=FREE_LIMIT, extra=extra)
        # This process is Telegram here: a collection pause would stamp the requests that
        # arrived during it as one clump, and the double would refuse what the bot spaced.
        gc.disable()
        try:
            await double.wait_until_polled(timeout=READY_TIMEOUT)
            await _until_delivered(double, patients, due.timestamp() - to_unix)
            rss = peak_rss_mb(process.pid)
        finally:
            gc.enable()
            await stop(process)
        calls = list(double.calls)
        paid_sends = double.paid_sends
        refused = double.count_429
    audit = audit_delivery(engine, calls, reminder_ids)
    engine.dispose()
    arrivals = [at + to_unix - due.timestamp() for at in audit.first_delivery_at.values()]
    late = [at + to_unix - due_of[id_] for id_, at in audit.first_delivery_at.items()]
    delivered = len(arrivals)
    last = max(arrivals, default=float("nan"))
    return {
        "reminders": patients,
        "delivered": delivered,
        "lost": audit.lost,
        "doubled": audit.doubled,
        "ledger mismatch": audit.ledger_mismatch,
        "paid sends": paid_sends,
        "cost": paid_sends * STARS_PER_MESSAGE,
        "rate": delivered / last if delivered and last > 0 else float("nan"),
        "lateness p50": percentile(late, 0.5),
        "lateness p99": percentile(late, 0.99),
        "lateness max": max(late, default=float("nan")),
        "429 received": refused,
        "busiest second paid": _busiest(calls, paid=True),
        "busiest second free": _busiest(calls, paid=False),
        "peak RSS": rss,
    }


def _busiest(calls: list[RecordedCall], *, paid: bool) -> int:
    """The most messages of one pool the double accepted in a rolling second."""
    instants = [
        call.at
        for call in calls
        if call.method == "sendMessage" and call.response_ok and call.paid is paid
    ]
    return _most_in_any_second(instants) if instants else 0


async def run(arguments: argparse.Namespace) -> dict[str, list[dict[str, float]]]:
    """Every run of both designs, alternating so a load change hits both alike."""
    workdir: Path = arguments.workdir
    sizes = {"paid": arguments.patients, "free": arguments.free_patients}
    sources = {design: cached_database(workdir, patients=size) for design, size in sizes.items()}
    results: dict[str, list[dict[str, float]]] = {"paid": [], "free": []}
    for number in range(arguments.runs):
        for design, size in sizes.items():
            figures = await paid_run(
                sources[design],
                workdir,
                patients=size,
                paid=design == "paid",
                lead=5.0 + size / 10_000,
                backlog_seconds=arguments.backlog_seconds,
            )
            summary = ", ".join(f"{k} {v:,.3g}" for k, v in figures.items())
            print(f"run {number + 1} {design}: {summary}", file=sys.stderr, flush=True)
            results[design].append(figures)
    return results


def parse(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="bench paid", description=__doc__)
    parser.add_argument("--patients", type=int, default=100_000, help="reminders, paid design")
    parser.add_argument(
        "--free-patients", type=int, default=3_000, help="reminders, free design (extrapolated)"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--backlog-seconds",
        type=float,
        default=0.0,
        help="TELEGRAM_PAID_BROADCAST_BACKLOG_SECONDS of the paid design (0: pay for all)",
    )
    parser.add_argument("--workdir", type=Path, default=Path("data/bench"))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run both designs and print the table and the free design's extrapolation."""
    arguments = parse(argv)
    arguments.workdir.mkdir(parents=True, exist_ok=True)
    results = asyncio.run(run(arguments))
    print_table(
        f"paid broadcasts: reminders due at one instant, double enforcing {FREE_LIMIT}/s free, "
        f"{PAID_LIMIT:,}/s paid and {PER_CHAT}/chat/s (paid: {arguments.patients:,} with a "
        f"budget of {arguments.patients:,}, paying past {arguments.backlog_seconds:g} s of "
        f"backlog; free: {arguments.free_patients:,}; {machine_load()})",
        FIGURES,
        results,
    )
    print(f"machine: {machine()}")
    print(extrapolation(results, arguments.patients))
    return 0


def extrapolation(results: dict[str, list[dict[str, float]]], patients: int) -> str:
    """The free design's figures carried to the paid design's size (labelled as such)."""
    free = results["free"]
    if not free:
        return "free design: no run"
    rate = statistics.median(run["rate"] for run in free)
    size = int(free[0]["reminders"])
    paid_last = [run["lateness max"] for run in results["paid"]]
    shown = f"; paid, measured: {statistics.median(paid_last):,.0f} s" if paid_last else ""
    return (
        f"free design EXTRAPOLATED to {patients:,} (measured at {size:,}: {rate:.1f} msg/s): "
        f"the last reminder about {patients / rate / 60:,.0f} min after the due instant{shown}"
    )


if __name__ == "__main__":
    sys.exit(main())
