"""Corrections of a dose's record, from /history: appended events only, never an edit.

A done recorded on the wrong day is withdrawn by an "undone" and recorded again on the right
day; a skip found to be wrong is withdrawn before the done that replaces it. The events already
there stay as they are, so the record shows both the first answer and its correction.
"""

from datetime import datetime

from sqlmodel import Session

from bot.domain.dose_history import Entry, EntryKind, in_effect
from storage.doses import events_of_dose, record_dose_event
from storage.models import DoseEvent, DoseEventKind, ScheduledDose


def standing_answer(session: Session, *, dose_id: int) -> DoseEvent | None:
    """The latest event about a dose still in effect (not withdrawn by an "undone")."""
    events = events_of_dose(session, dose_id=dose_id)
    standing = in_effect([Entry(e.id, EntryKind(e.kind)) for e in events if e.id is not None])
    if not standing:
        return None
    return next(event for event in events if event.id == standing[-1].entry_id)


def withdraw_answer(session: Session, *, dose: ScheduledDose, now: datetime) -> int:
    """Append an "undone" withdrawing the dose's latest standing answer; its id.

    The dose's status is left as it is: the caller appends the answer that replaces it.
    """
    return record_dose_event(
        session, dose=dose, kind=DoseEventKind.UNDONE, occurred_at=now, recorded_at=now
    )


def redate_done(
    session: Session, *, dose: ScheduledDose, taken_at: datetime, now: datetime
) -> tuple[int, int]:
    """Withdraw the standing done and record it again at `taken_at` (same site); both ids."""
    assert dose.id is not None
    standing = standing_answer(session, dose_id=dose.id)
    site = standing.site if standing is not None and standing.kind == DoseEventKind.DONE else None
    undone_id = withdraw_answer(session, dose=dose, now=now)
    done_id = record_dose_event(
        session,
        dose=dose,
        kind=DoseEventKind.DONE,
        occurred_at=taken_at,
        recorded_at=now,
        site=site,
    )
    return undone_id, done_id
