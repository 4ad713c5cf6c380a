"""Pause and resume: the bridge that stops reminders for a while and lets the plan go on.

The pause is a row; the schedule engine reads every pause. A dose counted from the last
injection that falls in a pause moves to the day it ends; a dose counted from the plan keeps
its day and is withdrawn (cancelled: neither reminded nor missed), so the planned dates
after the pause stand. What else would go out during the pause is held: prompts about an
older open dose are withdrawn and its missed check waits until the pause ends.
"""

from datetime import date, datetime

from sqlmodel import Session

from bot.domain.local_time import local_to_utc
from bot.services.patient_time import reminder_time_of, zone_of
from bot.services.replanning import Replanned, replan_patient
from storage.models import Patient, Pause, ReminderKind
from storage.pauses import add_pause, current_pause, end_pause
from storage.reminders import (
    cancel_reminders,
    move_reminders,
    pending_of_kind_due_at,
    pending_reminders_due_before,
)

_PROMPTS = (ReminderKind.DOSE, ReminderKind.DOSE_FOLLOW_UP, ReminderKind.DOSE_LATE_AGAIN)


def local_today(patient: Patient, now: datetime) -> date:
    """The patient's calendar day at `now`."""
    return now.astimezone(zone_of(patient)).date()


def resume_instant(patient: Patient, resumes_on: date) -> datetime:
    """When reminders run again: the patient's reminder time on the day the pause ends."""
    at = reminder_time_of(patient)
    return local_to_utc(resumes_on, at, zone_of(patient))


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
    # A pause has never re-planned symptom offers; issue 12 changes no behaviour.
    replan_patient(session, patient=patient, now=now, leave=(Replanned.SYMPTOM_OFFERS,))


def _hold_until(session: Session, patient_id: int, until: datetime, now: datetime) -> None:
    """Withdraw dose prompts due before `until`; move missed checks due before it to `until`."""
    pending = pending_reminders_due_before(
        session, patient_id=patient_id, kinds=[*_PROMPTS, ReminderKind.DOSE_MISSED], before=until
    )
    prompts = [r.id for r in pending if r.kind in _PROMPTS]
    checks = [r.id for r in pending if r.kind == ReminderKind.DOSE_MISSED]
    cancel_reminders(session, reminder_ids=prompts)
    move_reminders(session, reminder_ids=checks, due_at=until)


def _release_held(session: Session, patient_id: int, held_until: datetime, now: datetime) -> None:
    """Missed checks held for the old end of the pause come due now instead."""
    held = pending_of_kind_due_at(
        session, patient_id=patient_id, kind=ReminderKind.DOSE_MISSED, due_at=held_until
    )
    move_reminders(session, reminder_ids=[reminder.id for reminder in held], due_at=now)
