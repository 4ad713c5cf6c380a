"""The installed `b12bot` command, as an operator runs it, against the Bot API double."""

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from bot_api_double import BotApiDouble
from storage.database import create_database_engine
from storage.schema import head_revision

PATIENT = 5150
B12BOT = Path(sys.executable).with_name("b12bot")
README_RUN_COMMAND = (sys.executable, str(Path(__file__).parents[2] / "deploy" / "local.py"), "run")


def _environment(double: BotApiDouble, tmp_path: Path) -> dict[str, str]:
    """The operator's environment: a token, the double's URL, a fresh data folder."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DATABASE")}
    environment.update(
        TELEGRAM_BOT_TOKEN=double.token,
        TELEGRAM_API_BASE_URL=double.api_url,
        DATA_DIR=str(tmp_path / "data"),
        LOG_LEVEL="DEBUG",
    )
    return environment


@pytest.mark.parametrize(
    ("command", "stop_signal"),
    [
        (README_RUN_COMMAND, signal.SIGTERM),
        ((str(B12BOT), "run"), signal.SIGINT),
    ],
    ids=["readme-command-sigterm", "b12bot-run-sigint"],
)
async def test_run_answers_start_and_stops_cleanly_on_signal(
    double: BotApiDouble, tmp_path: Path, command: tuple[str, ...], stop_signal: signal.Signals
) -> None:
    """The run command migrates a new SQLite file, answers /start, and exits 0 on a signal."""
    process = await asyncio.create_subprocess_exec(
        *command,
        env=_environment(double, tmp_path),
        cwd=tmp_path,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        # A new process imports, migrates and starts polling: seconds on a loaded machine. The
        # wait ends as soon as it polls, so a generous bound costs nothing when all is well.
        await double.wait_until_polled(timeout=60)
        answer = await double.reply_to(PATIENT, "/start", timeout=15)
        assert "I never prescribe" in answer
    finally:
        process.send_signal(stop_signal)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, stderr.decode()
    logged = stderr.decode()
    assert "b12bot stopped" in logged
    assert double.token not in logged
    assert double.token.split(":")[1] not in logged

    engine = create_database_engine(f"sqlite:///{tmp_path / 'data' / 'b12bot.sqlite3'}")
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        chats = connection.execute(text("SELECT chat_id FROM patient")).scalars().all()
    engine.dispose()
    assert revision == head_revision()
    assert chats == [PATIENT]


async def test_missing_token_is_one_line_and_exit_code_2(tmp_path: Path) -> None:
    """Without a token the operator sees one line, not a traceback."""
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    process = await asyncio.create_subprocess_exec(
        str(B12BOT),
        "run",
        env=environment,
        cwd=tmp_path,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 2
    assert stderr.decode().splitlines() == [
        "b12bot: TELEGRAM_BOT_TOKEN is not set (set it in the environment or in a .env file)"
    ]


async def test_migrate_creates_the_schema_and_exits(double: BotApiDouble, tmp_path: Path) -> None:
    """`b12bot migrate` brings a new database to the newest revision without polling."""
    process = await asyncio.create_subprocess_exec(
        str(B12BOT), "migrate", env=_environment(double, tmp_path), cwd=tmp_path
    )
    assert await asyncio.wait_for(process.wait(), timeout=30) == 0
    assert (tmp_path / "data" / "b12bot.sqlite3").exists()
    assert double.calls_to("getUpdates") == []
