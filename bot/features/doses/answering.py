"""Recording an answer about a dose and showing it: shared by the buttons and the words.

Once a dose is answered, every reminder message about it is edited in place to show the
outcome and loses its buttons. What to show is read in the same unit of work as the answer,
and sent only after it is committed (no session is held across a Telegram call).
"""

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.catalog.catalog import Catalog
from bot.context import BotContext
from bot.domain.local_time import local_to_utc
from bot.features.doses.outcomes import record_done, record_late
from bot.features.doses.reminders import dose_of, dose_prompt_of
from bot.features.doses.stock_and_drift import DoneRecorded
from bot.services.patient_time import reminder_time_of, zone_of
from bot.telegram.callback_data import CallbackPrefix
from bot.telegram.conversations import ChatDataKey
from bot.telegram.edits import edit_message
from bot.telegram.keyboards import DOSE_PREFIX, DoseAction, no_reason_keyboard
from storage.database import session_scope
from storage.doses import dose_and_patient_for_chat, dose_by_reminder_message, successor_of
from storage.models import DoseStatus, DriftEvent, Patient, ScheduledDose
from storage.reminders import DOSE_PROMPT_KINDS, sent_reminders_of_dose

logger = logging.getLogger(__name__)

AWAITING = ChatDataKey.DOSE_QUESTION.value
AWAITING_LATE_DATE = "late_date"
AWAITING_SKIP_REASON = "skip_reason"
AWAITING_DONE_DATE = "done_date"
UNDO_PREFIX = CallbackPrefix.UNDO
DONE_DATE_PREFIX = CallbackPrefix.DONE_DATE
ANSWERABLE = (DoseStatus.SCHEDULED, DoseStatus.MISSED)
# "Done" without a date applies to the earliest open dose due up to this far ahead.
ANSWER_WINDOW = timedelta(hours=12)
# A done dated this far before its dose is refused (an extra injection is for the clinician).
EARLIEST_BACKDATE = timedelta(days=3)


@dataclass(frozen=True)
class Shown:
    """What the reminder messages show once a dose is answered, read in the same session."""

    outcome: str
    message_ids: list[int]
    # The reminder's own words, read with the outcome (a clinic dose reads by its day).
    prompt: str
    # The stock line and site buttons the pressed message gains after a done.
    extra: str = ""
    keyboard: InlineKeyboardMarkup | None = None
    drifts: list[DriftEvent] = field(default_factory=list)


def shown_outcome(
    catalog: Catalog,
    session: Session,
    dose: ScheduledDose,
    outcome: str,
    extra: str = "",
    keyboard: InlineKeyboardMarkup | None = None,
    drifts: list[DriftEvent] | None = None,
) -> Shown:
    """The outcome to show, with the reminder messages it goes on."""
    assert dose.id is not None
    messages = sent_reminders_of_dose(session, dose_id=dose.id, kinds=DOSE_PROMPT_KINDS)
    ids = [reminder.telegram_message_id for reminder in messages if reminder.telegram_message_id]
    patient = session.get(Patient, dose.patient_id)
    assert patient is not None
    prompt = dose_prompt_of(catalog, session, dose, zone_of(patient))
    return Shown(outcome, ids, prompt, extra, keyboard, drifts or [])


async def show_outcome(
    context: BotContext,
    patient: Patient,
    dose: ScheduledDose,
    shown: Shown,
    *,
    pressed: int | None = None,
) -> None:
    """Edit every reminder message about the dose to show the outcome, without buttons.

    The message whose button was pressed (if any) also gains the extras, in the same edit.
    """
    text = shown.prompt + shown.outcome
    message_ids = list(shown.message_ids)
    if pressed is not None and shown.extra and pressed not in message_ids:
        message_ids.append(pressed)
    for message_id in message_ids:
        with_extras = message_id == pressed and (bool(shown.extra) or shown.keyboard is not None)
        # A message already showing this outcome, or deleted by the patient, stays as it is.
        await edit_message(
            context.bot,
            chat_id=patient.chat_id,
            message_id=message_id,
            text=text + shown.extra if with_extras else text,
            reply_markup=shown.keyboard if with_extras else None,
        )


def record_done_and_outcome(
    catalog: Catalog,
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
    zone = zone_of(patient)
    when = catalog.moment(taken_at, zone)
    days_late = (taken_at.astimezone(zone).date() - dose.local_date).days
    if days_late > 0:
        return catalog.text(
            "dose-outcome-done-late", when=when, days=catalog.days(days_late)
        ), recorded
    return catalog.text("dose-outcome-done", when=when), recorded


async def set_late(
    catalog: Catalog,
    context: BotContext,
    patient: Patient,
    dose: ScheduledDose,
    remind_at: datetime,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Record "late until `remind_at`"; the confirmation naming the dose, with its Undo."""
    zone = zone_of(patient)
    when = catalog.moment(remind_at, zone)
    with session_scope(context.engine) as session:
        current = session.get(ScheduledDose, dose.id)
        assert current is not None
        event_id = record_late(session, dose=current, remind_at=remind_at, now=context.now())
        shown = shown_outcome(
            catalog, session, current, catalog.text("dose-outcome-late", when=when)
        )
    await show_outcome(context, patient, dose, shown)
    text = catalog.text(
        "dose-late-set",
        dose=catalog.dose(dose_of(dose)),
        due=due_text(catalog, dose, context.now(), zone),
        when=when,
    )
    return text, undo_keyboard(catalog, event_id)


def due_text(catalog: Catalog, dose: ScheduledDose, now: datetime, zone: ZoneInfo) -> str:
    """The day a dose is planned, as the patient reads it ("Wed 2 Dec (tomorrow)")."""
    day = catalog.day(dose.local_date)
    if dose.local_date == now.astimezone(zone).date() + timedelta(days=1):
        return catalog.text("dose-day-tomorrow", day=day)
    return day


def undo_keyboard(
    catalog: Catalog,
    event_id: int | None,
    keyboard: InlineKeyboardMarkup | None = None,
    label: str | None = None,
) -> InlineKeyboardMarkup | None:
    """The keyboard with an Undo row for one recorded answer added under it."""
    if event_id is None:
        return keyboard
    rows = [list(row) for row in keyboard.inline_keyboard] if keyboard is not None else []
    label = label if label is not None else catalog.text("button-undo")
    rows.append([InlineKeyboardButton(label, callback_data=f"{UNDO_PREFIX}:{event_id}")])
    return InlineKeyboardMarkup(rows)


def forgot_keyboard(catalog: Catalog, dose: ScheduledDose) -> InlineKeyboardMarkup:
    """Done now / I had it on another day; and Late / Skip while the dose is still open."""
    assert dose.id is not None
    rows = [
        [
            InlineKeyboardButton(
                catalog.text("button-done-now"),
                callback_data=f"{DOSE_PREFIX}:{dose.id}:{DoseAction.DONE}",
            ),
            InlineKeyboardButton(
                catalog.text("button-done-other-day"), callback_data=f"{DONE_DATE_PREFIX}:{dose.id}"
            ),
        ]
    ]
    if dose.status == DoseStatus.SCHEDULED:
        rows.append(
            [
                InlineKeyboardButton(
                    catalog.text("button-late"),
                    callback_data=f"{DOSE_PREFIX}:{dose.id}:{DoseAction.LATE}",
                ),
                InlineKeyboardButton(
                    catalog.text("button-skip"),
                    callback_data=f"{DOSE_PREFIX}:{dose.id}:{DoseAction.SKIP}",
                ),
            ]
        )
    return InlineKeyboardMarkup(rows)


def taken_at_on(patient: Patient, taken_on: date | None, now: datetime) -> datetime:
    """When a dose done on a local day counts as given: now for today, else the reminder time."""
    zone = zone_of(patient)
    if taken_on is None or taken_on == now.astimezone(zone).date():
        return now
    return min(now, local_to_utc(taken_on, reminder_time_of(patient), zone))


async def ask_skip_reason(
    catalog: Catalog,
    context: BotContext,
    patient: Patient,
    dose: ScheduledDose,
    event_id: int | None,
) -> None:
    """Say which dose was skipped, with its Undo, and offer to note a reason."""
    assert dose.id is not None
    remember_question(context, AWAITING_SKIP_REASON, dose)
    text = catalog.text(
        "dose-skip-reply",
        dose=catalog.dose(dose_of(dose)),
        due=due_text(catalog, dose, context.now(), zone_of(patient)),
    )
    keyboard = undo_keyboard(catalog, event_id, no_reason_keyboard(catalog, dose.id))
    await context.bot.send_message(patient.chat_id, text, reply_markup=keyboard)


def remember_question(context: BotContext, what: str, dose: ScheduledDose) -> None:
    """Remember that the next free text answers a question about this dose."""
    if context.chat_data is not None:
        context.chat_data[AWAITING] = {"what": what, "dose_id": dose.id}


def awaited_question(context: BotContext) -> dict[str, object] | None:
    """The question the bot is waiting for an answer to, if any."""
    awaiting = (context.chat_data or {}).get(AWAITING)
    return awaiting if isinstance(awaiting, dict) else None


def forget_question(context: BotContext, *, dose_id: int | None = None) -> None:
    """Forget the pending question (only if it is about `dose_id`, when one is given)."""
    if context.chat_data is None:
        return
    awaiting = awaited_question(context)
    if dose_id is None or (awaiting is not None and awaiting.get("dose_id") == dose_id):
        context.chat_data.pop(AWAITING, None)


def replied_dose(session: Session, update: Update) -> ScheduledDose | None:
    """The open or missed dose whose reminder the patient's message replies to, if any."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is None or update.effective_chat is None:
        return None
    dose = dose_by_reminder_message(
        session, chat_id=update.effective_chat.id, message_id=replied.message_id
    )
    return dose if dose is not None and dose.status in ANSWERABLE else None


def own_dose(
    session: Session, dose_id: int | None, chat_id: int
) -> tuple[ScheduledDose, Patient] | None:
    """The dose and its patient, only when the dose belongs to this chat's patient."""
    if dose_id is None:
        return None
    found = dose_and_patient_for_chat(session, dose_id=dose_id, chat_id=chat_id)
    if found is None:
        logger.warning("refused a dose button from a chat that does not own the dose")
        return None
    dose, patient = found
    if dose.status == DoseStatus.CANCELLED:
        # A button from before a plan change answers the same injection in the new version.
        successor = successor_of(session, dose=dose)
        if successor is not None:
            return successor, patient
    return found
