"""What an operator needs around the bot: the scheduler lease, metrics and the health endpoint."""

import asyncio
import logging
import time
from collections.abc import Coroutine
from typing import Any

from sqlalchemy import Engine

from bot.clock import Clock
from bot.context import BotApplication
from bot.delivery.wake_timer import start_reminders, stop_reminders
from bot.ops.health import HealthServer, ReadinessProbe
from bot.ops.leader import SchedulerLease
from bot.ops.metrics import BotMetrics
from bot.settings import Settings

logger = logging.getLogger(__name__)


class Operations:
    """The health endpoint opens before the bot reaches Telegram; the rest starts once it has
    (post_init) and stops at shutdown (post_shutdown)."""

    def __init__(self, settings: Settings, engine: Engine, clock: Clock) -> None:
        """Prepare the lease, the metrics and (if a port is set) the health endpoint."""
        self.settings = settings
        self.engine = engine
        self.clock = clock
        self.lease = SchedulerLease(engine)
        self.metrics = BotMetrics(engine, is_leader=lambda: self.lease.held)
        self.health: HealthServer | None = None
        self._loop_started: float | None = None
        self._background: set[asyncio.Task[Any]] = set()

    async def open_health(self, application: BotApplication) -> None:
        """Open the health endpoint (once, if a port is set); not ready until the bot runs."""
        if self.health is not None or not self.settings.health_port:
            return
        probe = ReadinessProbe(
            engine=self.engine,
            lease=self.lease,
            last_run=lambda: self._last_run(application),
            clock=self.clock,
            connected=lambda: application.running,
        )
        self.health = HealthServer(
            probe=probe,
            registry=self.metrics.registry,
            listen=self.settings.health_listen,
            port=self.settings.health_port,
        )
        await self.health.start()

    async def start(self, application: BotApplication) -> None:
        """Open the health endpoint (if not yet); run the reminder loop when the lease is ours."""

        async def acquired() -> None:
            self._loop_started = time.monotonic()
            await start_reminders(application)

        async def lost() -> None:
            await stop_reminders(application)

        await self.open_health(application)
        await self.lease.start(on_acquired=acquired, on_lost=lost)

    def in_background(self, work: Coroutine[Any, Any, object]) -> None:
        """Run `work` while the bot runs; it is cancelled when the bot winds down."""
        task = asyncio.create_task(work)
        self._background.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        """Forget a finished background task; say how it failed, if it did."""
        self._background.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            logger.error("background work gave up: %s: %s", type(error).__name__, error)

    async def wind_down(self, application: BotApplication) -> None:
        """Before the application stops: cancel background work, arm no more wake-ups."""
        for task in self._background:
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        await stop_reminders(application)

    async def stop(self, application: BotApplication | None = None) -> None:
        """Record the sends still unrecorded, close the health endpoint, hand the lease over."""
        if application is not None:
            # Before the lease goes: a standby must not find these sends unrecorded.
            await application.bot_data.dispatcher.close()
        if self.health is not None:
            await self.health.stop()
            self.health = None
        await self.lease.stop()

    def _last_run(self, application: BotApplication) -> float | None:
        """When the loop last showed life: its last finished run, or when it started."""
        finished = application.bot_data.dispatcher.last_run_finished
        moments = [moment for moment in (finished, self._loop_started) if moment is not None]
        return max(moments) if moments else None
