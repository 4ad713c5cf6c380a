"""What an operator needs around the bot: the scheduler lease, metrics and the health endpoint."""

import time

from sqlalchemy import Engine

from bot.context import BotApplication, Clock
from bot.ops.health import HealthServer, ReadinessProbe
from bot.ops.leader import SchedulerLease
from bot.ops.metrics import BotMetrics
from bot.reminders.timer import start_reminders, stop_reminders
from bot.settings import Settings


class Operations:
    """Started after the bot connects (post_init) and stopped at shutdown (post_shutdown)."""

    def __init__(self, settings: Settings, engine: Engine, clock: Clock) -> None:
        """Prepare the lease, the metrics and (if a port is set) the health endpoint."""
        self.settings = settings
        self.engine = engine
        self.clock = clock
        self.lease = SchedulerLease(engine)
        self.metrics = BotMetrics(engine, is_leader=lambda: self.lease.held)
        self.health: HealthServer | None = None
        self._loop_started: float | None = None

    async def start(self, application: BotApplication) -> None:
        """Run the reminder loop when the lease is ours; open the health endpoint."""

        async def acquired() -> None:
            self._loop_started = time.monotonic()
            await start_reminders(application)

        async def lost() -> None:
            await stop_reminders(application)

        await self.lease.start(on_acquired=acquired, on_lost=lost)
        if self.settings.health_port:
            probe = ReadinessProbe(
                engine=self.engine,
                lease=self.lease,
                last_run=lambda: self._last_run(application),
                clock=self.clock,
            )
            self.health = HealthServer(
                probe=probe,
                registry=self.metrics.registry,
                listen=self.settings.health_listen,
                port=self.settings.health_port,
            )
            await self.health.start()

    async def stop(self, _application: BotApplication | None = None) -> None:
        """Close the health endpoint and hand the lease to a standby."""
        if self.health is not None:
            await self.health.stop()
            self.health = None
        await self.lease.stop()

    def _last_run(self, application: BotApplication) -> float | None:
        """When the loop last showed life: its last finished run, or when it started."""
        finished = application.bot_data.dispatcher.last_run_finished
        moments = [moment for moment in (finished, self._loop_started) if moment is not None]
        return max(moments) if moments else None
