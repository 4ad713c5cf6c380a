"""Wakes the process when reminders fall due; the database, not the scheduler, holds them.

Two jobs with fixed names: a one-off wake-up armed for the earliest pending reminder
(re-armed whenever reminders are written), and a periodic sweep that catches anything else,
including what came due while the bot was down. Neither is subject to APScheduler's
misfire grace: lateness is handled by the dispatcher, which says when a reminder is late.
Only the replica holding the scheduler lease (bot/ops/leader.py) has these jobs; on the others
rearm_reminders does nothing, and the leader's sweep picks up what they wrote.

Features never re-arm by hand: every update is handled inside `rearming_after_writes`
(bot/telegram/update_order.py), and a unit of work that wrote the reminder ledger marks, as it
commits, the update it ran in (a context variable, so concurrent updates never see each
other's marks); the wake-up is re-armed once, after the handler, if any did.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram.ext import Application

from bot.context import BotApplication, BotContext
from storage.database import on_commit_writing, session_scope
from storage.models import Reminder
from storage.reminders import next_pending_due_at
from storage.tables import table_of

WAKE_JOB = "reminders:wake"
SWEEP_JOB = "reminders:sweep"
SWEEP_INTERVAL = timedelta(seconds=30)
NO_MISFIRE_LIMIT: dict[str, Any] = {"misfire_grace_time": None, "coalesce": True}
# A wake-up armed this little later than needed is left as it is.
ARM_SLACK = timedelta(milliseconds=10)


@dataclass
class _LedgerWrites:
    """Whether a unit of work committed in the watched span wrote the reminder ledger."""

    written: bool = False


_watching: ContextVar[_LedgerWrites | None] = ContextVar("reminder_ledger_writes", default=None)


def _note_ledger_written() -> None:
    """Mark the span being watched (if any) as having written reminders."""
    writes = _watching.get()
    if writes is not None:
        writes.written = True


on_commit_writing(table_of(Reminder).name, _note_ledger_written)


@asynccontextmanager
async def rearming_after_writes(
    application: Application[Any, Any, Any, Any, Any, Any],
) -> AsyncIterator[None]:
    """Run the body, then re-arm the wake-up once if any of its units of work wrote reminders."""
    writes = _LedgerWrites()
    token = _watching.set(writes)
    try:
        yield
    finally:
        _watching.reset(token)
        if writes.written:
            await rearm_reminders(application)


async def start_reminders(application: BotApplication) -> None:
    """Recover from a crash, start the sweep, and arm a wake-up for what is already due."""
    application.bot_data.dispatcher.recover_after_crash()
    _job_queue(application).run_repeating(
        _deliver_and_rearm,
        interval=SWEEP_INTERVAL,
        first=SWEEP_INTERVAL,
        name=SWEEP_JOB,
        job_kwargs={**NO_MISFIRE_LIMIT, "max_instances": 1},
    )
    # Not `first=0`: APScheduler's interval trigger moves a start date that is already past
    # (it is by the time the scheduler starts) one whole interval on, so what came due while
    # the bot was down waited 30 s. The one-off wake-up fires at once for an overdue row.
    await rearm_reminders(application)


async def stop_reminders(application: BotApplication) -> None:
    """Stop waking up for reminders (the scheduler lease was lost to another replica)."""
    job_queue = _job_queue(application)
    for name in (SWEEP_JOB, WAKE_JOB):
        for job in job_queue.get_jobs_by_name(name):
            job.schedule_removal()


async def rearm_reminders(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Arm the wake-up for the earliest pending reminder (call after writing reminders)."""
    job_queue = _job_queue(application)
    if not job_queue.get_jobs_by_name(SWEEP_JOB):
        return  # not the replica that runs the reminder loop
    services = application.bot_data
    with session_scope(services.engine) as session:
        due_at = next_pending_due_at(session)
    armed = job_queue.get_jobs_by_name(WAKE_JOB)
    delay = max(0.0, (due_at - services.clock()).total_seconds()) if due_at else 0.0
    # The scheduler keeps real time, whatever clock the bot reads (a test's may jump).
    wake_by = datetime.now(UTC) + timedelta(seconds=delay) + ARM_SLACK
    # Most writes (a done, a skip) add nothing earlier than the wake-up already armed.
    if due_at is not None and armed and all(_fires_by(job, wake_by) for job in armed):
        return
    for job in armed:
        job.schedule_removal()
    if due_at is None:
        return
    job_queue.run_once(_deliver_and_rearm, when=delay, name=WAKE_JOB, job_kwargs=NO_MISFIRE_LIMIT)


def _fires_by(job: Any, instant: datetime) -> bool:
    """Whether a scheduled job will run no later than `instant`."""
    return job.next_t is not None and bool(job.next_t <= instant)


async def _deliver_and_rearm(context: BotContext) -> None:
    """Deliver what is due, then arm the next wake-up (whatever the delivery wrote)."""
    # Watched, so that what settling writes (follow-ups) re-arms nothing before this does.
    token = _watching.set(_LedgerWrites())
    try:
        await context.bot_data.dispatcher.deliver_due()
    finally:
        _watching.reset(token)
    await rearm_reminders(context.application)


def _job_queue(application: Application[Any, Any, Any, Any, Any, Any]) -> Any:
    """The application's job queue (installed with the job-queue extra)."""
    if application.job_queue is None:
        raise RuntimeError("python-telegram-bot's job-queue extra is required")
    return application.job_queue
