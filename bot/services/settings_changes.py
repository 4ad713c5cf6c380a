"""Changing the patient's clock after setup: zone, reminder time, follow-up, notice, trips.

Each change is one unit of work: the setting is written and everything still to be sent is
re-planned through `replan_patient`, so doses already given, reminders already sent and the
history stay as they were. A dose whose reminder already went out keeps its time: asking
again at the new time would ask twice (see sync_schedule's `keep_asked`).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.domain.local_time import local_to_utc
from bot.services.caregiver_alerts import replan_caregiver_alerts
from bot.services.patient_time import TravelMode, home_zone_of, trip_of
from bot.services.replanning import replan_patient
from bot.services.scheduling import rewrite_booking_reminders
from storage.doses import first_open_dose_due_after
from storage.models import DoseStatus, Patient, ReminderKind, ScheduledDose
from storage.reminders import (
    add_reminder,
    cancel_reminders,
    move_reminders,
    pending_of_kind,
    sent_at_of_prompt,
)

# A trip lasts at least until tomorrow and at most this long (longer is a move).
LONGEST_TRIP = timedelta(days=366)


@dataclass(frozen=True)
class NextReminder:
    """When the next injection will be reminded, and the zone its wall time is read in."""

    due_at: datetime
    zone: ZoneInfo


@dataclass(frozen=True)
class Shift:
    """The next injection's reminder before and after a change (None: none planned)."""

    before: NextReminder | None
    after: NextReminder | None


def next_reminder(session: Session, *, patient: Patient, now: datetime) -> NextReminder | None:
    """The next injection still to be reminded: the first open dose due after now."""
    dose = _next_to_remind(session, patient, now)
    return None if dose is None else NextReminder(dose.due_at, dose_zone(patient, dose.local_date))


def dose_zone(patient: Patient, day: date) -> ZoneInfo:
    """The zone the dose of a local day is reminded in (a trip that follows local time, or home)."""
    trip = trip_of(patient)
    if trip is not None and trip.follows_local and day < trip.until:
        return trip.zone
    return home_zone_of(patient)


def change_time_zone(session: Session, *, patient: Patient, zone: ZoneInfo, now: datetime) -> Shift:
    """Make `zone` the patient's home zone (a move: any trip ends) and re-plan the future."""
    return _replanned(session, patient, now, lambda: _move_home(session, patient, zone))


def change_reminder_time(session: Session, *, patient: Patient, at: time, now: datetime) -> Shift:
    """Remind at `at` (wall time) from the next reminder on, and re-plan the future."""

    def write() -> None:
        patient.reminder_time = at

    return _replanned(session, patient, now, write)


def start_trip(
    session: Session,
    *,
    patient: Patient,
    zone: ZoneInfo,
    until: date,
    mode: TravelMode,
    now: datetime,
) -> Shift:
    """Travel to `zone` until the local day `until`; reminders keep home time or follow local."""

    def write() -> None:
        patient.travel_zone, patient.travel_until, patient.travel_mode = zone.key, until, mode
        _cancel_trip_end(session, patient)
        assert patient.id is not None
        add_reminder(
            session,
            patient_id=patient.id,
            kind=ReminderKind.TRAVEL_ENDS,
            due_at=trip_end_at(home_zone_of(patient), zone, until),
        )

    return _replanned(session, patient, now, write)


def end_trip(session: Session, *, patient: Patient, now: datetime) -> Shift:
    """End the trip in force (back home, or the return day came): home time again."""
    return _replanned(session, patient, now, lambda: _clear_trip(session, patient))


def trip_end_at(home: ZoneInfo, away: ZoneInfo, until: date) -> datetime:
    """When a trip ends by itself: the return day's first moment where that day begins last.

    By then every day of the trip is over in both zones, so the doses of its days keep the
    local time they were reminded at, and those from the return day on are at home time.
    """
    return max(local_to_utc(until, time(0, 0), home), local_to_utc(until, time(0, 0), away))


def change_follow_up(session: Session, *, patient: Patient, minutes: int, now: datetime) -> None:
    """Check in `minutes` after an unanswered reminder, including one already waiting."""
    assert patient.id is not None
    patient.follow_up_after_minutes = minutes
    session.add(patient)
    for reminder in pending_of_kind(
        session, patient_id=patient.id, kind=ReminderKind.DOSE_FOLLOW_UP
    ):
        if reminder.dose_id is None:
            continue
        sent_at = sent_at_of_prompt(session, dose_id=reminder.dose_id)
        if sent_at is not None:
            due_at = max(now, sent_at + timedelta(minutes=minutes))
            move_reminders(session, reminder_ids=[reminder.id], due_at=due_at)
    # The alerts follow the follow-ups they come after.
    session.flush()
    replan_caregiver_alerts(session, patient=patient, now=now)


def change_booking_notice(session: Session, *, patient: Patient, days: int, now: datetime) -> None:
    """Remind to book a clinic appointment `days` before each dose; re-plan those reminders."""
    patient.appointment_notice_days = days
    session.add(patient)
    session.flush()
    rewrite_booking_reminders(session, patient=patient, now=now)


def _replanned(
    session: Session, patient: Patient, now: datetime, write: Callable[[], None]
) -> Shift:
    """Apply a change to the patient's clock and re-plan, saying how the next reminder moved."""
    before_dose = _next_to_remind(session, patient, now)
    before = (
        None
        if before_dose is None
        else NextReminder(before_dose.due_at, dose_zone(patient, before_dose.local_date))
    )
    write()
    session.add(patient)
    session.flush()
    replan_patient(session, patient=patient, now=now, keep_asked=True)
    session.flush()
    after = next_reminder(session, patient=patient, now=now)
    if before_dose is not None:
        session.refresh(before_dose)
        if before_dose.status == DoseStatus.SCHEDULED:
            after = NextReminder(before_dose.due_at, dose_zone(patient, before_dose.local_date))
    return Shift(before, after)


def _next_to_remind(session: Session, patient: Patient, now: datetime) -> ScheduledDose | None:
    """The first open dose of the patient due after now."""
    assert patient.id is not None
    return first_open_dose_due_after(session, patient_id=patient.id, after=now)


def _move_home(session: Session, patient: Patient, zone: ZoneInfo) -> None:
    """A new home zone; a trip in force ends with the move."""
    patient.time_zone = zone.key
    _clear_trip(session, patient)


def _clear_trip(session: Session, patient: Patient) -> None:
    """Forget the trip and withdraw its end."""
    patient.travel_zone = patient.travel_until = patient.travel_mode = None
    _cancel_trip_end(session, patient)


def _cancel_trip_end(session: Session, patient: Patient) -> None:
    """Withdraw the pending "trip ends" reminder, if any."""
    assert patient.id is not None
    pending = pending_of_kind(session, patient_id=patient.id, kind=ReminderKind.TRAVEL_ENDS)
    cancel_reminders(session, reminder_ids=[reminder.id for reminder in pending])
