"""The guided setup conversation: the prescriber's plan, step by step, confirmed and saved.

Entered with /start while the patient has no plan and with /regimen at any time. Each step's
question lives in setup_questions, its answers in setup_plan and setup_details; this module
wires the states together and holds what applies to every step: /cancel, /back, resuming,
stale buttons, and the final confirmation that saves the plan. The flow is drawn in full
in flow.md beside this file; in short (states are `Step`):

    /start (no plan) or /regimen -> PRESET --> [PRESET_MONTHS | PRESET_DOSE] --> REVIEW
    PRESET --(Custom)--> PHASE_KIND; REVIEW --(Change a number)--> EDITOR
    one phase: PHASE_KIND -> PHASE_CADENCE -> [PHASE_DAYS | PHASE_MONTHS | PHASE_WEEKDAYS]
               -> PHASE_END -> [PHASE_COUNT | PHASE_DURATION] -> PHASE_DOSE -> PHASE_MORE / EDITOR
    REVIEW / EDITOR / PHASE_MORE --(plan valid)--> DRUG -> ROUTE -> GIVER -> ZONE
    ZONE --> ZONE_CHOICE (several zones) --> START_FROM -> START_DATE -> TIME -> SUMMARY
    ZONE --> RESUME (a plan in force) --> TIME or START_DATE
    START_DATE --("3/4/26")--> START_DATE with two buttons
    SUMMARY --(Confirm)--> saved --> END;  SUMMARY --(Start over)--> PRESET
    /back returns to the previous step; /cancel --> END from any step
"""

import warnings
from datetime import date, datetime
from typing import Any

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)
from telegram.warnings import PTBUserWarning

from bot.catalog.catalog import Catalog
from bot.catalog.vocabulary import spoken_language
from bot.context import BotContext
from bot.domain.regimen import Regimen
from bot.features.doses import past_doses
from bot.features.labs import offer as lab_offer
from bot.features.plan_changes.versions import Continuation, PhaseChoice, continuation
from bot.features.setup import details as setup_details
from bot.features.setup import plan_steps as setup_plan
from bot.features.setup import welcome
from bot.features.setup.draft import KEY, PREFIX, Draft, StartFrom, Step
from bot.features.setup.navigation import (
    ANSWER,
    StaleButton,
    ask,
    draft_of,
    on_button,
    reask,
    send,
    setup_catalog,
)
from bot.features.symptoms.offer_plan import plan_symptom_offers
from bot.services.scheduling import (
    adopt_plan,
    doses_already_due,
    keep_reminders_sent_before,
    withhold_older_past_reminders,
)
from storage.database import session_scope
from storage.models import ReminderKind, ScheduledDose
from storage.patients import get_or_create_patient
from storage.regimens import Takeover, current_regimen
from storage.reminders import first_pending_of_kind

END = ConversationHandler.END
NAME = "setup"


# --- Entering -------------------------------------------------------------------------------


async def begin_from_start(update: Update, context: BotContext) -> Step | int:
    """/start: greet; a patient without a plan goes straight into setup, in the same message."""
    hello, has_plan = welcome.greeting(update, context)
    if has_plan:
        await send(update, context, hello)
        return END
    return await _begin(update, context, has_plan=False, hello=hello)


async def begin_from_command(update: Update, context: BotContext) -> Step | int:
    """/regimen: set up a first plan or a new version of the current one."""
    assert update.effective_chat is not None
    with session_scope(context.engine) as session:
        patient, _ = get_or_create_patient(
            session,
            chat_id=update.effective_chat.id,
            time_zone=context.services.settings.default_time_zone,
            **_first_contact(update),
        )
        assert patient.id is not None
        has_plan = current_regimen(session, patient_id=patient.id) is not None
    return await _begin(update, context, has_plan=has_plan)


def _first_contact(update: Update) -> dict[str, str | None]:
    """What Telegram says of a new patient's language: its code, and the language it picks."""
    code = update.effective_user.language_code if update.effective_user else None
    return {"language_code": code, "language": spoken_language(code)}


async def _begin(update: Update, context: BotContext, *, has_plan: bool, hello: str = "") -> Step:
    """Start with no answers and ask for the preset."""
    _clear(context)
    draft_of(context).set("has_plan", has_plan)
    catalog = setup_catalog(update, context)
    intro = catalog.text("setup-intro-change") if has_plan else catalog.text("setup-intro-new")
    before = f"{hello}\n\n{intro}" if hello else intro
    return await ask(update, context, Step.PRESET, before=before)


def _clear(context: BotContext) -> None:
    """Forget every setup answer."""
    assert context.user_data is not None
    context.user_data.pop(KEY, None)


# --- Any step -------------------------------------------------------------------------------


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel: leave without saving anything."""
    kept = bool(draft_of(context).get("has_plan"))
    _clear(context)
    catalog = setup_catalog(update, context)
    text = catalog.text("setup-cancelled-plan-kept") if kept else catalog.text("setup-cancelled")
    await send(update, context, text, ReplyKeyboardRemove())
    return END


async def back(update: Update, context: BotContext) -> Step:
    """/back: undo the last answer and ask that question again."""
    draft = draft_of(context)
    previous = draft.pop_previous()
    if previous is None:
        note = setup_catalog(update, context).text("setup-nothing-to-go-back")
        return await reask(update, context, note)
    return await ask(update, context, previous)


async def resume_from_start(update: Update, context: BotContext) -> Step:
    """/start during setup: greet as usual, then ask the current question again."""
    hello, _ = welcome.greeting(update, context)
    again = setup_catalog(update, context).text("setup-resume")
    return await reask(update, context, f"{hello}\n\n{again}")


async def resume(update: Update, context: BotContext) -> Step:
    """/regimen during setup: ask the current question again."""
    return await reask(update, context, setup_catalog(update, context).text("setup-resume"))


async def use_buttons(update: Update, context: BotContext) -> Step:
    """Text where only buttons fit: say so and show them again."""
    note = setup_catalog(update, context).text("setup-use-buttons")
    return await reask(update, context, note)


async def stale_button(update: Update, context: BotContext) -> None:
    """A setup button from an earlier step: a short note, the state is untouched."""
    assert update.callback_query is not None
    await update.callback_query.answer(setup_catalog(update, context).text("setup-stale-button"))


async def finished_button(update: Update, context: BotContext) -> None:
    """A setup button pressed after setup ended."""
    assert update.callback_query is not None
    await update.callback_query.answer(setup_catalog(update, context).text("setup-finished-button"))


# --- Confirming -----------------------------------------------------------------------------


async def confirm(update: Update, context: BotContext, value: str) -> Step | int:
    """Save the plan, or start over."""
    if value == "restart":
        return await _begin(update, context, has_plan=bool(draft_of(context).get("has_plan")))
    if value != "ok":
        raise StaleButton
    draft = draft_of(context)
    now = context.now()
    doses, kept, booking_at = _save(update, context, draft, now)
    _clear(context)
    assert update.effective_chat is not None
    # Said before the reminders are woken (after this handler), so the reminder of a dose
    # already due follows it.
    catalog = setup_catalog(update, context)
    text = _saved_text(catalog, draft, doses, kept, now)
    if booking_at is not None and not kept and not doses_already_due(doses, now):
        text = _booking_text(catalog, draft, doses, booking_at, now)
    await send(update, context, text)
    # A separate, stateless offer: the setup conversation has ended; its buttons work alone.
    await lab_offer.send_offer(context, update.effective_chat.id)
    return END


def _save(
    update: Update, context: BotContext, draft: Draft, now: datetime
) -> tuple[list[ScheduledDose], list[ScheduledDose], datetime | None]:
    """Write the patient's zone and time and the new plan version.

    Returns the doses to tell about, those already due whose reminder, sent under the
    version before, still stands (the patient answers there, not on a second one), and when
    the first reminder to book the clinic comes (None when none is planned).
    """
    assert update.effective_chat is not None
    plan: Regimen = draft.regimen()
    with session_scope(context.engine) as session:
        patient, _ = get_or_create_patient(
            session,
            chat_id=update.effective_chat.id,
            time_zone=draft.get("zone"),
            **_first_contact(update),
        )
        # Read before the new version replaces the current one (and in the zone it was in).
        found = continuation(session, patient=patient, plan=plan) if draft.carry else None
        patient.time_zone = draft.get("zone")
        patient.reminder_time = draft.reminder_time
        session.add(patient)
        doses = adopt_plan(
            session,
            patient=patient,
            plan=plan,
            preset=draft.get("preset"),
            now=now,
            **_dated_by(draft, found),
        )
        assert patient.id is not None
        kept = keep_reminders_sent_before(session, patient_id=patient.id, doses=doses, now=now)
        doses = [dose for dose in doses if dose not in kept]
        withhold_older_past_reminders(session, doses=doses, now=now)
        plan_symptom_offers(session, patient=patient, now=now)
        booking_at = first_pending_of_kind(
            session, patient_id=patient.id, kind=ReminderKind.BOOK_APPOINTMENT
        )
    return doses, kept, booking_at


def _dated_by(draft: Draft, found: Continuation | None) -> dict[str, Any]:
    """What the new version is dated by and where it takes over, from the answers.

    Carrying on counts from the last dose as it stands now (`found`), or as it stood when
    the patient was asked, should it have gone in between.
    """
    if draft.carries_on:
        carry = draft.carry
        assert carry is not None
        last_on = found.last_on if found else date.fromisoformat(carry["last_on"])
        takeover = (
            found.takeover(PhaseChoice.CARRY_ON)
            if found
            else Takeover(carry["position"], carry["numbered_after"])
        )
        return {"first_dose_on": None, "last_dose_before_start_on": last_on, "takeover": takeover}
    position = found.position if found else (draft.carry or {}).get("position")
    last = draft.start_from is StartFrom.LAST
    return {
        "first_dose_on": None if last else draft.start_on,
        "last_dose_before_start_on": draft.start_on if last else None,
        "takeover": Takeover(position) if position is not None else None,
        # The last injection the patient gave the date of is a dose they had: count it.
        "count_last_injection": last,
    }


def _saved_text(
    catalog: Catalog,
    draft: Draft,
    doses: list[ScheduledDose],
    kept: list[ScheduledDose],
    now: datetime,
) -> str:
    """When the first reminder comes, or that the doses already due are asked about now."""
    if kept:
        return _kept_text(catalog, draft, doses, kept, now)
    past = doses_already_due(doses, now)
    if len(past) > 1:
        return catalog.text("setup-saved-asking-many", count=len(past))
    if past:
        return catalog.text(
            "setup-saved-asking-one", when=catalog.moment(past[0].due_at, draft.zone)
        )
    first_due = min((dose.due_at for dose in doses), default=None)
    if first_due is None:
        return catalog.text("setup-saved-due-now")
    return catalog.text("setup-saved", when=catalog.moment(first_due, draft.zone))


def _booking_text(
    catalog: Catalog, draft: Draft, doses: list[ScheduledDose], booking_at: datetime, now: datetime
) -> str:
    """For a clinic-given plan: the first reminder is the one to book the clinic."""
    first = min(doses, key=lambda dose: dose.due_at)
    day = catalog.day(first.local_date)
    if booking_at <= now:
        return catalog.text("setup-saved-book-now", day=day)
    when = catalog.moment(booking_at, draft.zone)
    return catalog.text("setup-saved-book-later", when=when, day=day)


def _kept_text(
    catalog: Catalog,
    draft: Draft,
    doses: list[ScheduledDose],
    kept: list[ScheduledDose],
    now: datetime,
) -> str:
    """The reminders sent before still stand; what else is asked, or when the next comes."""
    days = catalog.text("and").join(catalog.day(dose.local_date) for dose in kept)
    text = catalog.text("setup-saved-reminder-stands", days=days)
    past = doses_already_due(doses, now)
    if past:
        if len(past) == 1:
            return text + catalog.text("setup-saved-and-asking-one")
        return text + catalog.text("setup-saved-and-asking-many", count=len(past))
    first_due = min((dose.due_at for dose in doses), default=None)
    if first_due is None:
        return text
    return text + catalog.text("setup-saved-next", when=catalog.moment(first_due, draft.zone))


# --- Wiring ---------------------------------------------------------------------------------


def conversation() -> ConversationHandler[BotContext]:
    """The persistent setup ConversationHandler."""
    states = setup_plan.handlers() | setup_details.handlers()
    states[Step.SUMMARY] = [on_button(Step.SUMMARY, confirm)]
    fallbacks: list[BaseHandler[Update, BotContext, object]] = [
        CommandHandler("cancel", cancel),
        CommandHandler("back", back),
        CommandHandler("start", resume_from_start),
        CommandHandler("regimen", resume),
        CallbackQueryHandler(stale_button, pattern=f"^{PREFIX}:"),
        MessageHandler(ANSWER, use_buttons),
    ]
    # Buttons are tracked per chat, not per message, on purpose: a press is checked against
    # the current step instead. PTB warns about that combination; the warning is expected.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message")
        return ConversationHandler(
            entry_points=[
                CommandHandler("start", begin_from_start),
                CommandHandler("regimen", begin_from_command),
            ],
            states=states,
            fallbacks=fallbacks,
            name=NAME,
            persistent=True,
        )


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The setup conversation, and a note for its buttons once it has ended."""
    return [
        conversation(),
        CallbackQueryHandler(finished_button, pattern=f"^{PREFIX}:"),
        *past_doses.handlers(),
    ]
