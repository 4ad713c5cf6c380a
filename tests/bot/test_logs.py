"""Everything logged during a whole patient journey, at DEBUG and from every library, holds
no token, no name, no dose, no reason and no symptom: a patient is only an internal id."""

import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot.ops.logs import configure_logging
from bot_api_double import BotApiDouble
from tests.bot.conftest import reminders_settled
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

PATIENT = 7070
FIRST_NAME = "Philippa"
SKIP_REASON = "vomiting since Tuesday"
SYMPTOMS = "my hands are tingling and I feel exhausted and forgetful"
FORBIDDEN_WORDS = ("1,000", "1000 mcg", "mcg", "vomiting", "tingling", "exhausted", "forgetful")


@pytest.fixture
def logged() -> Iterator[io.StringIO]:
    """The bot's own logging set-up at DEBUG, written to a buffer; restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    saved_levels = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    buffer = io.StringIO()
    configure_logging("DEBUG", secrets=[])
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(buffer)
    yield buffer
    root.handlers[:] = saved_handlers
    root.setLevel(saved_level)
    for name, level in saved_levels.items():
        logging.getLogger(name).setLevel(level)


async def test_a_whole_journey_logs_nothing_personal(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, logged: io.StringIO
) -> None:
    """Setup, a reminder, done, a skip with a reason and symptoms in words: all logged safely."""
    double.set_user(PATIENT, FIRST_NAME, username="philippa_b12")
    chat = SetupChat(double, PATIENT)
    await chat.say("/start")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await chat.press(EN.text("setup-drug-cyanocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    await chat.press(EN.text("setup-giver-self"))
    await chat.say("London", replies=2)
    await chat.press(EN.text("setup-button-first-injection"))
    await chat.say("2026-11-26")
    await chat.say("9am")
    assert (await chat.press(EN.text("setup-button-confirm"))).startswith("Saved.")

    for day, answer in ((26, "done"), (27, f"skip - {SKIP_REASON}")):
        clock.set(datetime(2026, 11, day, 9, 0, tzinfo=UTC))
        await rearm_reminders(application)
        reminder = await double.wait_for(
            "sendMessage", chat_id=PATIENT, predicate=lambda c: "Time for" in (c.text or "")
        )
        assert "1,000" in (reminder.text or "")
        await reminders_settled(application)
        await double.reply_to(PATIENT, answer)
    clock.advance(timedelta(hours=2))
    await double.reply_to(PATIENT, SYMPTOMS)
    await double.idle()

    lines = logged.getvalue().splitlines()
    records = [json.loads(line) for line in lines]
    assert {"time", "level", "logger", "message"} <= set(records[0])
    messages = [record["message"] for record in records]
    assert sum("received" in message for message in messages) >= 10, messages
    assert sum("sent to patient" in message for message in messages) == 2, messages
    secrets = (double.token, double.token.split(":")[1], FIRST_NAME, "philippa_b12", SKIP_REASON)
    for secret in (*secrets, *FORBIDDEN_WORDS):
        leaks = [line for line in lines if secret.lower() in line.lower()]
        assert not leaks, f"{secret!r} was logged:\n" + "\n".join(leaks[:5])
