"""Shared fixtures: a migrated database and a Bot API double per test."""

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from storage.database import create_database_engine
from storage.schema import upgrade_to_latest
from tests.bot_api_double import BotApiDouble, running_double

# The bot opts in to python-telegram-bot's timedelta periods at start-up; tests do the same.
os.environ.setdefault("PTB_TIMEDELTA", "true")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """A fresh SQLite database file, migrated to the newest schema."""
    database_engine = create_database_engine(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    upgrade_to_latest(database_engine)
    yield database_engine
    database_engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on the test database, rolled back at the end."""
    with Session(engine, expire_on_commit=False) as database_session:
        yield database_session


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    """A Bot API double listening on 127.0.0.1 for this test."""
    async with running_double() as bot_api:
        yield bot_api
