"""Pause and resume: the bridge that stops reminders for a while and lets the plan go on.

The pause is a row; the schedule engine reads every pause. A dose counted from the last
injection that falls in a pause moves to the day it ends; a dose counted from the plan keeps
its day and is withdrawn (cancelled: neither reminded nor missed), so the planned dates
after the pause stand. What else would go out during the pause is held: prompts about an
older open dose are withdrawn and its missed check waits until the pause ends.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, select

from bot.domain.local_time import local_to_utc
from bot.features.labs.reminder_plan import rewrite_all_lab_reminders
from bot.services.scheduling import DEFAULT_REMINDER_TIME, rewrite_booking_reminders, sync_schedule
from storage.models import Patient, Pause, Reminder, ReminderKind, ReminderStatus
from storage.pauses import add_pause, current_pause, end_pause
from storage.tables import constant

_PROMPTS = (ReminderKind.DOSE, ReminderKind.DOSE_FOLLOW_UP, ReminderKind.DOSE_LATE_AGAIN)


def local_today(patient: Patient, now: datetime) -> date:
    """The patient's calendar day at `now`."""
    return now.astimezone(ZoneInfo(patient.time_zone)).date()


def resume_instant(patient: Patient, resumes_on: date) -> datetime:
    """When reminders run again: the patient's reminder time on the day the pause ends."""
    at = patient.reminder_time or DEFAULT_REMINDER_TIME
    return local_to_utc(resumes_on, at, ZoneInfo(patient.time_zone))


def start_pause(session: Session, *, patient: Patient, until: date, now: datetime) -> Pause:
    """Pause reminders from today until `until` (a pause in force is extended or shortened)."""
    assert patient.id is not None
    today = local_today(patient, now)
    pause = current_pause(session, patient_id=patient.id, today=today)
    if pause is None:
        pause = add_pause(
            session, patient_id=patient.id, starts_on=today, resumes_on=until, now=now
        )
    else:
        pause.resumes_on = until
        session.add(pause)
        session.flush()
    _replan(session, patient, now)
    _hold_until(session, patient.id, resume_instant(patient, until), now)
    return pause


def resume_now(session: Session, *, patient: Patient, now: datetime) -> bool:
    """End the pause in force today; False when there is none."""
    assert patient.id is not None
    today = local_today(patient, now)
    pause = current_pause(session, patient_id=patient.id, today=today)
    if pause is None or pause.starts_on > today:
        return False
    held_until = resume_instant(patient, pause.resumes_on)
    end_pause(session, pause=pause, on=today, now=now)
    _replan(session, patient, now)
    _release_held(session, patient.id, held_until, now)
    return True


def _replan(session: Session, patient: Patient, now: datetime) -> None:
    """Recompute doses, booking reminders and lab reminders around the pauses."""
    sync_schedule(session, patient=patient, now=now)
    rewrite_booking_reminders(session, patient=patient, now=now)
    rewrite_all_lab_reminders(session, patient=patient, now=now)


def _hold_until(session: Session, patient_id: int, until: datetime, now: datetime) -> None:
    """Withdraw dose prompts due before `until`; move missed checks due before it to `until`."""
    pending = _pending_dose_reminders_before(session, patient_id, until)
    prompts = [r.id for r in pending if r.kind in _PROMPTS]
    checks = [r.id for r in pending if r.kind == ReminderKind.DOSE_MISSED]
    _update(session, prompts, status=ReminderStatus.CANCELLED)
    _update(session, checks, due_at=until)


def _release_held(session: Session, patient_id: int, held_until: datetime, now: datetime) -> None:
    """Missed checks held for the old end of the pause come due now instead."""
    statement = select(Reminder).where(
        Reminder.patient_id == patient_id,
        Reminder.status == constant(ReminderStatus.PENDING),
        Reminder.kind == ReminderKind.DOSE_MISSED,
        Reminder.due_at == held_until,
    )
    held = [reminder.id for reminder in session.exec(statement).all()]
    _update(session, held, due_at=now)


def _pending_dose_reminders_before(
    session: Session, patient_id: int, until: datetime
) -> list[Reminder]:
    """The patient's pending dose reminders due before an instant."""
    statement = select(Reminder).where(
        Reminder.patient_id == patient_id,
        Reminder.status == constant(ReminderStatus.PENDING),
        col(Reminder.dose_id).is_not(None),
        col(Reminder.kind).in_([*_PROMPTS, ReminderKind.DOSE_MISSED]),
        Reminder.due_at < until,
    )
    return list(session.exec(statement).all())


def _update(session: Session, ids: list[int | None], **values: object) -> None:
    """Change some reminder rows at once."""
    if ids:
        session.execute(sa.update(Reminder).where(col(Reminder.id).in_(ids)).values(**values))
