"""A patient changing their settings through /settings, as they would tap and type it."""

from collections.abc import Callable
from datetime import datetime

from bot.context import BotApplication
from bot_api_double import BotApiDouble
from tests.bot.conftest import advance_to, eventually
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

YES = EN.text("settings-button-yes")


# Runs just before Yes is pressed (the clock may move to the minute the change is made).
BeforeYes = Callable[[], None]


def nothing() -> None:
    """Press Yes straight away."""


async def change_reminder_time(chat: SetupChat, typed: str, before_yes: BeforeYes = nothing) -> str:
    """/settings → Reminder time → the time typed → Yes; the last text shown."""
    await chat.say("/settings")
    await tap(chat, EN.text("settings-button-time"))
    await chat.say(typed)
    before_yes()
    return await confirm(chat)


async def change_check_in_delay(
    chat: SetupChat, typed: str, before_yes: BeforeYes = nothing
) -> str:
    """/settings → Check-in delay → the delay typed → Yes; the last text shown."""
    await chat.say("/settings")
    await tap(chat, EN.text("settings-button-follow-up"))
    await chat.say(typed)
    before_yes()
    return await confirm(chat)


async def move_to(chat: SetupChat, place: str, city: str, before_yes: BeforeYes = nothing) -> str:
    """/settings → Time zone → the place typed → I moved → Yes; the last text shown."""
    await chat.say("/settings")
    await tap(chat, EN.text("settings-button-zone"))
    await chat.say(place)
    await tap(chat, EN.text("settings-button-moved", place=city))
    before_yes()
    return await confirm(chat)


async def travel(chat: SetupChat, place: str, back_on: str, choice: str) -> str:
    """/settings → I'm travelling → where → the return day → keep or follow → Yes."""
    await chat.say("/settings")
    await tap(chat, EN.text("settings-button-trip"))
    await chat.say(place)
    await chat.say(back_on)
    await tap(chat, choice)
    return await confirm(chat)


async def confirm(chat: SetupChat) -> str:
    """Press Yes on the confirmation card; the card's text after the change."""
    return await tap(chat, YES)


async def tap(chat: SetupChat, label: str) -> str:
    """Press a button whose answer edits its own message; the message's text once edited."""
    message, _ = chat.button(label)
    before = message.get("text")
    await chat.press_quietly(label)

    def edited() -> bool:
        now = [
            m
            for m in chat.double.sent_messages(chat.user)
            if m["message_id"] == message["message_id"]
        ]
        return not now or now[0].get("text") != before

    await eventually(edited, f"the card edited after {label!r}")
    cards = [
        m for m in chat.double.sent_messages(chat.user) if m["message_id"] == message["message_id"]
    ]
    return str(cards[0].get("text", "")) if cards else ""


class Log:
    """What the bot sent the patient, each with the (fake) instant it appeared by."""

    def __init__(self, double: BotApiDouble, chat_id: int) -> None:
        """Start from the messages already sent."""
        self.double, self.chat_id = double, chat_id
        self.seen = len(double.sent_messages(chat_id))
        self.entries: list[tuple[datetime, str]] = []

    async def walk(
        self, application: BotApplication, clock: FakeClock, instants: list[datetime]
    ) -> None:
        """Move the clock to each instant in turn, noting what arrived by then."""
        for instant in sorted(instants):
            if instant > clock():
                await advance_to(application, clock, instant)
            self.take(instant)

    def take(self, instant: datetime) -> None:
        """Note the messages sent since the last look as sent by `instant`."""
        messages = self.double.sent_messages(self.chat_id)
        self.entries.extend((instant, str(m.get("text", ""))) for m in messages[self.seen :])
        self.seen = len(messages)

    def when(self, *fragments: str) -> list[datetime]:
        """The instants by which messages containing every fragment arrived."""
        return [at for at, text in self.entries if all(part in text for part in fragments)]
