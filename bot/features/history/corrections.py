"""Correcting a wrong entry from /history: a done on the wrong day, or a dose given after all.

A persistent conversation (`name="history"`); the dose it is about sits in
`chat_data["history_fix"]`. The dose buttons come from the history page's "Correct an entry".

    history page --(Correct an entry)--> the page's doses that can be corrected, as buttons
    a dose pressed (checked against the chat) --> FIX_DATE: "on which day was it given?"
    FIX_DATE --(a day, not in the future, not long before the planned day)--> corrected --> END
    FIX_DATE --(no day, a future day, too early)--> asked again with an example (stays)
    FIX_DATE --(the day already recorded)--> nothing changed --> END
    /cancel --> END

The record stays append-only (storage.corrections): a done on the wrong day gets an "undone"
and a new done; a skip gets an "undone" and a done; a missed dose gets a done. The schedule
follows as after any done, so a plan counted from the last injection moves its next dose.
"""

import logging
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum

from sqlmodel import Session
from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.parsing.numbers import row_id
from bot.features.date_answers import DOSE_WHICH_DATE, DateReask, typed_date
from bot.features.doses.answering import EARLIEST_BACKDATE, taken_at_on
from bot.features.doses.outcomes import record_done
from bot.features.history.pages import PREFIX, Action, phase_label, show_history_keyboard
from bot.features.patient_scope import patient_scope
from bot.features.progress.next_and_status import next_line
from bot.features.symptoms.offer_plan import plan_symptom_offers
from bot.services.patient_time import zone_of
from bot.services.scheduling import load_patient_plan, sync_schedule
from bot.telegram.callback_data import callback_fields
from bot.telegram.conversations import ChatDataKey
from storage.corrections import redate_done, withdraw_answer
from storage.doses import dose_and_patient_for_chat
from storage.models import DoseStatus, Patient, ScheduledDose

logger = logging.getLogger(__name__)

END = ConversationHandler.END
NAME = "history"
KEY = ChatDataKey.HISTORY_FIX.value
TYPED = filters.TEXT & ~filters.COMMAND


class State(IntEnum):
    """Where the correction conversation stands."""

    FIX_DATE = 1


def correctable(dose: ScheduledDose) -> bool:
    """A planned dose answered as done, skipped or missed (not one given before the plan)."""
    if dose.sequence < 0:
        return False
    return dose.status in (DoseStatus.DONE, DoseStatus.SKIPPED, DoseStatus.MISSED)


async def on_fix_button(update: Update, context: BotContext) -> int:
    """A dose picked on the history page: ask on which day it was given."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return END
    chat_id = update.effective_chat.id
    fields = callback_fields(query.data, PREFIX)
    dose_id = row_id(fields[1]) if fields and len(fields) == 2 else None
    with patient_scope(context, chat_id) as here:
        catalog = here.catalog
        found = (
            None
            if dose_id is None
            else dose_and_patient_for_chat(here.session, dose_id=dose_id, chat_id=chat_id)
        )
        question = _question(catalog, *found) if found and correctable(found[0]) else None
    if found is None:
        logger.warning("refused a history correction from a chat that does not own the dose")
        await query.answer(catalog.text("dose-button-not-yours"))
        return END
    if question is None:
        await query.answer(catalog.text("history-button-stale"))
        return END
    await query.answer()
    if context.chat_data is not None:
        context.chat_data[KEY] = dose_id
    await context.bot.send_message(chat_id, question)
    return State.FIX_DATE


def _question(catalog: Catalog, dose: ScheduledDose, patient: Patient) -> str:
    """ "Recorded as given on …: on which day was it?", or "recorded as missed: …"."""
    values = {
        "phase": _phase(catalog, dose),
        "planned": catalog.day(dose.local_date),
        "example": catalog.day(dose.local_date),
    }
    if dose.status == DoseStatus.DONE:
        return catalog.text(
            "history-fix-ask-done", taken=_taken_day(catalog, dose, patient), **values
        )
    return catalog.text("history-fix-ask-given", was=_was(catalog, dose, patient), **values)


async def on_fix_date(update: Update, context: BotContext) -> int:
    """The day typed: correct the entry, or ask again saying why."""
    message = update.effective_message
    if message is None or message.text is None or update.effective_chat is None:
        return END
    chat_id = update.effective_chat.id
    dose_id = (context.chat_data or {}).get(KEY)
    with patient_scope(context, chat_id) as here:
        catalog, now = here.catalog, here.now
        found = (
            dose_and_patient_for_chat(here.session, dose_id=dose_id, chat_id=chat_id)
            if isinstance(dose_id, int)
            else None
        )
        if found is None or not correctable(found[0]):
            answer: _Answer = _Answer(catalog.text("history-button-stale"), done=True)
        else:
            answer = _answer(catalog, here.session, *found, message.text, here.today, now)
    if not answer.done:
        await message.reply_text(answer.text)
        return State.FIX_DATE
    _forget(context)
    if answer.patient is None:
        await message.reply_text(answer.text)
        return END
    reply = answer.text + await next_line(context, answer.patient)
    await message.reply_text(reply, reply_markup=show_history_keyboard(catalog))
    return END


@dataclass(frozen=True)
class _Answer:
    """What to say to a typed day; done: the conversation is over (patient: it was corrected)."""

    text: str
    done: bool
    patient: Patient | None = None


def _answer(
    catalog: Catalog,
    session: Session,
    dose: ScheduledDose,
    patient: Patient,
    text: str,
    today: date,
    now: datetime,
) -> _Answer:
    """Read the typed day and, when it can be used, correct the entry in this unit of work."""
    example = catalog.day(dose.local_date)
    day = typed_date(
        catalog,
        text,
        today=today,
        allow_future=False,
        which_date=DOSE_WHICH_DATE,
        question=catalog.text("history-fix-again"),
    )
    if isinstance(day, DateReask):
        return _Answer(day.text, done=False)
    if day < dose.local_date - EARLIEST_BACKDATE:
        return _Answer(
            catalog.text(
                "history-fix-too-early",
                days=catalog.days(EARLIEST_BACKDATE.days),
                planned=catalog.day(dose.local_date),
                example=example,
            ),
            done=False,
        )
    was = _was(catalog, dose, patient)
    if dose.status == DoseStatus.DONE and _taken_on(dose, patient) == day:
        return _Answer(catalog.text("history-fix-same-day"), done=True)
    correct_given_day(
        session, patient=patient, dose=dose, taken_at=taken_at_on(patient, day, now), now=now
    )
    fixed = catalog.text(
        "history-fixed",
        phase=_phase(catalog, dose),
        planned=catalog.day(dose.local_date),
        taken=catalog.day(day),
        was=was,
    )
    return _Answer(fixed, done=True, patient=patient)


def correct_given_day(
    session: Session, *, patient: Patient, dose: ScheduledDose, taken_at: datetime, now: datetime
) -> None:
    """Record that the injection was given at `taken_at`, appending events; the plan follows."""
    if dose.status != DoseStatus.DONE:
        if dose.status == DoseStatus.SKIPPED:
            withdraw_answer(session, dose=dose, now=now)
        # As any done: reminders settled, stock counted, drift checked, the schedule moved on.
        record_done(session, patient=patient, dose=dose, taken_at=taken_at, now=now)
        return
    redate_done(session, dose=dose, taken_at=taken_at, now=now)
    patient_plan = load_patient_plan(session, patient=patient)
    upcoming = sync_schedule(session, patient=patient, now=now, patient_plan=patient_plan)
    if patient_plan is not None:
        plan_symptom_offers(
            session, patient=patient, now=now, regimen=patient_plan.regimen, open_doses=upcoming
        )


def _phase(catalog: Catalog, dose: ScheduledDose) -> str:
    """The dose's phase and place in it."""
    return phase_label(catalog, dose.phase_kind, dose.number_in_phase, dose.count_in_phase)


def _taken_on(dose: ScheduledDose, patient: Patient) -> date | None:
    """The local day a done dose is recorded as given."""
    return dose.taken_at.astimezone(zone_of(patient)).date() if dose.taken_at else None


def _taken_day(catalog: Catalog, dose: ScheduledDose, patient: Patient) -> str:
    """That day in words."""
    taken = _taken_on(dose, patient)
    return catalog.day(taken) if taken else catalog.day(dose.local_date)


def _was(catalog: Catalog, dose: ScheduledDose, patient: Patient) -> str:
    """What the entry said before the correction."""
    if dose.status == DoseStatus.SKIPPED:
        return catalog.text("history-was-skipped")
    if dose.status == DoseStatus.MISSED:
        return catalog.text("history-was-missed")
    return _taken_day(catalog, dose, patient)


async def on_cancel(update: Update, context: BotContext) -> int:
    """/cancel: the entry stays as it was."""
    _forget(context)
    if update.effective_message is not None and update.effective_chat is not None:
        with patient_scope(context, update.effective_chat.id) as here:
            catalog = here.catalog
        await update.effective_message.reply_text(catalog.text("history-fix-cancelled"))
    return END


def _forget(context: BotContext) -> None:
    """Drop the dose the conversation was about."""
    if context.chat_data is not None:
        context.chat_data.pop(KEY, None)


def conversation() -> ConversationHandler[BotContext]:
    """The persistent correction ConversationHandler."""
    fix: BaseHandler[Update, BotContext, object] = CallbackQueryHandler(
        on_fix_button, pattern=f"^{PREFIX}:{Action.FIX}:"
    )
    states: dict[object, list[BaseHandler[Update, BotContext, object]]] = {
        State.FIX_DATE: [MessageHandler(TYPED, on_fix_date)]
    }
    fallbacks: list[BaseHandler[Update, BotContext, object]] = [
        CommandHandler("cancel", on_cancel),
        fix,
    ]
    # Buttons are checked against the current state, per chat; PTB warns about that choice.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message")
        return ConversationHandler(
            entry_points=[fix],
            states=states,
            fallbacks=fallbacks,
            name=NAME,
            persistent=True,
            allow_reentry=True,
        )


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The correction conversation."""
    return [conversation()]
