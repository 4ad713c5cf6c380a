"""Calendar feed links and the rows the calendar reads besides the plan.

A feed token is shown to the patient once and never stored: only its SHA-256 is kept, so the
database alone cannot open anyone's feed. A patient has at most one live link at a time.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from storage.models import (
    CalendarFeed,
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)

# 32 random bytes: 43 URL-safe characters, beyond guessing.
TOKEN_BYTES = 32


def token_hash(token: str) -> str:
    """The fingerprint a token is stored and looked up by."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_feed_token(session: Session, *, patient_id: int, now: datetime) -> str:
    """Revoke the patient's live link, if any, and make a new one; the new token (shown once)."""
    revoke_feed_tokens(session, patient_id=patient_id, now=now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(CalendarFeed(patient_id=patient_id, token_hash=token_hash(token), created_at=now))
    session.flush()
    return token


def revoke_feed_tokens(session: Session, *, patient_id: int, now: datetime) -> int:
    """Stop every live link of the patient; how many there were."""
    live = session.exec(
        select(CalendarFeed).where(
            CalendarFeed.patient_id == patient_id, col(CalendarFeed.revoked_at).is_(None)
        )
    ).all()
    for feed in live:
        feed.revoked_at = now
        session.add(feed)
    return len(live)


def live_feed(session: Session, *, patient_id: int) -> CalendarFeed | None:
    """The patient's live link, if they have one."""
    return session.exec(
        select(CalendarFeed)
        .where(CalendarFeed.patient_id == patient_id, col(CalendarFeed.revoked_at).is_(None))
        .order_by(col(CalendarFeed.id).desc())
    ).first()


def patient_of_feed_token(session: Session, *, token: str) -> Patient | None:
    """The patient whose live link carries this token; None for a wrong or revoked one."""
    feed = session.exec(
        select(CalendarFeed).where(
            CalendarFeed.token_hash == token_hash(token), col(CalendarFeed.revoked_at).is_(None)
        )
    ).first()
    return session.get(Patient, feed.patient_id) if feed is not None else None


@dataclass(frozen=True)
class BookingReminder:
    """A pending "book your clinic appointment" reminder and the day of the dose it is for."""

    reminder_id: int
    due_at: datetime
    dose_on: date


def pending_booking_reminders(session: Session, *, patient_id: int) -> list[BookingReminder]:
    """The patient's pending clinic-booking reminders, soonest first."""
    rows = session.exec(
        select(Reminder, ScheduledDose)
        .join(ScheduledDose, col(ScheduledDose.id) == col(Reminder.dose_id))
        .where(
            Reminder.patient_id == patient_id,
            Reminder.kind == ReminderKind.BOOK_APPOINTMENT,
            Reminder.status == ReminderStatus.PENDING,
            ScheduledDose.status == DoseStatus.SCHEDULED,
        )
        .order_by(col(Reminder.due_at), col(Reminder.id))
    ).all()
    return [
        BookingReminder(reminder.id or 0, reminder.due_at, dose.local_date)
        for reminder, dose in rows
    ]
