"""Keeps the stored doses and reminders in line with the plan: the bridge domain → storage.

The domain computes when doses fall; this module writes that into the database, the source
of truth the reminder loop reads. It never touches a resolved dose (history is kept) and
only moves or cancels doses that are still to be done, with their pending reminders.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.domain.adherence import typical_gap_days
from bot.domain.local_time import local_to_utc
from bot.domain.pauses import PauseWindow
from bot.domain.regimen import (
    AfterDoses,
    Giver,
    Phase,
    SwitchRefusal,
    switch_refusal,
)
from bot.domain.regimen import Regimen as RegimenPlan
from bot.domain.schedule import (
    DoseOccurrence,
    DoseOutcome,
    DoseRecord,
    PhaseBoundary,
    Resume,
    ScheduleContext,
    phase_boundaries,
    upcoming_doses,
)
from bot.services.booking import booking_reminder_at, retime_for_appointment
from bot.services.patient_time import away_of, home_zone_of, reminder_time_of, zone_of
from storage.appointments import booking_reminder_sent, open_dose_due_before
from storage.doses import (
    RESOLVED,
    add_prior_injection,
    doses_in_phase,
    doses_of_regimen,
    next_open_dose,
    resolved_doses_of_patient,
    withdrawn_but_reminded,
)
from storage.models import (
    DoseStatus,
    Patient,
    Regimen,
    ReminderKind,
    ScheduledDose,
)
from storage.pauses import pauses_of_patient
from storage.regimens import (
    Takeover,
    current_plan,
    current_regimen,
    record_phase_switch,
    save_regimen,
)
from storage.reminders import (
    DOSE_PROMPT_KINDS,
    add_reminder,
    cancel_pending_of_dose,
    cancel_pending_prompt,
    cancel_pending_reminders,
    prompt_gone_out,
)

# How far ahead doses are written; later ones appear as the patient moves through the plan.
HORIZON = timedelta(days=120)
MAX_DOSES_WRITTEN = 60
# A dose counts as missed when no answer came within half its interval, kept between these.
SHORTEST_GRACE = timedelta(hours=12)
LONGEST_GRACE = timedelta(days=3)
_LIVE = (*RESOLVED, DoseStatus.SCHEDULED)
_OUTCOME = {
    DoseStatus.DONE: DoseOutcome.TAKEN,
    DoseStatus.SKIPPED: DoseOutcome.SKIPPED,
    DoseStatus.MISSED: DoseOutcome.MISSED,
}


@dataclass(frozen=True)
class PatientPlan:
    """A patient's plan in force, with what the schedule engine needs to place doses."""

    regimen: Regimen
    plan: RegimenPlan
    context: ScheduleContext
    history: tuple[DoseRecord, ...]
    switches: dict[int, date]
    pauses: tuple[PauseWindow, ...] = ()
    appointment_notice_days: int = 7
    # The rows behind `history` (done, skipped, missed) and the doses still to be done.
    resolved_doses: tuple[ScheduledDose, ...] = ()
    open_doses: tuple[ScheduledDose, ...] = ()

    def boundaries(self) -> list[PhaseBoundary]:
        """The day each phase starts (None while it waits for the clinician's switch)."""
        return phase_boundaries(
            self.plan, self.context, self.history, self.switches, pauses=self.pauses
        )

    def phase(self, position: int) -> Phase:
        """The phase at a position."""
        return self.plan.phases[position]


def load_patient_plan(session: Session, *, patient: Patient) -> PatientPlan | None:
    """The patient's plan in force, or None before setup is finished."""
    assert patient.id is not None
    current = current_plan(session, patient_id=patient.id)
    if current is None:
        return None
    regimen, plan, switches = current
    assert regimen.id is not None
    zone = home_zone_of(patient)
    live = doses_of_regimen(session, regimen_id=regimen.id, statuses=_LIVE)
    resolved = tuple(dose for dose in live if dose.status in RESOLVED)
    return PatientPlan(
        regimen=regimen,
        plan=plan,
        context=schedule_context(patient, regimen),
        # Injections given before the plan's first planned dose (negative sequences) are
        # counted by the context, not planned.
        history=tuple(_record(dose, zone) for dose in resolved if dose.sequence >= 0),
        switches=switches,
        pauses=tuple(
            PauseWindow(pause.starts_on, pause.resumes_on)
            for pause in pauses_of_patient(session, patient_id=patient.id)
        ),
        appointment_notice_days=patient.appointment_notice_days,
        resolved_doses=resolved,
        open_doses=tuple(dose for dose in live if dose.status == DoseStatus.SCHEDULED),
    )


def schedule_context(patient: Patient, regimen: Regimen) -> ScheduleContext:
    """Where and when the patient's schedule starts (at home, or on a trip following local time)."""
    zone = home_zone_of(patient)
    at = reminder_time_of(patient)
    resume = Resume(regimen.start_position, regimen.numbered_after, regimen.phase_began_on)
    if regimen.first_dose_on is not None:
        context = ScheduleContext.starting_on(zone, at, regimen.first_dose_on, resume)
    else:
        assert regimen.last_dose_before_start_on is not None
        last = regimen.last_dose_before_start_on
        context = ScheduleContext.continuing_after(zone, at, last, resume)
    return context.with_away(away_of(patient))


def sync_schedule(
    session: Session,
    *,
    patient: Patient,
    now: datetime,
    patient_plan: PatientPlan | None = None,
    keep_asked: bool = False,
) -> list[ScheduledDose]:
    """Write, move or cancel the patient's open doses and reminders to match the plan.

    `patient_plan` is the plan just loaded by the caller in this transaction, if any (its
    open doses must still be the stored ones). With `keep_asked` (a changed zone or
    reminder time), a dose whose reminder already went out keeps its time and reminders:
    it was asked about, and asking again at the new time would ask twice.
    """
    patient_plan = patient_plan or load_patient_plan(session, patient=patient)
    if patient_plan is None or patient_plan.regimen.id is None:
        return []
    occurrences = upcoming_doses(
        patient_plan.plan,
        patient_plan.context,
        patient_plan.history,
        patient_plan.switches,
        now=now,
        horizon=HORIZON,
        limit=MAX_DOSES_WRITTEN,
        pauses=patient_plan.pauses,
    )
    open_rows = {dose.sequence: dose for dose in patient_plan.open_doses}
    written = [
        _place(
            session,
            patient_plan,
            occurrence,
            open_rows.pop(occurrence.sequence, None),
            now,
            keep_asked=keep_asked,
        )
        for occurrence in occurrences
    ]
    for stale in open_rows.values():
        cancel_dose(session, dose=stale)
    return written


def cancel_dose(session: Session, *, dose: ScheduledDose) -> None:
    """Withdraw a dose that is no longer planned, with its pending reminders."""
    assert dose.id is not None
    dose.status = DoseStatus.CANCELLED
    session.add(dose)
    cancel_pending_reminders(session, patient_id=dose.patient_id, dose_ids=[dose.id])


def cancel_open_doses(session: Session, *, patient_id: int, regimen_id: int) -> None:
    """Withdraw every open dose of a regimen (the plan was replaced)."""
    for dose in doses_of_regimen(session, regimen_id=regimen_id, statuses=(DoseStatus.SCHEDULED,)):
        if dose.patient_id == patient_id:
            cancel_dose(session, dose=dose)


def grace_period(phase: Phase) -> timedelta:
    """How long after its due time an unanswered dose is marked missed."""
    half_interval = _typical_interval(phase) / 2
    return max(SHORTEST_GRACE, min(LONGEST_GRACE, half_interval))


def _typical_interval(phase: Phase) -> timedelta:
    """The usual gap between two doses of a phase."""
    return timedelta(days=typical_gap_days(phase.cadence))


def _place(
    session: Session,
    patient_plan: PatientPlan,
    occurrence: DoseOccurrence,
    existing: ScheduledDose | None,
    now: datetime,
    *,
    keep_asked: bool = False,
) -> ScheduledDose:
    """Insert the dose, or move an existing open one, keeping its reminders in step."""
    regimen = patient_plan.regimen
    assert regimen.id is not None
    zone_key = patient_plan.context.zone_on(occurrence.local_date).key
    if existing is not None and _same_placement(existing, occurrence):
        if existing.time_zone != zone_key:
            # Same instant, another zone (one with the same offset): no reminder changes.
            existing.time_zone = zone_key
            session.add(existing)
        return existing
    if keep_asked and existing is not None and _already_asked(session, existing):
        return existing
    placement: dict[str, object] = {
        "phase_position": occurrence.phase_index,
        "phase_kind": occurrence.phase_kind,
        "number_in_phase": occurrence.number_in_phase,
        "count_in_phase": occurrence.count_in_phase,
        "local_date": occurrence.local_date,
        "due_at": occurrence.due_at,
        "dose_amount": occurrence.dose.amount,
        "dose_unit": occurrence.dose.unit,
        "time_zone": zone_key,
    }
    if existing is None:
        dose = ScheduledDose.model_validate(
            {
                "patient_id": regimen.patient_id,
                "regimen_id": regimen.id,
                "sequence": occurrence.sequence,
                **placement,
            }
        )
    else:
        dose = existing
        dose.sqlmodel_update(placement)
    session.add(dose)
    session.flush()
    assert dose.id is not None
    if existing is not None:
        cancel_pending_reminders(session, patient_id=dose.patient_id, dose_ids=[dose.id])
    grace = grace_period(patient_plan.phase(occurrence.phase_index))
    add_reminder(
        session,
        patient_id=dose.patient_id,
        kind=ReminderKind.DOSE,
        due_at=occurrence.due_at,
        dose_id=dose.id,
        created_at=now,
    )
    # A dose written already past (a plan dated back) is asked about now: its grace starts
    # from the asking, never from a due time the patient was never reminded of.
    add_reminder(
        session,
        patient_id=dose.patient_id,
        kind=ReminderKind.DOSE_MISSED,
        due_at=max(occurrence.due_at, now) + grace,
        dose_id=dose.id,
    )
    if regimen.giver == Giver.CLINIC:
        add_booking_reminder(session, patient_plan, dose, now)
    return dose


def add_booking_reminder(
    session: Session, patient_plan: PatientPlan, dose: ScheduledDose, now: datetime
) -> None:
    """Remind the patient to book the clinic's appointment some days before the dose.

    A dose already booked gets its reminders around the appointment instead, and a dose
    the patient was already reminded to book is not reminded again.
    """
    if dose.id is None or (dose.appointment_at is not None and dose.appointment_at <= now):
        return
    if dose.appointment_at is not None:
        grace = grace_period(patient_plan.phase(dose.phase_position))
        retime_for_appointment(session, dose=dose, grace=grace, now=now)
        return
    if booking_reminder_sent(session, dose_id=dose.id):
        return
    notice = timedelta(days=patient_plan.appointment_notice_days + 1)
    # Only a dose nearer than the notice is booked when the dose before it is due.
    previous = open_dose_due_before(session, dose=dose) if dose.due_at - now < notice else None
    remind_at = booking_reminder_at(
        dose_on=dose.local_date,
        dose_due_at=dose.due_at,
        notice_days=patient_plan.appointment_notice_days,
        zone=patient_plan.context.zone_on(dose.local_date),
        at=patient_plan.context.reminder_time,
        pauses=patient_plan.pauses,
        now=now,
        previous_due_at=previous.due_at if previous is not None else None,
    )
    if remind_at is not None:
        add_reminder(
            session,
            patient_id=dose.patient_id,
            kind=ReminderKind.BOOK_APPOINTMENT,
            due_at=remind_at,
            dose_id=dose.id,
        )


def rewrite_booking_reminders(session: Session, *, patient: Patient, now: datetime) -> None:
    """Re-plan each open dose's booking reminder (the notice days or a pause changed)."""
    patient_plan = load_patient_plan(session, patient=patient)
    if patient_plan is None or patient_plan.regimen.id is None:
        return
    open_doses = doses_of_regimen(
        session, regimen_id=patient_plan.regimen.id, statuses=(DoseStatus.SCHEDULED,)
    )
    for dose in open_doses:
        assert dose.id is not None
        cancel_pending_of_dose(session, dose_id=dose.id, kinds=[ReminderKind.BOOK_APPOINTMENT])
        if patient_plan.regimen.giver == Giver.CLINIC:
            add_booking_reminder(session, patient_plan, dose, now)


def _already_asked(session: Session, dose: ScheduledDose) -> bool:
    """Whether the dose's reminder went out (or is going out): then it is not moved.

    The pending reminder is withdrawn first: a claim taken meanwhile by the reminder loop
    holds that row, so the withdrawal waits for it and then finds nothing to withdraw, and
    the sent reminder is seen; a reminder withdrawn here will never go out.
    """
    assert dose.id is not None
    if cancel_pending_prompt(session, dose_id=dose.id):
        return False
    return prompt_gone_out(session, dose_id=dose.id)


def _same_placement(dose: ScheduledDose, occurrence: DoseOccurrence) -> bool:
    """Whether a stored open dose already matches the computed occurrence."""
    return (
        dose.due_at == occurrence.due_at
        and dose.phase_position == occurrence.phase_index
        and dose.number_in_phase == occurrence.number_in_phase
        and dose.count_in_phase == occurrence.count_in_phase
        and dose.dose_amount == occurrence.dose.amount
        and dose.dose_unit == occurrence.dose.unit
    )


def _record(dose: ScheduledDose, zone: ZoneInfo) -> DoseRecord:
    """The domain's view of a resolved dose, taken on its day in the zone it was planned in."""
    outcome = _OUTCOME[DoseStatus(dose.status)]
    taken_on = None
    if outcome is DoseOutcome.TAKEN:
        assert dose.taken_at is not None
        planned_in = ZoneInfo(dose.time_zone) if dose.time_zone else zone
        taken_on = dose.taken_at.astimezone(planned_in).date()
    return DoseRecord(sequence=dose.sequence, outcome=outcome, taken_on=taken_on)


def adopt_plan(
    session: Session,
    *,
    patient: Patient,
    plan: RegimenPlan,
    preset: str,
    first_dose_on: date | None,
    last_dose_before_start_on: date | None,
    now: datetime,
    takeover: Takeover | None = None,
    count_last_injection: bool = False,
) -> list[ScheduledDose]:
    """Save a confirmed plan as the patient's new version and write its doses and reminders.

    Open doses of the previous version are withdrawn; what already happened stays as it was.
    `takeover` is where the version starts mid-treatment (see plan_versions). With
    `count_last_injection`, the last injection the patient dated the plan by is stored as a
    done dose of the phase it starts in (unless one is already recorded that day), so it is
    counted and the plan's own doses are numbered after it.
    """
    assert patient.id is not None
    previous = current_regimen(session, patient_id=patient.id)
    if previous is not None and previous.id is not None:
        cancel_open_doses(session, patient_id=patient.id, regimen_id=previous.id)
    prior_on = last_dose_before_start_on
    counts_prior = (
        count_last_injection
        and prior_on is not None
        and (takeover is None or takeover.numbered_after == 0)
        and not _injected_on(session, patient, prior_on)
    )
    if counts_prior:
        start = takeover.start_position if takeover else 0
        takeover = Takeover(start, numbered_after=1, phase_began_on=prior_on)
    regimen = save_regimen(
        session,
        patient_id=patient.id,
        plan=plan,
        preset=preset,
        first_dose_on=first_dose_on,
        last_dose_before_start_on=last_dose_before_start_on,
        now=now,
        takeover=takeover,
    )
    if counts_prior and prior_on is not None:
        _record_prior_injection(session, patient, regimen, plan, prior_on, now)
    return sync_schedule(session, patient=patient, now=now)


def _injected_on(session: Session, patient: Patient, day: date) -> bool:
    """Whether a done dose of the patient was taken on this local day (any plan version)."""
    assert patient.id is not None
    zone = zone_of(patient)
    return any(
        dose.taken_at is not None and dose.taken_at.astimezone(zone).date() == day
        for dose in resolved_doses_of_patient(session, patient_id=patient.id)
        if dose.status == DoseStatus.DONE
    )


def _record_prior_injection(
    session: Session,
    patient: Patient,
    regimen: Regimen,
    plan: RegimenPlan,
    day: date,
    now: datetime,
) -> ScheduledDose:
    """Store the last injection before the plan as dose 1 of the phase the plan starts in."""
    assert regimen.id is not None
    position = regimen.start_position
    phase = plan.phases[position]
    zone = zone_of(patient)
    due_at = local_to_utc(day, reminder_time_of(patient), zone)
    dose = ScheduledDose(
        patient_id=regimen.patient_id,
        regimen_id=regimen.id,
        phase_position=position,
        phase_kind=phase.kind,
        sequence=-1,
        number_in_phase=1,
        count_in_phase=phase.end.count if isinstance(phase.end, AfterDoses) else None,
        local_date=day,
        due_at=due_at,
        dose_amount=phase.dose.amount,
        dose_unit=phase.dose.unit,
        time_zone=zone.key,
    )
    # The hour is not known: the reminder time that day, never later than now.
    return add_prior_injection(session, dose=dose, taken_at=min(due_at, now), recorded_at=now)


def keep_reminders_sent_before(
    session: Session, *, patient_id: int, doses: list[ScheduledDose], now: datetime
) -> list[ScheduledDose]:
    """The doses already due that an earlier version already reminded about, oldest first.

    A plan carried on writes the same injection again (same day, phase and number); its
    reminder went out and its buttons still answer it, so it is not sent a second time.
    """
    reminded = withdrawn_but_reminded(session, patient_id=patient_id, kinds=DOSE_PROMPT_KINDS)
    kept = [
        dose
        for dose in doses_already_due(doses, now)
        if (dose.local_date, dose.phase_kind, dose.number_in_phase) in reminded
    ]
    for dose in kept:
        assert dose.id is not None
        cancel_pending_of_dose(session, dose_id=dose.id, kinds=[ReminderKind.DOSE])
    return kept


def withhold_older_past_reminders(
    session: Session, *, doses: list[ScheduledDose], now: datetime
) -> list[ScheduledDose]:
    """Ask about the past doses but the latest in one question instead of a reminder each.

    The question is a reminder of its own, pointing at the latest of them and due with the
    oldest, so it goes out through the ledger just before the latest dose's reminder.
    """
    older = older_doses_already_due(doses, now)
    for dose in older:
        assert dose.id is not None
        cancel_pending_of_dose(session, dose_id=dose.id, kinds=[ReminderKind.DOSE])
    if older:
        add_reminder(
            session,
            patient_id=older[-1].patient_id,
            kind=ReminderKind.PAST_DOSES,
            due_at=older[0].due_at,
            dose_id=older[-1].id,
        )
    return older


def doses_already_due(doses: list[ScheduledDose], now: datetime) -> list[ScheduledDose]:
    """Of a plan's doses just written, those already due, oldest first."""
    return sorted((dose for dose in doses if dose.due_at <= now), key=lambda dose: dose.due_at)


def older_doses_already_due(doses: list[ScheduledDose], now: datetime) -> list[ScheduledDose]:
    """The past doses but the latest, which gets a reminder of its own at once."""
    return doses_already_due(doses, now)[:-1]


def record_clinician_switch(
    session: Session, *, patient: Patient, on: date, now: datetime
) -> int | SwitchRefusal | None:
    """End the current "until no further improvement" phase on `on`; its position.

    Doses of that phase planned from that day on are withdrawn (even ones already marked
    missed: they were never due), and the next phase is planned from the switch. Returns
    why not when the current phase cannot be switched, None when nothing is planned.
    """
    assert patient.id is not None
    patient_plan = load_patient_plan(session, patient=patient)
    if patient_plan is None or patient_plan.regimen.id is None:
        return None
    position = _switchable_phase(session, patient_plan, patient.id)
    if not isinstance(position, int):
        return position
    record_phase_switch(
        session, regimen_id=patient_plan.regimen.id, position=position, switched_on=on
    )
    for dose in doses_in_phase(
        session, regimen_id=patient_plan.regimen.id, phase_position=position
    ):
        if dose.local_date >= on and dose.status in (DoseStatus.SCHEDULED, DoseStatus.MISSED):
            cancel_dose(session, dose=dose)
    sync_schedule(session, patient=patient, now=now)
    return position


def _switchable_phase(
    session: Session, patient_plan: PatientPlan, patient_id: int
) -> int | SwitchRefusal | None:
    """The current phase if it waits for the clinician's switch, else why not (None: no dose)."""
    upcoming = next_open_dose(session, patient_id=patient_id)
    if upcoming is None:
        return None
    position = upcoming.phase_position
    switched = position in patient_plan.switches
    refusal = switch_refusal(patient_plan.plan, position, switched)
    return position if refusal is None else refusal
