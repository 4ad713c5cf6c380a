"""Answers about a dose, by button or in words: done, late (and until when), skip (and why).

Callback data is untrusted: every dose id is looked up together with the chat that pressed
the button, so a patient can only ever answer for their own doses. Once answered, every
reminder message about the dose is edited in place to show the outcome and loses its buttons.
"""

import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from html import escape
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot import texts
from bot.context import BotContext
from bot.domain.intents import (
    AmbiguousDate,
    AskNext,
    AskStatus,
    DateParseError,
    Done,
    Help,
    Intent,
    IntentError,
    Late,
    Skip,
    Unknown,
    parse_date,
    parse_intent,
)
from bot.domain.local_time import local_to_utc
from bot.domain.sites import site_key
from bot.features import dose_extras, questions
from bot.features.welcome import show_help
from bot.formatting import days_text, local_date_text, local_datetime_text
from bot.keyboards import (
    DOSE_PREFIX,
    LATE_PREFIX,
    SKIP_REASON_PREFIX,
    DoseAction,
    DoseButton,
    LateChoice,
    late_keyboard,
    no_reason_keyboard,
    parse_dose_button,
    parse_late_button,
    parse_no_reason_button,
)
from bot.reminders.dose_messages import dose_of, dose_prompt_text
from bot.reminders.timer import rearm_reminders
from bot.services.after_done import DoneRecorded, claim_untold_drifts
from bot.services.dose_outcomes import add_skip_reason, record_done, record_late, record_skip
from bot.services.planning import DEFAULT_REMINDER_TIME
from storage.database import session_scope
from storage.doses import (
    dose_and_patient_for_chat,
    dose_by_reminder_message,
    missed_dose_on,
    open_doses_due_by,
)
from storage.models import DoseStatus, DriftEvent, Patient, ScheduledDose
from storage.patients import get_patient_by_chat
from storage.reminders import sent_reminders_of_dose

logger = logging.getLogger(__name__)

AWAITING = "awaiting"
AWAITING_LATE_DATE = "late_date"
AWAITING_SKIP_REASON = "skip_reason"
# "Done" without a date applies to the earliest open dose due up to this far ahead.
ANSWER_WINDOW = timedelta(hours=12)
LATER_TODAY = timedelta(hours=3)
EARLIEST_BACKDATE = timedelta(days=3)
MAX_REASON_LENGTH = 200
ANSWERABLE = (DoseStatus.SCHEDULED, DoseStatus.MISSED)


async def on_dose_button(update: Update, context: BotContext) -> None:
    """Done / Late / Skip pressed under a reminder."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return
    button = parse_dose_button(query.data)
    with session_scope(context.engine) as session:
        answered = _answer_dose_button(session, button, update.effective_chat.id, context.now())
    if isinstance(answered, str):
        await query.answer(answered)
        return
    assert button is not None
    if answered.shown is None:
        await query.answer()
        await _ask_when(context, answered.patient, answered.dose)
        return
    await query.answer(texts.DOSE_BUTTON_RECORDED)
    pressed = query.message.message_id if query.message else None
    await _show_outcome(context, answered.patient, answered.dose, answered.shown, pressed=pressed)
    if button.action is DoseAction.SKIP:
        await _ask_skip_reason(context, answered.patient, answered.dose)
    else:
        await dose_extras.tell_drifts(context, answered.patient, answered.shown.drifts)
    await rearm_reminders(context.application)


@dataclass(frozen=True)
class _Answered:
    """A dose button's answer, recorded; what to show is None for Late (asked next)."""

    patient: Patient
    dose: ScheduledDose
    shown: "_Shown | None"


@dataclass(frozen=True)
class _Shown:
    """What the reminder messages show once a dose is answered, read in the same session."""

    outcome: str
    message_ids: list[int]
    # The stock line and site buttons the pressed message gains after a done.
    extra: str = ""
    keyboard: InlineKeyboardMarkup | None = None
    drifts: list[DriftEvent] = field(default_factory=list)


def _answer_dose_button(
    session: Session, button: DoseButton | None, chat_id: int, now: datetime
) -> _Answered | str:
    """Record a dose button; the refusal text when it is not this chat's or already answered."""
    found = _own_dose(session, button.dose_id if button else None, chat_id)
    if button is None or found is None:
        return texts.DOSE_BUTTON_NOT_YOURS
    dose, patient = found
    if dose.status not in ANSWERABLE or (
        button.action is not DoseAction.DONE and dose.status != DoseStatus.SCHEDULED
    ):
        return texts.DOSE_BUTTON_ALREADY
    if button.action is DoseAction.LATE:
        return _Answered(patient, dose, None)
    if button.action is DoseAction.SKIP:
        record_skip(session, patient=patient, dose=dose, reason=None, now=now)
        return _Answered(patient, dose, _shown(session, dose, texts.DOSE_OUTCOME_SKIPPED))
    outcome, recorded = _done(session, patient, dose, taken_at=now, now=now)
    extra, keyboard = dose_extras.done_extras(recorded, dose, site_given=False)
    drifts = claim_untold_drifts(session, patient_id=dose.patient_id, now=now)
    return _Answered(patient, dose, _shown(session, dose, outcome, extra, keyboard, drifts))


def _shown(
    session: Session,
    dose: ScheduledDose,
    outcome: str,
    extra: str = "",
    keyboard: InlineKeyboardMarkup | None = None,
    drifts: list[DriftEvent] | None = None,
) -> _Shown:
    """The outcome to show, with the reminder messages it goes on."""
    assert dose.id is not None
    messages = sent_reminders_of_dose(session, dose_id=dose.id)
    ids = [reminder.telegram_message_id for reminder in messages if reminder.telegram_message_id]
    return _Shown(outcome, ids, extra, keyboard, drifts or [])


async def on_late_button(update: Update, context: BotContext) -> None:
    """In 3 hours / Tomorrow / Pick a date, after "late"."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return
    button = parse_late_button(query.data)
    with session_scope(context.engine) as session:
        found = _own_dose(session, button.dose_id if button else None, update.effective_chat.id)
    if button is None or found is None:
        await query.answer(texts.DOSE_BUTTON_NOT_YOURS)
        return
    dose, patient = found
    await query.answer()
    if dose.status != DoseStatus.SCHEDULED:
        await _edit(query, texts.DOSE_BUTTON_ALREADY)
        return
    if button.choice is LateChoice.PICK_DATE:
        _await(context, AWAITING_LATE_DATE, dose)
        await _edit(query, texts.DOSE_LATE_PICK_DATE)
        return
    remind_at = _late_reminder_time(button.choice, patient, context.now())
    await _edit(query, await _set_late(context, patient, dose, remind_at))


async def on_no_reason_button(update: Update, context: BotContext) -> None:
    """ "No reason" under the skip question: nothing more to ask."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    dose_id = parse_no_reason_button(query.data)
    if context.chat_data is not None:
        context.chat_data.pop(AWAITING, None)
    await query.answer()
    if dose_id is not None:
        await _edit(query, texts.DOSE_SKIP_NO_REASON)


async def on_text(update: Update, context: BotContext) -> None:
    """A free-text message: an answer the bot asked for, a dose reply, or a question."""
    message = update.effective_message
    if message is None or message.text is None or update.effective_chat is None:
        return
    with session_scope(context.engine) as session:
        patient = get_patient_by_chat(session, chat_id=update.effective_chat.id)
    if patient is None:
        await message.reply_text(texts.NO_PLAN_YET)
        return
    zone = ZoneInfo(patient.time_zone)
    today = context.now().astimezone(zone).date()
    intent = parse_intent(message.text, today=today)
    awaiting = _awaiting(context)
    if awaiting and await _answer_awaited(update, context, patient, awaiting, intent):
        return
    if isinstance(intent, Done):
        await _done_in_words(update, context, patient, intent)
    elif isinstance(intent, Late):
        await _late_in_words(update, context, patient)
    elif isinstance(intent, Skip):
        await _skip_in_words(update, context, patient, intent)
    elif isinstance(intent, AskNext):
        await questions.show_next(update, context)
    elif isinstance(intent, AskStatus):
        await questions.show_status(update, context)
    elif isinstance(intent, Help):
        await show_help(update, context)
    elif isinstance(intent, IntentError):
        await message.reply_text(intent.message)
    else:
        await message.reply_text(texts.UNKNOWN_REPLY)


async def _answer_awaited(
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
        _clear_awaiting(context)
        return False
    if awaiting.get("what") == AWAITING_SKIP_REASON:
        if not isinstance(intent, Unknown):
            _clear_awaiting(context)
            return False
        return await _save_skip_reason(update, context, dose_id, text)
    return await _late_date_answer(update, context, patient, dose, text)


async def _save_skip_reason(update: Update, context: BotContext, dose_id: int, reason: str) -> bool:
    """Store the reason for a skip the patient just recorded."""
    assert update.effective_message is not None
    if len(reason) > MAX_REASON_LENGTH:
        await update.effective_message.reply_text(texts.DOSE_SKIP_REASON_TOO_LONG)
        return True
    with session_scope(context.engine) as session:
        add_skip_reason(session, dose_id=dose_id, reason=reason.strip())
    _clear_awaiting(context)
    await update.effective_message.reply_text(
        texts.DOSE_SKIP_REASON_SAVED.format(reason=escape(reason.strip()))
    )
    return True


async def _late_date_answer(
    update: Update, context: BotContext, patient: Patient, dose: ScheduledDose, text: str
) -> bool:
    """The day a late patient expects to have the injection."""
    assert update.effective_message is not None
    zone = ZoneInfo(patient.time_zone)
    now = context.now()
    answer = parse_date(text, today=now.astimezone(zone).date(), allow_past=False)
    if isinstance(answer, DateParseError):
        await update.effective_message.reply_text(answer.message)
        return True
    if isinstance(answer, AmbiguousDate):
        first, second = (local_date_text(day) for day in answer.candidates)
        await update.effective_message.reply_text(
            texts.DOSE_DATE_AMBIGUOUS.format(first=first, second=second)
        )
        return True
    remind_at = max(now, local_to_utc(answer, _reminder_time(patient), zone))
    _clear_awaiting(context)
    await update.effective_message.reply_text(await _set_late(context, patient, dose, remind_at))
    return True


async def _done_in_words(
    update: Update, context: BotContext, patient: Patient, intent: Done
) -> None:
    """ "done", "done yesterday", "done on 3 Dec": record it against the right dose."""
    message = update.effective_message
    assert message is not None and patient.id is not None
    zone = ZoneInfo(patient.time_zone)
    now = context.now()
    if isinstance(intent.taken_on, AmbiguousDate):
        first, second = (local_date_text(day) for day in intent.taken_on.candidates)
        await message.reply_text(texts.DOSE_DATE_AMBIGUOUS.format(first=first, second=second))
        return
    taken_on = intent.taken_on
    taken_at = now
    if taken_on is not None and taken_on != now.astimezone(zone).date():
        taken_at = min(now, local_to_utc(taken_on, _reminder_time(patient), zone))
    site = site_key(intent.site) if intent.site else None
    with session_scope(context.engine) as session:
        dose = _dose_meant(session, update, patient, now, taken_on)
        recorded = (
            None
            if dose is None
            else _record_done_in_words(session, patient, dose, taken_at, now, site)
        )
    if dose is None or recorded is None:
        await message.reply_text(
            texts.DOSE_NOTHING_OPEN + await questions.next_line(context, patient)
        )
        return
    if isinstance(recorded, str):
        await message.reply_text(recorded)
        return
    reply = _done_reply(dose, taken_at, zone) + recorded.extra
    await message.reply_text(reply, reply_markup=recorded.keyboard)
    await _show_outcome(context, patient, dose, replace(recorded, extra="", keyboard=None))
    await dose_extras.tell_drifts(context, patient, recorded.drifts)
    await rearm_reminders(context.application)


def _record_done_in_words(
    session: Session,
    patient: Patient,
    dose: ScheduledDose,
    taken_at: datetime,
    now: datetime,
    site: str | None,
) -> _Shown | str:
    """Record a done said in words; the refusal when it is dated too long before the dose."""
    zone = ZoneInfo(patient.time_zone)
    if taken_at.astimezone(zone).date() < dose.local_date - EARLIEST_BACKDATE:
        return texts.DOSE_TAKEN_TOO_EARLY.format(due=local_date_text(dose.local_date))
    outcome, recorded = _done(session, patient, dose, taken_at=taken_at, now=now, site=site)
    # Here the extras go with the confirmation, not on the reminder messages.
    extra, keyboard = dose_extras.done_extras(recorded, dose, site_given=site is not None)
    drifts = claim_untold_drifts(session, patient_id=dose.patient_id, now=now)
    return _shown(session, dose, outcome, extra, keyboard, drifts)


async def _late_in_words(update: Update, context: BotContext, patient: Patient) -> None:
    """ "late", "not yet": ask when, with buttons."""
    message = update.effective_message
    assert message is not None
    with session_scope(context.engine) as session:
        dose = _dose_meant(session, update, patient, context.now(), None)
    if dose is None or dose.status != DoseStatus.SCHEDULED:
        await message.reply_text(
            texts.DOSE_NOTHING_OPEN + await questions.next_line(context, patient)
        )
        return
    assert dose.id is not None
    await message.reply_text(texts.DOSE_LATE_ASK, reply_markup=late_keyboard(dose.id))


async def _skip_in_words(
    update: Update, context: BotContext, patient: Patient, intent: Skip
) -> None:
    """ "skip", "skip - travelling": record it, asking why only when no reason was given."""
    message = update.effective_message
    assert message is not None
    now = context.now()
    with session_scope(context.engine) as session:
        dose = _dose_meant(session, update, patient, now, None)
        shown = None
        if dose is not None and dose.status == DoseStatus.SCHEDULED:
            record_skip(session, patient=patient, dose=dose, reason=intent.reason, now=now)
            shown = _shown(session, dose, texts.DOSE_OUTCOME_SKIPPED)
    if dose is None or shown is None:
        next_line = await questions.next_line(context, patient)
        await message.reply_text(texts.DOSE_NOTHING_OPEN + next_line)
        return
    await _show_outcome(context, patient, dose, shown)
    if intent.reason:
        await message.reply_text(texts.DOSE_SKIP_REASON_SAVED.format(reason=escape(intent.reason)))
    else:
        await _ask_skip_reason(context, patient, dose)
    await rearm_reminders(context.application)


def _own_dose(
    session: Session, dose_id: int | None, chat_id: int
) -> tuple[ScheduledDose, Patient] | None:
    """The dose and its patient, only when the dose belongs to this chat's patient."""
    if dose_id is None:
        return None
    found = dose_and_patient_for_chat(session, dose_id=dose_id, chat_id=chat_id)
    if found is None:
        logger.warning("refused a dose button from a chat that does not own the dose")
    return found


def _dose_meant(
    session: Session, update: Update, patient: Patient, now: datetime, taken_on: date | None
) -> ScheduledDose | None:
    """Which dose a reply means: the reminder replied to, a missed one that day, or the current."""
    assert patient.id is not None and update.effective_chat is not None
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is not None:
        dose = dose_by_reminder_message(
            session, chat_id=update.effective_chat.id, message_id=replied.message_id
        )
        if dose is not None and dose.status in ANSWERABLE:
            return dose
    if taken_on is not None:
        missed = missed_dose_on(session, patient_id=patient.id, local_date=taken_on)
        if missed is not None:
            return missed
    open_doses = open_doses_due_by(session, patient_id=patient.id, by=now + ANSWER_WINDOW)
    return open_doses[0] if open_doses else None


def _done(
    session: Session,
    patient: Patient,
    dose: ScheduledDose,
    *,
    taken_at: datetime,
    now: datetime,
    site: str | None = None,
) -> tuple[str, DoneRecorded]:
    """Record the dose as done: the outcome line for its reminder messages, and what was read."""
    recorded = record_done(
        session, patient=patient, dose=dose, taken_at=taken_at, now=now, site=site
    )
    zone = ZoneInfo(patient.time_zone)
    when = local_datetime_text(taken_at, zone)
    days_late = (taken_at.astimezone(zone).date() - dose.local_date).days
    if days_late > 0:
        return texts.DOSE_OUTCOME_DONE_LATE.format(when=when, days=days_text(days_late)), recorded
    return texts.DOSE_OUTCOME_DONE.format(when=when), recorded


def _done_reply(dose: ScheduledDose, taken_at: datetime, zone: ZoneInfo) -> str:
    """The confirmation sent after a "done" in words."""
    when = local_datetime_text(taken_at, zone)
    days_late = (taken_at.astimezone(zone).date() - dose.local_date).days
    amount = dose_of(dose).display()
    if days_late > 0:
        return texts.DOSE_DONE_REPLY_LATE.format(dose=amount, when=when, days=days_text(days_late))
    return texts.DOSE_DONE_REPLY.format(dose=amount, when=when)


async def _set_late(
    context: BotContext, patient: Patient, dose: ScheduledDose, remind_at: datetime
) -> str:
    """Record "late until `remind_at`" and return the confirmation text."""
    zone = ZoneInfo(patient.time_zone)
    when = local_datetime_text(remind_at, zone)
    with session_scope(context.engine) as session:
        current = session.get(ScheduledDose, dose.id)
        assert current is not None
        record_late(session, dose=current, remind_at=remind_at, now=context.now())
        shown = _shown(session, current, texts.DOSE_OUTCOME_LATE.format(when=when))
    await _show_outcome(context, patient, dose, shown)
    await rearm_reminders(context.application)
    return texts.DOSE_LATE_SET.format(when=when)


def _late_reminder_time(choice: LateChoice, patient: Patient, now: datetime) -> datetime:
    """When to remind again for a late-choice button."""
    if choice is LateChoice.IN_THREE_HOURS:
        return now + LATER_TODAY
    zone = ZoneInfo(patient.time_zone)
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return local_to_utc(tomorrow, _reminder_time(patient), zone)


def _reminder_time(patient: Patient) -> time:
    """The patient's chosen local reminder time."""
    return patient.reminder_time or DEFAULT_REMINDER_TIME


async def _ask_when(context: BotContext, patient: Patient, dose: ScheduledDose) -> None:
    """After "Late" under a reminder: ask when, with buttons."""
    assert dose.id is not None
    await context.bot.send_message(
        patient.chat_id, texts.DOSE_LATE_ASK, reply_markup=late_keyboard(dose.id)
    )


async def _ask_skip_reason(context: BotContext, patient: Patient, dose: ScheduledDose) -> None:
    """Offer to note a reason for a skip."""
    assert dose.id is not None
    _await(context, AWAITING_SKIP_REASON, dose)
    await context.bot.send_message(
        patient.chat_id, texts.DOSE_SKIP_REPLY, reply_markup=no_reason_keyboard(dose.id)
    )


async def _show_outcome(
    context: BotContext,
    patient: Patient,
    dose: ScheduledDose,
    shown: _Shown,
    *,
    pressed: int | None = None,
) -> None:
    """Edit every reminder message about the dose to show the outcome, without buttons.

    The message whose button was pressed (if any) also gains the extras, in the same edit.
    """
    text = dose_prompt_text(dose, ZoneInfo(patient.time_zone)) + shown.outcome
    message_ids = list(shown.message_ids)
    if pressed is not None and shown.extra and pressed not in message_ids:
        message_ids.append(pressed)
    for message_id in message_ids:
        with_extras = message_id == pressed and bool(shown.extra)
        try:
            await context.bot.edit_message_text(
                text + shown.extra if with_extras else text,
                chat_id=patient.chat_id,
                message_id=message_id,
                reply_markup=shown.keyboard if with_extras else None,
            )
        except BadRequest as error:
            # Already showing this outcome, or deleted by the patient: nothing to fix.
            logger.debug("reminder message not edited: %s", error.message)


async def _edit(query: CallbackQuery, text: str) -> None:
    """Replace the text of the message whose button was pressed, removing its buttons."""
    try:
        await query.edit_message_text(text)
    except BadRequest as error:
        logger.debug("button message not edited: %s", error.message)


def _await(context: BotContext, what: str, dose: ScheduledDose) -> None:
    """Remember that the next free text answers a question about this dose."""
    if context.chat_data is not None:
        context.chat_data[AWAITING] = {"what": what, "dose_id": dose.id}


def _awaiting(context: BotContext) -> dict[str, object] | None:
    """The question the bot is waiting for an answer to, if any."""
    awaiting = (context.chat_data or {}).get(AWAITING)
    return awaiting if isinstance(awaiting, dict) else None


def _clear_awaiting(context: BotContext) -> None:
    """Forget the pending question."""
    if context.chat_data is not None:
        context.chat_data.pop(AWAITING, None)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The handlers this feature contributes (the text handler goes last: it takes any text)."""
    return [
        CallbackQueryHandler(on_dose_button, pattern=f"^{DOSE_PREFIX}:"),
        CallbackQueryHandler(on_late_button, pattern=f"^{LATE_PREFIX}:"),
        CallbackQueryHandler(on_no_reason_button, pattern=f"^{SKIP_REASON_PREFIX}:"),
        MessageHandler(filters.TEXT & ~filters.COMMAND, on_text),
    ]
