"""Symptom check-ins: six symptoms on a 0-3 scale by buttons, a free-text note, and the trend.

Entered with /symptoms, or by pressing a scale button under an offer
(bot.features.symptoms.offer_messages). While it runs, free text is kept as the note (the
red-flag screen sees it first, in its earlier group), except a dose reply or question
("done", "next?"), which is answered as usual. The check-in itself lives in the database,
so a restart loses no answer; the conversation state only says that typed text belongs to
it.

    /symptoms or a scale button -> RATING --(button per symptom)--> note question
    RATING --(text)--> note kept --(all rated)--> saved + trend --> END
    RATING --(No note / Stop / /cancel)--> saved + trend --> END
"""

import warnings
from datetime import timedelta
from enum import Enum, StrEnum, auto
from html import escape

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
from bot.domain.parsing.replies import IntentError, Unknown, parse_intent_in
from bot.domain.symptoms import TREND_LENGTH, Direction, next_unrated, trends
from bot.features.doses import replies as dose_replies
from bot.features.patient_scope import catalog_of, chat_catalog, patient_scope
from bot.features.red_flags.screen import CHECK_IN_KEY
from bot.features.symptoms.offer_plan import plan_symptom_offers
from bot.features.symptoms.prompts import (
    NO_NOTE,
    PREFIX,
    STOP,
    SymptomButton,
    parse_button,
    question,
    scores_of,
)
from bot.services.patient_time import today_of, zone_of
from bot.telegram.edits import edit_or_send
from storage.database import session_scope
from storage.models import Patient, SymptomCheckIn
from storage.symptoms import (
    MAX_NOTE_LENGTH,
    add_check_in,
    add_note,
    check_in_for_chat,
    completed_check_ins,
    open_check_in,
)

NAME = "symptoms"


class State(StrEnum):
    """Where the check-in conversation stands (the value is persisted)."""

    RATING = "rating"


END = ConversationHandler.END
# An offer answered within this long continues its check-in instead of starting another.
OPEN_FOR = timedelta(days=2)


class _Text(Enum):
    """What free text during a check-in turned out to be."""

    NO_CHECK_IN = auto()
    ABOUT_DOSES = auto()
    TOO_LONG = auto()
    NOTE = auto()
    LAST_ANSWER = auto()


def _direction_text(catalog: Catalog, direction: Direction) -> str:
    """A symptom's trend in words: " ↘ better"."""
    return {
        Direction.BETTER: catalog.text("symptom-better"),
        Direction.WORSE: catalog.text("symptom-worse"),
        Direction.SAME: catalog.text("symptom-same"),
    }[direction]


async def start(update: Update, context: BotContext) -> str | int:
    """/symptoms: ask the first unrated symptom; /symptoms trend: show the trend."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return END
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, patient, session = here.catalog, here.patient, here.session
        check_in: SymptomCheckIn | None = None
        if patient is None or patient.id is None:
            text, keyboard = catalog.text("no-plan-yet"), None
        elif context.args and context.args[0].casefold().startswith("trend"):
            text, keyboard = trend_text(catalog, session, patient), None
        else:
            check_in = _check_in_to_ask(session, patient.id, context)
            text, keyboard = question(catalog, check_in)
    if check_in is None:
        await message.reply_text(text)
        return END
    _remember(context, check_in)
    await message.reply_text(text, reply_markup=keyboard)
    return State.RATING


async def on_button(update: Update, context: BotContext) -> str | int:
    """A scale button, "No note" or "Stop"."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return END
    button = parse_button(query.data)
    if button is None:
        catalog = chat_catalog(context, update.effective_chat.id)
        await query.answer(catalog.text("dose-button-not-yours"))
        return _state_of(context)
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, session = here.catalog, here.session
        check_in = check_in_for_chat(
            session, check_in_id=button.check_in_id, chat_id=update.effective_chat.id
        )
        if check_in is not None and check_in.completed_at is None:
            _record_score(session, check_in, button)
            text, keyboard = question(catalog, check_in)
    if check_in is None or check_in.completed_at is not None:
        refusal = (
            catalog.text("symptom-button-already")
            if check_in
            else catalog.text("dose-button-not-yours")
        )
        await query.answer(refusal)
        return END if check_in is None else _state_of(context)
    _remember(context, check_in)
    # The message changes before the press is acknowledged, so the next tap sees the next question.
    if button.action in (NO_NOTE, STOP):
        saved = button.action == NO_NOTE
        done = catalog.text("symptom-saved") if saved else catalog.text("symptom-stopped")
        await edit_or_send(query, done)
        await query.answer()
        await _complete(update, context, check_in)
        return END
    await edit_or_send(query, text, keyboard)
    await query.answer()
    return State.RATING


def _check_in_to_ask(session: Session, patient_id: int, context: BotContext) -> SymptomCheckIn:
    """The patient's recent unfinished check-in, or a new one."""
    since = context.now() - OPEN_FOR
    check_in = open_check_in(session, patient_id=patient_id, since=since)
    if check_in is None:
        check_in = add_check_in(session, patient_id=patient_id, asked_at=context.now())
    return check_in


def _record_score(session: Session, check_in: SymptomCheckIn, button: SymptomButton) -> None:
    """Keep the pressed score, unless that symptom already has one."""
    if button.score is not None and getattr(check_in, button.action) is None:
        setattr(check_in, button.action, button.score)
        session.add(check_in)


async def on_text(update: Update, context: BotContext) -> str | int:
    """Free text during a check-in: the note (a finished check-in hands it on)."""
    message = update.effective_message
    if message is None or message.text is None or update.effective_chat is None:
        return END
    check_in_id = (context.chat_data or {}).get(CHECK_IN_KEY)
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, session = here.catalog, here.session
        check_in = check_in_for_chat(
            session, check_in_id=int(str(check_in_id or -1)), chat_id=update.effective_chat.id
        )
        kind = _keep_note(session, check_in, message.text, context)
    if kind is _Text.NO_CHECK_IN:
        # An abandoned check-in must not swallow dose replies for ever: hand the text on.
        _forget(context)
        await dose_replies.on_text(update, context)
        return END
    if kind is _Text.ABOUT_DOSES:
        # "done" or "when's my next shot?" mid check-in is not a symptom note.
        await dose_replies.on_text(update, context)
        return State.RATING
    if kind is _Text.TOO_LONG:
        await message.reply_text(catalog.text("symptom-note-too-long"))
        return State.RATING
    if kind is _Text.LAST_ANSWER:
        assert check_in is not None
        await message.reply_text(catalog.text("symptom-saved"))
        await _complete(update, context, check_in)
        return END
    await message.reply_text(catalog.text("symptom-note-saved"))
    return State.RATING


def _keep_note(
    session: Session, check_in: SymptomCheckIn | None, text: str, context: BotContext
) -> _Text:
    """Keep the text as the check-in's note if it is one; what the text turned out to be."""
    stale = check_in is not None and check_in.asked_at < context.now() - OPEN_FOR
    if check_in is None or check_in.completed_at is not None or stale:
        return _Text.NO_CHECK_IN
    if _is_a_reply_about_doses(session, check_in, text, context):
        return _Text.ABOUT_DOSES
    if len(text) > MAX_NOTE_LENGTH:
        return _Text.TOO_LONG
    add_note(session, check_in=check_in, note=text.strip())
    return _Text.NOTE if next_unrated(scores_of(check_in)) is not None else _Text.LAST_ANSWER


def _is_a_reply_about_doses(
    session: Session, check_in: SymptomCheckIn, text: str, context: BotContext
) -> bool:
    """Whether the text is a dose reply or a question the bot understands, not a note."""
    patient = session.get(Patient, check_in.patient_id)
    if patient is None:
        return False
    today = today_of(patient, context.now())
    intent = parse_intent_in(text, today=today, vocabularies=reading_order(patient.language))
    return not isinstance(intent, Unknown | IntentError)


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel during a check-in: keep what was answered and stop."""
    check_in_id = (context.chat_data or {}).get(CHECK_IN_KEY)
    message = update.effective_message
    if message is not None and update.effective_chat is not None:
        with patient_scope(context, update.effective_chat.id) as here:
            catalog = here.catalog
            check_in = check_in_for_chat(
                here.session,
                check_in_id=int(str(check_in_id or -1)),
                chat_id=update.effective_chat.id,
            )
        await message.reply_text(catalog.text("symptom-stopped"))
        if check_in is not None and check_in.completed_at is None:
            await _complete(update, context, check_in)
    _forget(context)
    return END


async def _complete(update: Update, context: BotContext, check_in: SymptomCheckIn) -> None:
    """Mark the check-in answered, show the trend, and plan the next offer."""
    _forget(context)
    assert update.effective_chat is not None
    with session_scope(context.engine) as session:
        current = session.get(SymptomCheckIn, check_in.id)
        patient = session.get(Patient, check_in.patient_id)
        assert current is not None and patient is not None
        if any(score is not None for score in scores_of(current).values()) or current.note:
            current.completed_at = context.now()
            session.add(current)
            session.flush()
        plan_symptom_offers(session, patient=patient, now=context.now())
        text = trend_text(catalog_of(patient), session, patient)
    await context.bot.send_message(update.effective_chat.id, text)


def trend_text(catalog: Catalog, session: Session, patient: Patient) -> str:
    """The last check-ins per symptom with better / worse, and the notes."""
    assert patient.id is not None
    recent = completed_check_ins(session, patient_id=patient.id, limit=TREND_LENGTH)
    if not recent:
        return catalog.text("symptom-trend-none")
    lines = [catalog.text("symptom-trend-header", count=len(recent))]
    for trend in trends([scores_of(check_in) for check_in in recent]):
        lines.append(
            catalog.text(
                "symptom-trend-line",
                name=catalog.word("symptom-names", trend.symptom),
                scores=" → ".join(str(score) for score in trend.scores),
                direction=_direction_text(catalog, trend.direction) if trend.direction else "",
            )
        )
    zone = zone_of(patient)
    notes = [
        catalog.text(
            "symptom-note-line",
            day=catalog.day(c.completed_at.astimezone(zone).date()),
            note=escape(c.note),
        )
        for c in recent
        if c.note and c.completed_at
    ]
    text = "\n".join(lines)
    if notes:
        text += catalog.text("symptom-notes-header") + "".join(notes)
    return text + catalog.text("symptom-trend-hint")


def _remember(context: BotContext, check_in: SymptomCheckIn) -> None:
    """Note that typed text now belongs to this check-in (read by the red-flag screen too)."""
    if context.chat_data is not None:
        context.chat_data[CHECK_IN_KEY] = check_in.id


def _forget(context: BotContext) -> None:
    """The check-in is over."""
    if context.chat_data is not None:
        context.chat_data.pop(CHECK_IN_KEY, None)


def _state_of(context: BotContext) -> str | int:
    """Stay in the check-in if one is running, else end."""
    return State.RATING if CHECK_IN_KEY in (context.chat_data or {}) else END


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The check-in conversation (before the free-text dose replies)."""
    button: CallbackQueryHandler[BotContext, object] = CallbackQueryHandler(
        on_button, pattern=f"^{PREFIX}:"
    )
    # Buttons are checked against the check-in in the database, not per message; PTB warns
    # about that combination, and the warning is expected.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message")
        conversation: ConversationHandler[BotContext] = ConversationHandler(
            entry_points=[CommandHandler("symptoms", start), button],
            states={
                State.RATING: [button, MessageHandler(filters.TEXT & ~filters.COMMAND, on_text)],
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name=NAME,
            persistent=True,
            allow_reentry=True,
        )
    return [conversation]
