"""/pause until a date (a hospital stay, a trip), /resume early, and /appointments notice."""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.catalog import texts
from bot.catalog.formatting import days_text, local_date_text, local_datetime_text
from bot.context import BotContext
from bot.delivery.wake_timer import rearm_reminders
from bot.domain.parsing.replies import AmbiguousDate, DateParseError, parse_date
from bot.domain.regimen import Giver
from bot.features.appointments.booked import parse_notice_days
from bot.features.progress import next_and_status as questions
from bot.services.pausing import local_today, resume_now, start_pause
from bot.services.scheduling import load_patient_plan, rewrite_booking_reminders
from storage.database import session_scope
from storage.doses import next_open_dose
from storage.models import Patient
from storage.patients import get_patient_by_chat

LONGEST_PAUSE = timedelta(days=366)


async def pause(update: Update, context: BotContext) -> None:
    """Stop reminders from today until the date given after the command."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with session_scope(context.engine) as session:
        text, paused = _start_pause(session, context, update.effective_chat.id)
    await message.reply_text(text)
    if paused:
        await rearm_reminders(context.application)


def _start_pause(session: Session, context: BotContext, chat_id: int) -> tuple[str, bool]:
    """Start the pause the command names; the reply, and whether it started."""
    patient = get_patient_by_chat(session, chat_id=chat_id)
    if patient is None or load_patient_plan(session, patient=patient) is None:
        return texts.NO_PLAN_YET, False
    assert patient.id is not None
    today = local_today(patient, context.now())
    until = _pause_until(" ".join(context.args or []), today)
    if isinstance(until, str):
        return until, False
    start_pause(session, patient=patient, until=until, now=context.now())
    dose = next_open_dose(session, patient_id=patient.id)
    zone = ZoneInfo(patient.time_zone)
    resume = (
        texts.PAUSE_RESUME_FROM_LAST.format(when=local_datetime_text(dose.due_at, zone))
        if dose
        else texts.PAUSE_RESUME_NOTHING
    )
    return texts.PAUSE_SET.format(day=local_date_text(until), resume=resume), True


async def resume(update: Update, context: BotContext) -> None:
    """End a pause now; reminders follow the plan again from today."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=update.effective_chat.id)
        ended = patient is not None and resume_now(session, patient=patient, now=context.now())
    if patient is None or not ended:
        await message.reply_text(texts.RESUME_NOTHING)
        return
    await message.reply_text(
        texts.RESUME_DONE.format(next=await questions.next_line(context, patient))
    )
    await rearm_reminders(context.application)


def _pause_until(text: str, today: date) -> date | str:
    """The day reminders start again, or a message with an example when it cannot be used."""
    if not text.strip():
        return texts.PAUSE_ASK
    answer = parse_date(text, today=today, allow_past=False)
    if isinstance(answer, DateParseError):
        return f"{answer.message}\n{texts.PAUSE_ASK}"
    if isinstance(answer, AmbiguousDate):
        first, second = (local_date_text(day) for day in answer.candidates)
        return texts.SETUP_ASK_WHICH_DATE.format(first=first, second=second)
    if answer <= today:
        return texts.PAUSE_NOT_AFTER_TODAY
    if answer - today > LONGEST_PAUSE:
        return texts.PAUSE_TOO_FAR
    return answer


async def appointments(update: Update, context: BotContext) -> None:
    """Show or change how many days before a clinic dose the booking reminder comes."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=update.effective_chat.id)
        text = _notice_reply(session, patient, context) if patient else texts.NO_PLAN_YET
    await message.reply_text(text)
    if patient is not None:
        await rearm_reminders(context.application)


def _notice_reply(session: Session, patient: Patient, context: BotContext) -> str:
    """Show the booking notice, or change it to the days given after the command."""
    patient_plan = load_patient_plan(session, patient=patient)
    at_clinic = patient_plan is not None and patient_plan.regimen.giver == Giver.CLINIC
    if not context.args:
        text = texts.APPOINTMENTS_NOW.format(days=days_text(patient.appointment_notice_days))
        return text + ("" if at_clinic else texts.APPOINTMENTS_NOT_CLINIC)
    days = parse_notice_days(" ".join(context.args))
    if days is None:
        return texts.APPOINTMENTS_INVALID
    patient.appointment_notice_days = days
    session.add(patient)
    rewrite_booking_reminders(session, patient=patient, now=context.now())
    return texts.APPOINTMENTS_SET.format(days=days_text(days))


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [
        CommandHandler("pause", pause),
        CommandHandler("resume", resume),
        CommandHandler("appointments", appointments),
    ]
