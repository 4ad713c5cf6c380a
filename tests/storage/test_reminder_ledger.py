"""The reminder ledger: claiming, settling, recovering, and UTC round trips."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import StatementError
from sqlmodel import Session

from storage.database import session_scope
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus
from storage.patients import get_or_create_patient
from storage.reminders import (
    add_reminder,
    claim_due_reminders,
    count_reminders_by_status,
    mark_reminder_sent,
    next_pending_due_at,
    release_reminder,
    requeue_stuck_reminders,
    settle_for_unreachable_patient,
    settle_reminder,
)

NOON = datetime(2026, 3, 29, 12, 0, tzinfo=UTC)


def _patient_id(session: Session, chat_id: int = 1001) -> int:
    """Create a patient and return their id."""
    patient, _ = get_or_create_patient(session, chat_id=chat_id, time_zone="Europe/London")
    assert patient.id is not None
    return patient.id


def test_aware_datetimes_round_trip_as_utc(engine: Engine) -> None:
    """A local aware instant is stored as UTC and read back aware, the same instant."""
    london_morning = datetime(2026, 7, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    with session_scope(engine) as session:
        reminder = add_reminder(
            session, patient_id=_patient_id(session), kind=ReminderKind.DOSE, due_at=london_morning
        )
        reminder_id = reminder.id
    with Session(engine) as session:
        stored = session.get(Reminder, reminder_id)
        assert stored is not None
        assert stored.due_at == london_morning
        assert stored.due_at.tzinfo == UTC
        assert stored.due_at.hour == 8


def test_naive_datetimes_are_refused(session: Session) -> None:
    """Storage never accepts a naive datetime."""
    patient_id = _patient_id(session)
    session.add(
        Reminder(patient_id=patient_id, kind=ReminderKind.DOSE, due_at=datetime(2026, 1, 1))
    )
    with pytest.raises(StatementError, match="naive"):
        session.flush()


def test_claim_takes_only_due_pending_rows_oldest_first(session: Session) -> None:
    """A claim moves due pending reminders to sending, leaving future ones alone."""
    patient_id = _patient_id(session)
    for minutes in (-5, -10, 0, 5):
        add_reminder(
            session,
            patient_id=patient_id,
            kind=ReminderKind.DOSE,
            due_at=NOON + timedelta(minutes=minutes),
        )
    claimed = claim_due_reminders(session, now=NOON, limit=10)
    assert [r.due_at for r in claimed] == [NOON - timedelta(minutes=m) for m in (10, 5, 0)]
    assert all(r.status == ReminderStatus.SENDING and r.attempts == 1 for r in claimed)
    assert claim_due_reminders(session, now=NOON, limit=10) == []
    assert next_pending_due_at(session) == NOON + timedelta(minutes=5)


def test_claim_respects_the_batch_limit(session: Session) -> None:
    """No more than `limit` rows are claimed in one wake."""
    patient_id = _patient_id(session)
    for _ in range(7):
        add_reminder(session, patient_id=patient_id, kind=ReminderKind.DOSE, due_at=NOON)
    assert len(claim_due_reminders(session, now=NOON, limit=5)) == 5
    assert len(claim_due_reminders(session, now=NOON, limit=5)) == 2


def test_sent_released_and_settled_rows_end_where_they_should(session: Session) -> None:
    """Each outcome of a send lands in its own status with its bookkeeping."""
    patient_id = _patient_id(session)
    ids = [
        add_reminder(session, patient_id=patient_id, kind=ReminderKind.DOSE, due_at=NOON).id
        for _ in range(3)
    ]
    claim_due_reminders(session, now=NOON, limit=10)
    sent_id, retried_id, expired_id = (i for i in ids if i is not None)
    mark_reminder_sent(session, reminder_id=sent_id, sent_at=NOON, telegram_message_id=77)
    release_reminder(
        session, reminder_id=retried_id, retry_at=NOON + timedelta(seconds=3), error="429"
    )
    settle_reminder(session, reminder_id=expired_id, status=ReminderStatus.EXPIRED)
    session.expire_all()
    sent, retried = session.get(Reminder, sent_id), session.get(Reminder, retried_id)
    assert sent is not None
    assert (sent.telegram_message_id, sent.sent_at) == (77, NOON)
    assert retried is not None
    assert retried.status == ReminderStatus.PENDING
    assert retried.due_at == NOON + timedelta(seconds=3)
    assert count_reminders_by_status(session) == {
        ReminderStatus.SENT: 1,
        ReminderStatus.PENDING: 1,
        ReminderStatus.EXPIRED: 1,
    }


def test_rows_stuck_in_sending_go_back_to_pending(session: Session) -> None:
    """A crash between claim and send loses nothing: stuck rows are requeued."""
    patient_id = _patient_id(session)
    add_reminder(session, patient_id=patient_id, kind=ReminderKind.DOSE, due_at=NOON)
    claim_due_reminders(session, now=NOON, limit=10)
    assert requeue_stuck_reminders(session, claimed_before=NOON) == 0
    later = NOON + timedelta(minutes=3)
    assert requeue_stuck_reminders(session, claimed_before=later) == 1
    reclaimed = claim_due_reminders(session, now=later, limit=10)
    assert [r.attempts for r in reclaimed] == [2]


def test_claims_a_live_process_holds_are_not_requeued(session: Session) -> None:
    """`keep`: claims whose result the caller still holds stay claimed, however old."""
    patient_id = _patient_id(session)
    for _ in range(2):
        add_reminder(session, patient_id=patient_id, kind=ReminderKind.DOSE, due_at=NOON)
    held, stuck = claim_due_reminders(session, now=NOON, limit=10)
    assert held.id is not None
    later = NOON + timedelta(hours=1)
    assert requeue_stuck_reminders(session, claimed_before=later, keep={held.id}) == 1
    assert [r.id for r in claim_due_reminders(session, now=later, limit=10)] == [stuck.id]


def test_deleting_a_patient_removes_their_reminders(session: Session) -> None:
    """Foreign keys cascade, so erasing a patient leaves no orphan reminder."""
    patient_id = _patient_id(session)
    add_reminder(session, patient_id=patient_id, kind=ReminderKind.DOSE, due_at=NOON)
    session.commit()
    session.delete(session.get(Patient, patient_id))
    session.commit()
    assert count_reminders_by_status(session) == {}


@pytest.mark.parametrize(("active", "expected"), [(False, "failed"), (True, "pending")])
def test_a_reminder_unsent_for_an_unreachable_patient_fails_unless_they_are_back(
    session: Session, active: bool, expected: str
) -> None:
    """Settled as failed while the patient is still unreachable; back to pending if they
    unblocked the bot between the reminder's planning and its settling."""
    patient_id = _patient_id(session)
    reminder = add_reminder(session, patient_id=patient_id, kind=ReminderKind.DOSE, due_at=NOON)
    [claimed] = claim_due_reminders(session, now=NOON, limit=10)
    assert claimed.id == reminder.id
    assert reminder.id is not None
    patient = session.get(Patient, patient_id)
    assert patient is not None
    patient.active = active
    session.add(patient)
    session.flush()
    settle_for_unreachable_patient(session, reminder_id=reminder.id, patient_id=patient_id)
    session.expire_all()
    stored = session.get(Reminder, reminder.id)
    assert stored is not None
    assert stored.status == expected
