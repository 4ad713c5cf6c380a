"""Patients are answered at once, each patient's messages in the order they were sent."""

import asyncio
from datetime import UTC, datetime

import pytest
from telegram import Chat, Message, Update, User

from bot.telegram.update_order import ChatOrderedUpdateProcessor, conversation_key
from bot_api_double import BotApiDouble, RecordedCall, Timeout
from tests.english import EN

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

ANN, BOB = 5101, 5102
SLOW = 1.5


def _update(update_id: int, chat_id: int) -> Update:
    """A text message from a private chat."""
    chat = Chat(chat_id, Chat.PRIVATE)
    user = User(chat_id, "Patient", is_bot=False)
    message = Message(update_id, datetime.now(UTC), chat, from_user=user, text="hi")
    return Update(update_id, message=message)


async def test_each_chat_waits_for_its_own_earlier_updates_only() -> None:
    """Ann's second update waits for her first; Bob's runs while Ann's first is still busy."""
    processor = ChatOrderedUpdateProcessor()
    log: list[str] = []
    ann_first_may_finish = asyncio.Event()

    async def handle(name: str, gate: asyncio.Event | None = None) -> None:
        log.append(f"{name} started")
        if gate is not None:
            await gate.wait()
        log.append(f"{name} finished")

    first = handle("ann 1", ann_first_may_finish)
    tasks = [
        asyncio.create_task(processor.process_update(_update(1, ANN), first)),
        asyncio.create_task(processor.process_update(_update(2, ANN), handle("ann 2"))),
        asyncio.create_task(processor.process_update(_update(3, BOB), handle("bob 1"))),
    ]
    await asyncio.sleep(0.05)
    assert log == ["ann 1 started", "bob 1 started", "bob 1 finished"]
    ann_first_may_finish.set()
    await asyncio.gather(*tasks)
    assert log[3:] == ["ann 1 finished", "ann 2 started", "ann 2 finished"]


async def test_a_failing_update_does_not_block_the_chat() -> None:
    """An update whose handling raises still lets the chat's next update run."""
    processor = ChatOrderedUpdateProcessor()

    async def fail() -> None:
        raise RuntimeError("boom")

    async def succeed() -> str:
        return "ok"

    with pytest.raises(RuntimeError):
        await processor.process_update(_update(1, ANN), fail())
    await asyncio.wait_for(processor.process_update(_update(2, ANN), succeed()), timeout=1)


def test_updates_are_ordered_by_chat_then_user() -> None:
    """The chat orders an update; without a chat the user does; without either, nothing."""
    assert conversation_key(_update(1, ANN)) == ("chat", ANN)
    assert conversation_key(Update(9)) is None
    assert conversation_key("not an update") is None


@pytest.mark.usefixtures("application")
async def test_a_slow_answer_to_one_patient_does_not_hold_up_another(
    double: BotApiDouble,
) -> None:
    """While Telegram is slow to take Ann's answer, Bob's question is answered.

    Ann's answer fails after a while (the bot then apologises to her): Bob's answer must come
    before that apology, so before Ann's update was done with.
    """
    double.fail_next("sendMessage", Timeout(seconds=SLOW, delivered=True), chat_id=ANN)
    await double.send_text(ANN, "/help")
    await double.wait_for("sendMessage", chat_id=ANN)
    await double.send_text(BOB, "/help")
    bob = await double.wait_for("sendMessage", chat_id=BOB, since=0)
    apology = await double.wait_for(
        "sendMessage", chat_id=ANN, predicate=_is_apology, since=0, timeout=10
    )
    assert double.calls.index(bob) < double.calls.index(apology)
    assert EN.text("help", commands="").splitlines()[0] in (bob.text or "")


@pytest.mark.usefixtures("application")
async def test_one_patients_messages_are_answered_in_the_order_sent(
    double: BotApiDouble,
) -> None:
    """Ann's second message is handled only once her first is done with (apology included)."""
    double.fail_next("sendMessage", Timeout(seconds=SLOW, delivered=True), chat_id=ANN)
    await double.send_text(ANN, "/help")
    await double.wait_for("sendMessage", chat_id=ANN)
    await double.send_text(ANN, "/start")
    greeting = await double.wait_for(
        "sendMessage", chat_id=ANN, predicate=lambda c: "Hello" in (c.text or ""), timeout=10
    )
    apology = await double.wait_for("sendMessage", chat_id=ANN, predicate=_is_apology, since=0)
    assert double.calls.index(apology) < double.calls.index(greeting)


def _is_apology(call: RecordedCall) -> bool:
    """The bot's message after a handler failed."""
    return call.text == EN.text("something-went-wrong")
