"""Red-flag events: which sign at which level, when and from where; never the message text."""

from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import RedFlagEvent, RedFlagLevel

SOURCE_MESSAGE = "message"
SOURCE_CHECK_IN = "check_in"


def record_red_flag(
    session: Session,
    *,
    patient_id: int,
    level: RedFlagLevel,
    sign: str,
    source: str,
    occurred_at: datetime,
) -> RedFlagEvent:
    """Append one red-flag event."""
    event = RedFlagEvent(
        patient_id=patient_id, level=level, sign=sign, source=source, occurred_at=occurred_at
    )
    session.add(event)
    session.flush()
    return event


def red_flags_of_patient(session: Session, *, patient_id: int) -> list[RedFlagEvent]:
    """A patient's red-flag events, oldest first (for the report)."""
    statement = (
        select(RedFlagEvent)
        .where(RedFlagEvent.patient_id == patient_id)
        .order_by(col(RedFlagEvent.occurred_at), col(RedFlagEvent.id))
    )
    return list(session.exec(statement).all())
