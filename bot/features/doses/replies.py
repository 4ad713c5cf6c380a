"""Answers about a dose in words: "done", "did it yesterday", "late", "skip - travelling".

Also "did it Saturday and Sunday" (each day against its own dose), "I forgot my shot",
"I'll do it tonight", the typed answers to the questions the buttons ask (the day of a late
dose or of a done one, the reason for a skip), and questions such as "when's my next shot?".
Every recorded answer names the dose and its day and carries an Undo (bot.features.doses.undo).
Takes any free text, so its handler is registered after every conversation and command.
"""

from dataclasses import replace
from datetime import date, datetime, time
from html import escape
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.catalog.catalog import Catalog
from bot.catalog.problems import problem_text
from bot.catalog.vocabulary import spoken_languages, vocabulary_for
from bot.context import BotContext
from bot.domain.local_time import local_to_utc
from bot.domain.parsing.languages import written_in_any
from bot.domain.parsing.replies import (
    AmbiguousDate,
    AskNext,
    AskStatus,
    Done,
    Forgot,
    Help,
    History,
    Intent,
    IntentError,
    Late,
    Report,
    Skip,
    Unknown,
    WillDo,
    parse_intent_in,
)
from bot.domain.sites import site_key
from bot.features.date_answers import (
    DOSE_WHICH_DATE,
    DateReask,
    typed_date,
    which_date_question,
)
from bot.features.doses import answering as dose_answers
from bot.features.doses import several_days as dose_days
from bot.features.doses import sites_and_stock as dose_extras
from bot.features.doses.outcomes import add_skip_reason, record_skip
from bot.features.doses.reminders import dose_of
from bot.features.doses.stock_and_drift import claim_untold_drifts
from bot.features.history.command import show_history
from bot.features.language.command import languages_spoken
from bot.features.patient_scope import patient_scope
from bot.features.progress import next_and_status as questions
from bot.features.red_flags.screen import safety_text_sent
from bot.features.report.command import ask_period
from bot.features.setup.welcome import show_help
from bot.services.patient_time import reminder_time_of, today_of, zone_of
from bot.telegram.keyboards import late_keyboard
from storage.database import session_scope
from storage.doses import missed_dose_on, open_doses_due_by
from storage.models import DoseStatus, Patient, ScheduledDose

ANSWER_WINDOW = dose_answers.ANSWER_WINDOW
EARLIEST_BACKDATE = dose_answers.EARLIEST_BACKDATE
MAX_REASON_LENGTH = 200


async def on_text(update: Update, context: BotContext) -> None:
    """A free-text message: an answer the bot asked for, a dose reply, or a question."""
    message = update.effective_message
    if message is None or message.text is None or update.effective_chat is None:
        return
    with patient_scope(context, update.effective_chat.id) as here:
        patient, catalog, vocabularies = here.patient, here.catalog, here.vocabularies
    if patient is None:
        await message.reply_text(catalog.text("no-plan-yet"))
        return
    today = today_of(patient, context.now())
    intent = parse_intent_in(message.text, today=today, vocabularies=vocabularies)
    awaiting = dose_answers.awaited_question(context)
    if awaiting and await _answer_awaited(catalog, update, context, patient, awaiting, intent):
        return
    if isinstance(intent, Done) and len(intent.days) > 1:
        await dose_days.done_on_days(catalog, update, context, patient, intent.days)
    elif isinstance(intent, Done):
        await _done_in_words(catalog, update, context, patient, intent)
    elif isinstance(intent, Forgot):
        await dose_days.forgot_in_words(catalog, update, context, patient, intent.day)
    elif isinstance(intent, WillDo):
        await _will_do_in_words(catalog, update, context, patient, intent.day)
    elif isinstance(intent, Late):
        await _late_in_words(catalog, update, context, patient)
    elif isinstance(intent, Skip):
        await _skip_in_words(catalog, update, context, patient, intent)
    elif isinstance(intent, AskNext):
        await questions.show_next(update, context)
    elif isinstance(intent, AskStatus):
        await questions.show_status(update, context)
    elif isinstance(intent, History):
        await show_history(update, context)
    elif isinstance(intent, Report):
        await ask_period(update, context)
    elif isinstance(intent, Help):
        await show_help(update, context)
    elif isinstance(intent, IntentError):
        await message.reply_text(problem_text(catalog, intent))
    elif not safety_text_sent():
        # After a safety text, "Sorry, I didn't understand" would only draw the eye from it.
        await message.reply_text(
            catalog.text("unknown-reply") + _languages_line(catalog, message.text)
        )


async def _answer_awaited(
    catalog: Catalog,
    update: Update,
    context: BotContext,
    patient: Patient,
    awaiting: dict[str, object],
    intent: Intent,
) -> bool:
    """Handle the answer to a question the bot asked; False when the text is something else."""
    assert update.effective_message is not None and update.effective_message.text is not None
    text = update.effective_message.text
    dose_id = int(str(awaiting.get("dose_id")))
    with session_scope(context.engine) as session:
        dose = session.get(ScheduledDose, dose_id)
    if dose is None or dose.patient_id != patient.id:
        dose_answers.forget_question(context)
        return False
    if awaiting.get("what") == dose_answers.AWAITING_SKIP_REASON:
        if not isinstance(intent, Unknown):
            dose_answers.forget_question(context)
            return False
        return await _save_skip_reason(catalog, update, context, dose_id, text)
    if awaiting.get("what") == dose_answers.AWAITING_DONE_DATE:
        return await _done_date_answer(catalog, update, context, patient, dose, text, intent)
    return await _late_date_answer(catalog, update, context, patient, dose, text)


async def _done_date_answer(
    catalog: Catalog,
    update: Update,
    context: BotContext,
    patient: Patient,
    dose: ScheduledDose,
    text: str,
    intent: Intent,
) -> bool:
    """The day a patient who forgot to say so had the injection; False for other text."""
    assert update.effective_message is not None
    today = today_of(patient, context.now())
    answer = typed_date(catalog, text, today=today, allow_future=False, which_date=DOSE_WHICH_DATE)
    if isinstance(answer, DateReask):
        if not isinstance(intent, Unknown) and not answer.is_date_like:
            dose_answers.forget_question(context)
            return False
        await update.effective_message.reply_text(answer.text)
        return True
    dose_answers.forget_question(context)
    await _record_and_confirm(catalog, update, context, patient, answer, dose, site=None)
    return True


async def _save_skip_reason(
    catalog: Catalog, update: Update, context: BotContext, dose_id: int, reason: str
) -> bool:
    """Store the reason for a skip the patient just recorded."""
    assert update.effective_message is not None
    if len(reason) > MAX_REASON_LENGTH:
        await update.effective_message.reply_text(catalog.text("dose-skip-reason-too-long"))
        return True
    with session_scope(context.engine) as session:
        add_skip_reason(session, dose_id=dose_id, reason=reason.strip())
    dose_answers.forget_question(context)
    await update.effective_message.reply_text(
        catalog.text("dose-skip-reason-saved", reason=escape(reason.strip()))
    )
    return True


async def _late_date_answer(
    catalog: Catalog,
    update: Update,
    context: BotContext,
    patient: Patient,
    dose: ScheduledDose,
    text: str,
) -> bool:
    """The day a late patient expects to have the injection."""
    assert update.effective_message is not None
    zone = zone_of(patient)
    now = context.now()
    today = now.astimezone(zone).date()
    answer = typed_date(catalog, text, today=today, allow_past=False, which_date=DOSE_WHICH_DATE)
    if isinstance(answer, DateReask):
        await update.effective_message.reply_text(answer.text)
        return True
    remind_at = max(now, local_to_utc(answer, reminder_time_of(patient), zone))
    dose_answers.forget_question(context)
    reply, keyboard = await dose_answers.set_late(catalog, context, patient, dose, remind_at)
    await update.effective_message.reply_text(reply, reply_markup=keyboard)
    return True


async def _done_in_words(
    catalog: Catalog, update: Update, context: BotContext, patient: Patient, intent: Done
) -> None:
    """ "done", "done yesterday", "done on 3 Dec": record it against the right dose."""
    message = update.effective_message
    assert message is not None and patient.id is not None
    if isinstance(intent.taken_on, AmbiguousDate):
        candidates = intent.taken_on.candidates
        await message.reply_text(which_date_question(catalog, candidates, wording=DOSE_WHICH_DATE))
        return
    site = site_key(intent.site) if intent.site else None
    await _record_and_confirm(
        catalog, update, context, patient, intent.taken_on, None, site=site, at_time=intent.at_time
    )


async def _record_and_confirm(
    catalog: Catalog,
    update: Update,
    context: BotContext,
    patient: Patient,
    taken_on: date | None,
    meant: ScheduledDose | None,
    *,
    site: str | None,
    at_time: time | None = None,
) -> None:
    """Record a done on a day (at the time said, if one was) against `meant` (or the dose the
    reply means), and confirm it."""
    message = update.effective_message
    assert message is not None
    zone = zone_of(patient)
    now = context.now()
    taken_at = dose_answers.taken_at_on(patient, taken_on, now)
    if at_time is not None:
        day = taken_on if taken_on is not None else now.astimezone(zone).date()
        taken_at = local_to_utc(day, at_time, zone)
        if taken_at > now:
            await message.reply_text(
                catalog.text("dose-taken-in-future", when=catalog.moment(taken_at, zone))
            )
            return
    with session_scope(context.engine) as session:
        dose = _dose_meant(session, update, patient, now, taken_on) if meant is None else None
        if meant is not None:
            current = session.get(ScheduledDose, meant.id)
            dose = current if current and current.status in dose_answers.ANSWERABLE else None
        recorded = (
            None
            if dose is None
            else _record_done_in_words(catalog, session, patient, dose, taken_at, now, site)
        )
    if dose is None or recorded is None:
        await message.reply_text(
            catalog.text("dose-nothing-open") + await questions.next_line(context, patient)
        )
        return
    if isinstance(recorded, str):
        await message.reply_text(recorded)
        return
    reply = _done_reply(catalog, dose, taken_at, now, zone) + recorded.extra
    await message.reply_text(reply, reply_markup=recorded.keyboard)
    await dose_answers.show_outcome(
        context, patient, dose, replace(recorded, extra="", keyboard=None)
    )
    await dose_extras.tell_drifts(catalog, context, patient, recorded.drifts)


def _record_done_in_words(
    catalog: Catalog,
    session: Session,
    patient: Patient,
    dose: ScheduledDose,
    taken_at: datetime,
    now: datetime,
    site: str | None,
) -> dose_answers.Shown | str:
    """Record a done said in words; the refusal when it is dated too long before the dose."""
    zone = zone_of(patient)
    if taken_at.astimezone(zone).date() < dose.local_date - EARLIEST_BACKDATE:
        return catalog.text("dose-taken-too-early", due=catalog.day(dose.local_date))
    outcome, recorded = dose_answers.record_done_and_outcome(
        catalog, session, patient, dose, taken_at=taken_at, now=now, site=site
    )
    # Here the extras go with the confirmation, not on the reminder messages.
    extra, keyboard = dose_extras.done_extras(catalog, recorded, dose, site_given=site is not None)
    keyboard = dose_answers.undo_keyboard(catalog, recorded.event_id, keyboard)
    drifts = claim_untold_drifts(session, patient_id=dose.patient_id, now=now)
    return dose_answers.shown_outcome(catalog, session, dose, outcome, extra, keyboard, drifts)


def _languages_line(catalog: Catalog, text: str) -> str:
    """For a message in none of the languages spoken: which are, and how to change (else "")."""
    spoken = spoken_languages()
    if len(spoken) < 2 or safety_text_sent() or written_in_any(text, map(vocabulary_for, spoken)):
        return ""
    return catalog.text("languages-spoken", languages=languages_spoken(catalog))


async def _late_in_words(
    catalog: Catalog, update: Update, context: BotContext, patient: Patient
) -> None:
    """ "late", "not yet": ask when, with buttons."""
    message = update.effective_message
    assert message is not None
    with session_scope(context.engine) as session:
        dose = _dose_meant(session, update, patient, context.now(), None)
    if dose is None or dose.status != DoseStatus.SCHEDULED:
        await message.reply_text(
            catalog.text("dose-nothing-open") + await questions.next_line(context, patient)
        )
        return
    assert dose.id is not None
    await message.reply_text(
        catalog.text("dose-late-ask"), reply_markup=late_keyboard(catalog, dose.id)
    )


async def _will_do_in_words(
    catalog: Catalog, update: Update, context: BotContext, patient: Patient, day: date
) -> None:
    """ "I'll do it tonight": the reminders stand; "I'll do it on Friday": late until then."""
    message = update.effective_message
    assert message is not None
    now = context.now()
    zone = zone_of(patient)
    with session_scope(context.engine) as session:
        dose = _dose_meant(session, update, patient, now, None)
    if dose is None or dose.status != DoseStatus.SCHEDULED:
        await message.reply_text(
            catalog.text("dose-nothing-open") + await questions.next_line(context, patient)
        )
        return
    if day <= now.astimezone(zone).date():
        await message.reply_text(
            catalog.text(
                "dose-will-do-today",
                dose=catalog.dose(dose_of(dose)),
                due=dose_answers.due_text(catalog, dose, now, zone),
            )
        )
        return
    remind_at = max(now, local_to_utc(day, reminder_time_of(patient), zone))
    reply, keyboard = await dose_answers.set_late(catalog, context, patient, dose, remind_at)
    await message.reply_text(reply, reply_markup=keyboard)


async def _skip_in_words(
    catalog: Catalog, update: Update, context: BotContext, patient: Patient, intent: Skip
) -> None:
    """ "skip", "skip - travelling": record it, asking why only when no reason was given."""
    message = update.effective_message
    assert message is not None
    now = context.now()
    with session_scope(context.engine) as session:
        dose = _dose_meant(session, update, patient, now, None)
        shown = None
        event_id = None
        if dose is not None and dose.status == DoseStatus.SCHEDULED:
            event_id = record_skip(
                session, patient=patient, dose=dose, reason=intent.reason, now=now
            )
            shown = dose_answers.shown_outcome(
                catalog, session, dose, catalog.text("dose-outcome-skipped")
            )
    if dose is None or shown is None:
        next_line = await questions.next_line(context, patient)
        await message.reply_text(catalog.text("dose-nothing-open") + next_line)
        return
    await dose_answers.show_outcome(context, patient, dose, shown)
    if intent.reason:
        reply = catalog.text(
            "dose-skipped-with-reason",
            dose=catalog.dose(dose_of(dose)),
            due=dose_answers.due_text(catalog, dose, now, zone_of(patient)),
            reason=escape(intent.reason),
        )
        await message.reply_text(reply, reply_markup=dose_answers.undo_keyboard(catalog, event_id))
    else:
        await dose_answers.ask_skip_reason(catalog, context, patient, dose, event_id)


def _dose_meant(
    session: Session, update: Update, patient: Patient, now: datetime, taken_on: date | None
) -> ScheduledDose | None:
    """Which dose a reply means: the reminder replied to, a missed one that day, or the current."""
    assert patient.id is not None
    replied = dose_answers.replied_dose(session, update)
    if replied is not None:
        return replied
    if taken_on is not None:
        missed = missed_dose_on(session, patient_id=patient.id, local_date=taken_on)
        if missed is not None:
            return missed
    open_doses = open_doses_due_by(session, patient_id=patient.id, by=now + ANSWER_WINDOW)
    return open_doses[0] if open_doses else None


def _done_reply(
    catalog: Catalog, dose: ScheduledDose, taken_at: datetime, now: datetime, zone: ZoneInfo
) -> str:
    """The confirmation sent after a "done" in words, naming the dose and its day."""
    when = catalog.moment(taken_at, zone)
    days_late = (taken_at.astimezone(zone).date() - dose.local_date).days
    amount = catalog.dose(dose_of(dose))
    due = dose_answers.due_text(catalog, dose, now, zone)
    if days_late > 0:
        return catalog.text(
            "dose-done-reply-late", dose=amount, due=due, when=when, days=catalog.days(days_late)
        )
    return catalog.text("dose-done-reply", dose=amount, due=due, when=when)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The free-text handler (it goes last: it takes any text)."""
    return [MessageHandler(filters.TEXT & ~filters.COMMAND, on_text)]
