"""The wake-up timer: armed for the earliest pending reminder, re-armed only when needed."""

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from telegram.ext import Job

from bot.context import BotApplication
from bot.delivery.wake_timer import WAKE_JOB, rearm_reminders
from storage.database import session_scope
from storage.models import ReminderKind
from storage.reminders import add_reminder
from tests.bot.patients import common_monthly, patient_with_plan
from tests.fake_clock import FakeClock

PATIENT = 6101


def _wake_jobs(application: BotApplication) -> list[Job[Any]]:
    """The wake-up jobs armed now."""
    assert application.job_queue is not None
    return list(application.job_queue.get_jobs_by_name(WAKE_JOB))


def _fires_in(application: BotApplication) -> float:
    """Seconds until the (single) wake-up fires."""
    [job] = _wake_jobs(application)
    assert job.next_t is not None
    return (job.next_t - datetime.now(UTC)).total_seconds()


async def test_a_later_reminder_leaves_the_wake_up_alone_an_earlier_one_moves_it(
    application: BotApplication, engine: Engine, clock: FakeClock
) -> None:
    """Writing a reminder after the armed one keeps the job; one before it re-arms for it."""
    patient_id = patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=clock().date() + timedelta(days=2),
    )
    await rearm_reminders(application)
    [armed] = _wake_jobs(application)
    first_in = _fires_in(application)
    assert timedelta(days=1) < timedelta(seconds=first_in) < timedelta(days=3)

    with session_scope(engine) as session:
        later = clock() + timedelta(days=20)
        add_reminder(session, patient_id=patient_id, kind=ReminderKind.STOCK_LOW, due_at=later)
    await rearm_reminders(application)
    assert _wake_jobs(application) == [armed]

    with session_scope(engine) as session:
        soon = clock() + timedelta(minutes=5)
        add_reminder(session, patient_id=patient_id, kind=ReminderKind.STOCK_LOW, due_at=soon)
    await rearm_reminders(application)
    assert _wake_jobs(application) != [armed]
    assert 240 < _fires_in(application) <= 300
