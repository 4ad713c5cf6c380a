"""The health endpoint over real HTTP: readiness judges the database and the reminder loop;
metrics count what was sent, read the ledger and say how long the backlog takes at the rate
limit; the log warns once a peak when it is too long; the lease makes one replica the sender."""

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa
from sqlalchemy import Engine
from sqlmodel import col

from bot.app import build_application
from bot.context import BotApplication
from bot.delivery.wake_timer import SWEEP_INTERVAL, rearm_reminders
from bot.ops.health import ReadinessProbe
from bot.ops.leader import SchedulerLease
from bot_api_double import BotApiDouble
from storage.database import session_scope
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus
from storage.reminders import add_reminder
from tests.bot.conftest import reminders_settled, settings_for
from tests.bot.patients import common_monthly, patient_with_plan
from tests.bot.processes import free_ports
from tests.fake_clock import FakeClock

PATIENT = 9090
FIRST_DOSE_AT = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
async def served(
    double: BotApiDouble, engine: Engine, clock: FakeClock
) -> AsyncIterator[tuple[BotApplication, str]]:
    """The real Application with its health endpoint on a free port; and the endpoint's URL."""
    async with _serving(double, engine, clock) as app_and_url:
        yield app_and_url


@asynccontextmanager
async def _serving(
    double: BotApiDouble, engine: Engine, clock: FakeClock, **settings_changed: Any
) -> AsyncIterator[tuple[BotApplication, str]]:
    """The Application (with these settings changed) and its health endpoint's URL."""
    [port] = free_ports(1)
    settings = settings_for(double, str(engine.url)).model_copy(
        update={"health_port": port, **settings_changed}
    )
    app = build_application(settings, engine, clock=clock)
    await app.initialize()
    assert app.post_init is not None
    assert app.post_shutdown is not None
    await app.post_init(app)
    await app.start()
    yield app, f"http://127.0.0.1:{port}"
    await app.stop()
    await app.post_shutdown(app)
    await app.shutdown()


async def _get(url: str) -> tuple[int, str]:
    """GET over HTTP: status and body."""
    async with aiohttp.ClientSession() as client, client.get(url) as response:
        return response.status, await response.text()


async def test_metrics_count_a_sent_reminder_and_read_the_ledger(
    served: tuple[BotApplication, str], double: BotApiDouble, engine: Engine, clock: FakeClock
) -> None:
    """One reminder 2 minutes late: sent 1, lateness observed once at 120 s, pending from the DB."""
    application, url = served
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=FIRST_DOSE_AT.date(),
    )
    clock.set(FIRST_DOSE_AT + timedelta(minutes=2))
    await rearm_reminders(application)
    await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    await reminders_settled(application)

    status, metrics = await _get(f"{url}/metrics")
    with engine.connect() as connection:
        pending = connection.execute(
            sa.select(sa.func.count()).where(col(Reminder.status) == ReminderStatus.PENDING)
        ).scalar_one()
    assert status == 200
    assert "b12bot_reminders_sent_total 1.0" in metrics
    assert 'b12bot_reminder_lateness_seconds_bucket{le="60.0"} 0.0' in metrics
    assert 'b12bot_reminder_lateness_seconds_bucket{le="120.0"} 1.0' in metrics
    assert "b12bot_reminder_lateness_seconds_count 1.0" in metrics
    assert f"b12bot_reminders_pending {float(pending)}" in metrics
    assert pending > 0
    assert "b12bot_patients_active 1.0" in metrics
    assert "b12bot_reminders_failed_total 0.0" in metrics


async def test_readiness_fails_while_a_claim_is_stuck(
    served: tuple[BotApplication, str], engine: Engine, clock: FakeClock
) -> None:
    """A reminder left in "sending" for 11 minutes makes the sender not ready (503)."""
    _, url = served
    status, body = await _get(f"{url}/readyz")
    assert status == 200, body
    assert (await _get(f"{url}/healthz"))[0] == 200
    patient_id = patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=FIRST_DOSE_AT.date(),
    )
    with session_scope(engine) as session:
        stuck = add_reminder(session, patient_id=patient_id, kind=ReminderKind.DOSE, due_at=clock())
        stuck.status = ReminderStatus.SENDING
        stuck.claimed_at = clock() - timedelta(minutes=11)
    status, body = await _get(f"{url}/readyz")
    assert status == 503
    assert '"oldest_claim_seconds": 660.0' in body


async def test_metrics_say_the_backlog_and_how_long_it_takes_at_the_rate_limit(
    served: tuple[BotApplication, str], engine: Engine, clock: FakeClock
) -> None:
    """Due and unsent (3 pending due, 1 in flight) is the backlog; the pending one due later and
    the sent one are not. At the limiter's 29.4 a second, 4 take 4/29.4 s."""
    application, url = served
    patient_id = patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=(clock() + timedelta(days=30)).date(),
    )
    with session_scope(engine) as session:
        for minutes in (1, 2, 3, -5):
            due = add_reminder(
                session,
                patient_id=patient_id,
                kind=ReminderKind.DOSE,
                due_at=clock() - timedelta(minutes=minutes),
            )
        due.status = ReminderStatus.SENDING  # the last, due 5 minutes ahead: claimed all the same
        sent = add_reminder(session, patient_id=patient_id, kind=ReminderKind.DOSE, due_at=clock())
        sent.status = ReminderStatus.SENT
        add_reminder(
            session,
            patient_id=patient_id,
            kind=ReminderKind.DOSE,
            due_at=clock() + timedelta(minutes=1),
        )
    assert application.bot_data.dispatcher.active_limit() == pytest.approx(29.4)

    status, metrics = await _get(f"{url}/metrics")
    assert status == 200
    assert "b12bot_reminders_backlog 4.0" in metrics
    [drain] = [line for line in metrics.splitlines() if line.startswith("b12bot_reminders_drain")]
    assert drain.split()[0] == "b12bot_reminders_drain_seconds"
    assert float(drain.split()[1]) == pytest.approx(4 / 29.4)


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
async def test_the_log_warns_once_a_peak_when_the_backlog_takes_too_long(
    double: BotApiDouble, engine: Engine, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """250 reminders due at once take 8.5 s at 29.4/s, past a 5 s warning: one line for the
    whole peak (three batches), none naming a patient; once the backlog is gone, the next
    peak (200, 6.8 s) is told again, and a small one (50, 1.7 s) is not."""
    async with _serving(double, engine, clock, reminders_late_warning_seconds=5) as (app, url):
        patient_id = patient_with_plan(
            engine,
            chat_id=PATIENT,
            phases=common_monthly(),
            now=clock(),
            first_dose_on=(clock() + timedelta(days=30)).date(),
        )
        with session_scope(engine) as session:
            # A patient who blocked the bot: each reminder settles unsent, at once.
            patient = session.get(Patient, patient_id)
            assert patient is not None
            patient.active = False
        caplog.set_level(logging.WARNING, logger="bot.delivery.dispatcher")
        for peak in (250, 200, 50):
            with session_scope(engine) as session:
                for _ in range(peak):
                    add_reminder(
                        session, patient_id=patient_id, kind=ReminderKind.DOSE, due_at=clock()
                    )
            await rearm_reminders(app)
            await reminders_settled(app)
        status, metrics = await _get(f"{url}/metrics")
    assert status == 200
    told = [r.getMessage() for r in caplog.records if "reminders are due" in r.getMessage()]
    assert len(told) == 2
    assert told[0].startswith("250 reminders are due; at 29.4 messages a second the last goes")
    assert "goes out in 9 s at the soonest (around 08:00 UTC), past the 5 s warning" in told[0]
    assert told[1].startswith("200 reminders are due")
    assert not any(str(PATIENT) in line or str(patient_id) in line.split(";")[1] for line in told)
    assert "b12bot_reminders_backlog 0.0" in metrics
    assert "b12bot_reminders_drain_seconds 0.0" in metrics


def test_readiness_needs_telegram_a_recent_delivery_run_and_a_database(engine: Engine) -> None:
    """The sender is not ready before Telegram answers, when its loop has been quiet for two
    sweeps, or when the DB is gone."""
    lease = SchedulerLease(engine)
    lease.held = True
    now = time.monotonic()
    two_sweeps = 2 * SWEEP_INTERVAL.total_seconds()

    def probe(last_run: float | None, on: Engine = engine, connected: bool = True) -> bool:
        return (
            ReadinessProbe(
                engine=on,
                lease=lease,
                last_run=lambda: last_run,
                clock=lambda: datetime.now(UTC),
                connected=lambda: connected,
            )
            .check()
            .ready
        )

    assert probe(now - 1)
    assert not probe(now - 1, connected=False)
    assert not probe(now - two_sweeps - 1)
    assert not probe(None)
    gone = sa.create_engine("sqlite:////nonexistent-folder/b12bot.sqlite3")
    assert not probe(now - 1, on=gone)
    lease.held = False  # a standby does not run the loop: Telegram and the database count
    assert probe(None)
    assert not probe(None, connected=False)


async def test_only_one_lease_holder_and_a_standby_takes_over(engine: Engine) -> None:
    """On PostgreSQL a second lease waits; when the first is given up it takes over in seconds.
    On SQLite (one process) the lease is simply held."""
    first, second = (SchedulerLease(engine, retry_seconds=0.1) for _ in range(2))
    events: list[str] = []

    async def acquired(name: str) -> None:
        events.append(name)

    async def lost() -> None:
        events.append("lost")

    await first.start(on_acquired=lambda: acquired("first"), on_lost=lost)
    if engine.dialect.name != "postgresql":
        assert first.held
        await first.stop()
        return
    await second.start(on_acquired=lambda: acquired("second"), on_lost=lost)
    try:
        assert (first.held, second.held) == (True, False)
        await asyncio.sleep(0.3)
        assert events == ["first"]
        await first.stop()
        async with asyncio.timeout(5):
            while not second.held:  # noqa: ASYNC110  # polling the lease
                await asyncio.sleep(0.05)
        assert events == ["first", "second"]
    finally:
        await first.stop()
        await second.stop()
