"""Durability: restarts, crashes and shutdowns never lose a reminder and never double one."""

import asyncio
import os
import signal
import sys
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlmodel import col, select

from bot.app import build_application
from bot.context import BotApplication
from bot_api_double import BotApiDouble, RecordedCall, Timeout
from storage.database import session_scope
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus
from tests.bot.conftest import eventually, reminders_settled, settings_for
from tests.bot.patients import common_monthly, maintenance_only, patient_with_plan
from tests.delivery_audit import audit_delivery, due_reminder_ids
from tests.fake_clock import FakeClock

B12BOT = Path(sys.executable).with_name("b12bot")
# No DST there, so a local time read off an instant maps back to that instant all year round.
REAL_TIME_ZONE = "Asia/Tokyo"
# Long enough for a cold start of `b12bot run` (imports, migrations) on a slow machine.
PROCESS_WAIT = 15.0


# -- in-process helpers ---------------------------------------------------------------------


async def _start(double: BotApiDouble, engine: Engine, clock: FakeClock) -> BotApplication:
    """Build and start the real Application as the `application` fixture does."""
    app = build_application(settings_for(double, str(engine.url)), engine, clock=clock)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=1))
    return app


async def _stop(app: BotApplication) -> None:
    """Stop cleanly, in python-telegram-bot's own order."""
    assert app.updater is not None
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


# -- process helpers ------------------------------------------------------------------------


async def _spawn(double: BotApiDouble, engine: Engine, log: Path) -> asyncio.subprocess.Process:
    """Start `b12bot run` against the double and the test's SQLite file, logging to a file."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DATA")}
    environment.update(
        TELEGRAM_BOT_TOKEN=double.token,
        TELEGRAM_API_BASE_URL=double.api_url,
        DATABASE_URL=str(engine.url),
        LOG_LEVEL="INFO",
    )
    # A file, not a pipe: nobody reads stderr while the bot runs, and a full pipe would block it.
    with log.open("ab") as stderr:
        return await asyncio.create_subprocess_exec(
            str(B12BOT), "run", env=environment, cwd=log.parent, stderr=stderr
        )


async def _terminate(process: asyncio.subprocess.Process, log: Path) -> None:
    """SIGTERM the bot and check that it exits cleanly."""
    process.send_signal(signal.SIGTERM)
    await asyncio.wait_for(process.wait(), timeout=PROCESS_WAIT)
    assert process.returncode == 0, log.read_text()  # noqa: ASYNC240 - the process has exited


async def _reap(process: asyncio.subprocess.Process) -> None:
    """Kill the process if it is still running (for finally blocks)."""
    if process.returncode is None:
        process.kill()
        await process.wait()


# -- database and double helpers ------------------------------------------------------------


def _reminders(engine: Engine, kind: ReminderKind | None = None) -> list[Reminder]:
    """Reminder rows as stored now (of one kind, if given), in id order."""
    with session_scope(engine) as session:
        statement = select(Reminder).order_by(col(Reminder.id))
        if kind is not None:
            statement = statement.where(Reminder.kind == kind)
        return list(session.exec(statement).all())


def _ledger(engine: Engine) -> list[tuple[object, ...]]:
    """Every reminder's delivery state, to compare before and after a restart."""
    return [
        (r.id, r.kind, r.due_at, r.status, r.attempts, r.sent_at, r.telegram_message_id)
        for r in _reminders(engine)
    ]


def _chats_by_patient(engine: Engine) -> dict[int, int]:
    """Each patient's chat id, by patient id."""
    with session_scope(engine) as session:
        return {p.id or 0: p.chat_id for p in session.exec(select(Patient)).all()}


def _delivered(double: BotApiDouble, chat_id: int | None = None) -> list[RecordedCall]:
    """The sendMessage calls that reached a chat (one chat, if given), whatever the answer."""
    return [
        call
        for call in double.calls_to("sendMessage")
        if call.delivered and (chat_id is None or call.chat_id == chat_id)
    ]


def _message_id(double: BotApiDouble, chat_id: int, containing: str) -> int:
    """The id of the one message in a chat whose text contains `containing`."""
    [message] = [m for m in double.sent_messages(chat_id) if containing in m.get("text", "")]
    message_id: int = message["message_id"]
    return message_id


def _due_just_before_now() -> tuple[datetime, date, time]:
    """A due instant a couple of minutes ago: (that instant, last dose 28 days before, time)."""
    due = (datetime.now(UTC) - timedelta(minutes=2)).astimezone(ZoneInfo(REAL_TIME_ZONE))
    return due, due.date() - timedelta(days=28), time(due.hour, due.minute)


# -- 1. restart with reminders overdue ------------------------------------------------------

EARLY, MIDDLE, BEHIND = 4101, 4102, 4103
THURSDAY = date(2026, 11, 26)
# Up again on Thursday 26 November 2026 at 10:00 in London (GMT), down since Wednesday 08:00.
BACK_UP_AT = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


async def test_restart_sends_each_overdue_reminder_once_marked_late(
    double: BotApiDouble, engine: Engine, clock: FakeClock
) -> None:
    """What came due while the bot was down goes out once, late and saying so; never again."""
    # A daily dose is marked missed 12 h after its time, before the next dose is due; so the
    # overdue reminders belong to different patients, and one patient is a whole day behind.
    patient_with_plan(
        engine,
        chat_id=EARLY,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=THURSDAY,
        reminder_time=time(6, 0),
    )
    patient_with_plan(
        engine,
        chat_id=MIDDLE,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=THURSDAY,
        reminder_time=time(7, 30),
    )
    patient_with_plan(
        engine,
        chat_id=BEHIND,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=THURSDAY - timedelta(days=1),
    )
    clock.set(BACK_UP_AT)

    first = await _start(double, engine, clock)
    try:
        await reminders_settled(first)
        await double.idle(quiet=0.3)
    finally:
        await _stop(first)

    texts = {chat: [c.text or "" for c in _delivered(double, chat)] for chat in (EARLY, MIDDLE)}
    assert texts == {
        EARLY: [_late("Thu 26 Nov, 06:00", "dose 1 of 7")],
        MIDDLE: [_late("Thu 26 Nov, 07:30", "dose 1 of 7")],
    }
    behind = sorted(c.text or "" for c in _delivered(double, BEHIND))
    assert len(behind) == 2, behind
    assert behind[0].startswith("I marked your B12 injection due Wed 25 Nov, 09:00 as missed")
    assert behind[1] == _late("Thu 26 Nov, 09:00", "dose 2 of 7")

    doses = {r.due_at: r for r in _reminders(engine, ReminderKind.DOSE) if r.due_at <= clock()}
    assert {due: (r.status, r.attempts) for due, r in doses.items()} == {
        datetime(2026, 11, 25, 9, 0, tzinfo=UTC): (ReminderStatus.EXPIRED, 1),
        datetime(2026, 11, 26, 6, 0, tzinfo=UTC): (ReminderStatus.SENT, 1),
        datetime(2026, 11, 26, 7, 30, tzinfo=UTC): (ReminderStatus.SENT, 1),
        datetime(2026, 11, 26, 9, 0, tzinfo=UTC): (ReminderStatus.SENT, 1),
    }
    message_ids = {
        datetime(2026, 11, 26, 6, 0, tzinfo=UTC): _message_id(double, EARLY, "Sent late"),
        datetime(2026, 11, 26, 7, 30, tzinfo=UTC): _message_id(double, MIDDLE, "Sent late"),
        datetime(2026, 11, 26, 9, 0, tzinfo=UTC): _message_id(double, BEHIND, "Sent late"),
    }
    assert {due: doses[due].telegram_message_id for due in message_ids} == message_ids
    [missed_check] = [
        r for r in _reminders(engine, ReminderKind.DOSE_MISSED) if r.due_at <= clock()
    ]
    assert missed_check.status == ReminderStatus.SENT
    assert missed_check.telegram_message_id == _message_id(double, BEHIND, "as missed")
    assert not [r for r in _reminders(engine) if r.status == ReminderStatus.SENDING]

    ledger = _ledger(engine)
    delivered = len(_delivered(double))
    second = await _start(double, engine, clock)
    try:
        await reminders_settled(second)
        await double.idle(quiet=0.5)
    finally:
        await _stop(second)
    assert len(_delivered(double)) == delivered
    assert _ledger(engine) == ledger


def _late(due: str, dose: str) -> str:
    """A dose reminder sent late, as the patient reads it."""
    return (
        f"⏱ Sent late: this reminder was due {due}.\n\n"
        f"💉 Time for your <b>1,000 mcg B12 injection</b>, loading phase, {dose}.\n"
        f"Due {due}.\n📍 Suggested site: <b>left arm (deltoid)</b>."
    )


# -- 2. a crash between claim and send ------------------------------------------------------

CRASHED = 4201


async def test_sigkill_between_claim_and_send_loses_nothing(
    double: BotApiDouble, engine: Engine, tmp_path: Path
) -> None:
    """A reminder claimed by a killed process stays claimed, and the next process sends it once."""
    due, last_dose_on, at = _due_just_before_now()
    patient_with_plan(
        engine,
        chat_id=CRASHED,
        phases=maintenance_only(),
        now=due - timedelta(hours=1),
        last_dose_before_start_on=last_dose_on,
        reminder_time=at,
        time_zone=REAL_TIME_ZONE,
    )
    [reminder] = [r for r in _reminders(engine, ReminderKind.DOSE) if r.due_at <= due]
    assert reminder.status == ReminderStatus.PENDING
    # The answer never comes before the kill; the double's stop ends the sleep at teardown.
    double.fail_next("sendMessage", Timeout(seconds=30))

    log = tmp_path / "bot.log"
    crashed = await _spawn(double, engine, log)
    try:
        await double.wait_for("sendMessage", chat_id=CRASHED, timeout=PROCESS_WAIT)
        [claimed] = [r for r in _reminders(engine) if r.id == reminder.id]
        assert (claimed.status, claimed.attempts) == (ReminderStatus.SENDING, 1)
        crashed.kill()
        await crashed.wait()
    finally:
        await _reap(crashed)
    assert crashed.returncode == -signal.SIGKILL
    [left] = [r for r in _reminders(engine) if r.id == reminder.id]
    assert (left.status, left.sent_at, left.telegram_message_id) == (
        ReminderStatus.SENDING,
        None,
        None,
    )
    assert _delivered(double, CRASHED) == []

    restarted = await _spawn(double, engine, log)
    try:
        sent = await double.wait_for("sendMessage", chat_id=CRASHED, ok=True, timeout=PROCESS_WAIT)

        def settled() -> bool:
            return _reminders(engine, ReminderKind.DOSE)[0].status == ReminderStatus.SENT

        await eventually(settled, "the reminder is marked sent")
        await double.idle(quiet=0.5)
        await _terminate(restarted, log)
    finally:
        await _reap(restarted)

    assert "requeued 1 reminders left in sending" in log.read_text()
    assert len(double.calls_to("sendMessage")) == 2
    assert _delivered(double) == [sent]
    assert "Time for your <b>1,000 mcg B12 injection</b>" in (sent.text or "")
    assert "Sent late" not in (sent.text or "")
    [message] = double.sent_messages(CRASHED)
    [final] = [r for r in _reminders(engine) if r.id == reminder.id]
    assert (final.status, final.attempts) == (ReminderStatus.SENT, 2)
    assert final.telegram_message_id == message["message_id"]


# -- 3. SIGTERM in the middle of a burst ----------------------------------------------------

BURST = 200
FIRST_BURST_CHAT = 5000
STOP_AFTER = 50


async def test_sigterm_in_the_middle_of_a_burst_doubles_nothing(
    double: BotApiDouble, engine: Engine, tmp_path: Path
) -> None:
    """Stopping and restarting while 200 reminders go out gives each patient exactly one."""
    due, last_dose_on, at = _due_just_before_now()
    chats = range(FIRST_BURST_CHAT, FIRST_BURST_CHAT + BURST)
    for chat in chats:
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
    assert len(due_ids) == BURST

    log = tmp_path / "bot.log"
    first = await _spawn(double, engine, log)
    try:
        for _ in range(STOP_AFTER):
            await double.wait_for("sendMessage", ok=True, timeout=PROCESS_WAIT)
        await _terminate(first, log)
    finally:
        await _reap(first)
    sent_by_first = len(_delivered(double))
    assert sent_by_first >= STOP_AFTER

    restarted_at = double.mark()
    second = await _spawn(double, engine, log)
    try:
        # Polling starts after reminder delivery has, so a SIGTERM from here on is handled.
        await double.wait_for("getUpdates", since=restarted_at, timeout=PROCESS_WAIT)

        def all_sent() -> bool:
            due_rows = [r for r in _reminders(engine, ReminderKind.DOSE) if r.due_at <= due]
            return all(r.status == ReminderStatus.SENT for r in due_rows)

        await eventually(all_sent, "every due reminder is marked sent", timeout=20)
        await double.idle(quiet=0.5)
        await _terminate(second, log)
    finally:
        await _reap(second)

    audit = audit_delivery(engine, double.calls, due_ids)
    assert (audit.due, audit.lost, audit.doubled, audit.ledger_mismatch) == (BURST, 0, 0, 0)
    per_chat = Counter(call.chat_id for call in _delivered(double))
    assert per_chat == Counter(chats), {c: n for c, n in per_chat.items() if n != 1}
    now = datetime.now(UTC)
    rows = _reminders(engine)
    assert [r.id for r in rows if r.status == ReminderStatus.SENDING] == []
    assert [r.id for r in rows if r.status == ReminderStatus.PENDING and r.due_at <= now] == []
    doses = [r for r in rows if r.kind == ReminderKind.DOSE and r.due_at <= due]
    assert len(doses) == BURST
    assert all(r.status == ReminderStatus.SENT for r in doses)
    chat_of = _chats_by_patient(engine)
    stored = {chat_of[r.patient_id]: r.telegram_message_id for r in doses}
    shown = {chat: [m["message_id"] for m in double.sent_messages(chat)] for chat in chats}
    assert {chat: [message_id] for chat, message_id in stored.items()} == shown
