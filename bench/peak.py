"""Peak: a 09:00 burst under Telegram's limit while patients answer; replies before reminders.

N patients have a dose reminder due at one instant; the Bot API double enforces 30 messages a
second overall and 1 a second per chat (429 past them), and the bot runs with its limiter at
30/s. Each patient presses Done a random 0 to `--press-within` seconds (seeded) after their
reminder reaches them, while the reminders still queue for their slots. A reply is complete
when the bot's editMessageText for that chat reaches the double.

    python -m bench.peak --patients 3000 --runs 3

Figures: reply latency (press to edit) p50/p99/max over the presses made while reminders were
still going out; the reminders' own rate and, since the edits share the limit, the rate of
every limited message (reminders and edits) from the due instant to the last reminder, as %
of the 30/s; the busiest rolling second at the double; 429s; and the exactly-once audit.
"""

import argparse
import asyncio
import gc
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.database import cached_database, fresh_copy, move_burst
from bench.harness import (
    Figure,
    machine,
    machine_load,
    percentile,
    print_table,
    spawn,
    stop,
    wait_until,
)
from bot_api_double import BotApiDouble, RecordedCall, running_double
from storage.database import create_database_engine
from tests.delivery_audit import audit_delivery, due_reminder_ids

TELEGRAM_LIMIT = 30
PER_CHAT = 1
READY_TIMEOUT = 120.0
# Nothing new for this long after everything should be out: whatever is missing is lost.
QUIET = 10.0
# The double's limits apply to calls whose method starts so (answerCallbackQuery does not).
LIMITED = ("send", "edit", "copy", "forward", "delete")
FIGURES = (
    Figure("delivered", "", 0),
    Figure("lost", "", 0),
    Figure("doubled", "", 0),
    Figure("ledger mismatch", "", 0),
    Figure("429 received", "", 0),
    Figure("429 for one chat", "", 0),
    Figure("presses during burst", "", 0),
    Figure("replies answered", "", 0),
    Figure("reply p50", "s", 3),
    Figure("reply p99", "s", 3),
    Figure("reply max", "s", 3),
    Figure("reminder rate", "msg/s", 1),
    Figure("reminders % of limit", "%", 1),
    Figure("all sent % of limit", "%", 1),
    Figure("busiest second", "msg", 0),
    Figure("last reminder", "s", 1),
)


async def peak_run(
    source: Path,
    workdir: Path,
    *,
    patients: int,
    press_within: float,
    lead: float = 5.0,
    seed: int = 0,
) -> dict[str, float]:
    """One limited burst with presses; the figures of that run."""
    database = fresh_copy(source, workdir / "peak.sqlite3")
    engine = create_database_engine(f"sqlite:///{database}")
    due = (datetime.now(UTC) + timedelta(seconds=lead + 1)).replace(microsecond=0)
    move_burst(engine, due)
    reminder_ids = due_reminder_ids(engine, due_by=due)
    assert len(reminder_ids) == patients, len(reminder_ids)
    chance = random.Random(seed)
    async with running_double() as double:
        double.enforce_rate_limit(per_second=TELEGRAM_LIMIT, per_chat_per_second=PER_CHAT)
        loop = asyncio.get_running_loop()
        # RecordedCall.at is the double's loop clock; this turns due time into it.
        due_at = due.timestamp() - (time.time() - loop.time())
        process = await spawn("ledger", double, database, rate_limit=TELEGRAM_LIMIT)
        presser = _Presser(double, chance, press_within)
        # This process is Telegram here: a collection pause would stamp the requests that
        # arrived during it as one clump, and the double would refuse what the bot spaced.
        gc.disable()
        try:
            await double.wait_until_polled(timeout=READY_TIMEOUT)
            await wait_until(lambda: presser.finished(patients, QUIET), timeout=3600, every=0.05)
            await presser.close()
        finally:
            gc.enable()
            await stop(process)
    audit = audit_delivery(engine, double.calls, reminder_ids)
    engine.dispose()
    reminders = [c for c in double.calls_to("sendMessage") if c.response_ok]
    last_reminder = max((c.at for c in reminders), default=due_at) - due_at
    during = [at for at in presser.pressed.values() if at < due_at + last_reminder]
    edits = presser.edited()
    latencies = [edits[chat] - at for chat, at in presser.pressed.items() if chat in edits]
    burst_latencies = [
        edits[chat] - at
        for chat, at in presser.pressed.items()
        if chat in edits and at < due_at + last_reminder
    ]
    limited = [c.at for c in double.calls if c.response_ok and c.method.startswith(LIMITED)]
    in_burst = [at for at in limited if due_at <= at <= due_at + last_reminder]
    rate = len(reminders) / last_reminder if last_reminder > 0 else float("nan")
    return {
        "delivered": len(audit.first_delivery_at),
        "lost": audit.lost,
        "doubled": audit.doubled,
        "ledger mismatch": audit.ledger_mismatch,
        "429 received": double.count_429,
        "429 for one chat": _refused_for_a_chat(double.calls),
        "presses during burst": len(during),
        "replies answered": len(latencies),
        "reply p50": percentile(burst_latencies, 0.5),
        "reply p99": percentile(burst_latencies, 0.99),
        "reply max": max(burst_latencies, default=float("nan")),
        "reminder rate": rate,
        "reminders % of limit": 100 * rate / TELEGRAM_LIMIT,
        "all sent % of limit": 100 * len(in_burst) / last_reminder / TELEGRAM_LIMIT
        if last_reminder > 0
        else float("nan"),
        "busiest second": _most_in_any_second(limited),
        "last reminder": last_reminder,
    }


class _Presser:
    """Presses Done under each reminder a random while after it arrives; notes when."""

    def __init__(self, double: BotApiDouble, chance: random.Random, within: float) -> None:
        """Watch `double`; press `within` seconds at most after each reminder."""
        self.double = double
        self.chance = chance
        self.within = within
        self.pressed: dict[Any, float] = {}
        self._seen = 0
        self._reminded: set[Any] = set()
        self._pressing: set[asyncio.Task[None]] = set()
        self._last_news = asyncio.get_running_loop().time()

    def finished(self, patients: int, quiet: float) -> bool:
        """Schedule presses for new reminders; whether every press has its edit, or all is
        quiet for `quiet` seconds."""
        calls = self.double.calls
        for call in calls[self._seen :]:
            if call.method in {"sendMessage", "editMessageText"} and call.response_ok:
                self._last_news = call.at
            if call.method == "sendMessage" and call.response_ok:
                self._schedule(call)
        self._seen = len(calls)
        now = asyncio.get_running_loop().time()
        everything = len(self._reminded) >= patients and not self._pressing
        done = everything and len(self.edited()) >= len(self.pressed)
        return done or now - self._last_news > quiet + self.within

    def _schedule(self, call: RecordedCall) -> None:
        """Press Done on this reminder, once per chat, a random while after it arrived."""
        if call.chat_id in self._reminded:
            return
        self._reminded.add(call.chat_id)
        [message] = self.double.sent_messages(call.chat_id)
        done = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        delay = self.chance.uniform(0, self.within)
        task = asyncio.create_task(self._press(call, message["message_id"], done, delay))
        self._pressing.add(task)
        task.add_done_callback(self._pressing.discard)

    async def _press(self, call: RecordedCall, message_id: int, data: str, delay: float) -> None:
        """Wait, then press."""
        loop = asyncio.get_running_loop()
        await asyncio.sleep(max(0.0, call.at + delay - loop.time()))
        self.pressed[call.chat_id] = loop.time()
        await self.double.press_button(call.chat_id, message_id, data)

    def edited(self) -> dict[Any, float]:
        """When each pressed chat's reminder was first edited after its press."""
        edited: dict[Any, float] = {}
        for call in self.double.calls_to("editMessageText"):
            pressed = self.pressed.get(call.chat_id)
            if call.response_ok and pressed is not None and call.at >= pressed:
                edited.setdefault(call.chat_id, call.at)
        return edited

    async def close(self) -> None:
        """Stop presses not yet made (only when the run gave up waiting)."""
        for task in self._pressing:
            task.cancel()
        await asyncio.gather(*self._pressing, return_exceptions=True)


def _refused_for_a_chat(calls: list[RecordedCall]) -> int:
    """Limited calls refused while their chat had an accepted one within the last second."""
    last_to: dict[Any, float] = {}
    refused = 0
    for call in calls:
        if not call.method.startswith(LIMITED):
            continue
        if call.response_ok:
            last_to[call.chat_id] = call.at
        elif call.at - last_to.get(call.chat_id, -2.0) < 1.0:
            refused += 1
    return refused


def _most_in_any_second(instants: list[float]) -> int:
    """The largest number of instants inside one rolling second."""
    ordered = sorted(instants)
    most, start = 0, 0
    for end, at in enumerate(ordered):
        while ordered[start] <= at - 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


async def run(arguments: argparse.Namespace) -> list[dict[str, float]]:
    """Every run, one after the other."""
    source = cached_database(arguments.workdir, patients=arguments.patients)
    results = []
    for number in range(arguments.runs):
        figures = await peak_run(
            source,
            arguments.workdir,
            patients=arguments.patients,
            press_within=arguments.press_within,
            seed=number,
        )
        shown = ", ".join(f"{k} {v:,.3g}" for k, v in figures.items())
        print(f"run {number + 1}: {shown}", file=sys.stderr, flush=True)
        results.append(figures)
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the limited bursts with presses and print the table."""
    parser = argparse.ArgumentParser(prog="bench peak", description=__doc__)
    parser.add_argument("--patients", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--press-within", type=float, default=60.0, help="each Done 0 to this many s after"
    )
    parser.add_argument("--workdir", type=Path, default=Path("data/bench"))
    arguments = parser.parse_args(argv)
    arguments.workdir.mkdir(parents=True, exist_ok=True)
    results = asyncio.run(run(arguments))
    title = (
        f"peak: {arguments.patients:,} reminders at one instant, double enforcing 30/s and "
        f"1/chat/s, each patient presses Done 0-{arguments.press_within:.0f} s after theirs "
        f"({machine_load()})"
    )
    print_table(title, FIGURES, {"ledger": results})
    print(f"machine: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
