"""/labs: what is due and the results so far with their trend; add, mark done, move, record.

A persistent conversation (`name="labs"`) because some answers are typed (a date, a result);
the lab it is about sits in `user_data["labs"]`. Lab reminders' Done / Move buttons enter it
too. Every typed answer is validated and re-asked with an example; /cancel leaves.

    /labs -> MENU --(Suggested)--> offer shown --> END
    MENU --(Clinician)--> CLINICIAN_TEST --(test)--> WHEN --(date or rule)--> added --> END
    MENU --(Done / Move / Result)--> PICK --(test)--> the action below
    lab reminder's Done / Move --> the action below
    Move --> MOVE_DATE --(date from today on)--> moved --> END
    Done --> marked done --> RESULT (a test with a result) or END
    Result --> RESULT --(number)--> saved + trend --> END
    a refused answer stays in its state; /cancel --> END from any state
"""

import warnings
from datetime import date
from enum import IntEnum
from html import escape

from sqlmodel import Session
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
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
from bot.catalog.problems import lab_example, problem_text
from bot.context import BotContext
from bot.domain.labs import (
    CLINICIAN_TESTS,
    RESULT_RULES,
    LabResult,
    LabTest,
    ResultError,
    parse_relative_due,
    parse_result,
)
from bot.domain.parsing.numbers import row_id
from bot.features.date_answers import DateReask, typed_date
from bot.features.labs import offer as lab_offer
from bot.features.labs.listing import lab_label, labs_text, result_number, trend_text
from bot.features.labs.reminder_plan import cancel_lab_reminders, write_lab_reminders
from bot.features.labs.reminders import LAB_PREFIX
from bot.features.patient_scope import chat_catalog, patient_scope, vocabulary_of
from bot.services.pausing import local_today
from bot.services.scheduling import load_patient_plan
from bot.telegram.callback_data import CallbackPrefix, callback_fields, id_and_choice
from bot.telegram.conversations import UserDataKey
from bot.telegram.edits import replace_buttons
from storage.database import session_scope
from storage.labs import (
    add_lab_order,
    done_labs,
    lab_for_patient,
    mark_lab_done,
    move_lab,
    planned_labs,
    record_lab_result,
)
from storage.models import LabOrder, LabOrderStatus, Patient

END = ConversationHandler.END
NAME = "labs"
KEY = UserDataKey.LAB.value
MENU_PREFIX = CallbackPrefix.LAB_MENU
TYPED = filters.TEXT & ~filters.COMMAND


class State(IntEnum):
    """Where the /labs conversation stands."""

    MENU = 1
    CLINICIAN_TEST = 2
    WHEN = 3
    PICK = 4
    MOVE_DATE = 5
    RESULT = 6


# --- Entering ------------------------------------------------------------------------------


async def show_labs(update: Update, context: BotContext) -> State | int:
    """/labs: the list, with what can be done next."""
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return END
    with patient_scope(context, update.effective_chat.id) as here:
        catalog = here.catalog
        text = _labs_text(catalog, here.session, here.patient)
    if text is None:
        await message.reply_text(catalog.text("lab-no-plan"))
        return END
    _remember(context)
    await message.reply_text(text, reply_markup=_menu_keyboard(catalog))
    return State.MENU


async def on_reminder_button(update: Update, context: BotContext) -> State | int:
    """Done / Move it under a lab reminder."""
    query = update.callback_query
    if query is None or query.data is None or update.effective_chat is None:
        return END
    pressed = id_and_choice(query.data, LAB_PREFIX)
    if pressed is None or pressed[1] not in ("done", "move"):
        catalog = chat_catalog(context, update.effective_chat.id)
        await query.answer(catalog.text("lab-button-not-yours"))
        return END
    lab_id, action = pressed
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, patient = here.catalog, here.patient
        lab = _own_lab(here.session, patient, lab_id)
    if patient is None or lab is None or lab.status != LabOrderStatus.PLANNED:
        await query.answer(catalog.text("lab-button-not-yours"))
        return END
    await query.answer()
    await replace_buttons(query)
    _remember(context, lab_id=lab_id, action=action)
    return await _act_on(update, context, catalog, patient, lab)


# --- The menu ------------------------------------------------------------------------------


async def on_menu(update: Update, context: BotContext) -> State | int:
    """One of the /labs buttons."""
    query = update.callback_query
    assert query is not None and query.data is not None and update.effective_chat is not None
    action = query.data.removeprefix(f"{MENU_PREFIX}:menu:")
    await query.answer()
    await replace_buttons(query)
    chat_id = update.effective_chat.id
    if action == "suggested":
        await lab_offer.show_offer(context, chat_id)
        return END
    if action == "clinician":
        catalog = chat_catalog(context, chat_id)
        buttons = [
            [_button(catalog.word("lab-test-names", test), f"test:{test}")]
            for test in CLINICIAN_TESTS
        ]
        await context.bot.send_message(
            chat_id,
            catalog.text("lab-ask-clinician-test"),
            reply_markup=InlineKeyboardMarkup(buttons),
        )
        return State.CLINICIAN_TEST
    return await _ask_which(update, context, action)


async def on_clinician_test(update: Update, context: BotContext) -> State | int:
    """The test the clinician ordered; then when it is."""
    query = update.callback_query
    assert query is not None and query.data is not None and update.effective_chat is not None
    key = query.data.removeprefix(f"{MENU_PREFIX}:test:")
    await query.answer()
    if key not in {test.value for test in CLINICIAN_TESTS}:
        return State.CLINICIAN_TEST
    await replace_buttons(query)
    _remember(context, test=key)
    catalog = chat_catalog(context, update.effective_chat.id)
    name = catalog.word("lab-test-names", key)
    await _say(update, context, catalog.text("lab-ask-when", test=name))
    return State.WHEN


async def on_when(update: Update, context: BotContext) -> State | int:
    """The date of a clinician-ordered test: a date, or a time after the start or a phase."""
    assert update.effective_message is not None and update.effective_chat is not None
    test = str(_memory(context).get("test"))
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, patient, session = here.catalog, here.patient, here.session
        if patient is None or test not in catalog.words("lab-test-names"):
            return END
        due_on = _due_on(catalog, session, patient, update.effective_message.text or "", context)
        name = catalog.word("lab-test-names", test)
        if isinstance(due_on, str):
            text = f"{due_on}\n\n{catalog.text('lab-ask-when', test=name)}"
        else:
            _add_clinician_lab(session, patient, test, due_on, context)
            text = catalog.text("lab-added", test=name, day=catalog.day(due_on))
    await _say(update, context, text)
    if isinstance(due_on, str):
        return State.WHEN
    return END


async def on_pick(update: Update, context: BotContext) -> State | int:
    """The test to mark done, move, or record a result for."""
    query = update.callback_query
    assert query is not None and query.data is not None and update.effective_chat is not None
    fields = callback_fields(query.data, MENU_PREFIX)
    lab_id = row_id(fields[1]) if fields is not None and len(fields) == 2 else None
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, patient = here.catalog, here.patient
        lab = _own_lab(here.session, patient, lab_id)
    if patient is None or lab is None:
        await query.answer(catalog.text("lab-stale-button"))
        return State.PICK
    await query.answer()
    await replace_buttons(query)
    _remember(context, lab_id=lab.id, action=str(_memory(context).get("action")))
    return await _act_on(update, context, catalog, patient, lab)


async def on_move_date(update: Update, context: BotContext) -> State | int:
    """The new date of a test."""
    assert update.effective_message is not None and update.effective_chat is not None
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, patient, session = here.catalog, here.patient, here.session
        lab = _remembered_lab(session, patient, context)
        if patient is None or lab is None or lab.status != LabOrderStatus.PLANNED:
            return END
        today = local_today(patient, context.now())
        answer = _future_date(catalog, update.effective_message.text or "", today)
        name = catalog.word("lab-test-names", lab.test)
        if isinstance(answer, str):
            text = f"{answer}\n\n{catalog.text('lab-ask-move-date', test=name)}"
        else:
            move_lab(session, lab=lab, due_on=answer)
            write_lab_reminders(session, patient=patient, lab=lab, now=context.now())
            text = catalog.text("lab-moved", test=name, day=catalog.day(answer))
    await _say(update, context, text)
    if isinstance(answer, str):
        return State.MOVE_DATE
    return END


async def on_result(update: Update, context: BotContext) -> State | int:
    """A result typed as on the report: validated, stored, and compared with the last one."""
    assert update.effective_message is not None and update.effective_chat is not None
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, patient, session = here.catalog, here.patient, here.session
        lab = _remembered_lab(session, patient, context)
        if patient is None or lab is None:
            return END
        typed = update.effective_message.text or ""
        result = parse_result(typed, vocabulary=here.vocabulary, expected=LabTest(lab.test))
        if isinstance(result, ResultError):
            text = problem_text(catalog, result)
        else:
            text = _save_result(catalog, session, patient, lab, result, context)
    await _say(update, context, text)
    if isinstance(result, ResultError):
        return State.RESULT
    return END


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel: leave the lab conversation."""
    _forget(context)
    chat_id = update.effective_chat.id if update.effective_chat else None
    await _say(update, context, chat_catalog(context, chat_id).text("lab-cancelled"))
    return END


async def stale_button(update: Update, context: BotContext) -> None:
    """A /labs button from an earlier question."""
    assert update.callback_query is not None
    chat_id = update.effective_chat.id if update.effective_chat else None
    await update.callback_query.answer(chat_catalog(context, chat_id).text("lab-stale-button"))


# --- Acting on one test --------------------------------------------------------------------


async def _ask_which(update: Update, context: BotContext, action: str) -> State | int:
    """Ask which test to mark done, move or record a result for."""
    assert update.effective_chat is not None
    with patient_scope(context, update.effective_chat.id) as here:
        catalog, patient, session = here.catalog, here.patient, here.session
        assert patient is not None and patient.id is not None
        labs = planned_labs(session, patient_id=patient.id)
        if action == "result":
            without = [
                lab for lab in done_labs(session, patient_id=patient.id) if lab.result_value is None
            ]
            labs = [lab for lab in [*without, *labs] if lab.test in RESULT_RULES]
    if not labs:
        none = (
            catalog.text("lab-none-for-result")
            if action == "result"
            else catalog.text("lab-none-planned")
        )
        await _say(update, context, none)
        return END
    _remember(context, action=action)
    question = {
        "done": catalog.text("lab-ask-which-done"),
        "move": catalog.text("lab-ask-which-move"),
    }.get(action, catalog.text("lab-ask-which-result"))
    buttons = [[_button(lab_label(catalog, lab), f"pick:{lab.id}")] for lab in labs]
    await _say(update, context, question, InlineKeyboardMarkup(buttons))
    return State.PICK


async def _act_on(
    update: Update, context: BotContext, catalog: Catalog, patient: Patient, lab: LabOrder
) -> State | int:
    """Mark done (then ask for the result), ask the new date, or ask for the result."""
    action = _memory(context).get("action")
    name = catalog.word("lab-test-names", lab.test)
    if action == "move":
        await _say(update, context, catalog.text("lab-ask-move-date", test=name))
        return State.MOVE_DATE
    if action == "done":
        today = local_today(patient, context.now())
        with session_scope(context.engine) as session:
            current = session.get(LabOrder, lab.id)
            assert current is not None
            mark_lab_done(session, lab=current, on=today)
            cancel_lab_reminders(session, lab=current)
        done = catalog.text("lab-marked-done", test=name, day=catalog.day(today))
        if lab.test not in RESULT_RULES:
            await _say(update, context, done)
            return END
        await _say(update, context, f"{done}\n\n{_ask_result(catalog, lab)}")
        return State.RESULT
    await _say(update, context, _ask_result(catalog, lab))
    return State.RESULT


def _ask_result(catalog: Catalog, lab: LabOrder) -> str:
    """The question for a test's result, with an example in its usual unit."""
    return catalog.text("lab-ask-result", example=lab_example(catalog, LabTest(lab.test)))


def _labs_text(catalog: Catalog, session: Session, patient: Patient | None) -> str | None:
    """The /labs list for the chat's patient; None when there is no plan yet."""
    if patient is None or load_patient_plan(session, patient=patient) is None:
        return None
    return labs_text(catalog, session, patient)


def _add_clinician_lab(
    session: Session, patient: Patient, test: str, due_on: date, context: BotContext
) -> None:
    """Plan a clinician-ordered test with its reminders."""
    assert patient.id is not None
    lab = add_lab_order(
        session,
        patient_id=patient.id,
        test=test,
        due_on=due_on,
        ordered_by_clinician=True,
        now=context.now(),
    )
    write_lab_reminders(session, patient=patient, lab=lab, now=context.now())


def _save_result(
    catalog: Catalog,
    session: Session,
    patient: Patient,
    lab: LabOrder,
    result: LabResult,
    context: BotContext,
) -> str:
    """Store the result (a planned test is marked done first); the reply, with the trend."""
    if lab.status == LabOrderStatus.PLANNED:
        mark_lab_done(session, lab=lab, on=local_today(patient, context.now()))
        cancel_lab_reminders(session, lab=lab)
    record_lab_result(session, lab=lab, value=result.value, unit=result.unit, now=context.now())
    return catalog.text(
        "lab-result-saved",
        test=catalog.word("lab-test-names", result.test),
        value=result_number(result),
        unit=escape(result.unit),
        trend=trend_text(catalog, session, lab),
    )


def _due_on(
    catalog: Catalog, session: Session, patient: Patient, text: str, context: BotContext
) -> date | str:
    """The date a typed "when" means, or what is wrong with it."""
    today = local_today(patient, context.now())
    relative = parse_relative_due(text, vocabulary=vocabulary_of(patient))
    if relative is None:
        return _future_date(catalog, text, today)
    patient_plan = load_patient_plan(session, patient=patient)
    assert patient_plan is not None
    boundaries = patient_plan.boundaries()
    if relative.anchor == "start":
        starts = [b.starts_on for b in boundaries[:1]]
    else:
        starts = [b.starts_on for b in boundaries if b.kind == relative.anchor]
    start = starts[0] if starts else None
    if start is None:
        phase = catalog.word("phase-names", relative.anchor)
        return catalog.text("lab-when-unknown-phase", phase=phase)
    due_on = start + relative.offset
    if due_on < today:
        return catalog.text("lab-when-passed", day=catalog.day(due_on))
    return due_on


def _future_date(catalog: Catalog, text: str, today: date) -> date | str:
    """A date from today on, or the message that says why not (with an example)."""
    answer = typed_date(catalog, text, today=today, allow_past=False)
    return answer.text if isinstance(answer, DateReask) else answer


# --- Small helpers -------------------------------------------------------------------------


def _menu_keyboard(catalog: Catalog) -> InlineKeyboardMarkup:
    """What the patient can do from /labs."""
    return InlineKeyboardMarkup(
        [
            [_button(catalog.text("lab-button-suggested"), "menu:suggested")],
            [_button(catalog.text("lab-button-clinician"), "menu:clinician")],
            [_button(catalog.text("lab-button-result"), "menu:result")],
            [
                _button(catalog.text("lab-button-mark-done"), "menu:done"),
                _button(catalog.text("lab-button-move"), "menu:move"),
            ],
        ]
    )


def _button(label: str, data: str) -> InlineKeyboardButton:
    """A /labs button."""
    return InlineKeyboardButton(label, callback_data=f"{MENU_PREFIX}:{data}")


def _own_lab(session: Session, patient: Patient | None, lab_id: int | None) -> LabOrder | None:
    """The lab, only if it belongs to this chat's patient."""
    if patient is None or patient.id is None or lab_id is None:
        return None
    return lab_for_patient(session, lab_id=lab_id, patient_id=patient.id)


def _remembered_lab(
    session: Session, patient: Patient | None, context: BotContext
) -> LabOrder | None:
    """The patient's lab this conversation is about."""
    lab_id = _memory(context).get("lab_id")
    return _own_lab(session, patient, lab_id if isinstance(lab_id, int) else None)


def _memory(context: BotContext) -> dict[str, object]:
    """What this conversation remembers (JSON only, so it survives a restart)."""
    assert context.user_data is not None
    data = context.user_data.setdefault(KEY, {})
    assert isinstance(data, dict)
    return data


def _remember(context: BotContext, **values: object) -> None:
    """Replace what the conversation remembers."""
    assert context.user_data is not None
    context.user_data[KEY] = dict(values)


def _forget(context: BotContext) -> None:
    """Forget the conversation's answers."""
    if context.user_data is not None:
        context.user_data.pop(KEY, None)


async def _say(
    update: Update, context: BotContext, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Send one message to the patient's chat."""
    assert update.effective_chat is not None
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


# --- Wiring --------------------------------------------------------------------------------


def conversation() -> ConversationHandler[BotContext]:
    """The persistent /labs ConversationHandler."""
    prefix = f"^{MENU_PREFIX}:"
    states: dict[object, list[BaseHandler[Update, BotContext, object]]] = {
        State.MENU: [CallbackQueryHandler(on_menu, pattern=f"{prefix}menu:")],
        State.CLINICIAN_TEST: [CallbackQueryHandler(on_clinician_test, pattern=f"{prefix}test:")],
        State.WHEN: [MessageHandler(TYPED, on_when)],
        State.PICK: [CallbackQueryHandler(on_pick, pattern=f"{prefix}pick:")],
        State.MOVE_DATE: [MessageHandler(TYPED, on_move_date)],
        State.RESULT: [MessageHandler(TYPED, on_result)],
    }
    entry_points: list[BaseHandler[Update, BotContext, object]] = [
        CommandHandler("labs", show_labs),
        CallbackQueryHandler(on_reminder_button, pattern=f"^{LAB_PREFIX}:"),
    ]
    fallbacks: list[BaseHandler[Update, BotContext, object]] = [
        CommandHandler("cancel", cancel),
        *entry_points,
        CallbackQueryHandler(stale_button, pattern=prefix),
    ]
    # Buttons are checked against the current state, per chat; PTB warns about that choice.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message")
        return ConversationHandler(
            entry_points=entry_points,
            states=states,
            fallbacks=fallbacks,
            name=NAME,
            persistent=True,
            allow_reentry=True,
        )


def handlers() -> list[BaseHandler[Update, BotContext, object]]:
    """The /labs conversation, the default-plan offer, and a note for stale /labs buttons."""
    return [
        conversation(),
        *lab_offer.handlers(),
        CallbackQueryHandler(stale_button, pattern=f"^{MENU_PREFIX}:"),
    ]
