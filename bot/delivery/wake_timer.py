"""Wakes the process when reminders fall due; the database, not the scheduler, holds them.

Two jobs with fixed names: a one-off wake-up armed for the earliest pending reminder
(re-armed whenever reminders are written), and a periodic sweep that catches anything else,
including what came due while the bot was down. Neither is subject to APScheduler's
misfire grace: lateness is handled by the dispatcher, which says when a reminder is late.
Only the replica holding the scheduler lease (bot/ops/leader.py) has these jobs; on the others
rearm_reminders does nothing, and the leader's sweep picks up what they wrote.
"""

from datetime import UTC, datetime, timedelta
from typing import Any

from telegram.ext import Application

from bot.context import BotApplication, BotContext
from storage.database import session_scope
from storage.reminders import next_pending_due_at

WAKE_JOB = "reminders:wake"
SWEEP_JOB = "reminders:sweep"
SWEEP_INTERVAL = timedelta(seconds=30)
NO_MISFIRE_LIMIT: dict[str, Any] = {"misfire_grace_time": None, "coalesce": True}
# A wake-up armed this little later than needed is left as it is.
ARM_SLACK = timedelta(milliseconds=10)


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
    """Deliver what is due, then arm the next wake-up."""
    await context.bot_data.dispatcher.deliver_due()
    await rearm_reminders(context.application)


def _job_queue(application: Application[Any, Any, Any, Any, Any, Any]) -> Any:
    """The application's job queue (installed with the job-queue extra)."""
    if application.job_queue is None:
        raise RuntimeError("python-telegram-bot's job-queue extra is required")
    return application.job_queue
