"""Two replicas on one PostgreSQL database: one sends reminders; when it dies, the other takes
over within seconds, and every reminder due around the switch reaches its patient once.

A SIGKILL while a message is in flight may repeat that one message after the takeover (the
dead leader's claim is requeued: at-least-once by design). The test kills the leader between
sends, with nothing claimed, so there exactly once is the honest expectation.
"""

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine
from sqlmodel import col

from bot_api_double import BotApiDouble
from storage.models import Reminder, ReminderStatus
from tests.bot.patients import maintenance_only, patient_with_plan
from tests.bot.processes import webhook_bot
from tests.bot.test_durability import REAL_TIME_ZONE, _due_just_before_now
from tests.delivery_audit import audit_delivery, due_reminder_ids

FIRST_CHAT = 8100
PATIENTS = 10
# The first reminder falls due once both replicas are up; then one a second.
FIRST_DUE_AFTER = timedelta(seconds=6)
SPACING = timedelta(seconds=1)
KILL_AFTER_SENDS = 3
TAKEOVER_LIMIT = 30.0


def _stagger_reminders(engine: Engine, reminder_ids: list[int], start: datetime) -> None:
    """Give each reminder a due time one second after the previous one's."""
    with engine.begin() as connection:
        for index, reminder_id in enumerate(sorted(reminder_ids)):
            connection.execute(
                sa.update(Reminder)
                .where(col(Reminder.id) == reminder_id)
                .values(due_at=start + index * SPACING)
            )


def _claimed(engine: Engine) -> int:
    """How many reminders are claimed and not yet settled."""
    with engine.connect() as connection:
        return int(
            connection.execute(
                sa.select(sa.func.count()).where(col(Reminder.status) == ReminderStatus.SENDING)
            ).scalar_one()
        )


def _sent(double: BotApiDouble) -> int:
    """Messages the double accepted."""
    return sum(1 for call in double.calls_to("sendMessage") if call.response_ok)


async def _settled(engine: Engine) -> None:
    """Wait until no reminder is claimed."""
    while _claimed(engine):  # noqa: ASYNC110  # the database has no event to wait on
        await asyncio.sleep(0.01)


async def _all_sent(double: BotApiDouble) -> None:
    """Wait until every patient got a message."""
    while _sent(double) < PATIENTS:
        await double.wait_for("sendMessage", ok=True, timeout=20)


async def test_standby_takes_over_when_the_leader_is_killed(
    double: BotApiDouble, engine: Engine, tmp_path: Path
) -> None:
    """Kill the leader mid-schedule: the standby leads within 30 s; nothing lost or doubled."""
    if engine.dialect.name != "postgresql":
        pytest.skip("replicas share a PostgreSQL database; SQLite runs one process")
    due, last_dose_on, at = _due_just_before_now()
    for chat in range(FIRST_CHAT, FIRST_CHAT + PATIENTS):
        patient_with_plan(
            engine,
            chat_id=chat,
            phases=maintenance_only(),
            now=due - timedelta(hours=1),
            last_dose_before_start_on=last_dose_on,
            reminder_time=at,
            time_zone=REAL_TIME_ZONE,
        )
    due_ids = due_reminder_ids(engine, due_by=due)
    assert len(due_ids) == PATIENTS
    _stagger_reminders(engine, due_ids, datetime.now(UTC) + FIRST_DUE_AFTER)

    async with webhook_bot(double, engine, tmp_path / "first.log") as first:
        await first.wait_for_role("leader")
        async with webhook_bot(double, engine, tmp_path / "second.log") as second:
            await second.wait_for_role("standby")
            while _sent(double) < KILL_AFTER_SENDS:
                await double.wait_for("sendMessage", ok=True, timeout=20)
            # Between two sends (one a second): once the last one is settled, nothing is
            # claimed and nothing in flight.
            await asyncio.wait_for(_settled(engine), timeout=0.5)
            await first.kill()
            sent_by_first = _sent(double)
            takeover = await second.wait_for_role("leader", timeout=TAKEOVER_LIMIT)
            await asyncio.wait_for(_all_sent(double), timeout=30)
            await double.idle(quiet=1.5)
            assert await second.stop() == 0

    assert takeover < TAKEOVER_LIMIT
    assert KILL_AFTER_SENDS <= sent_by_first < PATIENTS
    audit = audit_delivery(engine, double.calls, due_ids)
    assert (audit.due, audit.lost, audit.doubled, audit.ledger_mismatch) == (PATIENTS, 0, 0, 0)
    assert "scheduler lease taken" in (tmp_path / "second.log").read_text()
