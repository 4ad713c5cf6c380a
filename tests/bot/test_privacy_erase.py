"""/delete in the middle of a conversation ends it, and a repeated confirmation is harmless.

After "Yes, delete everything" the chat is a stranger's again: no conversation, no awaited
answer, and /start greets a new patient, however far into setup, /labs or /symptoms they were.
"""

from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.context import BotApplication
from bot.features.labs import conversation as labs
from bot.telegram.conversations import conversations_of
from bot_api_double import ApiError, BotApiDouble
from storage.models import Patient
from tests.bot.handler_errors import handler_errors
from tests.bot.patients import common_monthly, maintenance_only, patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.bot.test_setup import details, first_injection
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 7170


@pytest.fixture
def chat(double: BotApiDouble, application: BotApplication) -> SetupChat:
    """The patient's side of the chat, with the bot running."""
    return SetupChat(double, PATIENT)


async def _erase(chat: SetupChat) -> None:
    """/delete, then "Yes, delete everything", until the confirmation is shown."""
    assert "cannot be undone" in await chat.say("/delete")
    since = chat.double.mark()
    await chat.press_quietly(EN.text("delete-button-yes"))
    done = await chat.double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    assert done.text == EN.text("delete-done")


async def _conversations(application: BotApplication, double: BotApiDouble) -> dict[str, object]:
    """The conversations the patient is in, once the bot has finished the last update."""
    await double.idle()
    return conversations_of(application, PATIENT)


def _patients(engine: Engine) -> list[Patient]:
    """Every patient row, read afresh."""
    with Session(engine) as session:
        return list(session.exec(select(Patient)).all())


async def test_delete_during_setup_then_start_greets_a_new_patient(
    chat: SetupChat, application: BotApplication, double: BotApiDouble, engine: Engine
) -> None:
    """The issue's sequence: /start, a preset, /delete, Yes; then the chat works as new."""
    await chat.say("/start")
    await chat.press(EN.text("preset-common-monthly-name"))
    assert await _conversations(application, double) == {"setup": "review"}
    await _erase(chat)
    assert await _conversations(application, double) == {}
    assert _patients(engine) == []

    assert await chat.say("hello") == EN.text("no-plan-yet")
    await double.send_text(PATIENT, "/cancel")
    await double.idle()
    assert _patients(engine) == []
    first = await chat.say("/start")
    assert first.startswith("Hello, Patient!")
    assert EN.text("setup-ask-preset") in first
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await first_injection(chat)
    saved = await chat.press(EN.text("setup-button-confirm"))
    assert saved == EN.text("setup-saved", when="Wed 25 Nov, 09:00")
    assert [patient.chat_id for patient in _patients(engine)] == [PATIENT]
    assert await handler_errors(application, double) == 0


def _maintenance_patient(engine: Engine, clock: FakeClock) -> None:
    """The patient, with a maintenance plan saved."""
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=maintenance_only(),
        now=clock(),
        last_dose_before_start_on=date(2026, 11, 20),
    )


async def test_delete_with_the_labs_menu_open(
    chat: SetupChat,
    application: BotApplication,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
) -> None:
    """A /labs menu button pressed after the erase is an old button, not a question to answer."""
    _maintenance_patient(engine, clock)
    await chat.say("/labs")
    menu, result_data = chat.button(EN.text("lab-button-result"))
    assert await _conversations(application, double) == {"labs": labs.State.MENU}
    await _erase(chat)
    assert await _conversations(application, double) == {}

    since = double.mark()
    await double.press_button(PATIENT, menu["message_id"], result_data)
    answer = await double.wait_for("answerCallbackQuery", since=since)
    assert answer.params["text"] == EN.text("lab-stale-button")
    assert (await chat.say("/start")).startswith("Hello, Patient!")
    assert await handler_errors(application, double) == 0


@pytest.mark.both_databases
async def test_delete_while_labs_waits_for_a_date(
    chat: SetupChat,
    application: BotApplication,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
) -> None:
    """A date typed after the erase is answered as from a stranger, not silently swallowed."""
    _maintenance_patient(engine, clock)
    await chat.say("/labs")
    await chat.press(EN.text("lab-button-clinician"))
    await chat.press("vitamin B12 level")
    assert await _conversations(application, double) == {"labs": labs.State.WHEN}
    await _erase(chat)
    assert await _conversations(application, double) == {}

    assert await chat.say("2 Dec") == EN.text("no-plan-yet")
    assert await handler_errors(application, double) == 0


@pytest.mark.both_databases
async def test_delete_in_the_middle_of_a_symptom_check_in(
    chat: SetupChat,
    application: BotApplication,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
) -> None:
    """The check-in conversation ends with the erase; its old buttons are refused."""
    _maintenance_patient(engine, clock)
    await chat.say("/symptoms")
    message, data = chat.button(f"1 {EN.word('symptom-scale', str(1))}")
    assert await _conversations(application, double) == {"symptoms": "rating"}
    await _erase(chat)
    assert await _conversations(application, double) == {}

    since = double.mark()
    await double.press_button(PATIENT, message["message_id"], data, check=False)
    answer = await double.wait_for("answerCallbackQuery", since=since)
    assert answer.params["text"] == EN.text("dose-button-not-yours")
    assert await chat.say("tired today") == EN.text("no-plan-yet")
    assert await handler_errors(application, double) == 0


async def test_pressing_yes_twice_erases_once_and_answers_both(
    chat: SetupChat,
    application: BotApplication,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
) -> None:
    """A double tap on "Yes": the second press finds the message already saying it is done."""
    first_dose_on = date(2026, 11, 26)
    patient_with_plan(
        engine, chat_id=PATIENT, phases=common_monthly(), now=clock(), first_dose_on=first_dose_on
    )
    await chat.say("/delete")
    message, data = chat.button(EN.text("delete-button-yes"))
    since = double.mark()
    await double.press_button(PATIENT, message["message_id"], data)
    await double.press_button(PATIENT, message["message_id"], data, check=False)
    await double.wait_for("answerCallbackQuery", since=since)
    await double.wait_for("answerCallbackQuery")
    assert await handler_errors(application, double) == 0
    replies = [call.text for call in double.calls_to("sendMessage")]
    assert EN.text("something-went-wrong") not in replies
    shown = double.last_message(PATIENT)
    assert shown is not None
    assert shown["text"] == EN.text("delete-done")
    assert "reply_markup" not in shown
    assert _patients(engine) == []


async def test_erase_confirmation_is_sent_anew_when_the_message_cannot_be_edited(
    chat: SetupChat, application: BotApplication, double: BotApiDouble
) -> None:
    """Telegram refusing the edit (an old message) still leaves the patient told it is done."""
    await chat.say("/delete")
    double.fail_next("editMessageText", ApiError(400, "Bad Request: message can't be edited"))
    since = double.mark()
    await chat.press_quietly(EN.text("delete-button-yes"))
    told = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert told.text == EN.text("delete-done")
    assert await handler_errors(application, double) == 0
