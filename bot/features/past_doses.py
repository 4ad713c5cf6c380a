"""Doses a new plan puts before now: "Which of these have you had?", one button per date.

Setup ends by asking about them instead of leaving them to be marked missed unasked; the
latest one gets an ordinary reminder, the older ones this one question. Callback data is
untrusted: each dose is looked up together with the chat that pressed.
"""

from datetime import datetime

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import texts
from bot.callback_data import id_and_choice
from bot.context import BotContext
from bot.edits import edit_or_send
from bot.features.dose_answers import own_dose
from bot.formatting import local_date_text
from bot.numbers import row_id
from bot.reminders.timer import rearm_reminders
from bot.services.dose_outcomes import record_done
from bot.services.planning import sync_schedule
from storage.database import session_scope
from storage.doses import doses_of_regimen, record_dose_event
from storage.models import DoseEventKind, DoseStatus, Patient, ScheduledDose
from storage.reminders import cancel_pending_reminders

PREFIX = "pastdose"
NONE = "none"
_ASKED = (DoseStatus.SCHEDULED, DoseStatus.DONE, DoseStatus.MISSED)


async def ask(context: BotContext, chat_id: int, doses: list[ScheduledDose]) -> None:
    """Send the question about these past doses (oldest first); nothing when there are none."""
    if not doses:
        return
    text, keyboard = _question(doses, doses[-1])
    await context.bot.send_message(chat_id, text, reply_markup=keyboard)


def _question(
    doses: list[ScheduledDose], last: ScheduledDose
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The question as it stands: answered dates as lines, open ones as buttons."""
    assert last.id is not None
    lines = [texts.SETUP_PAST_DOSES_ASK]
    rows: list[list[InlineKeyboardButton]] = []
    for dose in doses:
        day = local_date_text(dose.local_date)
        if dose.status == DoseStatus.DONE:
            lines.append(texts.SETUP_PAST_DOSE_DONE.format(day=day))
        elif dose.status == DoseStatus.MISSED:
            lines.append(texts.SETUP_PAST_DOSE_NOT_HAD.format(day=day))
        else:
            label = texts.BUTTON_PAST_DOSE.format(day=day)
            rows.append(
                [InlineKeyboardButton(label, callback_data=f"{PREFIX}:{dose.id}:{last.id}")]
            )
    if not rows:
        return "\n".join(lines), None
    none = InlineKeyboardButton(
        texts.BUTTON_PAST_DOSES_NONE, callback_data=f"{PREFIX}:{last.id}:{NONE}"
    )
    return "\n".join(lines), InlineKeyboardMarkup([*rows, [none]])


def _asked_doses(session: Session, last: ScheduledDose) -> list[ScheduledDose]:
    """The doses the question is about: its plan version's doses up to the last one asked."""
    doses = doses_of_regimen(session, regimen_id=last.regimen_id, statuses=_ASKED)
    return sorted(
        (dose for dose in doses if dose.due_at <= last.due_at), key=lambda dose: dose.due_at
    )


async def on_past_dose_button(update: Update, context: BotContext) -> None:
    """A date pressed (had it) or "None of the others" (the rest were not had)."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    pressed = id_and_choice(query.data, PREFIX)
    chat_id = update.effective_chat.id
    with session_scope(context.engine) as session:
        answered = _answer(session, pressed, chat_id, context.now())
    if answered is None:
        await query.answer(texts.DOSE_BUTTON_NOT_YOURS)
        return
    await query.answer(texts.DOSE_BUTTON_RECORDED)
    text, keyboard = answered
    await edit_or_send(query, text, keyboard)
    await rearm_reminders(context.application)


def _answer(
    session: Session, pressed: tuple[int, str] | None, chat_id: int, now: datetime
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """Record the press; the question as it now stands, or None when it is not this chat's."""
    if pressed is None:
        return None
    dose_id, choice = pressed
    last_id = dose_id if choice == NONE else row_id(choice)
    found_last = own_dose(session, last_id, chat_id)
    if found_last is None:
        return None
    last, patient = found_last
    if choice == NONE:
        _record_not_had(session, patient, _asked_doses(session, last), now)
    else:
        found = own_dose(session, dose_id, chat_id)
        if found is None or found[0].regimen_id != last.regimen_id:
            return None
        dose = found[0]
        if dose.status == DoseStatus.SCHEDULED and dose.due_at <= last.due_at:
            # Had on its planned day: the question is about those dates.
            record_done(session, patient=patient, dose=dose, taken_at=dose.due_at, now=now)
    session.refresh(last)
    return _question(_asked_doses(session, last), last)


def _record_not_had(
    session: Session, patient: Patient, doses: list[ScheduledDose], now: datetime
) -> None:
    """The patient said the doses still open were not had: record them as missed."""
    for dose in doses:
        if dose.status != DoseStatus.SCHEDULED or dose.id is None:
            continue
        record_dose_event(
            session, dose=dose, kind=DoseEventKind.MISSED, occurred_at=now, recorded_at=now
        )
        cancel_pending_reminders(session, patient_id=dose.patient_id, dose_ids=[dose.id])
    sync_schedule(session, patient=patient, now=now)


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The buttons of the past-doses question."""
    return [CallbackQueryHandler(on_past_dose_button, pattern=f"^{PREFIX}:")]
