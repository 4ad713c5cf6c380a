"""Done / Late / Skip under a reminder, and the questions they lead to (when, why, which day).

Callback data is untrusted: every dose id is looked up together with the chat that pressed
the button, so a patient can only ever answer for their own doses.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session
from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.local_time import local_to_utc
from bot.features.doses import answering as dose_answers
from bot.features.doses import sites_and_stock as dose_extras
from bot.features.doses import undo as dose_undo
from bot.features.doses.outcomes import record_skip
from bot.features.doses.stock_and_drift import claim_untold_drifts
from bot.features.patient_scope import chat_catalog, patient_scope
from bot.services.patient_time import reminder_time_of, zone_of
from bot.telegram.callback_data import only_id
from bot.telegram.edits import edit_or_send
from bot.telegram.keyboards import (
    DOSE_PREFIX,
    LATE_PREFIX,
    SKIP_REASON_PREFIX,
    DoseAction,
    DoseButton,
    LateChoice,
    late_keyboard,
    parse_dose_button,
    parse_late_button,
    parse_no_reason_button,
)
from storage.models import DoseStatus, Patient, ScheduledDose

LATER_TODAY = timedelta(hours=3)


async def on_dose_button(update: Update, context: BotContext) -> None:
    """Done / Late / Skip pressed under a reminder."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return
    button = parse_dose_button(query.data)
    with patient_scope(context, update.effective_chat.id) as here:
        catalog = here.catalog
        answered = _answer_dose_button(
            catalog, here.session, button, update.effective_chat.id, here.now
        )
    if isinstance(answered, str):
        await query.answer(answered)
        return
    assert button is not None
    if answered.shown is None:
        await query.answer()
        await _ask_when(catalog, context, answered.patient, answered.dose)
        return
    await query.answer(catalog.text("dose-button-recorded"))
    pressed = query.message.message_id if query.message else None
    await dose_answers.show_outcome(
        context, answered.patient, answered.dose, answered.shown, pressed=pressed
    )
    if button.action is DoseAction.SKIP:
        await dose_answers.ask_skip_reason(
            catalog, context, answered.patient, answered.dose, answered.event_id
        )
    else:
        await dose_extras.tell_drifts(catalog, context, answered.patient, answered.shown.drifts)


@dataclass(frozen=True)
class _Answered:
    """A dose button's answer, recorded; what to show is None for Late (asked next)."""

    patient: Patient
    dose: ScheduledDose
    shown: "dose_answers.Shown | None"
    event_id: int | None = None


def _answer_dose_button(
    catalog: Catalog, session: Session, button: DoseButton | None, chat_id: int, now: datetime
) -> _Answered | str:
    """Record a dose button; the refusal text when it is not this chat's or already answered."""
    found = dose_answers.own_dose(session, button.dose_id if button else None, chat_id)
    if button is None or found is None:
        return catalog.text("dose-button-not-yours")
    dose, patient = found
    if dose.status not in dose_answers.ANSWERABLE or (
        button.action is not DoseAction.DONE and dose.status != DoseStatus.SCHEDULED
    ):
        return catalog.text("dose-button-already")
    if button.action is DoseAction.LATE:
        return _Answered(patient, dose, None)
    if button.action is DoseAction.SKIP:
        event_id = record_skip(session, patient=patient, dose=dose, reason=None, now=now)
        shown = dose_answers.shown_outcome(
            catalog, session, dose, catalog.text("dose-outcome-skipped")
        )
        return _Answered(patient, dose, shown, event_id)
    outcome, recorded = dose_answers.record_done_and_outcome(
        catalog, session, patient, dose, taken_at=now, now=now
    )
    extra, keyboard = dose_extras.done_extras(catalog, recorded, dose, site_given=False)
    keyboard = dose_answers.undo_keyboard(catalog, recorded.event_id, keyboard)
    drifts = claim_untold_drifts(session, patient_id=dose.patient_id, now=now)
    return _Answered(
        patient,
        dose,
        dose_answers.shown_outcome(catalog, session, dose, outcome, extra, keyboard, drifts),
    )


async def on_late_button(update: Update, context: BotContext) -> None:
    """In 3 hours / Tomorrow / Pick a date, after "late"."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return
    button = parse_late_button(query.data)
    with patient_scope(context, update.effective_chat.id) as here:
        catalog = here.catalog
        found = dose_answers.own_dose(
            here.session, button.dose_id if button else None, update.effective_chat.id
        )
    if button is None or found is None:
        await query.answer(catalog.text("dose-button-not-yours"))
        return
    dose, patient = found
    await query.answer()
    if dose.status != DoseStatus.SCHEDULED:
        await edit_or_send(query, catalog.text("dose-button-already"))
        return
    if button.choice is LateChoice.PICK_DATE:
        dose_answers.remember_question(context, dose_answers.AWAITING_LATE_DATE, dose)
        await edit_or_send(query, catalog.text("dose-late-pick-date"))
        return
    remind_at = late_reminder_time(button.choice, patient, context.now())
    text, keyboard = await dose_answers.set_late(catalog, context, patient, dose, remind_at)
    await edit_or_send(query, text, keyboard)


async def on_done_date_button(update: Update, context: BotContext) -> None:
    """ "I had it on another day": ask which day; the typed answer records it."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return
    dose_id = only_id(query.data, dose_answers.DONE_DATE_PREFIX)
    with patient_scope(context, update.effective_chat.id) as here:
        catalog = here.catalog
        found = dose_answers.own_dose(here.session, dose_id, update.effective_chat.id)
    if found is None:
        await query.answer(catalog.text("dose-button-not-yours"))
        return
    dose, patient = found
    if dose.status not in dose_answers.ANSWERABLE:
        await query.answer(catalog.text("dose-button-already"))
        return
    await query.answer()
    dose_answers.remember_question(context, dose_answers.AWAITING_DONE_DATE, dose)
    example = catalog.day(dose.local_date)
    await context.bot.send_message(
        patient.chat_id, catalog.text("dose-done-date-ask", example=example)
    )


async def on_no_reason_button(update: Update, context: BotContext) -> None:
    """ "No reason" under the skip question: nothing more to ask."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    catalog = chat_catalog(context, update.effective_chat.id if update.effective_chat else None)
    if parse_no_reason_button(query.data) is None:
        await query.answer(catalog.text("dose-button-not-yours"))
        return
    dose_answers.forget_question(context)
    await query.answer()
    await edit_or_send(query, catalog.text("dose-skip-no-reason"))


def late_reminder_time(choice: LateChoice, patient: Patient, now: datetime) -> datetime:
    """When to remind again for a late choice: in 3 hours, or tomorrow at the reminder time."""
    if choice is LateChoice.IN_THREE_HOURS:
        return now + LATER_TODAY
    zone = zone_of(patient)
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    return local_to_utc(tomorrow, reminder_time_of(patient), zone)


async def _ask_when(
    catalog: Catalog, context: BotContext, patient: Patient, dose: ScheduledDose
) -> None:
    """After "Late" under a reminder: ask when, with buttons."""
    assert dose.id is not None
    await context.bot.send_message(
        patient.chat_id, catalog.text("dose-late-ask"), reply_markup=late_keyboard(catalog, dose.id)
    )


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The dose buttons and the late and skip buttons they lead to."""
    return [
        CallbackQueryHandler(on_dose_button, pattern=f"^{DOSE_PREFIX}:"),
        CallbackQueryHandler(on_late_button, pattern=f"^{LATE_PREFIX}:"),
        CallbackQueryHandler(on_no_reason_button, pattern=f"^{SKIP_REASON_PREFIX}:"),
        CallbackQueryHandler(on_done_date_button, pattern=f"^{dose_answers.DONE_DATE_PREFIX}:"),
        *dose_undo.handlers(),
    ]
