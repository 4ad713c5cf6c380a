"""The aiohttp request layer against the Bot API double: answers and errors as PTB's own."""

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.telegram.request import AiohttpRequest
from bot_api_double import (
    ApiError,
    Blocked,
    BotApiDouble,
    ServerError,
    Timeout,
    TooManyRequests,
    UploadedFile,
    running_double,
)

PATIENT = 4242


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    """A running double for one test."""
    async with running_double() as running:
        yield running


def make_bot(base_url: str, token: str, request: AiohttpRequest) -> Bot:
    """A plain PTB Bot sending through `request`."""
    return Bot(token, base_url=f"{base_url}/bot", request=request)


@pytest.fixture
async def bot(double: BotApiDouble) -> AsyncIterator[Bot]:
    """An initialised Bot on the aiohttp layer with short timeouts."""
    request = AiohttpRequest(read_timeout=0.3, pool_timeout=0.1)
    async with make_bot(double.api_url, double.token, request) as initialised:
        yield initialised


async def test_sends_form_fields_and_keeps_the_answer(double: BotApiDouble, bot: Bot) -> None:
    """A message goes out with its fields and the double's answer comes back as a Message."""
    message = await bot.send_message(PATIENT, "<b>Time</b> for your dose", parse_mode="HTML")
    assert message.text == "<b>Time</b> for your dose"
    call = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert call.params["parse_mode"] == "HTML"


async def test_uploads_files_as_multipart(double: BotApiDouble, bot: Bot) -> None:
    """A document reaches the double with its name, bytes and the other fields."""
    payload = b'{"doses": []}'
    message = await bot.send_document(PATIENT, payload, filename="export.json", caption="Data")
    assert message.caption == "Data"
    upload = (await double.wait_for("sendDocument")).params["document"]
    assert isinstance(upload, UploadedFile)
    assert (upload.filename, upload.data) == ("export.json", payload)


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (TooManyRequests(retry_after=3), RetryAfter),
        (ServerError(), NetworkError),
        (Blocked(), Forbidden),
        (ApiError(400, "Bad Request: chat not found"), BadRequest),
    ],
)
async def test_status_codes_become_ptb_errors(
    double: BotApiDouble, bot: Bot, fault: object, error: type[Exception]
) -> None:
    """429, 500, 403 and 400 raise what HTTPXRequest raises for them."""
    double.fail_next("sendMessage", fault)  # type: ignore[arg-type]
    with pytest.raises(error):
        await bot.send_message(PATIENT, "hello")


async def test_a_slow_answer_is_a_timeout(double: BotApiDouble, bot: Bot) -> None:
    """No answer within the read timeout raises TimedOut."""
    double.fail_next("sendMessage", Timeout(seconds=2))
    with pytest.raises(TimedOut):
        await bot.send_message(PATIENT, "hello")


async def test_a_per_call_read_timeout_wins(double: BotApiDouble, bot: Bot) -> None:
    """A read timeout passed to the call replaces the default: the slow answer arrives."""
    double.fail_next("sendMessage", Timeout(seconds=0.5))
    with pytest.raises(NetworkError, match="Internal Server Error") as raised:
        await bot.send_message(PATIENT, "hello", read_timeout=3)
    assert not isinstance(raised.value, TimedOut)


async def test_a_full_pool_is_a_timeout_before_sending(double: BotApiDouble) -> None:
    """With every connection busy past the pool timeout, the call fails unsent."""
    request = AiohttpRequest(connection_pool_size=1, read_timeout=2, pool_timeout=0.1)
    async with make_bot(double.api_url, double.token, request) as bot:
        double.fail_next("sendMessage", Timeout(seconds=0.5))
        slow = asyncio.create_task(bot.send_message(PATIENT, "first"))
        await double.wait_for("sendMessage", chat_id=PATIENT)
        with pytest.raises(TimedOut, match="not\\* sent"):
            await bot.send_message(PATIENT, "second")
        with pytest.raises(NetworkError):
            await slow  # the double answers 500 after its delay
    assert [call.text for call in double.calls_to("sendMessage")] == ["first"]


async def test_a_refused_connection_is_a_network_error() -> None:
    """Nothing listening on the port raises NetworkError, not a bare aiohttp error."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError, match=r"aiohttp\.ClientConnectorError") as raised:
            await request.post(f"http://127.0.0.1:{port}/bot1:X/getMe")
        assert not isinstance(raised.value, TimedOut)
    finally:
        await request.shutdown()


async def test_calls_need_initialize_and_work_again_after_shutdown(double: BotApiDouble) -> None:
    """Before initialize a call is refused; after shutdown and initialize it works again."""
    request = AiohttpRequest()
    with pytest.raises(NetworkError, match="not initialized"):
        await request.post(f"{double.api_url}/bot{double.token}/getMe")
    await request.initialize()
    await request.shutdown()
    await request.initialize()
    try:
        answer = await request.post(f"{double.api_url}/bot{double.token}/getMe")
        assert isinstance(answer, dict)
        assert answer["is_bot"] is True
    finally:
        await request.shutdown()
