"""A send Telegram accepted is recorded, even when the database could not take it at once.

The SQLite file locked by another writer (or the database unreachable) just as a burst's
answers come back: the dispatcher keeps those results in memory and writes them once it can.
Neither the stuck-claim sweep nor a clean restart may send them again.
"""

import asyncio
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from bot.context import BotApplication
from bot.delivery import dispatcher as dispatcher_module
from bot.delivery.dispatcher import STUCK_AFTER
from bot_api_double import BotApiDouble, Delayed
from storage.database import create_database_engine
from storage.models import Patient, Reminder, ReminderStatus
from storage.tables import table_of
from tests.bot.conftest import eventually, reminders_settled
from tests.bot.outages import DatabaseOutage
from tests.bot.patients import maintenance_only, patient_with_plan
from tests.bot.test_durability import _start
from tests.delivery_audit import DeliveryAudit, audit_delivery, due_reminder_ids
from tests.fake_clock import FakeClock

BURST = 5
FIRST_CHAT = 6100
# Wednesday 25 November 2026, 09:00 in London (GMT): each patient's dose is due then.
DUE = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
LAST_DOSE_ON = date(2026, 10, 28)
# A cold settle under the lock waits out SQLite's 5 s busy timeout, maybe twice.
SETTLE_WAIT = 30.0


def _burst(engine: Engine, clock: FakeClock) -> list[int]:
    """BURST patients, each with one dose reminder due at DUE; the reminders' ids."""
    for chat_id in range(FIRST_CHAT, FIRST_CHAT + BURST):
        patient_with_plan(
            engine,
            chat_id=chat_id,
            phases=maintenance_only(),
            now=clock(),
            last_dose_before_start_on=LAST_DOSE_ON,
            reminder_time=time(9, 0),
        )
    due_ids = due_reminder_ids(engine, due_by=DUE)
    assert len(due_ids) == BURST
    return due_ids


@contextmanager
def _sqlite_write_lock(engine: Engine) -> Iterator[None]:
    """Another writer holds the SQLite file's write lock (BEGIN IMMEDIATE) meanwhile."""
    assert engine.url.database is not None
    locker = sqlite3.connect(engine.url.database, isolation_level=None)
    try:
        locker.execute("BEGIN IMMEDIATE")
        yield
        locker.execute("ROLLBACK")
    finally:
        locker.close()


@contextmanager
def _reader(engine: Engine) -> Iterator[Engine]:
    """A separate engine on the same database, for the test's own reads."""
    reader = create_database_engine(engine.url.render_as_string(hide_password=False))
    try:
        yield reader
    finally:
        reader.dispose()


def _statuses(engine: Engine, reminder_ids: list[int]) -> list[ReminderStatus]:
    """The audited reminders' statuses as stored now."""
    return [status for status, _, _ in _rows(engine, reminder_ids).values()]


def _rows(engine: Engine, reminder_ids: list[int]) -> dict[int, tuple[ReminderStatus, Any, int]]:
    """Per audited reminder: its status, its Telegram message id and its patient's chat."""
    reminder, patient = table_of(Reminder), table_of(Patient)
    statement = (
        sa.select(
            reminder.c.id, reminder.c.status, reminder.c.telegram_message_id, patient.c.chat_id
        )
        .join(patient, patient.c.id == reminder.c.patient_id)
        .where(reminder.c.id.in_(reminder_ids))
        .order_by(reminder.c.id)
    )
    with engine.connect() as connection:
        return {
            int(id_): (ReminderStatus(status), message_id, int(chat_id))
            for id_, status, message_id, chat_id in connection.execute(statement)
        }


async def _stop(app: BotApplication) -> None:
    """Stop as `b12bot run` does on SIGTERM: updater, application, shutdown, post_shutdown."""
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


async def _send_burst_answered_late(
    double: BotApiDouble, engine: Engine, clock: FakeClock, answers: asyncio.Event
) -> BotApplication:
    """Start the bot at DUE; return once every reminder reached its chat, answers held back."""
    double.fail_next("sendMessage", Delayed(answers), times=BURST)
    clock.set(DUE)
    app = await _start(double, engine, clock)
    for _ in range(BURST):
        await double.wait_for("sendMessage", timeout=SETTLE_WAIT)
    return app


async def _run_over(app: BotApplication) -> None:
    """Wait until the delivery run in progress has finished."""
    dispatcher = app.bot_data.dispatcher
    await eventually(lambda: not dispatcher.busy, "the delivery run ends", timeout=SETTLE_WAIT)


async def _sweep_past_stuck_after(app: BotApplication, clock: FakeClock) -> None:
    """Run the periodic sweep with the clock past the stuck-claim limit."""
    clock.advance(STUCK_AFTER + timedelta(minutes=1))
    await app.bot_data.dispatcher.deliver_due()


async def _all_sent(engine: Engine, due_ids: list[int]) -> None:
    """Wait until the ledger marks every audited reminder sent."""
    await eventually(
        lambda: _statuses(engine, due_ids) == [ReminderStatus.SENT] * BURST,
        "every reminder is marked sent",
        timeout=SETTLE_WAIT,
    )


def _assert_each_once_with_message_ids(
    double: BotApiDouble, engine: Engine, due_ids: list[int]
) -> DeliveryAudit:
    """Every reminder reached its chat once and the ledger holds that message's id."""
    audit = audit_delivery(engine, double.calls, due_ids)
    assert (audit.due, audit.delivered_once, audit.lost, audit.doubled) == (BURST, BURST, 0, 0)
    assert audit.ledger_mismatch == 0
    rows = _rows(engine, due_ids)
    stored = {rid: [message_id] for rid, (_, message_id, _) in rows.items()}
    shown = {
        rid: [m["message_id"] for m in double.sent_messages(chat)]
        for rid, (*_, chat) in rows.items()
    }
    assert stored == shown
    return audit


def _skip_unless_sqlite(engine: Engine) -> None:
    """The file lock is SQLite's; PostgreSQL has the outage variant."""
    if engine.dialect.name != "sqlite":
        pytest.skip("a locked database file is SQLite's; see the outage variant")


async def test_sends_recorded_after_sqlite_was_locked_are_not_sent_again_by_the_sweep(
    double: BotApiDouble, engine: Engine, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """Settles fail under another writer's lock; the stuck-claim sweep leaves them alone."""
    _skip_unless_sqlite(engine)
    due_ids = _burst(engine, clock)
    answers = asyncio.Event()
    app = await _send_burst_answered_late(double, engine, clock, answers)
    try:
        with _sqlite_write_lock(engine):
            answers.set()
            await _run_over(app)
            assert _statuses(engine, due_ids) == [ReminderStatus.SENDING] * BURST
        await _sweep_past_stuck_after(app, clock)
        await _all_sent(engine, due_ids)
        await reminders_settled(app)
        await double.idle(quiet=0.3)
    finally:
        await _stop(app)
    assert "requeued" not in caplog.text
    _assert_each_once_with_message_ids(double, engine, due_ids)


async def test_a_clean_restart_after_sqlite_was_locked_sends_nothing_again(
    double: BotApiDouble, engine: Engine, clock: FakeClock
) -> None:
    """The lock is still held when the stop begins: the stop records the sends, the next
    start has nothing to repeat."""
    _skip_unless_sqlite(engine)
    due_ids = _burst(engine, clock)
    answers = asyncio.Event()
    app = await _send_burst_answered_late(double, engine, clock, answers)
    try:
        with _sqlite_write_lock(engine):
            answers.set()
            await _run_over(app)
            assert _statuses(engine, due_ids) == [ReminderStatus.SENDING] * BURST
            stopping = asyncio.create_task(_stop(app))
            await eventually(lambda: not app.running, "the stop begins")
        await stopping
    finally:
        if app.running:
            await _stop(app)
    assert _statuses(engine, due_ids) == [ReminderStatus.SENT] * BURST

    second = await _start(double, engine, clock)
    try:
        await reminders_settled(second)
        await double.idle(quiet=0.3)
    finally:
        await _stop(second)
    _assert_each_once_with_message_ids(double, engine, due_ids)


async def test_sends_recorded_after_a_database_outage_are_never_sent_again(
    double: BotApiDouble, engine: Engine, clock: FakeClock
) -> None:
    """The database unreachable as the answers come back (SQLite and PostgreSQL): neither
    the sweep past ten minutes nor a clean restart sends anything twice."""
    due_ids = _burst(engine, clock)
    answers = asyncio.Event()
    with _reader(engine) as reader, DatabaseOutage(engine).installed() as outage:
        app = await _send_burst_answered_late(double, engine, clock, answers)
        try:
            outage.on = True
            answers.set()
            await _run_over(app)
            assert _statuses(reader, due_ids) == [ReminderStatus.SENDING] * BURST
            outage.on = False
            await _sweep_past_stuck_after(app, clock)
            await _all_sent(reader, due_ids)
            await reminders_settled(app)
        finally:
            outage.on = False
            await _stop(app)
    second = await _start(double, engine, clock)
    try:
        await reminders_settled(second)
        await double.idle(quiet=0.3)
    finally:
        await _stop(second)
    _assert_each_once_with_message_ids(double, engine, due_ids)


async def test_a_stop_that_cannot_reach_the_database_gives_up_in_time_and_says_so(
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A stop waits a bounded time for unrecorded sends; past it they are left claimed (as a
    crash leaves them) and the log says how many the next start will send again."""
    monkeypatch.setattr(dispatcher_module, "SETTLE_ON_STOP", 1.0)
    due_ids = _burst(engine, clock)
    answers = asyncio.Event()
    with _reader(engine) as reader, DatabaseOutage(engine).installed() as outage:
        app = await _send_burst_answered_late(double, engine, clock, answers)
        try:
            outage.on = True
            answers.set()
            await _run_over(app)
            await asyncio.wait_for(_stop(app), timeout=SETTLE_WAIT)
        finally:
            outage.on = False
        assert _statuses(reader, due_ids) == [ReminderStatus.SENDING] * BURST
    assert f"stopping with {BURST} results not recorded" in caplog.text
    assert f"{BURST} are sends Telegram accepted, which the next start sends again" in caplog.text
