"""The buttons of "Which of these have you had?" (bot.features.doses.past_dose_question sends it).

Setup asks about doses a new plan puts before now instead of leaving them to be marked
missed unasked; the latest one gets an ordinary reminder, the older ones this one question.
Callback data is untrusted: each dose is looked up together with the chat that pressed.
"""

from datetime import datetime

from sqlmodel import Session
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.parsing.numbers import row_id
from bot.features.doses.answering import own_dose
from bot.features.doses.outcomes import record_done
from bot.features.doses.past_dose_question import NONE, PREFIX, asked_doses, past_doses_question
from bot.features.patient_scope import patient_scope
from bot.services.scheduling import sync_schedule
from bot.telegram.callback_data import id_and_choice
from bot.telegram.edits import edit_or_send
from storage.doses import record_dose_event
from storage.models import DoseEventKind, DoseStatus, Patient, ScheduledDose
from storage.reminders import cancel_pending_reminders


async def on_past_dose_button(update: Update, context: BotContext) -> None:
    """A date pressed (had it) or "None of the others" (the rest were not had)."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    pressed = id_and_choice(query.data, PREFIX)
    chat_id = update.effective_chat.id
    with patient_scope(context, chat_id) as here:
        catalog = here.catalog
        answered = _answer(catalog, here.session, pressed, chat_id, here.now)
    if answered is None:
        await query.answer(catalog.text("dose-button-not-yours"))
        return
    await query.answer(catalog.text("dose-button-recorded"))
    text, keyboard = answered
    await edit_or_send(query, text, keyboard)


def _answer(
    catalog: Catalog, session: Session, pressed: tuple[int, str] | None, chat_id: int, now: datetime
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
        _record_not_had(session, patient, asked_doses(session, last), now)
    else:
        found = own_dose(session, dose_id, chat_id)
        if found is None or found[0].regimen_id != last.regimen_id:
            return None
        dose = found[0]
        if dose.status == DoseStatus.SCHEDULED and dose.due_at <= last.due_at:
            # Had on its planned day: the question is about those dates.
            record_done(session, patient=patient, dose=dose, taken_at=dose.due_at, now=now)
    session.refresh(last)
    return past_doses_question(catalog, asked_doses(session, last), last)


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
