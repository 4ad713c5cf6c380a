"""A try-out for the tests: the real bot on a SQLite file of the test's own, and the page."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

from bot.catalog.catalog import TextValue
from bot.tryout.clock import MovableClock
from bot.tryout.markup import parse, plain_text
from bot.tryout.server import ChatPage
from bot.tryout.session import BOT_USERNAME, TrySession, trying
from tests.english import EN

# A Wednesday morning in London (GMT), like the bot tests' START, two hours later.
START = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@asynccontextmanager
async def running_try(
    folder: Path, *, start: datetime = START, ticking: bool = False
) -> AsyncIterator[TrySession]:
    """The try-out's bot on `folder`/try.sqlite3, its clock at `start`."""
    clock = MovableClock(start, ticking=ticking)
    async with trying(database_url=f"sqlite:///{folder / 'try.sqlite3'}", clock=clock) as session:
        yield session


@asynccontextmanager
async def serving_page(session: TrySession) -> AsyncIterator[ChatPage]:
    """The chat page of a try-out, on a free port of 127.0.0.1."""
    page = ChatPage(session)
    await page.start(0)
    try:
        yield page
    finally:
        await page.stop()


def read(message_id: str, **values: TextValue) -> str:
    """An English catalog text as a person reads it (Telegram HTML without its tags)."""
    text = EN.text(message_id, **values)
    return plain_text(parse(text, parse_mode="HTML", bot_username=BOT_USERNAME))
