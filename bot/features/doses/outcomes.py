"""What happens when a patient answers about a dose: done, late or skipped, or takes it back.

Each outcome appends an event, settles or re-plans the dose's reminders, and lets the
schedule move on (in "from the last injection" mode a late dose moves the later ones).
An undo appends an "undone" event too: the record keeps the answer and its withdrawal.
"""

from dataclasses import dataclass, replace
from datetime import datetime

from sqlmodel import Session

from bot.domain.dose_history import Entry, EntryKind, in_effect, late_until, settled_as, undoable
from bot.domain.regimen import Giver
from bot.features.doses.stock_and_drift import LOW_STOCK, MAX_STOCK, DoneRecorded, after_done
from bot.features.symptoms.offer_plan import plan_symptom_offers
from bot.services.scheduling import (
    SHORTEST_GRACE,
    PatientPlan,
    add_booking_reminder,
    grace_period,
    load_patient_plan,
    sync_schedule,
)
from storage.doses import (
    events_of_dose,
    latest_skip_of_dose,
    record_dose_event,
    set_dose_status,
)
from storage.models import (
    DoseEvent,
    DoseEventKind,
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ScheduledDose,
)
from storage.reminders import (
    add_reminder,
    cancel_pending_reminders,
    cancel_reminders,
    pending_reminders_of_dose,
)
from storage.treatment import cancel_pending_of_kind

_STATUS_OF = {
    None: DoseStatus.SCHEDULED,
    EntryKind.DONE: DoseStatus.DONE,
    EntryKind.SKIPPED: DoseStatus.SKIPPED,
    EntryKind.MISSED: DoseStatus.MISSED,
}


def record_done(
    session: Session,
    *,
    patient: Patient,
    dose: ScheduledDose,
    taken_at: datetime,
    now: datetime,
    site: str | None = None,
    recorded_by_link_id: int | None = None,
) -> DoneRecorded:
    """The injection was given at `taken_at` (where, if said); nothing more is sent about it.

    `recorded_by_link_id`: the caregiver link through which a caregiver recorded it.
    """
    assert dose.id is not None
    event_id = record_dose_event(
        session,
        dose=dose,
        kind=DoseEventKind.DONE,
        occurred_at=taken_at,
        recorded_at=now,
        site=site,
        recorded_by_link_id=recorded_by_link_id,
    )
    cancel_pending_reminders(session, patient_id=dose.patient_id, dose_ids=[dose.id])
    # Loaded once for all: the schedule, the drift check and the symptom offer read one plan.
    patient_plan = load_patient_plan(session, patient=patient)
    upcoming = sync_schedule(session, patient=patient, now=now, patient_plan=patient_plan)
    recorded = after_done(
        session,
        patient=patient,
        dose=dose,
        now=now,
        patient_plan=patient_plan,
        open_doses=upcoming if patient_plan is not None else None,
    )
    return replace(recorded, event_id=event_id)


def record_skip(
    session: Session,
    *,
    patient: Patient,
    dose: ScheduledDose,
    reason: str | None,
    now: datetime,
    recorded_by_link_id: int | None = None,
) -> int:
    """The patient is not having this injection; the plan goes on. The skip event's id."""
    assert dose.id is not None
    event_id = record_dose_event(
        session,
        dose=dose,
        kind=DoseEventKind.SKIPPED,
        occurred_at=now,
        recorded_at=now,
        reason=reason,
        recorded_by_link_id=recorded_by_link_id,
    )
    cancel_pending_reminders(session, patient_id=dose.patient_id, dose_ids=[dose.id])
    sync_schedule(session, patient=patient, now=now)
    return event_id


def add_skip_reason(session: Session, *, dose_id: int, reason: str) -> bool:
    """Attach the reason to the skip just recorded (an annotation, not a new outcome)."""
    event = latest_skip_of_dose(session, dose_id=dose_id)
    if event is None or event.reason:
        return False
    event.reason = reason
    session.add(event)
    return True


def record_late(
    session: Session,
    *,
    dose: ScheduledDose,
    remind_at: datetime,
    now: datetime,
    recorded_by_link_id: int | None = None,
) -> int:
    """Not yet: remind again at `remind_at`, and hold the missed check; the late event's id."""
    assert dose.id is not None
    event_id = record_dose_event(
        session,
        dose=dose,
        kind=DoseEventKind.LATE,
        occurred_at=now,
        recorded_at=now,
        remind_again_at=remind_at,
        recorded_by_link_id=recorded_by_link_id,
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
    return event_id


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
    cancel_reminders(
        session, reminder_ids=[reminder.id for reminder in reminders if reminder.id is not None]
    )


@dataclass(frozen=True)
class Undone:
    """An answer taken back: what it was, and where the dose stands now."""

    kind: EntryKind
    status: DoseStatus
    # When a "late" that stands again asked to be reminded (None when none stands).
    remind_again_at: datetime | None = None


def undoable_event_id(session: Session, *, dose_id: int) -> int | None:
    """The id of the answer about a dose that an undo would take back now, if any."""
    entry = undoable(_entries(events_of_dose(session, dose_id=dose_id)))
    return entry.entry_id if entry is not None else None


def undo_outcome(
    session: Session, *, patient: Patient, dose: ScheduledDose, event_id: int, now: datetime
) -> Undone | None:
    """Take back the answer `event_id`, returning the dose to where it stood before it.

    None when that answer is no longer the one in effect (already undone, or something was
    recorded after it), or the dose is no longer planned.
    """
    assert dose.id is not None
    events = events_of_dose(session, dose_id=dose.id)
    entries = _entries(events)
    target = undoable(entries)
    if target is None or target.entry_id != event_id or dose.status == DoseStatus.CANCELLED:
        return None
    undo_id = record_dose_event(
        session, dose=dose, kind=DoseEventKind.UNDONE, occurred_at=now, recorded_at=now
    )
    after = [*entries, Entry(undo_id, EntryKind.UNDONE)]
    settled = settled_as(after)
    taken_at = _taken_at(events, after) if settled is EntryKind.DONE else None
    set_dose_status(session, dose=dose, status=_STATUS_OF[settled], taken_at=taken_at)
    if target.kind is EntryKind.DONE:
        _return_ampoule(session, patient=patient)
    patient_plan = load_patient_plan(session, patient=patient)
    upcoming = sync_schedule(session, patient=patient, now=now, patient_plan=patient_plan)
    if dose.status == DoseStatus.SCHEDULED:
        restore_reminders(
            session, patient_plan=patient_plan, dose=dose, late=late_until(after), now=now
        )
    if target.kind is EntryKind.DONE and patient_plan is not None:
        plan_symptom_offers(
            session, patient=patient, now=now, regimen=patient_plan.regimen, open_doses=upcoming
        )
    return Undone(target.kind, DoseStatus(dose.status), late_until(after))


def restore_reminders(
    session: Session,
    *,
    patient_plan: PatientPlan | None,
    dose: ScheduledDose,
    late: datetime | None,
    now: datetime,
) -> None:
    """Give an open dose its reminders back: its own (or the "late" one) and the missed check."""
    assert dose.id is not None
    cancel_pending_reminders(session, patient_id=dose.patient_id, dose_ids=[dose.id])
    current = patient_plan is not None and patient_plan.regimen.id == dose.regimen_id
    grace = SHORTEST_GRACE
    if patient_plan is not None and current:
        grace = grace_period(patient_plan.phase(dose.phase_position))
    missed_at = dose.due_at + grace
    if late is not None:
        missed_at = max(missed_at, late + SHORTEST_GRACE)
    if late is not None and late > now:
        _add(session, dose, ReminderKind.DOSE_LATE_AGAIN, late, now)
    elif dose.due_at > now:
        _add(session, dose, ReminderKind.DOSE, dose.due_at, now)
    _add(session, dose, ReminderKind.DOSE_MISSED, max(missed_at, now), now)
    if current and patient_plan is not None and patient_plan.regimen.giver == Giver.CLINIC:
        add_booking_reminder(session, patient_plan, dose, now)


def _add(
    session: Session, dose: ScheduledDose, kind: ReminderKind, due_at: datetime, now: datetime
) -> None:
    """Add one reminder about a dose."""
    assert dose.id is not None
    add_reminder(
        session,
        patient_id=dose.patient_id,
        kind=kind,
        due_at=due_at,
        dose_id=dose.id,
        created_at=now,
    )


def was_reported_late(session: Session, *, dose_id: int) -> bool:
    """Whether a "late" about this dose still stands in the record (not undone)."""
    entries = _entries(events_of_dose(session, dose_id=dose_id))
    return any(entry.kind is EntryKind.LATE for entry in in_effect(entries))


def _entries(events: list[DoseEvent]) -> list[Entry]:
    """The domain's view of a dose's events."""
    return [
        Entry(event.id, EntryKind(event.kind), event.remind_again_at)
        for event in events
        if event.id is not None
    ]


def _taken_at(events: list[DoseEvent], entries: list[Entry]) -> datetime | None:
    """When the done still in effect says the injection was given."""
    done = [entry.entry_id for entry in in_effect(entries) if entry.kind is EntryKind.DONE]
    by_id = {event.id: event for event in events}
    return by_id[done[-1]].occurred_at if done else None


def _return_ampoule(session: Session, *, patient: Patient) -> None:
    """An undone "done" used no ampoule: count it back (and drop a refill reminder it caused)."""
    current = patient if patient in session else session.get(Patient, patient.id)
    if current is None or current.id is None or current.ampoules_at_hand is None:
        return
    current.ampoules_at_hand = min(MAX_STOCK, current.ampoules_at_hand + 1)
    session.add(current)
    if current.ampoules_at_hand > LOW_STOCK:
        cancel_pending_of_kind(session, patient_id=current.id, kind=ReminderKind.STOCK_LOW)
