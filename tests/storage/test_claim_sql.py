"""Claiming is portable: FOR UPDATE SKIP LOCKED on PostgreSQL, so concurrent claimers never wait."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session

from storage.database import session_scope
from storage.models import ReminderKind
from storage.patients import get_or_create_patient
from storage.reminders import add_reminder, claim_due_reminders

NOON = datetime(2026, 3, 29, 12, 0, tzinfo=UTC)


def _due_reminders(engine: Engine, count: int) -> None:
    """A patient with `count` reminders due before noon."""
    with session_scope(engine) as session:
        patient, _ = get_or_create_patient(session, chat_id=4242, time_zone="Europe/London")
        assert patient.id is not None
        for minute in range(count):
            add_reminder(
                session,
                patient_id=patient.id,
                kind=ReminderKind.DOSE,
                due_at=NOON - timedelta(minutes=minute + 1),
            )


@contextmanager
def _statements(engine: Engine) -> Iterator[list[str]]:
    """Record the SQL the engine sends while the block runs."""
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_claim_locks_rows_and_skips_locked_ones_on_postgresql(engine: Engine) -> None:
    """The claim's SQL says FOR UPDATE SKIP LOCKED on PostgreSQL (SQLite has no row locks)."""
    _due_reminders(engine, 3)
    with _statements(engine) as seen, session_scope(engine) as session:
        claimed = claim_due_reminders(session, now=NOON, limit=10)
    claim_sql = next(sql for sql in seen if sql.lstrip().upper().startswith("UPDATE REMINDER"))
    assert len(claimed) == 3
    if engine.dialect.name == "postgresql":
        assert "FOR UPDATE SKIP LOCKED" in claim_sql
    else:
        assert "FOR UPDATE" not in claim_sql


def test_two_claimers_at_once_take_different_rows_without_waiting(engine: Engine) -> None:
    """While one transaction holds its claim open, another claims the rest at once."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has a single writer; concurrent claims need PostgreSQL")
    _due_reminders(engine, 6)
    with Session(engine) as first, Session(engine) as second:
        first.connection().exec_driver_sql("SET lock_timeout = '2s'")
        second.connection().exec_driver_sql("SET lock_timeout = '2s'")
        mine_ids = {reminder.id for reminder in claim_due_reminders(first, now=NOON, limit=4)}
        theirs_ids = {r.id for r in claim_due_reminders(second, now=NOON, limit=4)}
        first.commit()
        second.commit()
    assert len(mine_ids) == 4
    assert len(theirs_ids) == 2
    assert not mine_ids & theirs_ids
