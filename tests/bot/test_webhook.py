"""`b12bot run --webhook`: Telegram's secret token is checked, updates are answered, and the
health endpoint reports the process as an operator's monitoring would see it."""

import asyncio
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot_api_double import BotApiDouble
from tests.bot.processes import B12BOT, STARTUP, webhook_bot

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 6160


async def test_webhook_checks_the_secret_and_answers_updates(
    double: BotApiDouble, engine: Engine, tmp_path: Path
) -> None:
    """Telegram gets the secret with setWebhook; a post without it is refused, with it answered."""
    async with webhook_bot(double, engine, tmp_path / "bot.log") as bot:
        registered = await double.wait_for("setWebhook", timeout=STARTUP)
        assert registered.params["url"] == bot.webhook_url
        assert registered.params["secret_token"] == bot.secret
        await bot.wait_for_role("leader")
        await bot.wait_for_webhook()

        double.world.patient_text(PATIENT, "/start")
        update = double.world.pending_updates.pop()
        assert await bot.post_update(update, secret=None) == 403
        assert await bot.post_update(update, secret="wrong-" + bot.secret) == 403
        assert double.calls_to("sendMessage") == []

        assert await bot.post_update(update, secret=bot.secret) == 200
        answer = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True, timeout=10)
        assert "I never prescribe" in (answer.text or "")

        assert await bot.health("/healthz") == (200, "ok\n")
        status, readiness = await bot.health("/readyz")
        assert status == 200
        assert readiness["ready"] is True
        assert readiness["database"] is True
        _, metrics = await bot.health("/metrics")
        assert "b12bot_updates_handled_total 1.0" in metrics
        assert "b12bot_patients_active 1.0" in metrics
        assert "b12bot_scheduler_leader 1.0" in metrics
        assert await bot.stop() == 0

    assert double.calls_to("getUpdates") == []
    logged = (tmp_path / "bot.log").read_text()
    assert double.token not in logged
    assert bot.secret not in logged
    for line in logged.splitlines():
        json.loads(line)  # every line is one JSON object


async def test_webhook_mode_without_a_secret_refuses_to_start(tmp_path: Path) -> None:
    """Webhook mode needs the secret token: one line, exit code 2, nothing started."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("WEBHOOK")}
    environment.update(
        TELEGRAM_BOT_TOKEN="123456789:" + "A" * 35, WEBHOOK_URL="https://bot.example.org/t"
    )
    process = await asyncio.create_subprocess_exec(
        str(B12BOT), "run", "--webhook", env=environment, cwd=tmp_path, stderr=-1
    )
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=STARTUP)
    assert process.returncode == 2
    assert "WEBHOOK_SECRET_TOKEN is not set" in stderr.decode()


async def test_webhook_refuses_a_body_that_is_not_an_update_with_400(
    double: BotApiDouble, engine: Engine, tmp_path: Path
) -> None:
    """With the right secret, a body that is not JSON, not an object or not an update gets 400
    (Telegram would not retry it forever), is logged without its content, and the bot goes on."""
    async with webhook_bot(double, engine, tmp_path / "bot.log") as bot:
        await bot.wait_for_role("leader")
        await bot.wait_for_webhook()
        for body in [b"{not json", b"\xff\xfe", b"[1, 2]", b'{"update_id": "x", "message": 5}']:
            assert await bot.post_body(body, secret=bot.secret) == 400, body
        assert await bot.post_body(b"{not json", secret="wrong") == 403

        double.world.patient_text(PATIENT, "/start")
        assert await bot.post_update(double.world.pending_updates.pop(), secret=bot.secret) == 200
        answer = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True, timeout=10)
        assert "I never prescribe" in (answer.text or "")
        assert await bot.stop() == 0

    logged = (tmp_path / "bot.log").read_text()
    assert "Traceback" not in logged
    assert "not json" not in logged
    refused = [
        line
        for line in bot.log_lines()
        if line["logger"] == "bot.telegram.webhook" and line["level"] == "WARNING"
    ]
    assert len(refused) == 4, logged
    assert not [line for line in bot.log_lines() if line["level"] in ("ERROR", "CRITICAL")]
