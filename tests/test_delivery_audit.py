"""The exactly-once audit tells lost, doubled and ledger-disagreeing reminders apart, by what
reached each chat (whatever the bot was answered)."""

from datetime import UTC, datetime, time

from sqlalchemy import Engine
from sqlmodel import col, select, update

from bot_api_double import RecordedCall
from storage.database import session_scope
from storage.models import Reminder, ReminderKind, ReminderStatus
from tests.bot.patients import maintenance_only, patient_with_plan
from tests.delivery_audit import audit_delivery, due_reminder_ids

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
ONCE, TWICE, NEVER, UNMARKED = 7001, 7002, 7003, 7004
ANSWER_LOST, RETRIED_AFTER_LOST = 7005, 7006


def _send(
    chat_id: int, at: float, *, ok: bool = True, delivered: bool | None = None
) -> RecordedCall:
    """A sendMessage call as the double records it (delivered: by default, if answered ok)."""
    reached = ok if delivered is None else delivered
    return RecordedCall("sendMessage", {"chat_id": chat_id, "text": "hi"}, at, ok, reached)


def _mark_sent(engine: Engine, reminder_ids: list[int]) -> None:
    """What the dispatcher writes after a send."""
    with session_scope(engine) as session:
        session.exec(
            update(Reminder)
            .where(col(Reminder.id).in_(reminder_ids))
            .values(status=ReminderStatus.SENT)
        )


def _one_reminder_per_chat(engine: Engine, chats: list[int]) -> list[int]:
    """A patient per chat with one dose reminder due at 09:00; the ids in chat order."""
    last_dose_on = datetime(2026, 10, 28, tzinfo=UTC).date()
    for chat_id in chats:
        patient_with_plan(
            engine,
            chat_id=chat_id,
            phases=maintenance_only(),
            now=NOW,
            last_dose_before_start_on=last_dose_on,
            reminder_time=time(9, 0),
        )
    due_ids = due_reminder_ids(engine, due_by=datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    with session_scope(engine) as session:
        rows = session.exec(
            select(Reminder).where(col(Reminder.id).in_(due_ids)).order_by(col(Reminder.patient_id))
        ).all()
    assert [r.kind for r in rows] == [ReminderKind.DOSE] * len(chats)
    return [r.id or 0 for r in rows]


def test_audit_counts_lost_doubled_and_ledger_mismatches(engine: Engine) -> None:
    """One reminder per chat: once, twice, never, and delivered but never marked sent."""
    # Patients are created in chat order: ONCE, TWICE, NEVER, UNMARKED.
    chat_order = _one_reminder_per_chat(engine, [ONCE, TWICE, NEVER, UNMARKED])
    due_ids = chat_order
    _mark_sent(engine, chat_order[:3])
    calls = [
        _send(ONCE, 1.0),
        _send(TWICE, 1.5),
        _send(TWICE, 2.0),
        _send(NEVER, 2.5, ok=False),
        _send(UNMARKED, 3.0),
        _send(9999, 3.5),
    ]

    audit = audit_delivery(engine, calls, due_ids)

    assert (audit.due, audit.delivered_once, audit.lost, audit.doubled) == (4, 2, 1, 1)
    # NEVER is marked sent but was never delivered; UNMARKED the other way round.
    assert audit.ledger_mismatch == 2
    assert audit.ledger == {"sent": 3, "pending": 1}
    assert not audit.exactly_once
    assert sorted(audit.first_delivery_at.values()) == [1.0, 1.5, 3.0]
    assert (audit.doubled_after_lost_answer, audit.lost_answers) == (0, 0)


def test_audit_counts_what_reached_the_chat_whatever_the_answer(engine: Engine) -> None:
    """A send whose answer was lost reached the patient; its retry is a repeat, reported."""
    chat_order = _one_reminder_per_chat(engine, [ANSWER_LOST, RETRIED_AFTER_LOST])
    _mark_sent(engine, chat_order)
    calls = [
        # Delivered, the answer lost; the bot retried and was answered.
        _send(RETRIED_AFTER_LOST, 1.0, ok=False, delivered=True),
        _send(RETRIED_AFTER_LOST, 6.0),
        # Delivered, the answer lost; the bot gave up (and the ledger says sent anyway).
        _send(ANSWER_LOST, 2.0, ok=False, delivered=True),
        # Not delivered (a 429): not counted.
        _send(ANSWER_LOST, 2.5, ok=False),
    ]

    audit = audit_delivery(engine, calls, chat_order)

    assert (audit.due, audit.delivered_once, audit.lost, audit.doubled) == (2, 1, 0, 1)
    assert audit.doubled_after_lost_answer == 1
    assert audit.lost_answers == 2
    assert audit.ledger_mismatch == 0
    assert audit.repeat_rate == 0.5
    assert sorted(audit.first_delivery_at.values()) == [1.0, 2.0]
