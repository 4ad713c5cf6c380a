"""The operator's HTTP endpoint: /healthz (alive), /readyz (able to work) and /metrics.

/metrics also says how far behind the reminders are: the backlog (due and not yet sent) and
the time it takes to drain at the active rate limit, read at scrape time (BacklogCollector).

Ready means: Telegram answered and updates flow (the endpoint opens before the bot reaches
Telegram, and says 503 while start-up retries), the database answers, and — on the replica
that runs the reminder loop — the loop finished a delivery run within two sweep intervals and
no claimed reminder has been stuck in "sending" for longer than STUCK_CLAIM. A standby replica
is ready when Telegram and its database answer: it serves patients while another replica sends
reminders.
"""

import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import Engine
from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

from bot.delivery.wake_timer import SWEEP_INTERVAL
from bot.ops.leader import SchedulerLease
from storage.reminders import count_due_backlog, oldest_claim_at

logger = logging.getLogger(__name__)

STUCK_CLAIM = timedelta(minutes=10)


@dataclass(frozen=True)
class Readiness:
    """What /readyz answers, as JSON."""

    ready: bool
    telegram: bool
    database: bool
    role: str
    last_delivery_run_seconds_ago: float | None
    oldest_claim_seconds: float | None


class ReadinessProbe:
    """Checks the database and the reminder loop each time it is asked."""

    def __init__(
        self,
        *,
        engine: Engine,
        lease: SchedulerLease,
        last_run: Callable[[], float | None],
        clock: Callable[[], datetime],
        connected: Callable[[], bool],
    ) -> None:
        """`last_run` is the monotonic time the dispatcher last finished a delivery run;
        `connected` says whether Telegram answered and updates are being received."""
        self.engine = engine
        self.lease = lease
        self.last_run = last_run
        self.clock = clock
        self.connected = connected

    def check(self) -> Readiness:
        """Judge readiness now."""
        try:
            claim_age = self._oldest_claim()
            database = True
        except Exception:  # noqa: BLE001  # any failure means "database not reachable"
            logger.warning("readiness: database not reachable")
            claim_age, database = None, False
        last_run = self.last_run()
        since_run = None if last_run is None else time.monotonic() - last_run
        loop_ok = not self.lease.held or (
            since_run is not None
            and since_run <= 2 * SWEEP_INTERVAL.total_seconds()
            and (claim_age is None or claim_age <= STUCK_CLAIM.total_seconds())
        )
        telegram = self.connected()
        ready = telegram and database and loop_ok
        return Readiness(ready, telegram, database, self.lease.role, since_run, claim_age)

    def _oldest_claim(self) -> float | None:
        """Seconds since the oldest claim not yet settled, or None if there is none."""
        with self.engine.connect() as connection:
            claimed_at = oldest_claim_at(connection)
        if claimed_at is None:
            return None
        return max(0.0, (self.clock() - claimed_at).total_seconds())


def drain_seconds(backlog: int, per_second: float | None) -> float | None:
    """Seconds to send `backlog` messages at `per_second` (None without a limit)."""
    if not per_second:
        return None
    return backlog / per_second


class BacklogCollector(Collector):
    """The reminders due now and not yet sent, and how long they take at the active limit."""

    def __init__(
        self,
        *,
        engine: Engine,
        clock: Callable[[], datetime],
        per_second: Callable[[], float | None],
    ) -> None:
        """Count in `engine` at `clock()`; `per_second` is the limiter's pace (None: no limit)."""
        self.engine = engine
        self.clock = clock
        self.per_second = per_second

    def collect(self) -> Iterator[Metric]:
        """The backlog, and the seconds to drain it when a rate limit is on."""
        with self.engine.connect() as connection:
            backlog = count_due_backlog(connection, now=self.clock())
        yield GaugeMetricFamily(
            "b12bot_reminders_backlog",
            "Reminders due now and not yet sent (pending or in flight)",
            value=backlog,
        )
        drain = drain_seconds(backlog, self.per_second())
        if drain is not None:
            yield GaugeMetricFamily(
                "b12bot_reminders_drain_seconds",
                "Expected seconds until the backlog is sent, at the active rate limit",
                value=drain,
            )

    def describe(self) -> Iterator[Metric]:
        """Nothing up front: the registry must not collect (query) at registration."""
        return iter(())


class HealthServer:
    """A small HTTP server on its own port, in the bot's event loop."""

    def __init__(
        self, *, probe: ReadinessProbe, registry: CollectorRegistry, listen: str, port: int
    ) -> None:
        """Serve `probe` and `registry` on listen:port once started."""
        routes = [
            (r"/healthz", _Liveness),
            (r"/readyz", _Readiness, {"probe": probe}),
            (r"/metrics", _Metrics, {"registry": registry}),
        ]
        self._app = Application(routes, log_function=_log_request)  # type: ignore[arg-type]
        self._server: HTTPServer | None = None
        self.listen = listen
        self.port = port

    async def start(self) -> None:
        """Start listening."""
        self._server = self._app.listen(self.port, self.listen, xheaders=True)
        logger.info("health endpoint on %s:%s", self.listen, self.port)

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None


def _log_request(handler: RequestHandler) -> None:
    """A debug line per request: tornado's access log calls every 503 from /readyz an error."""
    logger.debug("%d %s %s", handler.get_status(), handler.request.method, handler.request.path)


class _Liveness(RequestHandler):
    """The event loop answers: the process is alive."""

    def get(self) -> None:
        """200 and a word."""
        self.write("ok\n")


class _Readiness(RequestHandler):
    """200 when ready, 503 otherwise, with the reasons as JSON."""

    def initialize(self, probe: ReadinessProbe) -> None:
        """Remember the probe."""
        self.probe = probe

    def get(self) -> None:
        """Run the checks."""
        readiness = self.probe.check()
        self.set_status(200 if readiness.ready else 503)
        self.set_header("Content-Type", "application/json")
        self.write(json.dumps(asdict(readiness)))


class _Metrics(RequestHandler):
    """Prometheus exposition format."""

    def initialize(self, registry: CollectorRegistry) -> None:
        """Remember the registry."""
        self.registry = registry

    def get(self) -> None:
        """Every metric, read now."""
        self.set_header("Content-Type", CONTENT_TYPE_LATEST)
        self.write(generate_latest(self.registry))
