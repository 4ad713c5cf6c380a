"""The calendar's contents: the plan, labs and booking reminders made into worded events.

Pure (no I/O, no Telegram): the plan's doses come from the domain schedule, so a dose more
than the 120 days ahead that rows are written for is already in the calendar, under the UID
its row will have (a dose is known by its plan version and number, never by its row id).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.catalog.catalog import Catalog
from bot.catalog.plan_words import describe_cadence, kind_name
from bot.domain.regimen import Giver, Phase, PhaseKind
from bot.domain.schedule import DoseOccurrence, PhaseBoundary, upcoming_doses
from bot.exports.calendar import CalendarEvent, CalendarFile
from bot.services.scheduling import PatientPlan
from storage.calendar_feeds import BookingReminder

# Every injection this far ahead is in the calendar (rows exist only for the first 120 days).
AHEAD = timedelta(days=366)
# A daily phase all year long, with room to spare; the calendar never grows past this.
MOST_DOSES = 800
# The alarm rings when the dose is due, as the bot's own reminder does: one moment to act.
ALARM_BEFORE = timedelta(0)
UID_DOMAIN = "b12bot"


@dataclass(frozen=True)
class PlannedLab:
    """A lab test still to be done."""

    lab_id: int
    test: str
    due_on: date


@dataclass(frozen=True)
class CalendarSource:
    """What the calendar is made of, read in one unit of work."""

    time_zone: str
    today: date
    now: datetime
    plan: PatientPlan | None
    labs: Sequence[PlannedLab] = ()
    bookings: Sequence[BookingReminder] = ()


def dose_uid(regimen_id: int, sequence: int) -> str:
    """A dose's UID: its plan version and its number in that plan."""
    return f"dose-{regimen_id}-{sequence}@{UID_DOMAIN}"


def calendar_file(catalog: Catalog, source: CalendarSource) -> CalendarFile:
    """The whole calendar, worded in the patient's language."""
    events: list[CalendarEvent] = []
    if source.plan is not None:
        doses = upcoming_doses(
            source.plan.plan,
            source.plan.context,
            source.plan.history,
            source.plan.switches,
            now=source.now,
            horizon=AHEAD,
            limit=MOST_DOSES,
            pauses=source.plan.pauses,
        )
        events += _phase_events(catalog, source.plan, doses, source.today)
        events += [_dose_event(catalog, source.plan, dose) for dose in doses]
    events += [_lab_event(catalog, lab) for lab in source.labs if lab.due_on >= source.today]
    events += [_booking_event(catalog, booking) for booking in source.bookings]
    return CalendarFile(
        name=catalog.text("calendar-name"),
        time_zone=source.time_zone,
        generated_at=source.now,
        events=events,
        description=catalog.text("calendar-description", zone=source.time_zone),
    )


def _revision(plan: PatientPlan) -> int:
    """Grows whenever the plan's future can move (an answer, a switch, a pause)."""
    return len(plan.history) + len(plan.switches) + len(plan.pauses)


def _dose_event(catalog: Catalog, plan: PatientPlan, dose: DoseOccurrence) -> CalendarEvent:
    """One injection: at its time, or for a clinic dose at the booked appointment (else all day)."""
    assert plan.regimen.id is not None
    phase = plan.phase(dose.phase_index)
    description = _dose_description(catalog, phase, dose)
    uid = dose_uid(plan.regimen.id, dose.sequence)
    amount = catalog.dose(dose.dose)
    if plan.regimen.giver != Giver.CLINIC:
        return CalendarEvent(
            uid,
            dose.due_at,
            catalog.text("calendar-dose", dose=amount),
            description,
            alarm_before=ALARM_BEFORE,
            sequence=_revision(plan),
        )
    booked = next(
        (row.appointment_at for row in plan.open_doses if row.sequence == dose.sequence), None
    )
    if booked is not None:
        return CalendarEvent(
            uid,
            booked,
            catalog.text("calendar-dose-clinic-booked", dose=amount),
            description,
            alarm_before=ALARM_BEFORE,
            sequence=_revision(plan),
        )
    return CalendarEvent(
        uid,
        dose.local_date,
        catalog.text("calendar-dose-clinic", dose=amount),
        description,
        sequence=_revision(plan),
    )


def _dose_description(catalog: Catalog, phase: Phase, dose: DoseOccurrence) -> str:
    """Which injection of which phase this is."""
    kind = kind_name(catalog, phase.kind)
    if dose.count_in_phase is None:
        return catalog.text("calendar-dose-of-phase", kind=kind, number=dose.number_in_phase)
    return catalog.text(
        "calendar-dose-of-phase-counted",
        kind=kind,
        number=dose.number_in_phase,
        count=dose.count_in_phase,
    )


def _schedule(catalog: Catalog, phase: Phase) -> str:
    """A phase's dose and how often: "1,000 mcg every day"."""
    return f"{catalog.dose(phase.dose)} {describe_cadence(catalog, phase.cadence)}"


def _phase_events(
    catalog: Catalog, plan: PatientPlan, doses: Sequence[DoseOccurrence], today: date
) -> list[CalendarEvent]:
    """The article's two dates: the current phase's schedule, and when maintenance starts."""
    if not doses or plan.regimen.id is None:
        return []
    regimen_id = plan.regimen.id
    position = doses[0].phase_index
    phase = plan.phase(position)
    boundaries = plan.boundaries()
    starts_on = boundaries[position].starts_on or doses[0].local_date
    kind = kind_name(catalog, phase.kind)
    schedule = _schedule(catalog, phase)
    uid = f"phase-{regimen_id}-{position}@{UID_DOMAIN}"
    revision = _revision(plan)
    if phase.kind is PhaseKind.MAINTENANCE:
        summary = catalog.text(
            "calendar-phase-ongoing", kind=kind, schedule=schedule, first=catalog.day(starts_on)
        )
        return [CalendarEvent(uid, starts_on, summary, sequence=revision)]
    events = [_current_phase(catalog, phase, position, doses, starts_on, uid, revision)]
    maintenance = _maintenance_event(catalog, plan, boundaries, position, today)
    return events + ([maintenance] if maintenance is not None else [])


def _current_phase(
    catalog: Catalog,
    phase: Phase,
    position: int,
    doses: Sequence[DoseOccurrence],
    starts_on: date,
    uid: str,
    revision: int,
) -> CalendarEvent:
    """The current phase: spanning its days, or, open-ended, its first day and a note."""
    kind = kind_name(catalog, phase.kind)
    schedule = _schedule(catalog, phase)
    if phase.is_open_ended:
        summary = catalog.text("calendar-phase-until-switch", kind=kind, schedule=schedule)
        description = catalog.text("calendar-phase-until-switch-note")
        return CalendarEvent(uid, starts_on, summary, description, sequence=revision)
    last = max(dose.local_date for dose in doses if dose.phase_index == position)
    summary = catalog.text(
        "calendar-phase-until", kind=kind, schedule=schedule, last=catalog.day(last)
    )
    return CalendarEvent(uid, starts_on, summary, last_day=last, sequence=revision)


def _maintenance_event(
    catalog: Catalog,
    plan: PatientPlan,
    boundaries: Sequence[PhaseBoundary],
    position: int,
    today: date,
) -> CalendarEvent | None:
    """The day maintenance starts; or, while a phase waits for the clinician, a note saying so."""
    assert plan.regimen.id is not None
    later = [b for b in boundaries[position + 1 :] if b.kind is PhaseKind.MAINTENANCE]
    if not later:
        return None
    maintenance = later[0]
    phase = plan.phase(maintenance.phase_index)
    schedule = _schedule(catalog, phase)
    uid = f"maintenance-{plan.regimen.id}@{UID_DOMAIN}"
    if maintenance.starts_on is not None:
        summary = catalog.text("calendar-maintenance-starts", schedule=schedule)
        description = catalog.text("calendar-maintenance-starts-note")
        return CalendarEvent(
            uid, maintenance.starts_on, summary, description, sequence=_revision(plan)
        )
    # Dated on the first day of the phase that waits for the switch, which is known.
    known = [b.starts_on for b in boundaries[: maintenance.phase_index] if b.starts_on]
    on = max(known) if known else today
    summary = catalog.text("calendar-maintenance-after-switch", schedule=schedule)
    description = catalog.text("calendar-maintenance-after-switch-note")
    return CalendarEvent(uid, on, summary, description, sequence=_revision(plan))


def _lab_event(catalog: Catalog, lab: PlannedLab) -> CalendarEvent:
    """A lab test, all day on its due day."""
    test = catalog.word("lab-test-names", lab.test)
    return CalendarEvent(
        f"lab-{lab.lab_id}@{UID_DOMAIN}",
        lab.due_on,
        catalog.text("calendar-lab", test=test),
        catalog.text("calendar-lab-note"),
    )


def _booking_event(catalog: Catalog, booking: BookingReminder) -> CalendarEvent:
    """A reminder to book the clinic's appointment, at the time the bot will remind."""
    return CalendarEvent(
        f"booking-{booking.reminder_id}@{UID_DOMAIN}",
        booking.due_at,
        catalog.text("calendar-booking"),
        catalog.text("calendar-booking-note", day=catalog.day(booking.dose_on)),
        alarm_before=ALARM_BEFORE,
    )
