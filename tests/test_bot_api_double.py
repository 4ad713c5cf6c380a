"""Tests of the Bot API double, driven through the real python-telegram-bot stack."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)
from telegram.request import HTTPXRequest

from bot_api_double import (
    Blocked,
    BotApiDouble,
    Delayed,
    Disconnect,
    ServerError,
    Timeout,
    TooManyRequests,
    UploadedFile,
    running_double,
)

PATIENT = 4242
KEYBOARD = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton("Done", callback_data="done"),
            InlineKeyboardButton("Later", callback_data="later"),
        ]
    ]
)


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    """A running double for one test."""
    async with running_double() as running:
        yield running


def make_bot(double: BotApiDouble, read_timeout: float = 5.0) -> Bot:
    """A plain PTB Bot talking to the double."""
    return Bot(
        double.token,
        base_url=f"{double.api_url}/bot",
        base_file_url=f"{double.api_url}/file/bot",
        request=HTTPXRequest(read_timeout=read_timeout),
    )


@pytest.fixture
async def bot(double: BotApiDouble) -> AsyncIterator[Bot]:
    """An initialised Bot (getMe already called)."""
    async with make_bot(double) as initialised:
        yield initialised


# -- plain Bot calls -------------------------------------------------------------------------


async def test_get_me_describes_the_bot(double: BotApiDouble, bot: Bot) -> None:
    """getMe answers a User that PTB accepts."""
    me = await bot.get_me()
    assert me.is_bot
    assert me.id == int(double.token.split(":")[0])
    assert me.username == "b12_test_bot"


async def test_send_and_edit_keep_message_state(double: BotApiDouble, bot: Bot) -> None:
    """An edit changes the stored message and the returned Message."""
    sent = await bot.send_message(PATIENT, "Time for your B12 shot", reply_markup=KEYBOARD)
    assert sent.reply_markup == KEYBOARD
    assert sent.chat.type == "private"
    call = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert call.params["reply_markup"] == KEYBOARD.to_dict()
    assert call.text == "Time for your B12 shot"

    edited = await bot.edit_message_text("Logged", chat_id=PATIENT, message_id=sent.message_id)
    assert isinstance(edited, type(sent))
    assert edited.text == "Logged"
    assert edited.reply_markup is None
    assert double.sent_messages(PATIENT) == [double.last_message(PATIENT)]
    last = double.last_message(PATIENT)
    assert last is not None
    assert last["text"] == "Logged"
    assert "reply_markup" not in last


async def test_numeric_text_stays_a_string(double: BotApiDouble, bot: Bot) -> None:
    """Form encoding sends strings raw; a text of '123' must not become a number."""
    await bot.send_message(PATIENT, "123")
    call = await double.wait_for("sendMessage")
    assert call.params == {"chat_id": PATIENT, "text": "123"}


async def test_editing_to_the_same_content_is_refused(bot: Bot) -> None:
    """Telegram answers 400 'message is not modified' for a no-op edit."""
    sent = await bot.send_message(PATIENT, "Same", reply_markup=KEYBOARD)
    with pytest.raises(BadRequest, match="not modified"):
        await sent.edit_text("Same", reply_markup=KEYBOARD)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat_id=PATIENT, message_id=999)


async def test_edit_reply_markup_and_delete(double: BotApiDouble, bot: Bot) -> None:
    """editMessageReplyMarkup swaps the keyboard; deleteMessage removes the message."""
    sent = await bot.send_message(PATIENT, "Pick one", reply_markup=KEYBOARD)
    smaller = InlineKeyboardMarkup([[InlineKeyboardButton("OK", callback_data="ok")]])
    edited = await sent.edit_reply_markup(smaller)
    assert not isinstance(edited, bool)
    assert edited.reply_markup == smaller
    assert await sent.delete()
    assert double.sent_messages(PATIENT) == []


async def test_commands_roundtrip(bot: Bot) -> None:
    """setMyCommands stores what getMyCommands returns, per language."""
    commands = [BotCommand("start", "Begin"), BotCommand("next", "Next injection")]
    assert await bot.set_my_commands(commands)
    assert await bot.set_my_commands([BotCommand("start", "Los")], language_code="de")
    assert tuple(commands) == await bot.get_my_commands()
    assert (BotCommand("start", "Los"),) == await bot.get_my_commands(language_code="de")


async def test_send_document_records_the_upload(double: BotApiDouble, bot: Bot) -> None:
    """A multipart upload is recorded with name, size and bytes."""
    payload = b"%PDF-1.4 schedule"
    message = await bot.send_document(PATIENT, payload, filename="plan.pdf", caption="Plan")
    assert message.document is not None
    assert message.document.file_name == "plan.pdf"
    assert message.document.file_size == len(payload)
    assert message.caption == "Plan"
    upload = (await double.wait_for("sendDocument")).params["document"]
    assert isinstance(upload, UploadedFile)
    assert (upload.filename, upload.size, upload.data) == ("plan.pdf", len(payload), payload)


async def test_send_photo_and_chat_action(double: BotApiDouble, bot: Bot) -> None:
    """sendPhoto answers PhotoSizes; sendChatAction answers true."""
    assert await bot.send_chat_action(PATIENT, "upload_photo")
    message = await bot.send_photo(PATIENT, b"\x89PNG fake", filename="site.png")
    assert message.photo[-1].file_size == len(b"\x89PNG fake")
    assert double.world.uploads[-1].filename == "site.png"
    assert [c.method for c in double.calls] == ["getMe", "sendChatAction", "sendPhoto"]


async def test_wrong_token_unknown_method_and_json_body(double: BotApiDouble) -> None:
    """401 for a wrong token, 404 for an unknown method, JSON bodies accepted."""
    async with httpx.AsyncClient(base_url=double.api_url) as client:
        wrong = await client.post("/bot1:WRONG/getMe")
        unknown = await client.post(f"/bot{double.token}/sendTelepathy")
        json_call = await client.post(
            f"/bot{double.token}/SENDMESSAGE", json={"chat_id": 7, "text": "hi"}
        )
    assert wrong.status_code == 401
    assert wrong.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    assert unknown.status_code == 404
    assert unknown.json()["description"] == "Not Found"
    assert json_call.json()["result"]["text"] == "hi"
    assert [c.method for c in double.calls] == ["sendTelepathy", "sendMessage"]


async def test_wait_for_times_out_with_recent_calls(double: BotApiDouble, bot: Bot) -> None:
    """A missing answer fails with a message listing what the bot did instead."""
    await bot.send_message(PATIENT, "unrelated")
    with pytest.raises(AssertionError, match=r"(?s)recent calls:\n.*sendMessage.*unrelated"):
        await double.wait_for("sendMessage", chat_id=1, timeout=0.1)


def test_refuses_other_hosts() -> None:
    """The double never binds anything but loopback."""
    with pytest.raises(AssertionError):
        BotApiDouble(host="0.0.0.0")


# -- a real Application ----------------------------------------------------------------------


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet and offer buttons."""
    assert update.effective_message is not None
    await update.effective_message.reply_text("Welcome! Did you inject?", reply_markup=KEYBOARD)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledge the press and edit the message."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    await query.edit_message_text(f"You chose {query.data}")


@pytest.fixture
async def app(double: BotApiDouble) -> AsyncIterator[None]:
    """A polling Application with /start and a button handler."""
    application = (
        ApplicationBuilder()
        .token(double.token)
        .base_url(f"{double.api_url}/bot")
        .base_file_url(f"{double.api_url}/file/bot")
        .build()
    )
    application.add_handler(CommandHandler("start", on_start))
    application.add_handler(CallbackQueryHandler(on_button))
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    yield
    await application.updater.stop()
    await application.stop()
    await application.shutdown()


@pytest.mark.usefixtures("app")
async def test_application_answers_start_and_buttons(double: BotApiDouble) -> None:
    """The real PTB stack receives updates from the double and answers through it."""
    await double.wait_until_polled()
    double.set_user(PATIENT, "Anna", language_code="de")
    assert await double.reply_to(PATIENT, "/start") == "Welcome! Did you inject?"
    welcome = double.last_message(PATIENT)
    assert welcome is not None
    assert welcome["chat"]["first_name"] == "Anna"

    await double.press_button(PATIENT, welcome["message_id"], "done")
    await double.wait_for("answerCallbackQuery", ok=True)
    edit = await double.wait_for("editMessageText", chat_id=PATIENT)
    assert edit.response_ok
    assert edit.text == "You chose done"
    assert [m["text"] for m in double.sent_messages(PATIENT)] == ["You chose done"]
    with pytest.raises(AssertionError, match="no button 'done'"):
        await double.press_button(PATIENT, welcome["message_id"], "done")
    await double.idle(quiet=0.2)


@pytest.mark.usefixtures("app")
async def test_application_sees_command_entities_and_locations(double: BotApiDouble) -> None:
    """Commands carry a bot_command entity; locations are queued as messages."""
    update_id = await double.send_text(PATIENT, "/start@b12_test_bot now")
    await double.wait_for("sendMessage", chat_id=PATIENT)
    assert await double.send_location(PATIENT, 52.5, 13.4) == update_id + 1
    await double.idle(quiet=0.3)
    assert len(double.calls_to("sendMessage")) == 1


# -- fault injection -------------------------------------------------------------------------


@pytest.fixture
def timedelta_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's timedelta time periods; int ones warn PTBDeprecationWarning."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.mark.usefixtures("timedelta_periods")
async def test_injected_429_surfaces_as_retry_after(double: BotApiDouble, bot: Bot) -> None:
    """429 with parameters.retry_after becomes RetryAfter, once."""
    double.fail_next("sendMessage", TooManyRequests(retry_after=3))
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(PATIENT, "first")
    assert caught.value.retry_after == dtm.timedelta(seconds=3)
    await bot.send_message(PATIENT, "second")
    assert [c.response_ok for c in double.calls_to("sendMessage")] == [False, True]
    assert double.count_429 == 1


async def test_server_error_and_block_per_chat(double: BotApiDouble, bot: Bot) -> None:
    """500 becomes NetworkError; 403 for one chat becomes Forbidden, others unaffected."""
    double.fail_next("sendmessage", ServerError())
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(PATIENT, "x")
    double.fail_next("sendMessage", Blocked(), times=2, chat_id=PATIENT)
    await bot.send_message(PATIENT + 1, "someone else")
    for _ in range(2):
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.send_message(PATIENT, "x")
    await bot.send_message(PATIENT, "unblocked")


async def test_timeout_fault_raises_timed_out(double: BotApiDouble) -> None:
    """A slow answer trips the client's read timeout."""
    double.fail_next("sendMessage", Timeout(1.0))
    async with make_bot(double, read_timeout=0.2) as slow_bot:
        with pytest.raises(TimedOut):
            await slow_bot.send_message(PATIENT, "lost")
    assert double.sent_messages(PATIENT) == []
    double.fail_next("sendMessage", Timeout(1.0, delivered=True))
    async with make_bot(double, read_timeout=0.2) as slow_bot:
        with pytest.raises(TimedOut):
            await slow_bot.send_message(PATIENT, "delivered anyway")
    assert [m["text"] for m in double.sent_messages(PATIENT)] == ["delivered anyway"]


async def test_lost_answers_are_recorded_as_delivered(double: BotApiDouble, bot: Bot) -> None:
    """A 500 or a dropped connection after the message went out: the call says delivered."""
    double.fail_next("sendMessage", ServerError(delivered=True))
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(PATIENT, "answer lost in a 500")
    double.fail_next("sendMessage", Disconnect())
    with pytest.raises(NetworkError):
        await bot.send_message(PATIENT, "never arrived")
    double.fail_next("sendMessage", Disconnect(delivered=True))
    with pytest.raises(NetworkError):
        await bot.send_message(PATIENT, "answer lost in a drop")
    await bot.send_message(PATIENT, "answered")
    calls = double.calls_to("sendMessage")
    assert [(c.delivered, c.response_ok) for c in calls] == [
        (True, False),
        (False, False),
        (True, False),
        (True, True),
    ]
    assert [m["text"] for m in double.sent_messages(PATIENT)] == [
        "answer lost in a 500",
        "answer lost in a drop",
        "answered",
    ]
    assert [c.fault for c in calls] == [
        ServerError(delivered=True),
        Disconnect(),
        Disconnect(delivered=True),
        None,
    ]


async def test_random_faults_fall_on_the_same_calls_for_a_seed() -> None:
    """fail_randomly draws from a seeded generator: same seed, same faulted calls."""
    faulted: list[list[int]] = []
    for seed in (7, 7):
        async with running_double() as fresh:
            fresh.fail_randomly("sendMessage", [ServerError()], 0.3, seed=seed)
            async with make_bot(fresh) as faulty_bot:
                for number in range(40):
                    with contextlib.suppress(NetworkError):
                        await faulty_bot.send_message(PATIENT, f"message {number}")
            calls = fresh.calls_to("sendMessage")
            faulted.append([i for i, c in enumerate(calls) if c.fault is not None])
    assert faulted[0] == faulted[1]
    assert 4 <= len(faulted[0]) <= 24


async def test_a_delayed_answer_comes_when_the_test_says(double: BotApiDouble, bot: Bot) -> None:
    """Delayed: the message is in the chat at once; the answer waits for the event."""
    answer = asyncio.Event()
    double.fail_next("sendMessage", Delayed(answer))
    sending = asyncio.create_task(bot.send_message(PATIENT, "slow"))
    call = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert (call.delivered, call.response_ok, sending.done()) == (True, False, False)
    answer.set()
    assert (await sending).text == "slow"
    assert call.response_ok


async def test_wait_for_walks_successive_calls(double: BotApiDouble, bot: Bot) -> None:
    """Successive waits see successive calls; wait_until_polled leaves the cursor alone."""
    for text in ("one", "two"):
        await bot.send_message(PATIENT, text)
    assert (await double.wait_for(chat_id=PATIENT)).text == "one"
    await bot.get_updates()
    await double.wait_until_polled()
    assert (await double.wait_for(chat_id=PATIENT)).text == "two"
    assert (await double.wait_for(chat_id=PATIENT, since=0)).text == "one"


@pytest.mark.usefixtures("timedelta_periods")
async def test_rate_limit_mode(double: BotApiDouble, bot: Bot) -> None:
    """Past one message per chat per second Telegram answers 429 with retry_after."""
    double.enforce_rate_limit(per_second=30, per_chat_per_second=1)
    await bot.send_message(PATIENT, "one")
    await bot.send_message(PATIENT + 1, "other chat")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(PATIENT, "two")
    assert caught.value.retry_after == dtm.timedelta(seconds=1)
    assert double.count_429 == 1


@pytest.mark.usefixtures("timedelta_periods")
async def test_paid_broadcasts_count_against_their_own_limit(
    double: BotApiDouble, bot: Bot
) -> None:
    """With allow_paid_broadcast a message counts in the paid window (here 5 a second), not the
    overall one (3): past 3 free ones paid ones still go, up to 5; one a chat a second for all;
    paid_sends counts the paid messages delivered."""
    double.enforce_rate_limit(per_second=3, per_chat_per_second=1, paid_per_second=5)
    for chat in range(3):
        await bot.send_message(PATIENT + chat, "free")
    with pytest.raises(RetryAfter):
        await bot.send_message(PATIENT + 3, "free, one too many")
    for chat in range(10, 15):
        await bot.send_message(PATIENT + chat, "paid", allow_paid_broadcast=True)
    with pytest.raises(RetryAfter):
        await bot.send_message(PATIENT + 15, "paid, one too many", allow_paid_broadcast=True)
    with pytest.raises(RetryAfter):
        # Its chat had a message within the second: paying does not lift the chat's limit.
        await bot.send_message(PATIENT, "paid again", allow_paid_broadcast=True)
    assert double.count_429 == 3
    assert double.paid_sends == 5
    paid = [call for call in double.calls_to("sendMessage") if call.paid]
    assert len(paid) == 7
    assert [call.response_ok for call in paid] == [True] * 5 + [False] * 2


async def test_paid_broadcasts_can_be_refused_as_for_too_few_stars(
    double: BotApiDouble, bot: Bot
) -> None:
    """refuse_paid_broadcasts: every paid message gets 400, a free one still goes."""
    double.refuse_paid_broadcasts()
    with pytest.raises(BadRequest, match=r"(?i)not enough stars"):
        await bot.send_message(PATIENT, "paid", allow_paid_broadcast=True)
    await bot.send_message(PATIENT, "free")
    assert [call.delivered for call in double.calls_to("sendMessage")] == [False, True]
    assert double.paid_sends == 0


# -- long polling ----------------------------------------------------------------------------


async def test_long_poll_returns_as_soon_as_an_update_arrives(
    double: BotApiDouble, bot: Bot
) -> None:
    """A waiting getUpdates answers when an update is queued, not at its timeout."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await double.wait_until_polled()
    update_id = await double.send_text(PATIENT, "hello")
    updates = await poll
    assert loop.time() - started < 2
    assert [u.update_id for u in updates] == [update_id]
    message = updates[0].message
    assert message is not None
    assert message.text == "hello"
    assert message.from_user is not None
    assert message.from_user.language_code == "en"


async def test_long_poll_waits_for_timeout_and_offset_confirms(
    bot: Bot, double: BotApiDouble
) -> None:
    """Empty polls last `timeout`; offset drops confirmed updates; limit caps the batch."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await bot.get_updates(timeout=dtm.timedelta(seconds=0.3)) == ()
    assert loop.time() - started >= 0.25
    first = await double.send_text(PATIENT, "/start")
    await double.send_text(PATIENT, "two")
    batch = await bot.get_updates(limit=1)
    assert [u.update_id for u in batch] == [first]
    assert batch[0].message is not None
    assert batch[0].message.entities[0].type == "bot_command"
    assert len(await bot.get_updates(offset=first + 1)) == 1
    assert await bot.get_updates(offset=first + 2) == ()
