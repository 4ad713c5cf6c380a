"""Marking many sent reminders in one statement, as the dispatcher settles a short window."""

from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from storage.models import Reminder, ReminderKind, ReminderStatus
from storage.patients import get_or_create_patient
from storage.reminders import SentRow, add_reminder, claim_due_reminders, mark_reminders_sent

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
