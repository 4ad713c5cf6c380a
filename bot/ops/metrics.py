"""Prometheus metrics: counters kept as things happen, gauges read from the ledger when scraped."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import Engine

from storage.database import session_scope
from storage.models import ReminderStatus
from storage.patients import count_active_patients
from storage.reminders import count_reminders_by_status

# From "on time" to "a day late": a reminder delivered after a restart lands in the top buckets.
LATENESS_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 900, 3600, 6 * 3600, 24 * 3600)


class BotMetrics:
    """Every metric of one bot process, in its own registry (so tests can run several)."""

    def __init__(
        self, engine: Engine | None = None, *, is_leader: Callable[[], bool] = lambda: True
    ) -> None:
        """Create the metrics; with an engine, pending reminders and patients are scraped live."""
        self.registry = CollectorRegistry()
        self.reminders_sent = self._counter("reminders_sent", "Reminders Telegram accepted")
        self.reminders_failed = self._counter(
            "reminders_failed", "Reminders that could not be delivered (blocked, refused, gave up)"
        )
        self.reminders_paid = self._counter(
            "reminders_paid", "Reminders Telegram accepted as paid broadcasts (0.1 Star each)"
        )
        self.reminders_expired = self._counter(
            "reminders_expired", "Reminders too old to be useful, summarised instead of sent"
        )
        self.updates_handled = self._counter("updates_handled", "Telegram updates received")
        self.handler_errors = self._counter("handler_errors", "Updates whose handler failed")
        self.lateness = Histogram(
            "b12bot_reminder_lateness_seconds",
            "From a reminder's due time to Telegram accepting it",
            buckets=LATENESS_BUCKETS,
            registry=self.registry,
        )
        if engine is not None:
            self.registry.register(LedgerCollector(engine, is_leader))

    def _counter(self, name: str, documentation: str) -> Counter:
        """A counter named b12bot_<name>_total in this registry."""
        return Counter(f"b12bot_{name}", documentation, registry=self.registry)

    def observe_lateness(self, due_at: datetime, sent_at: datetime) -> None:
        """Record how late one reminder went out (never negative)."""
        self.lateness.observe(max(0.0, (sent_at - due_at).total_seconds()))


class LedgerCollector(Collector):
    """Gauges that are counts in the database, read at scrape time."""

    def __init__(self, engine: Engine, is_leader: Callable[[], bool]) -> None:
        """Read from `engine`; `is_leader` says whether this replica runs the reminder loop."""
        self.engine = engine
        self.is_leader = is_leader

    def collect(self) -> Iterator[Metric]:
        """Pending reminders by status, active patients, and this replica's role."""
        with session_scope(self.engine) as session:
            by_status = count_reminders_by_status(session)
            active = count_active_patients(session)
        yield GaugeMetricFamily(
            "b12bot_reminders_pending",
            "Reminders waiting to be sent",
            value=by_status.get(ReminderStatus.PENDING, 0),
        )
        yield GaugeMetricFamily(
            "b12bot_reminders_sending",
            "Reminders claimed and not yet settled",
            value=by_status.get(ReminderStatus.SENDING, 0),
        )
        yield GaugeMetricFamily(
            "b12bot_patients_active", "Patients who have not blocked the bot", value=active
        )
        yield GaugeMetricFamily(
            "b12bot_scheduler_leader",
            "1 if this replica runs the reminder loop",
            value=1 if self.is_leader() else 0,
        )

    def describe(self) -> Iterator[Metric]:
        """Nothing up front: the registry must not collect (query) at registration."""
        return iter(())


@dataclass(frozen=True)
class PaidBudget:
    """Today's paid broadcasts (UTC day): sent (or going out now), left, and whether paying."""

    used: int
    left: int
    paying: bool


class PaidBroadcastCollector(Collector):
    """Gauges of today's paid broadcast budget, read at scrape time."""

    def __init__(self, read: Callable[[], PaidBudget]) -> None:
        """`read` gives today's figures (it reads the day's count in the database)."""
        self.read = read

    def collect(self) -> Iterator[Metric]:
        """Paid messages today, the budget left, and 1 while reminders go out paid."""
        budget = self.read()
        yield GaugeMetricFamily(
            "b12bot_paid_broadcasts_today",
            "Paid broadcast messages sent today (UTC day), counted as they go out",
            value=budget.used,
        )
        yield GaugeMetricFamily(
            "b12bot_paid_broadcast_budget_left",
            "Paid broadcast messages today's budget still allows",
            value=budget.left,
        )
        yield GaugeMetricFamily(
            "b12bot_paid_broadcast_paying",
            "1 while reminders go out as paid broadcasts (a peak, within the budget)",
            value=1 if budget.paying else 0,
        )

    def describe(self) -> Iterator[Metric]:
        """Nothing up front: the registry must not collect (query) at registration."""
        return iter(())
