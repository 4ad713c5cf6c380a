"""What happens when a patient answers about a dose: done, late or skipped.

Each outcome appends an event, settles or re-plans the dose's reminders, and lets the
schedule move on (in "from the last injection" mode a late dose moves the later ones).
"""

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.services.after_done import DoneRecorded, after_done
from bot.services.planning import SHORTEST_GRACE, load_patient_plan, sync_schedule
from storage.doses import record_dose_event
from storage.models import (
    DoseEvent,
    DoseEventKind,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.reminders import add_reminder, cancel_pending_reminders, pending_reminders_of_dose


def record_done(
    session: Session,
    *,
    patient: Patient,
    dose: ScheduledDose,
    taken_at: datetime,
    now: datetime,
    site: str | None = None,
) -> DoneRecorded:
    """The injection was given at `taken_at` (where, if said); nothing more is sent about it."""
    assert dose.id is not None
    record_dose_event(
        session,
        dose=dose,
        kind=DoseEventKind.DONE,
        occurred_at=taken_at,
        recorded_at=now,
        site=site,
    )
    cancel_pending_reminders(session, patient_id=dose.patient_id, dose_ids=[dose.id])
    # Loaded once for all: the schedule, the drift check and the symptom offer read one plan.
    patient_plan = load_patient_plan(session, patient=patient)
    upcoming = sync_schedule(session, patient=patient, now=now, patient_plan=patient_plan)
    return after_done(
        session,
        patient=patient,
        dose=dose,
        now=now,
        patient_plan=patient_plan,
        open_doses=upcoming if patient_plan is not None else None,
    )


def record_skip(
    session: Session, *, patient: Patient, dose: ScheduledDose, reason: str | None, now: datetime
) -> None:
    """The patient is not having this injection; the plan goes on."""
    assert dose.id is not None
    record_dose_event(
        session,
        dose=dose,
        kind=DoseEventKind.SKIPPED,
        occurred_at=now,
        recorded_at=now,
        reason=reason,
    )
    cancel_pending_reminders(session, patient_id=dose.patient_id, dose_ids=[dose.id])
    sync_schedule(session, patient=patient, now=now)


def add_skip_reason(session: Session, *, dose_id: int, reason: str) -> bool:
    """Attach the reason to the skip just recorded (an annotation, not a new outcome)."""
    statement = (
        select(DoseEvent)
        .where(DoseEvent.dose_id == dose_id, DoseEvent.kind == DoseEventKind.SKIPPED)
        .order_by(col(DoseEvent.id).desc())
    )
    event = session.exec(statement).first()
    if event is None or event.reason:
        return False
    event.reason = reason
    session.add(event)
    return True


def record_late(
    session: Session, *, dose: ScheduledDose, remind_at: datetime, now: datetime
) -> None:
    """Not yet: remind again at `remind_at`, and hold the missed check until after that."""
    assert dose.id is not None
    record_dose_event(
        session,
        dose=dose,
        kind=DoseEventKind.LATE,
        occurred_at=now,
        recorded_at=now,
        remind_again_at=remind_at,
    )
    prompts = pending_reminders_of_dose(
        session,
        dose_id=dose.id,
        kinds=[ReminderKind.DOSE, ReminderKind.DOSE_FOLLOW_UP, ReminderKind.DOSE_LATE_AGAIN],
    )
    _cancel(session, prompts)
    add_reminder(
        session,
        patient_id=dose.patient_id,
        kind=ReminderKind.DOSE_LATE_AGAIN,
        due_at=remind_at,
        dose_id=dose.id,
    )
    _hold_missed_check(session, dose=dose, until=remind_at + SHORTEST_GRACE)


def _hold_missed_check(session: Session, *, dose: ScheduledDose, until: datetime) -> None:
    """Move the dose's missed check to no earlier than `until`."""
    assert dose.id is not None
    checks = pending_reminders_of_dose(session, dose_id=dose.id, kinds=[ReminderKind.DOSE_MISSED])
    if checks and all(check.due_at >= until for check in checks):
        return
    _cancel(session, checks)
    add_reminder(
        session,
        patient_id=dose.patient_id,
        kind=ReminderKind.DOSE_MISSED,
        due_at=until,
        dose_id=dose.id,
    )


def _cancel(session: Session, reminders: list[Reminder]) -> None:
    """Cancel specific pending reminders."""
    ids = [reminder.id for reminder in reminders if reminder.id is not None]
    if ids:
        session.execute(
            sa.update(Reminder)
            .where(col(Reminder.id).in_(ids))
            .values(status=ReminderStatus.CANCELLED)
        )
