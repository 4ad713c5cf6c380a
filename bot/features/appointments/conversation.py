"""Clinic appointments: "Booked" and "Remind me tomorrow" under a booking reminder, and
"booked it for the 16th at 2pm" in words.

```mermaid
flowchart LR
    R[booking reminder] -- Booked --> A{day and time?}
    W["booked it for the 16th at 2pm"] --> S[saved: reminders move to it]
    W -- no day or time --> A
    A -- readable --> S
    A -- not readable --> A
    A -- /cancel --> E[end]
    R -- Remind me tomorrow --> T[asked again tomorrow]
```

Callback data is untrusted: the dose is looked up together with the chat that pressed the
button, so a patient can only ever book their own doses. Registered before the free-text
dose replies: a "done" sent while the bot waits for a day and time is still a dose reply.
"""

import logging
import warnings
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from zoneinfo import ZoneInfo

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
from bot.catalog.vocabulary import reading_order
from bot.context import BotContext
from bot.domain.local_time import local_to_utc
from bot.domain.parsing.appointment_times import Appointment, AppointmentProblem, parse_appointment
from bot.domain.parsing.replies import IntentError, Unknown, parse_intent_in
from bot.domain.regimen import Giver
from bot.features.appointments.booking_reminder_plan import (
    book_appointment,
    remind_booking_tomorrow,
)
from bot.features.doses import replies as dose_replies
from bot.features.patient_scope import catalog_of, chat_catalog, patient_scope, vocabulary_of
from bot.services.booking import BEFORE_APPOINTMENT
from bot.services.patient_time import today_of, zone_of
from bot.telegram.conversations import ChatDataKey
from bot.telegram.edits import edit_message, edit_or_send
from bot.telegram.keyboards import (
    BOOKING_PREFIX,
    BookingButton,
    BookingChoice,
    parse_booking_button,
)
from storage.database import session_scope
from storage.doses import dose_and_patient_for_chat, next_open_dose
from storage.models import DoseStatus, Patient, ReminderKind, ScheduledDose
from storage.regimens import current_regimen
from storage.reminders import sent_reminders_of_dose

logger = logging.getLogger(__name__)

NAME = "appointments"
AWAITING = ChatDataKey.APPOINTMENT_DOSE.value
TYPED = filters.TEXT & ~filters.COMMAND
# Words that say an appointment was made; never about a lab test, which /labs keeps.
BOOKED_WORDS = filters.Regex(
    r"(?i)^(?!.*\b(?:tests?|blood|labs?)\b).*\b(?:booked|appointment|appt)\b"
)
EXAMPLE_TIME = "14:00"
# A readable day and time already past (the domain does not know the time of day now).
TIME_PASSED = "time_passed"


class State(IntEnum):
    """Where the booking conversation stands."""

    ASKING = 1


@dataclass(frozen=True)
class _Booking:
    """A dose to book, with its patient and the catalog the bot speaks to them in."""

    patient: Patient
    dose: ScheduledDose
    catalog: Catalog


async def on_booked_button(update: Update, context: BotContext) -> int:
    """ "Booked" under a booking reminder: ask for the day and time."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    found = _own_booking(context, parse_booking_button(query.data or ""), update.effective_chat.id)
    if isinstance(found, str):
        await query.answer(found)
        return ConversationHandler.END
    await query.answer()
    _remember(context, found.dose)
    await context.bot.send_message(found.patient.chat_id, _ask_text(found.catalog, found.dose))
    return State.ASKING


async def on_tomorrow_button(update: Update, context: BotContext) -> int:
    """ "Remind me tomorrow": the booking reminder comes again tomorrow at the reminder time."""
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    found = _own_booking(context, parse_booking_button(query.data or ""), update.effective_chat.id)
    if isinstance(found, str):
        await query.answer(found)
        return ConversationHandler.END
    with session_scope(context.engine) as session:
        dose = session.get(ScheduledDose, found.dose.id)
        assert dose is not None
        remind_at = remind_booking_tomorrow(
            session, patient=found.patient, dose=dose, now=context.now()
        )
    catalog, zone = found.catalog, zone_of(found.patient)
    day = catalog.day(found.dose.local_date)
    if remind_at is None:
        text = catalog.text("booking-too-late-for-tomorrow", day=day)
    else:
        when = catalog.moment(remind_at, zone)
        text = catalog.text("booking-remind-tomorrow", when=when, day=day)
    _forget(context)
    await edit_or_send(query, text)
    # Answered after the edit, so the press is only done once the message shows it.
    await query.answer()
    return ConversationHandler.END


async def on_booked_words(update: Update, context: BotContext) -> int:
    """ "booked it for the 16th at 2pm": save it, or ask for what is missing."""
    message = update.effective_message
    assert message is not None and message.text is not None and update.effective_chat is not None
    found = _awaited_or_next(context, update.effective_chat.id)
    if found is None:
        _forget(context)
        catalog = chat_catalog(context, update.effective_chat.id)
        await message.reply_text(catalog.text("appointment-no-clinic-dose"))
        return ConversationHandler.END
    _remember(context, found.dose)
    today, vocabulary = today_of(found.patient, context.now()), vocabulary_of(found.patient)
    answer = parse_appointment(message.text, today=today, vocabulary=vocabulary)
    if answer is AppointmentProblem.UNREADABLE:
        await message.reply_text(_ask_text(found.catalog, found.dose))
        return State.ASKING
    return await _answer(update, context, found, answer)


async def on_typed_answer(update: Update, context: BotContext) -> int:
    """The day and time typed after "Booked"; anything that is a dose reply goes there."""
    message = update.effective_message
    assert message is not None and message.text is not None and update.effective_chat is not None
    found = _awaited_or_next(context, update.effective_chat.id)
    if found is None:
        _forget(context)
        catalog = chat_catalog(context, update.effective_chat.id)
        await message.reply_text(catalog.text("appointment-dose-gone"))
        return ConversationHandler.END
    today, vocabulary = today_of(found.patient, context.now()), vocabulary_of(found.patient)
    answer = parse_appointment(message.text, today=today, vocabulary=vocabulary)
    vocabularies = reading_order(found.patient.language)
    intent = parse_intent_in(message.text, today=today, vocabularies=vocabularies)
    if answer is AppointmentProblem.UNREADABLE and not isinstance(intent, Unknown | IntentError):
        _forget(context)
        await dose_replies.on_text(update, context)
        return ConversationHandler.END
    return await _answer(update, context, found, answer)


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel while the bot waits for the day and time."""
    _forget(context)
    if update.effective_message is not None:
        catalog = chat_catalog(context, update.effective_message.chat_id)
        await update.effective_message.reply_text(catalog.text("appointment-cancelled"))
    return ConversationHandler.END


async def _answer(
    update: Update,
    context: BotContext,
    found: _Booking,
    answer: Appointment | AppointmentProblem,
) -> int:
    """Save a readable appointment still to come; otherwise say what is wrong, with an example."""
    message = update.effective_message
    assert message is not None
    catalog, zone = found.catalog, zone_of(found.patient)
    now = context.now()
    if isinstance(answer, AppointmentProblem):
        await message.reply_text(_problem_text(catalog, answer, found.dose))
        return State.ASKING
    at = local_to_utc(answer.day, answer.at, zone)
    if at <= now:
        await message.reply_text(_problem_text(catalog, TIME_PASSED, found.dose))
        return State.ASKING
    with session_scope(context.engine) as session:
        shown = _book(session, found, at, now)
    _forget(context)
    if shown is None:
        await message.reply_text(catalog.text("appointment-dose-gone"))
        return ConversationHandler.END
    when = catalog.moment(at, zone)
    for message_id in shown:
        await edit_message(
            context.bot,
            chat_id=found.patient.chat_id,
            message_id=message_id,
            text=catalog.text(
                "appointment-shown", when=when, day=catalog.day(found.dose.local_date)
            ),
        )
    await message.reply_text(_saved_text(catalog, at, zone, now))
    return ConversationHandler.END


def _book(session: Session, found: _Booking, at: datetime, now: datetime) -> list[int] | None:
    """Record the appointment; the booking messages to update, or None if the dose is closed."""
    dose = session.get(ScheduledDose, found.dose.id)
    patient = session.get(Patient, found.patient.id)
    if dose is None or patient is None or dose.status != DoseStatus.SCHEDULED or dose.id is None:
        return None
    book_appointment(session, patient=patient, dose=dose, at=at, now=now)
    return [
        reminder.telegram_message_id
        for reminder in sent_reminders_of_dose(session, dose_id=dose.id)
        if reminder.kind == ReminderKind.BOOK_APPOINTMENT and reminder.telegram_message_id
    ]


def _saved_text(catalog: Catalog, at: datetime, zone: ZoneInfo, now: datetime) -> str:
    """The confirmation, with when the reminder comes (unless that is now)."""
    when = catalog.moment(at, zone)
    if at - BEFORE_APPOINTMENT <= now:
        return catalog.text("appointment-saved-soon", when=when)
    reminder = catalog.moment(at - BEFORE_APPOINTMENT, zone)
    return catalog.text("appointment-saved", when=when, reminder=reminder)


def _ask_text(catalog: Catalog, dose: ScheduledDose) -> str:
    """The question for the day and time, with examples built from the dose's day."""
    return catalog.text(
        "appointment-ask",
        day=catalog.day(dose.local_date),
        example=_example(catalog, dose),
        day_number=_ordinal(dose.local_date.day),
    )


def _problem_text(catalog: Catalog, problem: str, dose: ScheduledDose) -> str:
    """What is wrong with the answer, and an example that works."""
    example = catalog.text("appointment-example", example=_example(catalog, dose))
    return catalog.word("appointment-problems", problem) + example


def _example(catalog: Catalog, dose: ScheduledDose) -> str:
    """An answer that works: the dose's own day at 14:00."""
    return f"{catalog.day(dose.local_date)} {EXAMPLE_TIME}"


def _ordinal(day: int) -> str:
    """16 → "16th", 1 → "1st"."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _own_booking(context: BotContext, button: BookingButton | None, chat_id: int) -> _Booking | str:
    """The pressed button's open clinic dose of this chat; the refusal text otherwise."""
    if button is None:
        return chat_catalog(context, chat_id).text("dose-button-not-yours")
    with session_scope(context.engine) as session:
        found = dose_and_patient_for_chat(session, dose_id=button.dose_id, chat_id=chat_id)
    if found is None:
        logger.warning("refused a booking button from a chat that does not own the dose")
        return chat_catalog(context, chat_id).text("dose-button-not-yours")
    dose, patient = found
    catalog = catalog_of(patient)
    if dose.status != DoseStatus.SCHEDULED:
        return catalog.text("dose-button-already")
    return _Booking(patient, dose, catalog)


def _awaited_or_next(context: BotContext, chat_id: int) -> _Booking | None:
    """The dose the bot asked about, or else the patient's next clinic dose."""
    awaited = (context.chat_data or {}).get(AWAITING)
    with patient_scope(context, chat_id) as here:
        session, patient = here.session, here.patient
        if patient is None or patient.id is None:
            return None
        if isinstance(awaited, int):
            found = dose_and_patient_for_chat(session, dose_id=awaited, chat_id=chat_id)
            if found is not None and found[0].status == DoseStatus.SCHEDULED:
                return _Booking(patient, found[0], here.catalog)
        return _next_clinic_dose(session, patient, here.catalog)


def _next_clinic_dose(session: Session, patient: Patient, catalog: Catalog) -> _Booking | None:
    """The patient's next open dose, when their plan has the clinic give it."""
    assert patient.id is not None
    regimen = current_regimen(session, patient_id=patient.id)
    if regimen is None or regimen.giver != Giver.CLINIC:
        return None
    dose = next_open_dose(session, patient_id=patient.id)
    return _Booking(patient, dose, catalog) if dose is not None else None


def _remember(context: BotContext, dose: ScheduledDose) -> None:
    """Remember which dose the next typed day and time is for."""
    if context.chat_data is not None:
        context.chat_data[AWAITING] = dose.id


def _forget(context: BotContext) -> None:
    """Forget the dose being booked."""
    if context.chat_data is not None:
        context.chat_data.pop(AWAITING, None)


def conversation() -> ConversationHandler[BotContext]:
    """The persistent booking conversation: one question, the day and time."""
    entry_points: list[BaseHandler[Update, BotContext, object]] = [
        CallbackQueryHandler(
            on_booked_button, pattern=f"^{BOOKING_PREFIX}:[^:]*:{BookingChoice.BOOKED}$"
        ),
        CallbackQueryHandler(
            on_tomorrow_button, pattern=f"^{BOOKING_PREFIX}:[^:]*:{BookingChoice.TOMORROW}$"
        ),
        MessageHandler(TYPED & BOOKED_WORDS, on_booked_words),
    ]
    asking: list[BaseHandler[Update, BotContext, object]] = [MessageHandler(TYPED, on_typed_answer)]
    fallbacks: list[BaseHandler[Update, BotContext, object]] = [CommandHandler("cancel", cancel)]
    # Buttons are checked against the dose in the database, not per message; PTB warns
    # about that combination, and the warning is expected.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message")
        return ConversationHandler(
            entry_points=entry_points,
            states={State.ASKING: asking},
            fallbacks=fallbacks,
            name=NAME,
            persistent=True,
            allow_reentry=True,
        )


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The booking conversation, and a note for booking buttons of any other shape."""
    return [conversation(), CallbackQueryHandler(_malformed, pattern=f"^{BOOKING_PREFIX}:")]


async def _malformed(update: Update, context: BotContext) -> None:
    """A booking button whose data is not one the bot makes."""
    if update.callback_query is not None:
        chat_id = update.effective_chat.id if update.effective_chat else None
        await update.callback_query.answer(
            chat_catalog(context, chat_id).text("dose-button-not-yours")
        )
