"""/switch: the clinician moved the patient out of an open-ended phase ("until no further
improvement"); the next phase starts from that day."""

from datetime import date
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.catalog import texts
from bot.catalog.formatting import local_date_text, local_datetime_text
from bot.context import BotContext
from bot.delivery.wake_timer import rearm_reminders
from bot.domain.parsing.replies import AmbiguousDate, DateParseError, parse_date
from bot.domain.regimen import SwitchRefusal
from bot.services.scheduling import PatientPlan, load_patient_plan, record_clinician_switch
from storage.database import session_scope
from storage.doses import doses_in_phase
from storage.patients import get_patient_by_chat


async def switch(update: Update, context: BotContext) -> None:
    """Record the switch on the given day (default: today) and show the next injection."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with session_scope(context.engine) as session:
        text, switched = _record_switch(session, context, update.effective_chat.id)
    await message.reply_text(text)
    if switched:
        await rearm_reminders(context.application)


def _record_switch(session: Session, context: BotContext, chat_id: int) -> tuple[str, bool]:
    """Record the switch the command names; the reply, and whether it was recorded."""
    patient = get_patient_by_chat(session, chat_id=chat_id)
    patient_plan = load_patient_plan(session, patient=patient) if patient else None
    if patient is None or patient_plan is None:
        return texts.NO_PLAN_YET, False
    zone = ZoneInfo(patient.time_zone)
    today = context.now().astimezone(zone).date()
    day = _switch_day(" ".join(context.args or []), today)
    if isinstance(day, str):
        return day, False
    position = record_clinician_switch(session, patient=patient, on=day, now=context.now())
    if not isinstance(position, int):
        return _refusal_text(position, patient_plan), False
    assert patient_plan.regimen.id is not None
    following = doses_in_phase(
        session, regimen_id=patient_plan.regimen.id, phase_position=position + 1
    )
    dose = following[0] if following else None
    next_kind = patient_plan.plan.phases[position + 1].kind
    text = texts.SWITCH_RECORDED.format(
        day=local_date_text(day),
        phase=texts.PHASE_NAMES.get(next_kind, next_kind).capitalize(),
        when=local_datetime_text(dose.due_at, zone) if dose else "-",
    )
    return text, True


def _refusal_text(refusal: SwitchRefusal | None, patient_plan: PatientPlan) -> str:
    """Why there is no switch to record, truthfully for the current phase."""
    if refusal is None:
        return texts.SWITCH_NOTHING_PLANNED
    if refusal is SwitchRefusal.PLANNED_END:
        return texts.SWITCH_NOT_POSSIBLE
    position = next((dose.phase_position for dose in patient_plan.open_doses), 0)
    kind = patient_plan.phase(position).kind
    phase = texts.PHASE_NAMES.get(kind, kind)
    if refusal is SwitchRefusal.ALREADY_SWITCHED:
        return texts.SWITCH_ALREADY_RECORDED.format(phase=phase)
    return texts.SWITCH_LAST_PHASE.format(phase=phase)


def _switch_day(text: str, today: date) -> date | str:
    """The day named after /switch (today when none); a message when it cannot be used."""
    if not text.strip():
        return today
    answer = parse_date(text, today=today, allow_future=False)
    if isinstance(answer, DateParseError):
        return answer.message
    if isinstance(answer, AmbiguousDate):
        first, second = (local_date_text(day) for day in answer.candidates)
        return texts.DOSE_DATE_AMBIGUOUS.format(first=first, second=second)
    return answer


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [CommandHandler("switch", switch)]
