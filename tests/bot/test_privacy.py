"""/export gives the patient all their data; /delete erases it after a confirmation."""

import json
from datetime import date

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from bot.context import BotApplication
from bot_api_double import BotApiDouble
from storage.models import HandlerData, Patient, Reminder, ScheduledDose
from tests.bot.patients import common_monthly, patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

PATIENT = 7070
OTHER = 7071


@pytest.fixture
def two_patients(engine: Engine, clock: FakeClock) -> None:
    """Two patients with plans, so one's actions can be checked not to touch the other."""
    for chat_id in (PATIENT, OTHER):
        patient_with_plan(
            engine,
            chat_id=chat_id,
            phases=common_monthly(),
            now=clock(),
            first_dose_on=date(2026, 11, 26),
        )


@pytest.mark.usefixtures("application", "two_patients")
async def test_export_sends_only_my_data_as_json(double: BotApiDouble) -> None:
    """The file holds the patient's plan, doses and reminders, and no one else's."""
    await double.send_text(PATIENT, "/export")
    call = await double.wait_for("sendDocument", chat_id=PATIENT)
    assert call.params["caption"] == EN.text("export-caption")
    upload = call.params["document"]
    assert upload.filename == "b12bot-export-2026-11-25.json"
    data = json.loads(upload.data)
    assert data["patient"]["chat_id"] == PATIENT
    assert data["regimens"][0]["preset"] == "test"
    assert [p["kind"] for p in data["phases"]] == ["loading", "transition", "maintenance"]
    assert data["doses"][0]["due_at"] == "2026-11-26T09:00:00+00:00"
    assert {d["patient_id"] for d in data["doses"]} == {data["patient"]["id"]}
    assert data["reminders"]


@pytest.mark.usefixtures("application")
async def test_export_without_data(double: BotApiDouble) -> None:
    """Someone the bot does not know is told so, and no file is sent."""
    assert await double.reply_to(PATIENT, "/export") == EN.text("export-nothing")
    assert double.calls_to("sendDocument") == []


@pytest.mark.usefixtures("two_patients")
async def test_delete_asks_first_then_erases_everything_of_mine_only(
    application: BotApplication, double: BotApiDouble, engine: Engine, session: Session
) -> None:
    """ "No" keeps everything; "Yes" erases the patient's rows and saved answers, not others'."""
    chat = SetupChat(double, PATIENT)
    assert "cannot be undone" in await chat.say("/delete")
    await chat.press_quietly(EN.text("delete-button-no"))
    kept = await double.wait_for("editMessageText", chat_id=PATIENT)
    assert kept.text == EN.text("delete-kept")
    assert len(session.exec(select(Patient)).all()) == 2

    await chat.say("/delete")
    await chat.press_quietly(EN.text("delete-button-yes"))
    done = await double.wait_for("editMessageText", chat_id=PATIENT)
    assert done.text == EN.text("delete-done")
    session.expire_all()
    patients = session.exec(select(Patient)).all()
    assert [p.chat_id for p in patients] == [OTHER]
    other_id = patients[0].id
    assert {d.patient_id for d in session.exec(select(ScheduledDose)).all()} == {other_id}
    assert {r.patient_id for r in session.exec(select(Reminder)).all()} == {other_id}
    owners = {(h.kind, h.owner_id) for h in session.exec(select(HandlerData)).all()}
    assert ("chat", PATIENT) not in owners
    with engine.connect() as connection:
        keys = connection.execute(text("SELECT key FROM conversation_state")).scalars().all()
    assert not any(key.startswith(f"[{PATIENT}") for key in keys)
