"""Reading back what the bot recorded and sent, for assertions in bot tests."""

from sqlmodel import Session, col, select

from bot_api_double import RecordedCall
from storage.models import DoseEvent, DoseStatus, Reminder, ReminderKind, ScheduledDose


def text_of(call: RecordedCall) -> str:
    """The text of a recorded sendMessage or editMessageText call."""
    assert call.text is not None
    return call.text


def reminders_of_kind(session: Session, kind: ReminderKind) -> list[Reminder]:
    """Reminders of one kind as stored now, earliest due first."""
    session.expire_all()
    statement = select(Reminder).where(Reminder.kind == kind).order_by(col(Reminder.due_at))
    return list(session.exec(statement).all())


def live_doses(session: Session) -> list[ScheduledDose]:
    """Every dose not withdrawn, in plan order, as stored now."""
    session.expire_all()
    statement = (
        select(ScheduledDose)
        .where(ScheduledDose.status != DoseStatus.CANCELLED)
        .order_by(col(ScheduledDose.sequence))
    )
    return list(session.exec(statement).all())


def events_of(session: Session, dose_id: int | None) -> list[DoseEvent]:
    """A dose's events, oldest first."""
    statement = select(DoseEvent).where(DoseEvent.dose_id == dose_id).order_by(col(DoseEvent.id))
    return list(session.exec(statement).all())
