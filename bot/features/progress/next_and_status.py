"""/next and /status, and the same questions in words ("when's my next shot?")."""

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.catalog import texts
from bot.catalog.formatting import countdown_text, local_date_text, local_datetime_text
from bot.context import BotContext
from bot.domain.regimen import Giver
from bot.domain.schedule import PhaseBoundary
from bot.features.appointments.reminders import appointment_line, clinic_when_text
from bot.features.doses.outcomes import was_reported_late
from bot.features.doses.reminders import dose_of
from bot.features.plan_changes.versions import PhaseRun, phase_runs
from bot.services.scheduling import load_patient_plan
from storage.database import session_scope
from storage.doses import next_open_dose
from storage.labs import next_planned_lab
from storage.models import DoseStatus, Patient, ScheduledDose
from storage.patients import get_patient_by_chat
from storage.pauses import current_pause
from storage.regimens import current_regimen


async def show_next(update: Update, context: BotContext) -> None:
    """When the next injection is, how far away, in which phase; and the next lab test."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=update.effective_chat.id)
        text = _next_text(session, patient, context) if patient else texts.NO_PLAN_YET
    await message.reply_text(text)


async def show_status(update: Update, context: BotContext) -> None:
    """The current phase: doses done (and late), skipped and missed, and the next phase's start."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=update.effective_chat.id)
        text = _status_text(session, patient, context.now()) if patient else texts.NO_PLAN_YET
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
    return texts.DOSE_NEXT_AFTER.format(when=_when(dose, ZoneInfo(patient.time_zone), clinic))


def _next_text(session: Session, patient: Patient, context: BotContext) -> str:
    """The answer to "when's my next shot?"."""
    assert patient.id is not None
    patient_plan = load_patient_plan(session, patient=patient)
    if patient_plan is None:
        return texts.NO_PLAN_YET
    zone = ZoneInfo(patient.time_zone)
    now = context.now()
    dose = next_open_dose(session, patient_id=patient.id)
    clinic = patient_plan.regimen.giver == Giver.CLINIC
    if dose is None:
        text = texts.NEXT_NOTHING_PLANNED
    elif dose.due_at < now:
        text = texts.NEXT_DOSE_OPEN.format(
            when=_when(dose, zone, clinic, day_only=True),
            countdown=countdown_text(dose.due_at, now, zone),
        )
    else:
        number = (
            texts.DOSE_NUMBER_OF.format(number=dose.number_in_phase, count=dose.count_in_phase)
            if dose.count_in_phase
            else texts.DOSE_NUMBER.format(number=dose.number_in_phase)
        )
        text = texts.NEXT_DOSE.format(
            when=_when(dose, zone, clinic),
            countdown=countdown_text(dose.due_at, now, zone),
            dose=dose_of(dose).display(),
            phase=texts.PHASE_NAMES.get(dose.phase_kind, dose.phase_kind),
            number=number,
        ) + appointment_line(dose, zone, now)
    lab = next_planned_lab(session, patient_id=patient.id, on_or_after=now.astimezone(zone).date())
    if lab is not None:
        text += texts.NEXT_LAB.format(
            test=texts.LAB_TEST_NAMES.get(lab.test, lab.test), day=local_date_text(lab.due_on)
        )
    return _pause_note(session, patient, now) + text


def _when(dose: ScheduledDose, zone: ZoneInfo, clinic: bool, *, day_only: bool = False) -> str:
    """When a dose is due: a clinic dose by its day (its time is only the reminder's)."""
    if not clinic:
        return local_datetime_text(dose.due_at, zone)
    return local_date_text(dose.local_date) if day_only else clinic_when_text(dose)


def _pause_note(session: Session, patient: Patient, now: datetime) -> str:
    """A line saying reminders are paused, and until when ('' when they are not)."""
    assert patient.id is not None
    today = now.astimezone(ZoneInfo(patient.time_zone)).date()
    pause = current_pause(session, patient_id=patient.id, today=today)
    if pause is None or pause.starts_on > today:
        return ""
    return texts.PAUSE_NOTE.format(day=local_date_text(pause.resumes_on))


def _status_text(session: Session, patient: Patient, now: datetime) -> str:
    """Adherence in the current phase and when the next one starts."""
    assert patient.id is not None
    patient_plan = load_patient_plan(session, patient=patient)
    if patient_plan is None or patient_plan.regimen.id is None:
        return texts.NO_PLAN_YET
    upcoming = next_open_dose(session, patient_id=patient.id)
    position = upcoming.phase_position if upcoming else len(patient_plan.plan.phases) - 1
    # The phase's doses under every plan version that carried it on, and the phases before.
    earlier, doses = phase_runs(
        session, patient_id=patient.id, regimen_id=patient_plan.regimen.id, position=position
    )
    done = [dose for dose in doses if dose.status == DoseStatus.DONE]
    late = [dose for dose in done if _was_late(session, patient, dose)]
    text = texts.STATUS.format(
        phase=texts.PHASE_NAMES.get(patient_plan.plan.phases[position].kind, "").capitalize(),
        done=len(done),
        late=len(late),
        skipped=sum(1 for dose in doses if dose.status == DoseStatus.SKIPPED),
        missed=sum(1 for dose in doses if dose.status == DoseStatus.MISSED),
    )
    paused = _pause_note(session, patient, now)
    text += _next_phase_line(patient_plan.boundaries(), position)
    return paused + text + _earlier_lines(earlier)


def _earlier_lines(earlier: list[PhaseRun]) -> str:
    """The phases gone through before the current one, each with its counts ('' if none)."""
    if not earlier:
        return ""
    lines = [
        texts.STATUS_EARLIER_LINE.format(
            phase=texts.PHASE_NAMES.get(run.kind, run.kind).capitalize(),
            done=sum(1 for dose in run.doses if dose.status == DoseStatus.DONE),
            skipped=sum(1 for dose in run.doses if dose.status == DoseStatus.SKIPPED),
            missed=sum(1 for dose in run.doses if dose.status == DoseStatus.MISSED),
        )
        for run in earlier
    ]
    return texts.STATUS_EARLIER + "".join(lines)


def _next_phase_line(boundaries: list[PhaseBoundary], position: int) -> str:
    """When the phase after the current one starts, or that it waits for the clinician."""
    following = [b for b in boundaries if b.phase_index == position + 1]
    if not following:
        return ""
    if following[0].starts_on is None:
        return texts.STATUS_WAITING_FOR_SWITCH
    kind = texts.PHASE_NAMES.get(following[0].kind, "").capitalize()
    return texts.STATUS_NEXT_PHASE.format(kind=kind, day=local_date_text(following[0].starts_on))


def _was_late(session: Session, patient: Patient, dose: ScheduledDose) -> bool:
    """Whether a done dose was taken on a later day than planned, or after saying "late"."""
    assert dose.id is not None
    taken_on = (
        dose.taken_at.astimezone(ZoneInfo(patient.time_zone)).date() if dose.taken_at else None
    )
    return (taken_on is not None and taken_on > dose.local_date) or was_reported_late(
        session, dose_id=dose.id
    )


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [CommandHandler("next", show_next), CommandHandler("status", show_status)]
