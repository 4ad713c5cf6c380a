"""Whatever no feature takes still gets an answer: unknown commands, stray /cancel, stickers,
locations nobody asked for, and buttons whose question is over."""

import pytest

from bot_api_double import BotApiDouble
from tests.bot.setup_chat import SetupChat
from tests.english import EN

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 515151
STICKER = {
    "sticker": {
        "file_id": "sticker-1",
        "file_unique_id": "u-sticker-1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
}


@pytest.mark.usefixtures("application")
async def test_an_unknown_command_is_answered_with_the_nearest_one(double: BotApiDouble) -> None:
    """A mistyped command names the command meant; one like nothing names /help."""
    assert await double.reply_to(PATIENT, "/stauts") == EN.text(
        "unknown-command-nearest", command="/stauts", nearest="status"
    )
    assert await double.reply_to(PATIENT, "/timezone") == EN.text(
        "unknown-command", command="/timezone"
    )


@pytest.mark.usefixtures("application")
async def test_cancel_and_back_outside_a_conversation_say_there_is_nothing_to_stop(
    double: BotApiDouble,
) -> None:
    """/cancel and /back with no conversation running are answered, not ignored."""
    assert await double.reply_to(PATIENT, "/cancel") == EN.text("nothing-to-cancel")
    assert await double.reply_to(PATIENT, "/back") == EN.text("nothing-to-cancel")


@pytest.mark.usefixtures("application")
async def test_a_sticker_or_a_location_nobody_asked_for_is_answered(double: BotApiDouble) -> None:
    """Messages that are not text, outside a question that wants them, say what works."""
    since = double.mark()
    await double._queued(double.world.patient_message(PATIENT, STICKER))
    sticker_answer = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert sticker_answer.text == EN.text("only-text")
    since = double.mark()
    await double.send_location(PATIENT, 51.5074, -0.1278)
    location_answer = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert location_answer.text == EN.text("only-text")


async def test_a_button_no_feature_knows_is_answered_as_stale(
    double: BotApiDouble, application: object
) -> None:
    """A button from an older version of the bot (data no feature reads) gets a pop-up."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/start")
    message, _data = chat.button(EN.text("preset-common-monthly-name"))
    await chat.say("/cancel")
    since = double.mark()
    await double.press_button(PATIENT, int(message["message_id"]), "remind:v1:42", check=False)
    answer = await double.wait_for("answerCallbackQuery", since=since)
    assert answer.params.get("text") == EN.text("stale-button")


async def test_an_edited_command_is_answered(double: BotApiDouble, application: object) -> None:
    """A patient edits an earlier message into /cancel with nothing running: it is answered."""
    await double.reply_to(PATIENT, "hello")
    since = double.mark()
    edited = {
        "message_id": 1,
        "date": 1_700_000_000,
        "edit_date": 1_700_000_060,
        "chat": double.world.chat(PATIENT),
        "from": double.world.user(PATIENT),
        "text": "/cancel",
        "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
    }
    await double._queued(double.world.queue_update("edited_message", edited))
    answer = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert answer.text == EN.text("nothing-to-cancel")
