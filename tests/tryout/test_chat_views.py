"""What the embedded Bot API keeps for a chat viewer: both sides of each chat in order, the
reply keyboard, how each text is formatted, answers to pressed buttons, the command menu of
each app language, and a revision to wait on."""

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot_api_double import BotApiDouble, CallbackAnswer
from tests.test_bot_api_double import make_bot

PERSON = 4242
# Seconds since the epoch on the viewer's clock: the bot being tried runs on its own time.
THEN = datetime(2026, 11, 25, 10, 0, tzinfo=UTC).timestamp()


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    """A double whose messages are dated by a clock of its own."""
    async with BotApiDouble(token="123456:" + "A" * 35, clock=lambda: THEN) as running:
        yield running


@pytest.fixture
async def bot(double: BotApiDouble) -> AsyncIterator[Bot]:
    """A plain PTB Bot talking to the double."""
    async with make_bot(double) as initialised:
        yield initialised


async def test_a_chat_has_both_sides_in_order_dated_by_the_given_clock(
    double: BotApiDouble, bot: Bot
) -> None:
    """The person's messages are kept beside the bot's, in one numbering, and a deleted one
    goes; each change raises the revision."""
    assert double.token == "123456:" + "A" * 35
    start = double.world.revision
    await double.send_text(PERSON, "/start")
    first = await bot.send_message(PERSON, "<b>Hello</b>", parse_mode="HTML")
    second = await bot.send_message(PERSON, "plain <b>")
    await double.send_location(PERSON, 51.5, -0.1)
    await bot.delete_message(PERSON, second.message_id)
    transcript = double.world.transcript(PERSON)
    assert [(m["message_id"], m["from"]["is_bot"]) for m in transcript] == [
        (1, False),
        (2, True),
        (4, False),
    ]
    assert [m.get("text", m.get("location")) for m in transcript] == [
        "/start",
        "<b>Hello</b>",
        {"latitude": 51.5, "longitude": -0.1},
    ]
    assert {m["date"] for m in transcript} == {int(THEN)}
    assert double.world.parse_modes == {(PERSON, first.message_id): "HTML"}
    assert double.world.revision >= start + 5
    assert double.sent_messages(PERSON) == [transcript[1]]


async def test_the_reply_keyboard_stays_until_replaced_removed_or_used_once(
    double: BotApiDouble, bot: Bot
) -> None:
    """A one-time keyboard goes with the person's next message; a removal clears it."""
    location = KeyboardButton("Share my location", request_location=True)
    keyboard = ReplyKeyboardMarkup([[location], ["Choose an offset"]], one_time_keyboard=True)
    await bot.send_message(PERSON, "Where are you?", reply_markup=keyboard)
    shown = double.world.reply_keyboards[PERSON]
    assert shown["keyboard"] == [
        [{"text": "Share my location", "request_location": True}],
        [{"text": "Choose an offset"}],
    ]
    assert "reply_markup" not in double.sent_messages(PERSON)[0]
    await double.send_text(PERSON, "London")
    assert PERSON not in double.world.reply_keyboards
    await bot.send_message(PERSON, "Pick", reply_markup=ReplyKeyboardMarkup([["A", "B"]]))
    await double.send_text(PERSON, "A")
    assert PERSON in double.world.reply_keyboards
    await bot.send_message(PERSON, "Thanks", reply_markup=ReplyKeyboardRemove())
    assert PERSON not in double.world.reply_keyboards


async def test_answers_to_pressed_buttons_are_kept_for_the_chat(
    double: BotApiDouble, bot: Bot
) -> None:
    """An answer with a text is a popup (or alert) in the presser's chat; a bare one is not."""
    buttons = InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="done")]])
    sent = await bot.send_message(PERSON, "Time for it", reply_markup=buttons)
    for text, alert in (("Recorded.", False), (None, False), ("Too late", True)):
        await double.press_button(PERSON, sent.message_id, "done")
        query = double.world.pending_updates[-1]["callback_query"]["id"]
        await bot.answer_callback_query(query, text=text, show_alert=alert)
    answers = double.world.callback_answers
    assert [(a.chat_id, a.text, a.show_alert) for a in answers] == [
        (PERSON, "Recorded.", False),
        (PERSON, "Too late", True),
    ]
    assert all(isinstance(a, CallbackAnswer) for a in answers)
    assert answers[0].revision < answers[1].revision <= double.world.revision


async def test_the_command_menu_of_an_app_language_falls_back_to_the_default(
    double: BotApiDouble, bot: Bot
) -> None:
    """German gets its own menu; a language without one gets the default menu."""
    await bot.set_my_commands([BotCommand("start", "Start")])
    await bot.set_my_commands([BotCommand("start", "Starten")], language_code="de")
    assert double.world.commands_for("de") == [{"command": "start", "description": "Starten"}]
    assert double.world.commands_for("ru") == [{"command": "start", "description": "Start"}]


async def test_a_viewer_waits_for_the_next_revision(double: BotApiDouble, bot: Bot) -> None:
    """wait_for_revision returns as soon as something changes, or after its timeout."""
    revision = double.world.revision
    assert await double.wait_for_revision(revision, 0.05) == revision
    waiting = asyncio.ensure_future(double.wait_for_revision(revision, 5))
    await asyncio.sleep(0.05)
    assert not waiting.done()
    await double.changed()
    assert await asyncio.wait_for(waiting, 1) == revision + 1
    assert double.world.file("no such file") is None
