"""Marking many sent reminders in one statement, and writing their follow-ups in one, as the
dispatcher settles a short window."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session, col, select

from storage.database import session_scope
from storage.models import Reminder, ReminderKind, ReminderStatus
from storage.patients import get_or_create_patient
from storage.reminders import (
    SentRow,
    add_reminder,
    claim_due_reminders,
    mark_reminders_sent,
    owe_reminder,
)

NOON = datetime(2026, 3, 29, 12, 0, tzinfo=UTC)


def test_each_reminder_gets_its_own_message_and_time(session: Session) -> None:
    """Two claimed reminders become sent with their own ids and times; a third is untouched."""
    patient, _ = get_or_create_patient(session, chat_id=1001, time_zone="Europe/London")
    assert patient.id is not None
    ids = [
        add_reminder(session, patient_id=patient.id, kind=ReminderKind.DOSE, due_at=NOON).id
        for _ in range(3)
    ]
    first, second, untouched = (i for i in ids if i is not None)
    claim_due_reminders(session, now=NOON, limit=10)
    later = NOON + timedelta(seconds=2)
    mark_reminders_sent(session, sent=[SentRow(first, NOON, 501), SentRow(second, later, 502)])
    mark_reminders_sent(session, sent=[])
    session.expire_all()
    rows = {i: session.get(Reminder, i) for i in ids}
    assert all(row is not None for row in rows.values())
    assert [
        (row.status, row.sent_at, row.telegram_message_id)
        for row in rows.values()
        if row is not None
    ] == [
        (ReminderStatus.SENT, NOON, 501),
        (ReminderStatus.SENT, later, 502),
        (ReminderStatus.SENDING, None, None),
    ]
    assert untouched in rows


def test_owed_reminders_are_written_at_commit_in_one_statement_and_never_after_a_rollback(
    engine: Engine,
) -> None:
    """A settle's follow-ups go in when its unit commits, all in one INSERT, as pending rows
    with the times given; a unit that fails writes none of them."""
    with session_scope(engine) as session:
        patient, _ = get_or_create_patient(session, chat_id=1002, time_zone="Europe/London")
        patient_id = patient.id
    assert patient_id is not None
    inserts: list[str] = []

    def count_inserts(_c: Any, _cursor: Any, statement: str, *_: Any) -> None:
        """Note each INSERT into the reminder table the database receives."""
        if statement.startswith("INSERT INTO reminder"):
            inserts.append(statement)

    event.listen(engine, "before_cursor_execute", count_inserts)
    try:
        with session_scope(engine) as session:
            for hours in (3, 4):
                owe_reminder(
                    session,
                    patient_id=patient_id,
                    kind=ReminderKind.DOSE_FOLLOW_UP,
                    due_at=NOON + timedelta(hours=hours),
                    created_at=NOON,
                )
            assert _follow_ups(session) == []
        with pytest.raises(RuntimeError):
            _owe_then_fail(engine, patient_id)
    finally:
        event.remove(engine, "before_cursor_execute", count_inserts)
    assert len(inserts) == 1
    with session_scope(engine) as session:
        assert _follow_ups(session) == [
            (ReminderStatus.PENDING, NOON + timedelta(hours=3), NOON, 0),
            (ReminderStatus.PENDING, NOON + timedelta(hours=4), NOON, 0),
        ]


def _owe_then_fail(engine: Engine, patient_id: int) -> None:
    """A settle that owes a follow-up, then fails before its commit."""
    with session_scope(engine) as session:
        owe_reminder(
            session,
            patient_id=patient_id,
            kind=ReminderKind.DOSE_FOLLOW_UP,
            due_at=NOON + timedelta(hours=5),
            created_at=NOON,
        )
        raise RuntimeError("the settle failed")


def _follow_ups(session: Session) -> list[tuple[ReminderStatus, datetime, datetime, int]]:
    """The follow-up rows: status, due, written, attempts."""
    rows = session.exec(
        select(Reminder)
        .where(col(Reminder.kind) == ReminderKind.DOSE_FOLLOW_UP)
        .order_by(col(Reminder.due_at))
    ).all()
    return [(row.status, row.due_at, row.created_at, row.attempts) for row in rows]
