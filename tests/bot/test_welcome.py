"""/start, /help and the command menu, through the real Application over HTTP."""

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from bot.telegram.command_menu import command_menu
from bot_api_double import BotApiDouble
from storage.models import Patient
from tests.english import EN

PATIENT = 424242


@pytest.mark.usefixtures("application")
async def test_start_greets_a_new_patient_and_registers_them(
    double: BotApiDouble, session: Session
) -> None:
    """A first /start explains what the bot does and does not do, and stores the patient."""
    double.set_user(PATIENT, "Ann <b>")
    answer = await double.reply_to(PATIENT, "/start")
    assert answer.startswith("Hello, Ann &lt;b&gt;!")
    assert "remind you of each injection" in answer
    assert "I never prescribe or change a dose" in answer
    sent = double.calls_to("sendMessage")[-1]
    assert sent.params["parse_mode"] == "HTML"
    patients = session.exec(select(Patient)).all()
    assert [(p.chat_id, p.time_zone, p.language_code) for p in patients] == [
        (PATIENT, "Europe/London", "en")
    ]


@pytest.mark.usefixtures("application")
async def test_second_start_welcomes_back_without_a_duplicate(
    double: BotApiDouble, session: Session
) -> None:
    """Sending /start again keeps one patient row and says so."""
    await double.reply_to(PATIENT, "/start")
    answer = await double.reply_to(PATIENT, "/start")
    assert answer.startswith("Welcome back, Patient.")
    assert len(session.exec(select(Patient)).all()) == 1


@pytest.mark.usefixtures("application")
async def test_help_lists_every_menu_command(double: BotApiDouble) -> None:
    """/help shows each command of the menu with its description."""
    answer = await double.reply_to(PATIENT, "/help")
    for command, description in command_menu(EN):
        assert f"/{command} — {description}" in answer
    assert "never change a dose" in answer


@pytest.mark.usefixtures("application")
async def test_start_up_sets_the_command_menu(double: BotApiDouble) -> None:
    """The menu Telegram shows is the one the bot defines."""
    call = next(c for c in double.calls if c.method == "setMyCommands")
    assert [(c["command"], c["description"]) for c in call.params["commands"]] == command_menu(EN)


@pytest.mark.usefixtures("application")
async def test_a_failing_handler_apologises_and_the_bot_keeps_answering(
    double: BotApiDouble, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """A database failure reaches the patient as a plain apology, never a traceback."""
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE patient RENAME TO patient_gone"))
    answer = await double.reply_to(PATIENT, "/start")
    assert answer == EN.text("something-went-wrong")
    assert "Traceback" not in answer
    assert "handler failed for update" in caplog.text
    assert "/start" not in caplog.text
    help_answer = await double.reply_to(PATIENT, "/help")
    assert "/start" in help_answer
