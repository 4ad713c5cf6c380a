"""/pause until a date (a hospital stay, a trip), /resume early, and /appointments notice."""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot import texts
from bot.context import BotContext
from bot.domain.intents import AmbiguousDate, DateParseError, parse_date
from bot.domain.regimen import Giver
from bot.features import questions
from bot.formatting import days_text, local_date_text, local_datetime_text
from bot.reminders.timer import rearm_reminders
from bot.services.appointments import parse_notice_days
from bot.services.pausing import local_today, resume_now, start_pause
from bot.services.planning import load_patient_plan, rewrite_booking_reminders
from storage.database import session_scope
from storage.doses import next_open_dose
from storage.patients import get_patient_by_chat

LONGEST_PAUSE = timedelta(days=366)


async def pause(update: Update, context: BotContext) -> None:
    """Stop reminders from today until the date given after the command."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=update.effective_chat.id)
        if patient is None or load_patient_plan(session, patient=patient) is None:
            await message.reply_text(texts.NO_PLAN_YET)
            return
        assert patient.id is not None
        today = local_today(patient, context.now())
        until = _pause_until(" ".join(context.args or []), today)
        if isinstance(until, str):
            await message.reply_text(until)
            return
        start_pause(session, patient=patient, until=until, now=context.now())
        dose = next_open_dose(session, patient_id=patient.id)
        zone = ZoneInfo(patient.time_zone)
        resume = (
            texts.PAUSE_RESUME_FROM_LAST.format(when=local_datetime_text(dose.due_at, zone))
            if dose
            else texts.PAUSE_RESUME_NOTHING
        )
    await message.reply_text(texts.PAUSE_SET.format(day=local_date_text(until), resume=resume))
    await rearm_reminders(context.application)


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
        if patient is None:
            await message.reply_text(texts.NO_PLAN_YET)
            return
        patient_plan = load_patient_plan(session, patient=patient)
        at_clinic = patient_plan is not None and patient_plan.regimen.giver == Giver.CLINIC
        if not context.args:
            text = texts.APPOINTMENTS_NOW.format(days=days_text(patient.appointment_notice_days))
            text += "" if at_clinic else texts.APPOINTMENTS_NOT_CLINIC
        elif (days := parse_notice_days(" ".join(context.args))) is None:
            text = texts.APPOINTMENTS_INVALID
        else:
            patient.appointment_notice_days = days
            session.add(patient)
            rewrite_booking_reminders(session, patient=patient, now=context.now())
            text = texts.APPOINTMENTS_SET.format(days=days_text(days))
    await message.reply_text(text)
    await rearm_reminders(context.application)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [
        CommandHandler("pause", pause),
        CommandHandler("resume", resume),
        CommandHandler("appointments", appointments),
    ]
