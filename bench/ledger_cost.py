"""What the ledger costs per reminder, step by step, without the send stack.

The real ReminderDispatcher and the real planners deliver a burst of N reminders from a copy
of the burst database, in this process, to a bot that answers every sendMessage at once
(no HTTP, no JSON): what is left is the ledger's own work. CPU time (not wall time) per
reminder, for each step: claim (one UPDATE … RETURNING per batch), plan (the planners' reads
and the texts and buttons), settle (marking sent and writing the follow-ups, one transaction
per group of results) and the rest (the dispatcher's own bookkeeping and the event loop). The
collector's generations are frozen first, as `b12bot run` does after start-up.

Set beside the burst's "bot ÷ bare": the bare send stack costs about 280 µs a message on the
machine of the README, so a ratio of 0.8 leaves the ledger about 70 µs.

    python -m bench.ledger_cost --patients 10000 --runs 3
"""

import argparse
import asyncio
import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlmodel import Session
from telegram import Bot

from bench.database import cached_database, fresh_copy, move_burst
from bench.harness import machine, machine_load
from bot.app import REMINDER_PLANNERS
from bot.catalog.catalog import catalog_for
from bot.catalog.vocabulary import spoken_languages
from bot.delivery.dispatcher import ReminderDispatcher, _Unsettled
from bot.delivery.outgoing import Delivery, Planner
from storage.database import create_database_engine
from storage.models import Patient, Reminder

STEPS = ("claim", "plan", "settle", "rest")


@dataclass(frozen=True)
class _Message:
    """What the dispatcher reads of Telegram's answer."""

    message_id: int


class InstantBot:
    """Answers every message at once, as if Telegram took no time."""

    def __init__(self) -> None:
        self.sent = 0

    async def send_message(self, chat_id: int, text: str, **_: Any) -> _Message:
        """Count the message and give it an id."""
        self.sent += 1
        await asyncio.sleep(0)
        return _Message(self.sent)


class TimedDispatcher(ReminderDispatcher):
    """The real dispatcher, adding up the CPU time of its claims and settles."""

    cpu: dict[str, float]

    def _claim(self) -> list[Reminder]:
        """Claim, timed."""
        started = time.process_time()
        try:
            return super()._claim()
        finally:
            self.cpu["claim"] += time.process_time() - started

    def _settle_now(self, items: list[_Unsettled]) -> None:
        """Settle, timed."""
        started = time.process_time()
        try:
            super()._settle_now(items)
        finally:
            self.cpu["settle"] += time.process_time() - started


def _timed(planner: Planner, cpu: dict[str, float]) -> Planner:
    """The planner, adding its CPU time to cpu["plan"]."""

    def plan(
        session: Session, claimed: Sequence[tuple[Reminder, Patient]], now: datetime
    ) -> list[Delivery]:
        """Plan, timed."""
        started = time.process_time()
        try:
            return planner(session, claimed, now)
        finally:
            cpu["plan"] += time.process_time() - started

    return plan


def cost_run(source: Path, workdir: Path) -> dict[str, float]:
    """One burst delivered in-process; microseconds of CPU per reminder, by step."""
    database = fresh_copy(source, workdir / "ledger-cost.sqlite3")
    engine = create_database_engine(f"sqlite:///{database}")
    due = (datetime.now(UTC) - timedelta(minutes=1)).replace(microsecond=0)
    move_burst(engine, due)
    cpu = dict.fromkeys(STEPS, 0.0)
    planners = {kind: _timed(planner, cpu) for kind, planner in REMINDER_PLANNERS.items()}
    bot = InstantBot()
    dispatcher = TimedDispatcher(
        engine=engine,
        bot=cast(Bot, bot),
        clock=lambda: due + timedelta(seconds=1),
        planners=planners,
    )
    dispatcher.cpu = cpu
    for language in spoken_languages():
        catalog_for(language)
    gc.collect()
    gc.freeze()
    started = time.process_time()
    settled = asyncio.run(dispatcher.deliver_due())
    total = time.process_time() - started
    gc.unfreeze()
    engine.dispose()
    assert settled == bot.sent, (settled, bot.sent)
    cpu["rest"] = total - cpu["claim"] - cpu["plan"] - cpu["settle"]
    figures = {step: 1e6 * seconds / bot.sent for step, seconds in cpu.items()}
    figures["total"] = 1e6 * total / bot.sent
    return figures


def print_costs(runs: list[dict[str, float]], line: Callable[[str], None] = print) -> None:
    """The table: median (min..max) µs per reminder for each step."""
    line(f"ledger cost per reminder, CPU µs ({len(runs)} runs; load {machine_load()})")
    for step in (*STEPS, "total"):
        values = [run[step] for run in runs]
        median, low, high = statistics.median(values), min(values), max(values)
        line(f"  {step:<8} {median:7.1f}  ({low:.1f}..{high:.1f})")
    line(f"machine: {machine()}")


def main(argv: list[str] | None = None) -> int:
    """Run the measure and print its table."""
    parser = argparse.ArgumentParser(prog="bench ledger_cost", description=__doc__)
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("data/bench"))
    arguments = parser.parse_args(argv)
    arguments.workdir.mkdir(parents=True, exist_ok=True)
    source = cached_database(arguments.workdir, patients=arguments.patients)
    runs = []
    for number in range(arguments.runs):
        runs.append(cost_run(source, arguments.workdir))
        print(f"run {number + 1}: {runs[-1]}", file=sys.stderr, flush=True)
    print_costs(runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
