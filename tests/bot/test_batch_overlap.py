"""The next batch is claimed and sent while the last answers of the one before are awaited,
and never more than two batches are open: a slow answer holds back at most one batch."""

import asyncio
from datetime import UTC, date, datetime, time

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from bot.delivery import dispatcher as dispatcher_module
from bot_api_double import BotApiDouble, Delayed
from storage.models import Patient, Reminder, ReminderStatus
from storage.tables import table_of
from tests.bot.conftest import eventually
from tests.bot.patients import maintenance_only, patient_with_plan
from tests.bot.test_durability import _start, _stop
from tests.delivery_audit import audit_delivery, due_reminder_ids
from tests.fake_clock import FakeClock

pytestmark = pytest.mark.sqlite_only

BATCH = 2
FIRST_CHAT = 6300
CHATS = list(range(FIRST_CHAT, FIRST_CHAT + 3 * BATCH))
# Wednesday 25 November 2026, 09:00 in London (GMT): each patient's dose is due then.
DUE = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
WAIT = 30.0


def _status_by_chat(engine: Engine, reminder_ids: list[int]) -> dict[int, ReminderStatus]:
    """Each audited reminder's ledger status, by its patient's chat."""
    reminder, patient = table_of(Reminder), table_of(Patient)
    statement = (
        sa.select(patient.c.chat_id, reminder.c.status)
        .join(patient, patient.c.id == reminder.c.patient_id)
        .where(reminder.c.id.in_(reminder_ids))
    )
    with engine.connect() as connection:
        return {int(chat): ReminderStatus(status) for chat, status in connection.execute(statement)}


async def test_a_slow_answer_holds_back_one_batch_at_most_and_nothing_is_sent_twice(
    double: BotApiDouble, engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three batches due at once; the first chat's answer is held. The second batch goes
    out meanwhile, the third waits for the first to finish, and each arrives once."""
    monkeypatch.setattr(dispatcher_module, "BATCH_SIZE", BATCH)
    for chat_id in CHATS:
        patient_with_plan(
            engine,
            chat_id=chat_id,
            phases=maintenance_only(),
            now=clock(),
            last_dose_before_start_on=date(2026, 10, 28),
            reminder_time=time(9, 0),
        )
    due_ids = due_reminder_ids(engine, due_by=DUE)
    assert len(due_ids) == len(CHATS)
    answer = asyncio.Event()
    double.fail_next("sendMessage", Delayed(answer), chat_id=CHATS[0])
    clock.set(DUE)
    app = await _start(double, engine, clock)
    try:
        second = CHATS[BATCH : 2 * BATCH]
        await eventually(
            lambda: all(
                _status_by_chat(engine, due_ids)[chat] == ReminderStatus.SENT for chat in second
            ),
            "the second batch is sent while the first chat's answer is awaited",
            timeout=WAIT,
        )
        statuses = _status_by_chat(engine, due_ids)
        assert statuses[CHATS[0]] == ReminderStatus.SENDING
        assert [statuses[chat] for chat in CHATS[2 * BATCH :]] == [ReminderStatus.PENDING] * BATCH
        assert not any(double.sent_messages(chat) for chat in CHATS[2 * BATCH :])
        answer.set()
        await eventually(
            lambda: set(_status_by_chat(engine, due_ids).values()) == {ReminderStatus.SENT},
            "every reminder is sent once the answer came",
            timeout=WAIT,
        )
    finally:
        answer.set()
        await _stop(app)
    audit = audit_delivery(engine, double.calls, due_ids)
    assert (audit.delivered_once, audit.lost, audit.doubled, audit.ledger_mismatch) == (
        len(CHATS),
        0,
        0,
        0,
    )
    for chat in CHATS:
        assert "1,000 mcg" in (double.sent_messages(chat)[0]["text"])
