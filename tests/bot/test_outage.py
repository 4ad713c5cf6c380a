"""A database outage: what patients send meanwhile is kept, and recorded once it is back."""

import socket
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, select
from telegram import Chat, Message, Update, User

from bot.app import build_application
from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot.telegram.held_updates import HeldUpdates, Kept, recovery_of
from bot.telegram.persistence import DatabasePersistence
from bot_api_double import BotApiDouble, RecordedCall
from storage.database import (
    create_database_engine,
    database_answers,
    database_unreachable,
    session_scope,
)
from storage.models import (
    DoseEvent,
    DoseEventKind,
    DoseStatus,
    HandlerData,
    HandlerDataKind,
    RedFlagEvent,
)
from tests.bot.conftest import eventually, reminders_settled, settings_for
from tests.bot.ledger import live_doses
from tests.bot.outages import DatabaseOutage
from tests.bot.patients import FIRST_DOSE_AT, FIRST_DOSE_DAY, common_monthly, patient_with_plan
from tests.english import EN
from tests.fake_clock import FakeClock

ANN, BOB = 4301, 4302
# Generous: the bot probes the database every few seconds at most.
BACK_WAIT = 20.0


@pytest.fixture
def outage(engine: Engine) -> Iterator[DatabaseOutage]:
    """A switch that makes the test database unreachable."""
    with DatabaseOutage(engine).installed() as switch:
        yield switch


async def _eventually(check: Callable[[], bool], what: str, timeout: float = BACK_WAIT) -> None:  # noqa: ASYNC109
    """Poll until `check` holds, for as long as the bot may take to come back."""
    await eventually(check, what, timeout=timeout)


def _sent(double: BotApiDouble, chat_id: int, since: int = 0) -> list[RecordedCall]:
    """The sendMessage and editMessageText calls to one chat from call `since` on, in order."""
    return [
        call
        for call in double.calls[since:]
        if call.method in ("sendMessage", "editMessageText") and call.chat_id == chat_id
    ]


def _held(application: BotApplication) -> int:
    """How many updates the bot holds now."""
    recovery = recovery_of(application)
    assert recovery is not None
    return len(recovery.held)


async def _remind_both(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, engine: Engine
) -> dict[int, tuple[int, int]]:
    """Give Ann and Bob the monthly plan and their first reminder: {chat: (message, dose)}."""
    patients = {
        chat: patient_with_plan(
            engine, chat_id=chat, phases=common_monthly(), now=clock(), first_dose_on=FIRST_DOSE_DAY
        )
        for chat in (ANN, BOB)
    }
    clock.set(FIRST_DOSE_AT)
    await rearm_reminders(application)
    for chat in (ANN, BOB):
        await double.wait_for("sendMessage", chat_id=chat, since=0, predicate=_is_reminder)
    await reminders_settled(application)
    with Session(engine) as session:
        # live_doses is in plan order: the first one seen of each patient is their first.
        first = {d.patient_id: d.id for d in reversed(live_doses(session))}
    ids: dict[int, tuple[int, int]] = {}
    for chat, patient_id in patients.items():
        [message] = double.sent_messages(chat)
        dose_id = first[patient_id]
        assert dose_id is not None
        ids[chat] = (int(message["message_id"]), dose_id)
    return ids


def _is_reminder(call: RecordedCall) -> bool:
    """A dose reminder."""
    return "Time for" in (call.text or "")


def _done_events(engine: Engine) -> Counter[int]:
    """How many "done" events each dose has."""
    with session_scope(engine) as session:
        events = session.exec(select(DoseEvent).where(DoseEvent.kind == DoseEventKind.DONE))
        return Counter(event.dose_id for event in events)


async def test_what_patients_send_during_an_outage_is_recorded_once_it_is_back(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    outage: DatabaseOutage,
) -> None:
    """Ann presses Done then asks /next; Bob types "done" then presses Done, all in an outage.

    Each is told once that it will be recorded; once the database is back, each dose is
    recorded once and each patient's messages are answered in the order sent.
    """
    ids = await _remind_both(application, double, clock, engine)
    (ann_message, ann_dose), (bob_message, bob_dose) = ids[ANN], ids[BOB]
    clock.advance(timedelta(minutes=5))
    since = double.mark()

    outage.on = True
    await double.press_button(ANN, ann_message, f"dose:{ann_dose}:done")
    await double.send_text(BOB, "done")
    await double.send_text(ANN, "/next")
    await double.press_button(BOB, bob_message, f"dose:{bob_dose}:done")
    await _eventually(lambda: _held(application) == 4, "all four updates are held")
    for chat in (ANN, BOB):
        await double.wait_for("sendMessage", chat_id=chat, since=since, predicate=_is_held_text)
    outage.on = False

    ann_next = await double.wait_for(
        "sendMessage",
        chat_id=ANN,
        since=since,
        predicate=lambda c: "next injection" in (c.text or ""),
        timeout=BACK_WAIT,
    )
    bob_recorded = await double.wait_for(
        "sendMessage",
        chat_id=BOB,
        since=since,
        predicate=lambda c: "Recorded" in (c.text or ""),
        timeout=BACK_WAIT,
    )
    await _eventually(lambda: _held(application) == 0, "every held update was handed back")
    await double.idle(quiet=0.3)

    # Each patient was told once that it would be recorded, and nobody was apologised to.
    for chat in (ANN, BOB):
        texts_sent = [call.text for call in _sent(double, chat, since)]
        assert texts_sent.count(EN.text("held-update")) == 1, texts_sent
        assert EN.text("something-went-wrong") not in texts_sent
        assert not [t for t in texts_sent if EN.text("dose-nothing-open") in (t or "")], texts_sent
    # Each button was answered once, when it was held: Telegram refuses a late or second answer.
    answers = double.calls_to("answerCallbackQuery")
    assert Counter(a.params["callback_query_id"] for a in answers).most_common(1)[0][1] == 1
    assert [a.params.get("text") for a in answers] == [EN.text("held-update-button")] * 2

    # Ann: her Done was recorded (the reminder shows it) before /next was answered.
    ann_done = next(
        c
        for c in _sent(double, ANN)
        if c.method == "editMessageText" and "✅ Done" in (c.text or "")
    )
    assert double.calls.index(ann_done) < double.calls.index(ann_next)
    assert "Fri 27 Nov" in (ann_next.text or "")
    # Bob: his "done" came first and was recorded; the button after it found it recorded.
    assert "done Thu 26 Nov, 09:05" in (bob_recorded.text or "")
    assert _done_events(engine) == {ann_dose: 1, bob_dose: 1}
    with Session(engine) as session:
        doses = {d.id: d for d in live_doses(session)}
    for dose_id in (ann_dose, bob_dose):
        assert doses[dose_id].status == DoseStatus.DONE
        assert doses[dose_id].taken_at == FIRST_DOSE_AT + timedelta(minutes=5)


def _is_held_text(call: RecordedCall) -> bool:
    """The bot's "I'll record that as soon as I can"."""
    return call.text == EN.text("held-update")


async def test_past_the_bound_the_patient_is_told_and_it_is_logged_once(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    outage: DatabaseOutage,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """With room for one update, Ann's second is refused honestly; her first is still recorded."""
    ids = await _remind_both(application, double, clock, engine)
    recovery = recovery_of(application)
    assert recovery is not None
    recovery.held.per_chat_limit = 1
    since = double.mark()

    outage.on = True
    await double.send_text(ANN, "done")
    await double.wait_for("sendMessage", chat_id=ANN, since=since, predicate=_is_held_text)
    await double.send_text(ANN, "/next")
    await double.wait_for(
        "sendMessage",
        chat_id=ANN,
        since=since,
        predicate=lambda c: c.text == EN.text("held-updates-full"),
    )
    await _eventually(lambda: _held_log_lines(caplog) == 1, "the bound is logged")
    outage.on = False

    await double.wait_for(
        "sendMessage",
        chat_id=ANN,
        since=since,
        predicate=lambda c: "Recorded" in (c.text or ""),
        timeout=BACK_WAIT,
    )
    await _eventually(lambda: _held(application) == 0, "every held update was handed back")
    await double.idle(quiet=0.3)
    replies = [call.text for call in _sent(double, ANN, since)]
    assert replies.count(EN.text("held-updates-full")) == 1, replies
    assert not [r for r in replies if "next injection" in (r or "")], "a refused update ran"
    assert _held_log_lines(caplog) == 1
    assert _done_events(engine) == {ids[ANN][1]: 1}


def _held_log_lines(caplog: pytest.LogCaptureFixture) -> int:
    """How many times the bot logged that held updates reached their bound."""
    return sum("at their bound" in record.getMessage() for record in caplog.records)


async def test_stopping_before_the_database_is_back_asks_the_patient_to_send_again(
    double: BotApiDouble, clock: FakeClock, engine: Engine, outage: DatabaseOutage
) -> None:
    """Held updates live in memory: a patient whose message could not be handled is told so."""
    app = build_application(settings_for(double, str(engine.url)), engine, clock=clock)
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=1))
    try:
        outage.on = True
        await double.send_text(ANN, "done")
        await double.wait_for("sendMessage", chat_id=ANN, predicate=_is_held_text)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    lost = await double.wait_for("sendMessage", chat_id=ANN, timeout=1)
    assert lost.text == EN.text("held-updates-lost")


async def test_conversation_state_written_during_an_outage_is_saved_when_it_is_back(
    engine: Engine, outage: DatabaseOutage
) -> None:
    """PTB hands each change to the persistence once: one it cannot write is kept, not lost."""
    persistence = DatabasePersistence(engine, shared=False)
    outage.on = True
    await persistence.update_chat_data(ANN, {"awaiting": {"what": "skip_reason"}})
    await persistence.update_conversation("setup", (ANN, ANN), "ASK_TIME")
    await persistence.update_chat_data(BOB, {"draft": 1})
    await persistence.update_chat_data(BOB, {})
    outage.on = False
    await persistence.flush()

    again = DatabasePersistence(engine, shared=False)
    assert await again.get_chat_data() == {ANN: {"awaiting": {"what": "skip_reason"}}}
    assert await again.get_conversations("setup") == {(ANN, ANN): "ASK_TIME"}


def test_unreachable_means_the_database_not_the_statement(engine: Engine) -> None:
    """An outage is an outage; a statement the database refuses is not one."""
    assert not database_unreachable(_raised(lambda: _execute(engine, "SELECT * FROM nowhere")))
    duplicate = _raised(lambda: _insert_twice(engine))
    assert isinstance(duplicate, IntegrityError)
    assert not database_unreachable(duplicate)
    assert database_answers(engine)
    with DatabaseOutage(engine).installed() as down:
        down.on = True
        assert database_unreachable(_raised(lambda: _execute(engine, "SELECT 1")))
        assert not database_answers(engine)
    assert database_answers(engine)


def _raised(work: Callable[[], object]) -> BaseException:
    """The error that `work` raises."""
    try:
        work()
    except Exception as error:  # noqa: BLE001 - returned for the test to judge
        return error
    raise AssertionError("no error was raised")


def _execute(engine: Engine, statement: str) -> None:
    """Run one statement in a unit of work."""
    with session_scope(engine) as session:
        session.connection().exec_driver_sql(statement)


def _insert_twice(engine: Engine) -> None:
    """Break a unique key."""
    with session_scope(engine) as session:
        for _ in range(2):
            session.add(HandlerData(kind=HandlerDataKind.CHAT, owner_id=1, data={}, version=1))
            session.flush()


def test_a_locked_sqlite_file_and_a_refused_connection_are_unreachable(tmp_path: Path) -> None:
    """The drivers' genuine errors: SQLite locked by another writer, PostgreSQL refusing."""
    engine = create_database_engine(f"sqlite:///{tmp_path / 'locked.sqlite3'}")
    _execute(engine, "CREATE TABLE t (x INTEGER)")
    locker = sqlite3.connect(tmp_path / "locked.sqlite3", isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        locked = _raised(lambda: _execute(engine, "INSERT INTO t VALUES (1)"))
    finally:
        locker.close()
        engine.dispose()
    assert isinstance(locked, OperationalError)
    assert database_unreachable(locked)
    refused = _raised(
        lambda: psycopg.connect(f"host=127.0.0.1 port={_closed_port()} connect_timeout=2")
    )
    assert isinstance(refused, psycopg.OperationalError)
    assert database_unreachable(refused)
    assert database_unreachable(OperationalError("SELECT 1", {}, refused))


def _closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_held_updates_keep_each_chats_order_within_their_bounds() -> None:
    """Per chat in order; the first handed back again stays first; the bounds refuse the rest."""
    held = HeldUpdates(per_chat_limit=2, total_limit=3)
    a1, a2, a3, b1, c1 = (_update(n, chat) for n, chat in enumerate((ANN, ANN, ANN, BOB, 7)))
    ann, bob, carol = ("chat", ANN), ("chat", BOB), ("chat", 7)
    assert [held.add(ann, a1), held.add(ann, a2), held.add(ann, a3)] == [
        Kept.HELD,
        Kept.HELD,
        Kept.FULL,
    ]
    assert held.add(bob, b1) is Kept.HELD
    assert held.add(carol, c1) is Kept.FULL
    assert held.add(ann, a1) is Kept.STILL_FIRST
    assert not held.is_behind(ann, a1)
    assert held.is_behind(ann, a3)
    assert held.first_telling(ann, Kept.HELD)
    assert not held.first_telling(ann, Kept.HELD)
    held.remove_first(ann)
    assert held.first(ann) is a2
    held.remove_first(ann)
    assert not held.is_behind(ann, a3)
    assert held.first(ann) is None
    assert held.first_telling(ann, Kept.HELD), "a chat whose updates were all handled is told anew"
    assert held.take_all() == {bob: 1}
    assert len(held) == 0


def _update(update_id: int, chat_id: int) -> Update:
    """A text message from a private chat."""
    chat = Chat(chat_id, Chat.PRIVATE)
    user = User(chat_id, "Patient", is_bot=False)
    message = Message(update_id, datetime.now(UTC), chat, from_user=user, text="hi")
    return Update(update_id, message=message)


async def test_a_done_typed_before_midnight_keeps_its_time_when_recorded_after(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    outage: DatabaseOutage,
) -> None:
    """Ann types "done" at 23:59 during an outage that lasts past midnight: it is that day's."""
    ids = await _remind_both(application, double, clock, engine)
    _message, ann_dose = ids[ANN]
    typed_at = datetime(2026, 11, 26, 23, 59, tzinfo=UTC)
    clock.set(typed_at)
    since = double.mark()

    outage.on = True
    await double.send_text(ANN, "done")
    await double.wait_for("sendMessage", chat_id=ANN, since=since, predicate=_is_held_text)
    clock.advance(timedelta(minutes=30))
    outage.on = False

    recorded = await double.wait_for(
        "sendMessage",
        chat_id=ANN,
        since=since,
        predicate=lambda c: "Recorded" in (c.text or ""),
        timeout=BACK_WAIT,
    )
    assert "Thu 26 Nov, 23:59" in (recorded.text or ""), recorded.text
    with Session(engine) as session:
        dose = next(d for d in live_doses(session) if d.id == ann_dose)
    assert dose.taken_at == typed_at


async def test_a_red_flag_during_an_outage_is_answered_at_once_and_recorded_once(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    outage: DatabaseOutage,
) -> None:
    """A red flag sent while an earlier message waits for the database still gets its safety
    text at once; each safety text goes out once, and each sign is recorded once, once back."""
    await _remind_both(application, double, clock, engine)
    clock.advance(timedelta(minutes=5))
    since = double.mark()
    flag = "my lips are swelling and I can't breathe"

    outage.on = True
    # The first is held after it failed; the second is held behind it, never tried.
    await double.send_text(ANN, flag)
    await double.send_text(ANN, flag)
    await _eventually(lambda: _held(application) == 2, "both messages are held")
    await _eventually(
        lambda: (
            [c.text for c in _sent(double, ANN, since)].count(EN.text("red-flag-emergency")) == 2
        ),
        "both messages got the safety text while the database is down",
    )
    outage.on = False

    await _eventually(lambda: _held(application) == 0, "every held update was handed back")
    # Two signs in each message (the swelling, the breathing), each recorded once per message.
    await _eventually(lambda: _red_flag_events(engine) == 4, "both messages' signs are recorded")
    await double.idle(quiet=0.3)
    assert [c.text for c in _sent(double, ANN, since)].count(EN.text("red-flag-emergency")) == 2
    assert _red_flag_events(engine) == 4


def _red_flag_events(engine: Engine) -> int:
    """How many red-flag signs are recorded."""
    with session_scope(engine) as session:
        return len(session.exec(select(RedFlagEvent)).all())
