"""Dose reminders, follow-ups, "late" reminders and missed-dose notes."""

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.catalog.catalog import Catalog
from bot.delivery.outgoing import AfterSettled, Delivery, Outgoing, unsent
from bot.domain.regimen import Dose, DoseUnit
from bot.domain.sites import next_site
from bot.features.patient_clock import also_there
from bot.features.patient_scope import catalog_of
from bot.services.caregiver_alerts import alert_base, alert_due_at
from bot.services.patient_time import zone_of
from bot.services.scheduling import sync_schedule
from bot.telegram.keyboards import dose_keyboard
from storage.caregivers import Shared, add_alert, links_sending
from storage.doses import doses_by_id, record_dose_event
from storage.models import (
    CaregiverLink,
    DoseEventKind,
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.regimens import clinic_regimen_ids, self_injecting_patients
from storage.reminders import (
    doses_with_missed_check_due,
    owe_reminder,
    pending_due_times_of_doses,
)
from storage.treatment import recent_sites_of_patients

# A reminder sent this long after its due time says that it is late, and when it was due.
LATE_NOTE_AFTER = timedelta(minutes=5)
# How many past sites the rotation looks at.
RECENT_SITES = 8
# The patient's reminders a caregiver who gives the injection gets too, once they went out.
CAREGIVER_REMINDED = (ReminderKind.DOSE, ReminderKind.DOSE_LATE_AGAIN)


def plan_dose_deliveries(
    session: Session, reminders: Sequence[tuple[Reminder, Patient]], now: datetime
) -> list[Delivery]:
    """Decide what to do with each dose reminder; missed doses of one patient share a message."""
    deliveries: list[Delivery] = []
    missed: dict[int, list[tuple[Reminder, ScheduledDose]]] = {}
    doses = _doses_of(session, [reminder for reminder, _ in reminders])
    clinic = clinic_regimen_ids(session, regimen_ids={dose.regimen_id for dose in doses.values()})
    overdue = doses_with_missed_check_due(session, dose_ids=list(doses), now=now)
    sites = _recent_sites_of_self_injectors(session, [patient for _, patient in reminders])
    # Read with the plan, not when each send settles: a follow-up written against a missed
    # check that moved meanwhile is harmless, since it is planned afresh when due (unsent
    # for a dose answered, expired for one overdue).
    missed_checks = pending_due_times_of_doses(
        session, dose_ids=list(doses), kind=ReminderKind.DOSE_MISSED
    )
    # One query for the batch: the caregivers alerted once a follow-up goes unanswered.
    prompted = {
        patient.id
        for reminder, patient in reminders
        if reminder.kind in CAREGIVER_REMINDED and patient.id is not None
    }
    caregivers = links_sending(session, patient_ids=prompted, item=Shared.ALERTS)
    # And one for the caregivers who give the injection and get the reminder too.
    reminding = links_sending(
        session,
        item=Shared.REMINDERS,
        patient_ids={
            patient.id
            for reminder, patient in reminders
            if reminder.kind in CAREGIVER_REMINDED and patient.id is not None
        },
    )
    for reminder, patient in reminders:
        assert reminder.id is not None
        dose = doses.get(reminder.dose_id) if reminder.dose_id else None
        if dose is None:
            deliveries.append(unsent(reminder, ReminderStatus.FAILED))
        elif reminder.kind == ReminderKind.DOSE_MISSED:
            if dose.status == DoseStatus.SCHEDULED:
                missed.setdefault(patient.id or 0, []).append((reminder, dose))
            else:
                deliveries.append(unsent(reminder))
        else:
            catalog = catalog_of(patient)
            site_line = _site_line(catalog, sites.get(patient.id or 0))
            at_clinic = dose.regimen_id in clinic
            delivery = _dose_prompt(
                catalog, reminder, patient, dose, now, overdue, site_line, at_clinic
            )
            links = caregivers.get(patient.id or 0, [])
            if reminder.kind == ReminderKind.DOSE and delivery.outgoing is not None:
                delivery.after_settled.append(
                    _follow_up_writer(patient, dose, now, missed_checks, links)
                )
            elif reminder.kind == ReminderKind.DOSE_LATE_AGAIN and delivery.outgoing and links:
                delivery.after_settled.append(_late_again_alert_writer(patient, dose, now, links))
            givers = reminding.get(patient.id or 0, [])
            if reminder.kind in CAREGIVER_REMINDED and delivery.outgoing is not None and givers:
                delivery.after_settled.append(_caregiver_reminder_writer(dose, now, givers))
            deliveries.append(delivery)
    deliveries.extend(
        _missed_summary(session, patient_id, items, now) for patient_id, items in missed.items()
    )
    return deliveries


def _doses_of(session: Session, reminders: Sequence[Reminder]) -> dict[int, ScheduledDose]:
    """The doses the batch's reminders are about, in one query."""
    ids = {reminder.dose_id for reminder in reminders if reminder.dose_id is not None}
    if not ids:
        return {}
    return doses_by_id(session, dose_ids=ids)


def dose_of(dose: ScheduledDose) -> Dose:
    """The domain dose a scheduled dose carries."""
    return _dose(dose.dose_amount, dose.dose_unit)


@lru_cache(maxsize=1024)
def _dose(amount: Decimal, unit: str) -> Dose:
    """One domain dose per amount and unit: a burst names the same few thousands of times."""
    return Dose(amount, DoseUnit(unit))


def dose_prompt_text(
    catalog: Catalog, dose: ScheduledDose, zone: ZoneInfo, *, clinic: bool = False, also: str = ""
) -> str:
    """The body of a dose reminder: what is due, in which phase, and when.

    A clinic dose is due on a day, not at the reminder's time; its appointment, once booked,
    is the time that matters. `also`: the time where the patient travels, shown beside.
    """
    if dose.count_in_phase is not None:
        number = catalog.text(
            "dose-number-of", number=dose.number_in_phase, count=dose.count_in_phase
        )
    else:
        number = catalog.text("dose-number", number=dose.number_in_phase)
    return catalog.text(
        "reminder-dose",
        dose=catalog.dose(dose_of(dose)),
        phase=catalog.word("phase-names", dose.phase_kind),
        number=number,
        when=_due_text(catalog, dose, zone, clinic=clinic) + ("" if clinic else also),
    )


def dose_prompt_of(catalog: Catalog, session: Session, dose: ScheduledDose, zone: ZoneInfo) -> str:
    """The reminder body of a dose, read in the caller's unit of work (to edit it later)."""
    return dose_prompt_text(catalog, dose, zone, clinic=_at_clinic(session, dose))


def dose_due_text(catalog: Catalog, session: Session, dose: ScheduledDose, zone: ZoneInfo) -> str:
    """When a dose is due, as the reminders say it (a clinic dose by its day)."""
    return _due_text(catalog, dose, zone, clinic=_at_clinic(session, dose))


def _at_clinic(session: Session, dose: ScheduledDose) -> bool:
    """Whether the dose's plan version has it given at a clinic."""
    return dose.regimen_id in clinic_regimen_ids(session, regimen_ids=[dose.regimen_id])


def _due_text(catalog: Catalog, dose: ScheduledDose, zone: ZoneInfo, *, clinic: bool) -> str:
    """ "Wed 16 Dec, 09:00"; for a clinic dose "on Wed 16 Dec", with its appointment if booked."""
    if not clinic:
        return catalog.moment(dose.due_at, zone)
    day = catalog.text("clinic-due-on-day", day=catalog.day(dose.local_date))
    if dose.appointment_at is None:
        return day
    return day + catalog.text(
        "clinic-appointment-at", when=catalog.moment(dose.appointment_at, zone)
    )


def shown_zone(patient: Patient, dose: ScheduledDose) -> ZoneInfo:
    """The zone a dose's time is shown in: the one it was planned by, else the patient's."""
    # A dose of a trip's last day stays "08:30" there even once the trip has ended.
    return ZoneInfo(dose.time_zone) if dose.time_zone else zone_of(patient)


def _dose_prompt(
    catalog: Catalog,
    reminder: Reminder,
    patient: Patient,
    dose: ScheduledDose,
    now: datetime,
    overdue: set[int],
    site_line: str,
    clinic: bool,
) -> Delivery:
    """A reminder, follow-up or "late" reminder for an open dose, with its buttons."""
    assert reminder.id is not None
    assert dose.id is not None
    if dose.status != DoseStatus.SCHEDULED:
        return unsent(reminder)
    if dose.id in overdue:
        # The missed-dose message about this dose goes out now instead.
        return unsent(reminder, ReminderStatus.EXPIRED)
    zone = shown_zone(patient, dose)
    also = also_there(catalog, patient, dose.due_at)
    text = _prompt_body(catalog, reminder, dose, zone, clinic, also) + site_line
    # Judged against the dose's time, which a retry after a Telegram error does not move,
    # or against when the reminder was written if the dose was already due then (a plan
    # saved late in the day is asked about at once, not sent late).
    meant_at = max(dose.due_at, reminder.created_at)
    if reminder.kind == ReminderKind.DOSE and now - meant_at > LATE_NOTE_AFTER:
        text = catalog.text("reminder-sent-late", when=catalog.moment(dose.due_at, zone)) + text
    delivery = Delivery(
        [reminder.id],
        patient.id or 0,
        Outgoing(patient.chat_id, text, dose_keyboard(catalog, dose.id)),
    )
    return delivery


def _recent_sites_of_self_injectors(
    session: Session, patients: Sequence[Patient]
) -> dict[int, list[str]]:
    """Per patient who injects themselves, their latest sites, newest first: two queries."""
    ids = {patient.id for patient in patients if patient.id is not None}
    if not ids:
        return {}
    self_injecting = self_injecting_patients(session, patient_ids=ids)
    sites: dict[int, list[str]] = {patient_id: [] for patient_id in self_injecting}
    if not sites:
        return sites
    rows = recent_sites_of_patients(session, patient_ids=list(sites), limit=RECENT_SITES)
    for patient_id, site in rows:
        sites[patient_id].append(site)
    return sites


def _site_line(catalog: Catalog, recent: list[str] | None) -> str:
    """For self-injection (`recent` is not None), the next site in the rotation; else empty."""
    if recent is None:
        return ""
    site, last = next_site(recent), recent[0] if recent else None
    if last is None:
        return catalog.text("reminder-site-first", site=catalog.word("site-names", site))
    return catalog.text(
        "reminder-site-next",
        site=catalog.word("site-names", site),
        last=catalog.word("site-names", last),
    )


def _prompt_body(
    catalog: Catalog,
    reminder: Reminder,
    dose: ScheduledDose,
    zone: ZoneInfo,
    clinic: bool,
    also: str = "",
) -> str:
    """The words of a dose prompt by kind."""
    when = _due_text(catalog, dose, zone, clinic=clinic) + ("" if clinic else also)
    amount = catalog.dose(dose_of(dose))
    if reminder.kind == ReminderKind.DOSE_FOLLOW_UP:
        return catalog.text("reminder-follow-up", dose=amount, when=when)
    if reminder.kind == ReminderKind.DOSE_LATE_AGAIN:
        return catalog.text("reminder-late-again", dose=amount, when=when)
    return dose_prompt_text(catalog, dose, zone, clinic=clinic, also=also)


def _follow_up_writer(
    patient: Patient,
    dose: ScheduledDose,
    now: datetime,
    missed_checks: Mapping[int, Sequence[datetime]],
    caregivers: Sequence[CaregiverLink] = (),
) -> AfterSettled:
    """Once the reminder is out, plan one follow-up if no answer comes (before it is missed),
    and each caregiver's alert the link's delay after it."""

    def write(session: Session, message_id: int | None) -> None:
        """Add the follow-up reminder when the reminder really went out."""
        if message_id is None or dose.id is None or patient.id is None:
            return
        follow_up_at = now + timedelta(minutes=patient.follow_up_after_minutes)
        if all(due_at > follow_up_at for due_at in missed_checks.get(dose.id, ())):
            owe_reminder(
                session,
                patient_id=patient.id,
                kind=ReminderKind.DOSE_FOLLOW_UP,
                due_at=follow_up_at,
                dose_id=dose.id,
                created_at=now,
            )
            for link in caregivers:
                add_alert(
                    session,
                    link=link,
                    kind=ReminderKind.CAREGIVER_UNCONFIRMED,
                    dose_id=dose.id,
                    due_at=alert_due_at(follow_up_at, link.alert_delay_minutes),
                )

    return write


def _late_again_alert_writer(
    patient: Patient, dose: ScheduledDose, now: datetime, caregivers: Sequence[CaregiverLink]
) -> AfterSettled:
    """Once the renewed reminder of a dose put off is out, plan each caregiver's alert as if
    a follow-up came after it (the renewed reminder has none of its own)."""

    def write(session: Session, message_id: int | None) -> None:
        """Add the alerts when the renewed reminder really went out."""
        if message_id is None or dose.id is None:
            return
        base = alert_base(ReminderKind.DOSE_LATE_AGAIN, now, patient.follow_up_after_minutes)
        for link in caregivers:
            add_alert(
                session,
                link=link,
                kind=ReminderKind.CAREGIVER_UNCONFIRMED,
                dose_id=dose.id,
                due_at=alert_due_at(base, link.alert_delay_minutes),
            )

    return write


def _caregiver_reminder_writer(
    dose: ScheduledDose, now: datetime, links: Sequence[CaregiverLink]
) -> AfterSettled:
    """Once the patient's reminder is out, owe each caregiver who gives it the same reminder."""

    def write(session: Session, message_id: int | None) -> None:
        """Add one caregiver reminder per link when the patient's really went out."""
        if message_id is None or dose.id is None:
            return
        for link in links:
            add_alert(
                session, link=link, kind=ReminderKind.CAREGIVER_DOSE, dose_id=dose.id, due_at=now
            )

    return write


def _missed_summary(
    session: Session,
    patient_id: int,
    items: list[tuple[Reminder, ScheduledDose]],
    now: datetime,
) -> Delivery:
    """One kind message for every dose of a patient that became missed in this batch."""
    patient = session.get(Patient, patient_id)
    assert patient is not None
    catalog = catalog_of(patient)
    doses = sorted((dose for _, dose in items), key=lambda dose: dose.due_at)
    if len(doses) == 1:
        when = catalog.moment(doses[0].due_at, shown_zone(patient, doses[0]))
        text = catalog.text("reminder-missed-one", when=when)
    else:
        dates = "\n".join(
            f"• {catalog.moment(dose.due_at, shown_zone(patient, dose))}" for dose in doses
        )
        text = catalog.text("reminder-missed-many", count=len(doses), dates=dates)
    text += catalog.text("reminder-missed-advice", example=catalog.day(doses[-1].local_date))
    delivery = Delivery(
        [reminder.id for reminder, _ in items if reminder.id is not None],
        patient_id,
        Outgoing(patient.chat_id, text),
    )
    delivery.after_settled.append(_missed_marker(patient_id, doses, now))
    return delivery


def _missed_marker(patient_id: int, doses: list[ScheduledDose], now: datetime) -> AfterSettled:
    """Record the doses as missed (the patient was told) and let the schedule move on."""

    def mark(session: Session, _message_id: int | None) -> None:
        """Append a missed event to each dose still open, tell each caregiver alerted about
        this patient, then recompute what follows."""
        links = links_sending(session, patient_ids=[patient_id], item=Shared.ALERTS).get(
            patient_id, []
        )
        for dose in doses:
            current = session.get(ScheduledDose, dose.id)
            if current is not None and current.status == DoseStatus.SCHEDULED:
                record_dose_event(
                    session,
                    dose=current,
                    kind=DoseEventKind.MISSED,
                    occurred_at=now,
                    recorded_at=now,
                )
                for link in links:
                    assert current.id is not None
                    add_alert(
                        session,
                        link=link,
                        kind=ReminderKind.CAREGIVER_MISSED,
                        dose_id=current.id,
                        due_at=now,
                    )
        patient = session.get(Patient, patient_id)
        if patient is not None:
            sync_schedule(session, patient=patient, now=now)

    return mark
