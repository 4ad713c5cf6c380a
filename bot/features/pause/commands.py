"""/pause until a date (a hospital stay, a trip), /resume early, and /appointments notice."""

from datetime import date, timedelta

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.regimen import Giver
from bot.features.date_answers import DateReask, typed_date
from bot.features.patient_scope import PatientScope, patient_scope
from bot.features.progress import next_and_status as questions
from bot.services.booking import parse_notice_days
from bot.services.pausing import resume_now, start_pause
from bot.services.scheduling import load_patient_plan, rewrite_booking_reminders
from storage.doses import next_open_dose

LONGEST_PAUSE = timedelta(days=366)


async def pause(update: Update, context: BotContext) -> None:
    """Stop reminders from today until the date given after the command."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with patient_scope(context, update.effective_chat.id) as here:
        text = _start_pause(here, context)
    await message.reply_text(text)


def _start_pause(here: PatientScope, context: BotContext) -> str:
    """Start the pause the command names; the reply."""
    session, patient, catalog = here.session, here.patient, here.catalog
    if patient is None or load_patient_plan(session, patient=patient) is None:
        return catalog.text("no-plan-yet")
    assert patient.id is not None
    today = here.today
    until = _pause_until(catalog, " ".join(context.args or []), today)
    if isinstance(until, str):
        return until
    start_pause(session, patient=patient, until=until, now=here.now)
    dose = next_open_dose(session, patient_id=patient.id)
    resume = (
        catalog.text("pause-resume-from-last", when=catalog.moment(dose.due_at, here.zone))
        if dose
        else catalog.text("pause-resume-nothing")
    )
    return catalog.text("pause-set", day=catalog.day(until), resume=resume)


async def resume(update: Update, context: BotContext) -> None:
    """End a pause now; reminders follow the plan again from today."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with patient_scope(context, update.effective_chat.id) as here:
        patient, catalog = here.patient, here.catalog
        ended = patient is not None and resume_now(here.session, patient=patient, now=here.now)
    if patient is None or not ended:
        await message.reply_text(catalog.text("resume-nothing"))
        return
    await message.reply_text(
        catalog.text("resume-done", next=await questions.next_line(context, patient))
    )


def _pause_until(catalog: Catalog, text: str, today: date) -> date | str:
    """The day reminders start again, or a message with an example when it cannot be used."""
    if not text.strip():
        return catalog.text("pause-ask")
    answer = typed_date(
        catalog, text, today=today, allow_past=False, question=catalog.text("pause-ask")
    )
    if isinstance(answer, DateReask):
        return answer.text
    if answer <= today:
        return catalog.text("pause-not-after-today")
    if answer - today > LONGEST_PAUSE:
        return catalog.text("pause-too-far")
    return answer


async def appointments(update: Update, context: BotContext) -> None:
    """Show or change how many days before a clinic dose the booking reminder comes."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    with patient_scope(context, update.effective_chat.id) as here:
        text = _notice_reply(here, context) if here.patient else here.catalog.text("no-plan-yet")
    await message.reply_text(text)


def _notice_reply(here: PatientScope, context: BotContext) -> str:
    """Show the booking notice, or change it to the days given after the command."""
    session, patient, catalog = here.session, here.patient, here.catalog
    assert patient is not None
    patient_plan = load_patient_plan(session, patient=patient)
    at_clinic = patient_plan is not None and patient_plan.regimen.giver == Giver.CLINIC
    if not context.args:
        text = catalog.text("appointments-now", days=catalog.days(patient.appointment_notice_days))
        return text + ("" if at_clinic else catalog.text("appointments-not-clinic"))
    days = parse_notice_days(" ".join(context.args))
    if days is None:
        return catalog.text("appointments-invalid")
    patient.appointment_notice_days = days
    session.add(patient)
    rewrite_booking_reminders(session, patient=patient, now=here.now)
    return catalog.text("appointments-set", days=catalog.days(days))


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes."""
    return [
        CommandHandler("pause", pause),
        CommandHandler("resume", resume),
        CommandHandler("appointments", appointments),
    ]
