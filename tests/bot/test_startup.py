"""Start-up, polling and stop as an operator sees them: `b12bot run` waits out an unreachable
or failing Telegram (one line per attempt, /readyz 503 meanwhile), gives up only on a rejected
token, a polling outage is a warning, not a traceback, and a stop in the middle of a delivery
run logs no error."""

import asyncio
import logging
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.app import build_application
from bot.telegram.lifecycle import Polling, start_serving, stop_serving
from bot_api_double import BotApiDouble, Delayed, Disconnect, ServerError
from storage.database import create_database_engine
from storage.models import Reminder, ReminderStatus
from storage.schema import upgrade_to_latest
from tests.bot.conftest import settings_for
from tests.bot.patients import common_monthly, patient_with_plan
from tests.bot.processes import STARTUP, BotProcess, free_ports, polling_bot
from tests.fake_clock import FakeClock

PATIENT = 7170
LATER_PATIENT = 7171


def _retries_of(method: str) -> Any:
    """Matches the one warning line logged for each failed attempt of `method`."""
    return lambda line: line["level"] == "WARNING" and f"{method} failed" in line["message"]


def _patient_with_a_reminder_due(database: Path, *, chat_id: int) -> None:
    """A migrated SQLite file with one patient whose first dose came due two minutes ago."""
    database.parent.mkdir(parents=True)
    engine = create_database_engine(f"sqlite:///{database}")
    upgrade_to_latest(engine)
    due = (datetime.now(UTC) - timedelta(minutes=2)).replace(second=0, microsecond=0)
    patient_with_plan(
        engine,
        chat_id=chat_id,
        phases=common_monthly(),
        now=due - timedelta(hours=1),
        first_dose_on=due.date(),
        time_zone="UTC",
        reminder_time=due.time(),
    )
    engine.dispose()


def _assert_quiet(bot: BotProcess) -> None:
    """Nothing logged at ERROR or above, no traceback, every line one JSON object."""
    lines = bot.log_lines()
    loud = [line for line in lines if line["level"] in ("ERROR", "CRITICAL", "RAW")]
    assert loud == [], bot.log.read_text()
    assert not [line for line in lines if "exception" in line], bot.log.read_text()
    assert "Traceback" not in bot.log.read_text()


async def test_start_up_waits_until_telegram_can_be_reached(tmp_path: Path) -> None:
    """Connection refused: the bot keeps trying, says why on one line each time, is not ready;
    once the Bot API listens it connects, becomes ready, sends the reminder that came due
    meanwhile and answers /start."""
    _patient_with_a_reminder_due(tmp_path / "data" / "b12bot.sqlite3", chat_id=LATER_PATIENT)
    [port] = free_ports(1)
    double = BotApiDouble(port=port)
    async with polling_bot(
        api_url=f"http://127.0.0.1:{port}", token=double.token, log=tmp_path / "bot.log"
    ) as bot:
        await bot.wait_for_log(_retries_of("getMe"), count=2)
        readiness = await bot.wait_for_readiness(503)
        assert readiness["telegram"] is False
        async with double:
            readiness = await bot.wait_for_readiness(200)
            assert readiness["telegram"] is True
            await double.wait_for("sendMessage", chat_id=LATER_PATIENT, ok=True, timeout=STARTUP)
            answer = await double.reply_to(PATIENT, "/start", timeout=STARTUP)
            assert "I never prescribe" in answer
            assert await bot.stop() == 0
    attempts = [line["message"] for line in bot.log_lines() if _retries_of("getMe")(line)]
    assert len(attempts) >= 2
    assert all("attempt" in attempt and "retrying" in attempt for attempt in attempts)
    _assert_quiet(bot)


async def test_a_stop_while_telegram_is_unreachable_is_clean(tmp_path: Path) -> None:
    """SIGTERM during start-up retries: the bot stops at once, exit code 0, nothing loud."""
    [port] = free_ports(1)
    async with polling_bot(
        api_url=f"http://127.0.0.1:{port}", token="123456:" + "A" * 35, log=tmp_path / "bot.log"
    ) as bot:
        await bot.wait_for_log(_retries_of("getMe"))
        assert await bot.stop() == 0
    assert bot.log_lines()[-1]["message"] == "b12bot stopped"
    _assert_quiet(bot)


async def test_start_up_rides_out_server_errors_and_a_failing_menu(
    double: BotApiDouble, tmp_path: Path
) -> None:
    """500s on getMe, deleteWebhook and setMyCommands: one warning each, then the bot works,
    and the command menu is set once Telegram takes it."""
    double.fail_next("getMe", ServerError(), times=2)
    double.fail_next("deleteWebhook", ServerError(), times=3)
    double.fail_next("setMyCommands", ServerError(), times=3)
    async with polling_bot(
        api_url=double.api_url, token=double.token, log=tmp_path / "b.log"
    ) as bot:
        answer = await double.reply_to(PATIENT, "/start", timeout=STARTUP)
        assert "I never prescribe" in answer
        await double.wait_for("setMyCommands", ok=True, since=0, timeout=STARTUP)
        await bot.wait_for_readiness(200)
        assert await bot.stop() == 0
    for method, failures in [("getMe", 2), ("deleteWebhook", 3), ("setMyCommands", 3)]:
        assert len([line for line in bot.log_lines() if _retries_of(method)(line)]) == failures
    _assert_quiet(bot)


async def test_a_rejected_token_ends_start_up_with_one_line(
    double: BotApiDouble, tmp_path: Path
) -> None:
    """Telegram answers 401 to getMe: the process exits non-zero after one clear line."""
    wrong_token = double.token.split(":")[0] + ":" + "W" * 35
    async with polling_bot(
        api_url=double.api_url, token=wrong_token, log=tmp_path / "b.log"
    ) as bot:
        code = await bot.wait_for_exit()
    assert code not in (0, None)
    loud = [line for line in bot.log_lines() if line["level"] not in ("DEBUG", "INFO")]
    assert [line["level"] for line in loud] == ["ERROR"], bot.log.read_text()
    assert "rejected the bot token" in loud[0]["message"]
    assert "exception" not in loud[0]
    assert "Traceback" not in bot.log.read_text()
    assert wrong_token.split(":")[1] not in bot.log.read_text()
    assert double.calls_to("getUpdates") == []


async def test_a_polling_outage_is_a_warning_line_each_time(
    double: BotApiDouble, tmp_path: Path
) -> None:
    """getUpdates failing (500, a dropped connection) logs one warning per failure, no
    traceback, and polling goes on."""
    async with polling_bot(
        api_url=double.api_url, token=double.token, log=tmp_path / "b.log"
    ) as bot:
        assert "I never prescribe" in await double.reply_to(PATIENT, "/start", timeout=STARTUP)
        double.fail_next("getUpdates", ServerError(), times=2)
        double.fail_next("getUpdates", Disconnect(), times=1)
        assert await double.reply_to(PATIENT, "/help", timeout=STARTUP)
        await bot.wait_for_log(_retries_of("getUpdates"), count=3)
        assert await double.reply_to(PATIENT, "/help", timeout=STARTUP)
        assert await bot.stop() == 0
    assert len([line for line in bot.log_lines() if _retries_of("getUpdates")(line)]) == 3
    _assert_quiet(bot)


async def test_stopping_in_the_middle_of_a_delivery_run_logs_no_error(
    double: BotApiDouble, engine: Engine, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """Stop while a reminder is on its way and another has just come due: the send is settled,
    the other stays pending for the next start, and no wake-up is armed, started and cancelled
    behind the stop (APScheduler logged that as an error with a traceback)."""
    for chat_id, at in [(PATIENT, time(9, 0)), (LATER_PATIENT, time(9, 5))]:
        patient_with_plan(
            engine,
            chat_id=chat_id,
            phases=common_monthly(),
            now=clock(),
            first_dose_on=clock().date(),
            time_zone="UTC",
            reminder_time=at,
        )
    answer = asyncio.Event()
    double.fail_next("sendMessage", Delayed(answer), chat_id=PATIENT)
    application = build_application(settings_for(double, str(engine.url)), engine, clock=clock)
    source = Polling(application)
    clock.set(clock().replace(hour=9, minute=1))
    await start_serving(application, source)
    await double.wait_for("sendMessage", chat_id=PATIENT, timeout=10)

    clock.advance(timedelta(minutes=5))  # the later reminder is due while the first is sent
    stopping = asyncio.create_task(stop_serving(application, source))
    async with asyncio.timeout(10):
        while application.running:  # noqa: ASYNC110  # waiting for the stop to begin
            await asyncio.sleep(0.01)
    answer.set()
    await stopping

    errors = [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == []
    with Session(engine) as session:
        due = session.exec(select(Reminder).where(col(Reminder.due_at) <= clock())).all()
        statuses = sorted(reminder.status for reminder in due)
    assert statuses == sorted([ReminderStatus.SENT, ReminderStatus.PENDING])
    assert len(double.calls_to("sendMessage")) == 1
