"""/next and /status, and the same questions in words ("when's my next shot?")."""

from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.regimen import Giver
from bot.domain.schedule import PhaseBoundary
from bot.features.appointments.reminders import appointment_line, clinic_when_text
from bot.features.doses.outcomes import was_reported_late
from bot.features.doses.reminders import dose_of
from bot.features.patient_clock import also_there, clock_lines
from bot.features.patient_scope import PatientScope, catalog_of, patient_scope
from bot.features.plan_changes.versions import PhaseRun, phase_runs
from bot.services.patient_time import zone_of
from bot.services.scheduling import load_patient_plan
from storage.database import session_scope
from storage.doses import next_open_dose
from storage.labs import next_planned_lab
from storage.models import DoseStatus, Patient, ScheduledDose
from storage.pauses import current_pause
from storage.regimens import current_regimen


async def show_next(update: Update, context: BotContext) -> None:
    """When the next injection is, how far away, in which phase; and the next lab test."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with patient_scope(context, update.effective_chat.id) as here:
        text = _next_text(here) if here.patient else here.catalog.text("no-plan-yet")
    await message.reply_text(text)


async def show_status(update: Update, context: BotContext) -> None:
    """The current phase: doses done (and late), skipped and missed, and the next phase's start."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with patient_scope(context, update.effective_chat.id) as here:
        text = _status_text(here) if here.patient else here.catalog.text("no-plan-yet")
    await message.reply_text(text)


async def next_line(context: BotContext, patient: Patient) -> str:
    """A short "Next injection: …" line to add to other answers ('' when none is planned)."""
    assert patient.id is not None
    with session_scope(context.engine) as session:
        dose = next_open_dose(session, patient_id=patient.id)
        regimen = current_regimen(session, patient_id=patient.id)
    if dose is None:
        return ""
    clinic = regimen is not None and regimen.giver == Giver.CLINIC
    catalog = catalog_of(patient)
    return catalog.text("dose-next-after", when=_when(catalog, dose, zone_of(patient), clinic))


def _next_text(here: PatientScope) -> str:
    """The answer to "when's my next shot?"."""
    session, patient, catalog, zone, now = (
        here.session,
        here.patient,
        here.catalog,
        here.zone,
        here.now,
    )
    assert patient is not None and patient.id is not None
    patient_plan = load_patient_plan(session, patient=patient)
    if patient_plan is None:
        return catalog.text("no-plan-yet")
    zone = here.zone
    dose = next_open_dose(session, patient_id=patient.id)
    clinic = patient_plan.regimen.giver == Giver.CLINIC
    if dose is None:
        text = catalog.text("next-nothing-planned")
    elif dose.due_at < now:
        text = catalog.text(
            "next-dose-open",
            when=_when(catalog, dose, zone, clinic, day_only=True),
            countdown=catalog.countdown(dose.due_at, now, zone),
        )
    else:
        number = (
            catalog.text("dose-number-of", number=dose.number_in_phase, count=dose.count_in_phase)
            if dose.count_in_phase
            else catalog.text("dose-number", number=dose.number_in_phase)
        )
        also = "" if clinic else also_there(catalog, patient, dose.due_at)
        text = catalog.text(
            "next-dose",
            when=_when(catalog, dose, zone, clinic) + also,
            countdown=catalog.countdown(dose.due_at, now, zone),
            dose=catalog.dose(dose_of(dose)),
            phase=catalog.word("phase-names", dose.phase_kind),
            number=number,
        ) + appointment_line(catalog, dose, zone, now)
    lab = next_planned_lab(session, patient_id=patient.id, on_or_after=here.today)
    if lab is not None:
        text += catalog.text(
            "next-lab", test=catalog.word("lab-test-names", lab.test), day=catalog.day(lab.due_on)
        )
    return _pause_note(here) + text


def _when(
    catalog: Catalog, dose: ScheduledDose, zone: ZoneInfo, clinic: bool, *, day_only: bool = False
) -> str:
    """When a dose is due: a clinic dose by its day (its time is only the reminder's)."""
    if not clinic:
        return catalog.moment(dose.due_at, zone)
    return catalog.day(dose.local_date) if day_only else clinic_when_text(catalog, dose)


def _pause_note(here: PatientScope) -> str:
    """A line saying reminders are paused, and until when ('' when they are not)."""
    assert here.patient is not None and here.patient.id is not None
    pause = current_pause(here.session, patient_id=here.patient.id, today=here.today)
    if pause is None or pause.starts_on > here.today:
        return ""
    return here.catalog.text("pause-note", day=here.catalog.day(pause.resumes_on))


def _status_text(here: PatientScope) -> str:
    """Adherence in the current phase and when the next one starts."""
    session, patient, catalog = here.session, here.patient, here.catalog
    assert patient is not None and patient.id is not None
    patient_plan = load_patient_plan(session, patient=patient)
    if patient_plan is None or patient_plan.regimen.id is None:
        return catalog.text("no-plan-yet")
    upcoming = next_open_dose(session, patient_id=patient.id)
    position = upcoming.phase_position if upcoming else len(patient_plan.plan.phases) - 1
    # The phase's doses under every plan version that carried it on, and the phases before.
    earlier, doses = phase_runs(
        session, patient_id=patient.id, regimen_id=patient_plan.regimen.id, position=position
    )
    done = [dose for dose in doses if dose.status == DoseStatus.DONE]
    late = [dose for dose in done if _was_late(session, patient, dose)]
    text = catalog.text(
        "status",
        phase=catalog.word("phase-names", patient_plan.plan.phases[position].kind).capitalize(),
        done=len(done),
        late=len(late),
        skipped=sum(1 for dose in doses if dose.status == DoseStatus.SKIPPED),
        missed=sum(1 for dose in doses if dose.status == DoseStatus.MISSED),
    )
    paused = _pause_note(here)
    text += _next_phase_line(catalog, patient_plan.boundaries(), position)
    return paused + text + _earlier_lines(catalog, earlier) + clock_lines(catalog, patient)


def _earlier_lines(catalog: Catalog, earlier: list[PhaseRun]) -> str:
    """The phases gone through before the current one, each with its counts ('' if none)."""
    if not earlier:
        return ""
    lines = [
        catalog.text(
            "status-earlier-line",
            phase=catalog.word("phase-names", run.kind).capitalize(),
            done=sum(1 for dose in run.doses if dose.status == DoseStatus.DONE),
            skipped=sum(1 for dose in run.doses if dose.status == DoseStatus.SKIPPED),
            missed=sum(1 for dose in run.doses if dose.status == DoseStatus.MISSED),
        )
        for run in earlier
    ]
    return catalog.text("status-earlier") + "".join(lines)


def _next_phase_line(catalog: Catalog, boundaries: list[PhaseBoundary], position: int) -> str:
    """When the phase after the current one starts, or that it waits for the clinician."""
    following = [b for b in boundaries if b.phase_index == position + 1]
    if not following:
        return ""
    if following[0].starts_on is None:
        return catalog.text("status-waiting-for-switch")
    kind = catalog.word("phase-names", following[0].kind).capitalize()
    return catalog.text("status-next-phase", kind=kind, day=catalog.day(following[0].starts_on))


def _was_late(session: Session, patient: Patient, dose: ScheduledDose) -> bool:
    """Whether a done dose was taken on a later day than planned, or after saying "late"."""
    assert dose.id is not None
    taken_on = dose.taken_at.astimezone(zone_of(patient)).date() if dose.taken_at else None
    return (taken_on is not None and taken_on > dose.local_date) or was_reported_late(
        session, dose_id=dose.id
    )


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [CommandHandler("next", show_next), CommandHandler("status", show_status)]
