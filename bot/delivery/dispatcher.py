"""Delivers due reminders from the database ledger: claim, send, settle — at least once.

One wake claims a batch in one transaction, sends each message through the bot (and so
through python-telegram-bot's rate limiter), and settles each reminder right after its send:
sent with its message id, released for a retry (429 after `retry_after`, 5xx and timeouts
with back-off), or ended (the patient blocked the bot: marked inactive, never retried).

A send whose answer was lost (a 5xx, a timeout, a dropped connection) may have reached the
patient or not, and the Bot API cannot tell: it is retried like any failed send. That is
at-least-once by choice: a repeat names the same dose and date, so the patient sees it is
the same reminder, while a reminder never sent is a missed injection nobody hears about.
`python -m bench.burst --faults 0.1` measures how often it happens.

Sends that finish close together are settled in one transaction: a result waits at most
SETTLE_WINDOW (50 ms), or until SETTLE_MAX results are waiting, or until nothing else is in
flight. A result the database cannot take (locked by another writer, unreachable) stays in
memory and is written again with back-off for as long as the process lives; meanwhile its
claim is never requeued by this process and no new batch is claimed, and a clean stop waits
up to SETTLE_ON_STOP for it. So, apart from sends whose answer was lost, only a crash (or a
stop that could not reach the database in time) repeats sends, and at most the two batches
open (twice BATCH_SIZE); while the database answers, only the sends in flight plus those of
the short window (CONCURRENT_SENDS + SETTLE_MAX).

The next batch is claimed and planned while the last sends of the one before are in flight,
so neither the database work between batches nor the answers awaited leave the sender idle.

Reminders are sent inside `reminder_sends()`: the rate limiter gives answers to patients the
first free slot, and reminders the rest. When a batch comes full (more may wait), the backlog
is counted, and if it takes longer than `late_warning` at the limiter's pace the log says so
once, until the backlog is gone: the operator learns the 09:00 list goes out until 09:55.
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session
from telegram import Bot, Message
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.clock import Clock
from bot.delivery.outgoing import Delivery
from bot.delivery.paid_broadcast import FreeSending, ReminderSending
from bot.delivery.recipients import mark_recipient_unreachable
from bot.delivery.routes import Planners, plan_deliveries
from bot.ops.health import BacklogCollector, drain_seconds
from bot.ops.metrics import BotMetrics
from bot.telegram.flood_control import FloodControl, reminder_sends
from storage.database import database_unreachable, session_scope
from storage.models import Reminder, ReminderStatus
from storage.patients import BLOCKED_ERROR
from storage.reminders import (
    SentRow,
    claim_due_reminders,
    count_due_backlog,
    mark_reminder_sent,
    mark_reminders_sent,
    release_reminder,
    requeue_stuck_reminders,
    settle_for_unreachable_patient,
    settle_reminder,
    unclaim_reminders,
)

logger = logging.getLogger(__name__)

# Small enough that a stop under Telegram's rate limit finishes the batch in flight quickly.
BATCH_SIZE = 100
CONCURRENT_SENDS = 16
# Settle the results of sends that finish within this window (or this many) together.
SETTLE_WINDOW = 0.05
SETTLE_MAX = 16
MAX_ATTEMPTS = 12
# Results the database refused are written again after this long, doubling up to the longest.
SETTLE_RETRY_FIRST = 0.5
SETTLE_RETRY_LONGEST = 30.0
# A clean stop waits this long (seconds) for results the database still refuses.
SETTLE_ON_STOP = 20.0
# No send takes this long: a claim older than this, and not held by this process, was left
# by a process that died, and goes back.
STUCK_AFTER = timedelta(minutes=10)
FIRST_RETRY = timedelta(seconds=5)
LONGEST_RETRY = timedelta(minutes=15)
# The log warns when the reminders due take longer than this to go out (Settings' default).
LATE_WARNING = timedelta(minutes=10)


@dataclass(frozen=True)
class Sent:
    """Telegram accepted the message."""

    message_id: int


@dataclass(frozen=True)
class RetryLater:
    """Try again at `at` (rate limited, server error or timeout)."""

    at: datetime
    error: str
    back_off: bool = True


@dataclass(frozen=True)
class Blocked:
    """The recipient blocked the bot."""


@dataclass(frozen=True)
class Rejected:
    """Telegram refused the message for good."""

    error: str


@dataclass(frozen=True)
class NotSent:
    """There was nothing to send."""


@dataclass(frozen=True)
class Unclaimed:
    """Stopping: not sent, back to the ledger as it was."""


SendResult = Sent | RetryLater | Blocked | Rejected | NotSent | Unclaimed


@dataclass
class _Unsettled:
    """A send's result waiting for the next settle transaction."""

    delivery: Delivery
    result: SendResult
    now: datetime
    attempts: int
    settled: asyncio.Future[None]


class ReminderDispatcher:
    """Sends whatever the ledger says is due; one delivery run at a time."""

    def __init__(
        self,
        *,
        engine: Engine,
        bot: Bot,
        clock: Clock,
        planners: Planners,
        keep_going: Callable[[], bool] = lambda: True,
        metrics: BotMetrics | None = None,
        late_warning: timedelta = LATE_WARNING,
        sending: ReminderSending | None = None,
    ) -> None:
        """Deliver through `bot`, reading and writing the ledger in `engine`, each kind of
        reminder planned by its feature's planner in `planners`.

        `keep_going` turns false when the application stops: no new batch is claimed and
        claimed reminders not yet sent go back to the ledger untouched, so a stop is quick.
        `late_warning`: a backlog taking longer than this is logged once a peak (zero: never).
        `sending`: how each reminder goes out (default: free; bot.delivery.paid_broadcast pays
        at a peak).
        """
        self.engine = engine
        self.bot = bot
        self.clock = clock
        self.planners = planners
        self._keep_going = keep_going
        self.metrics = metrics or BotMetrics()
        # Monotonic time the last delivery run finished: the health check's "loop is alive".
        self.last_run_finished: float | None = None
        self._due: dict[int | None, datetime] = {}
        self._lock = asyncio.Lock()
        self._sending = asyncio.Semaphore(CONCURRENT_SENDS)
        self._unsettled: list[_Unsettled] = []
        self._settle_timer: asyncio.TimerHandle | None = None
        self._in_flight = 0
        # Results the database refused, written again by _retry_held until it takes them.
        self._held: list[_Unsettled] = []
        self._retrying: asyncio.Task[None] | None = None
        self._closing = False
        # The batches being sent now: claimed by this process, so never requeued.
        self._batch_ids: set[int] = set()
        self._late_warning = late_warning
        # Whether this peak's backlog was logged; cleared when a claim finds nothing due.
        self._peak_told = False
        self.reminder_sending = sending or FreeSending()
        self.metrics.registry.register(
            BacklogCollector(
                engine=engine,
                clock=clock,
                per_second=lambda: self.reminder_sending.pace(self.active_limit()),
            )
        )

    def active_limit(self) -> float | None:
        """Messages a second the bot's rate limiter lets out (None when there is none)."""
        limiter = getattr(self.bot, "rate_limiter", None)
        return limiter.per_second if isinstance(limiter, FloodControl) else None

    @property
    def busy(self) -> bool:
        """Whether a delivery run is under way."""
        return self._lock.locked()

    def recover_after_crash(self) -> int:
        """Give back reminders a previous process claimed but never settled (at start-up)."""
        with session_scope(self.engine) as session:
            count = requeue_stuck_reminders(
                session, claimed_before=self.clock(), keep=self._claims_held()
            )
        if count:
            logger.warning("requeued %d reminders left in sending by a previous run", count)
        return count

    async def deliver_due(self) -> int:
        """Deliver every reminder due now, batch after batch; return how many were settled."""
        async with self._lock:
            settled = 0
            self._requeue_stuck()
            if self._held:
                self._write_held()
            # The batches under way: the last, and the one before while its tail is in flight.
            open_batches: list[asyncio.Task[int]] = []
            try:
                # Nothing new goes out while results of sent messages wait for the database.
                while self._keep_going() and not self._held:
                    batch = self._claim()
                    if not batch:
                        self._peak_told = False
                        break
                    if len(batch) == BATCH_SIZE:
                        self._tell_of_peak()
                    current, all_started = self._start_batch(batch)
                    open_batches.append(current)
                    if len(open_batches) > 1:
                        settled += await open_batches.pop(0)
                    await _until_started(current, all_started)
            finally:
                for outcome in await asyncio.gather(*open_batches, return_exceptions=True):
                    if isinstance(outcome, BaseException):
                        raise outcome
                    settled += outcome
            self.last_run_finished = time.monotonic()
            if settled:
                logger.info("delivery run settled %d reminders", settled)
            return settled

    async def close(self) -> None:
        """At a clean stop: write the results still held, trying for at most SETTLE_ON_STOP."""
        self._closing = True
        if self._retrying is not None:
            self._retrying.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._retrying
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_ON_STOP
        delay = SETTLE_RETRY_FIRST
        while self._held and not self._write_held():
            remaining = deadline - loop.time()
            if remaining <= 0:
                logger.error(
                    "stopping with %d results not recorded (the database refused them for "
                    "%.0f s); %d are sends Telegram accepted, which the next start sends again",
                    len(self._claims_held()),
                    SETTLE_ON_STOP,
                    self._held_sends(),
                )
                return
            await asyncio.sleep(min(delay, remaining))
            delay = min(2 * delay, SETTLE_RETRY_LONGEST)

    def _tell_of_peak(self) -> None:
        """Log once a peak when the backlog takes longer than late_warning at the limit."""
        per_second = self.reminder_sending.peak_pace(self.active_limit())
        if self._peak_told or not per_second or self._late_warning <= timedelta(0):
            return
        now = self.clock()
        try:
            with self.engine.connect() as connection:
                backlog = count_due_backlog(connection, now=now)
        except Exception as error:  # noqa: BLE001  # a warning's count never stops delivery
            logger.warning("could not count the reminders due (%s)", _reason(error))
            return
        drain = drain_seconds(backlog, per_second) or 0.0
        if drain <= self._late_warning.total_seconds():
            return
        self._peak_told = True
        logger.warning(
            "%d reminders are due; at %.1f messages a second the last goes out in %s at the "
            "soonest (around %s UTC), past the %s warning",
            backlog,
            per_second,
            _duration(drain),
            (now + timedelta(seconds=drain)).astimezone(UTC).strftime("%H:%M"),
            _duration(self._late_warning.total_seconds()),
        )

    def _claims_held(self) -> set[int]:
        """Reminders this process has claimed and not yet settled in the database."""
        held = {rid for item in self._held for rid in item.delivery.reminder_ids}
        return held | self._batch_ids

    def _held_sends(self) -> int:
        """How many held reminders went out (Telegram accepted them)."""
        return sum(
            len(item.delivery.reminder_ids) for item in self._held if isinstance(item.result, Sent)
        )

    def _requeue_stuck(self) -> None:
        """Give back claims a dead process left unsettled, far longer than any send takes."""
        with session_scope(self.engine) as session:
            count = requeue_stuck_reminders(
                session, claimed_before=self.clock() - STUCK_AFTER, keep=self._claims_held()
            )
        if count:
            logger.warning("requeued %d reminders stuck in sending", count)

    def _claim(self) -> list[Reminder]:
        """Claim the next batch of due reminders."""
        with session_scope(self.engine) as session:
            return claim_due_reminders(session, now=self.clock(), limit=BATCH_SIZE)

    def _start_batch(self, batch: list[Reminder]) -> tuple[asyncio.Task[int], asyncio.Event]:
        """Start delivering a claimed batch; the event is set once each of its sends began."""
        all_started = asyncio.Event()
        task = asyncio.get_running_loop().create_task(
            self._deliver(batch, all_started), name="reminders:batch"
        )
        return task, all_started

    async def _deliver(self, batch: list[Reminder], all_started: asyncio.Event) -> int:
        """Plan, send and settle one claimed batch."""
        now = self.clock()
        ids = {reminder.id for reminder in batch if reminder.id is not None}
        # Claimed by this process until settled: never requeued as stuck meanwhile.
        self._batch_ids |= ids
        try:
            try:
                with session_scope(self.engine) as session:
                    deliveries = plan_deliveries(session, batch, now, self.planners)
            except Exception:
                logger.exception("could not plan %d claimed reminders; retrying later", len(batch))
                self._retry_later(batch, now)
                return len(batch)
            attempts = {reminder.id: reminder.attempts for reminder in batch}
            self._due.update((reminder.id, reminder.due_at) for reminder in batch)
            unstarted = [len(deliveries)]
            if not deliveries:
                all_started.set()
            outcomes = await asyncio.gather(
                *(
                    self._send_and_settle(delivery, now, attempts, unstarted, all_started)
                    for delivery in deliveries
                ),
                return_exceptions=True,
            )
        finally:
            all_started.set()
            self._batch_ids -= ids
            for reminder_id in ids:
                self._due.pop(reminder_id, None)
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                # Its reminders stay claimed; _requeue_stuck gives them back later.
                logger.error("a reminder delivery failed", exc_info=outcome)
        return len(batch)

    def _retry_later(self, batch: list[Reminder], now: datetime) -> None:
        """Release a batch that could not be planned, with back-off, or fail it after many tries."""
        with session_scope(self.engine) as session:
            for reminder in batch:
                assert reminder.id is not None
                delivery = Delivery([reminder.id], reminder.patient_id, None)
                _settle(
                    session, delivery, RetryLater(now, "planning failed"), now, reminder.attempts
                )

    async def _send_and_settle(
        self,
        delivery: Delivery,
        now: datetime,
        attempts: dict[int | None, int],
        unstarted: list[int],
        all_started: asyncio.Event,
    ) -> None:
        """Send one message, then settle it with those that finished in the same moment.

        `unstarted` counts the batch's sends not yet begun; the last to begin sets `all_started`.
        """

        def started() -> None:
            """One more send of the batch is under way."""
            unstarted[0] -= 1
            if unstarted[0] <= 0:
                all_started.set()

        self._in_flight += 1
        try:
            result = await self._send(delivery, started)
        finally:
            self._in_flight -= 1
        tries = max(attempts.get(reminder_id, 1) for reminder_id in delivery.reminder_ids)
        settled = asyncio.get_running_loop().create_future()
        self._unsettled.append(_Unsettled(delivery, result, now, tries, settled))
        if len(self._unsettled) >= SETTLE_MAX or self._in_flight == 0:
            self._settle_waiting()
        elif self._settle_timer is None:
            self._settle_timer = asyncio.get_running_loop().call_later(
                SETTLE_WINDOW, self._settle_waiting
            )
        await settled

    def _settle_waiting(self) -> None:
        """Settle every waiting result now."""
        if self._settle_timer is not None:
            self._settle_timer.cancel()
            self._settle_timer = None
        waiting, self._unsettled = self._unsettled, []
        if waiting:
            self._settle_now(waiting)

    def _settle_now(self, items: list[_Unsettled]) -> None:
        """Settle results in one transaction: held if the database is unavailable, one by one
        if something else fails."""
        try:
            with session_scope(self.engine) as session:
                sent: list[SentRow] = []
                results = [
                    _settle(session, item.delivery, item.result, item.now, item.attempts, sent)
                    for item in items
                ]
                mark_reminders_sent(session, sent=sent)
        except Exception as error:
            if database_unreachable(error):
                self._hold(items, error)
                return
            logger.exception("settling %d results together failed; one by one", len(items))
            for item in items:
                self._settle_alone(item)
            return
        for item, result in zip(items, results, strict=True):
            self._finish(item, result)

    def _settle_alone(self, item: _Unsettled) -> None:
        """Settle one result in its own transaction; a failure stays with its delivery."""
        try:
            with session_scope(self.engine) as session:
                result = _settle(session, item.delivery, item.result, item.now, item.attempts)
        except Exception as error:  # reported by _deliver, or logged here if held
            if database_unreachable(error):
                self._hold([item], error)
                return
            if item.settled.done():
                # Held before: nobody awaits it now. Its claim goes back with the stuck ones.
                logger.error(
                    "could not record reminders %s", item.delivery.reminder_ids, exc_info=error
                )
            else:
                item.settled.set_exception(error)
            return
        self._finish(item, result)

    def _finish(self, item: _Unsettled, result: SendResult) -> None:
        """Count a settled result and wake its delivery."""
        self._count(item.delivery, result)
        if not item.settled.done():
            item.settled.set_result(None)

    def _hold(self, items: list[_Unsettled], error: Exception) -> None:
        """Keep results the database refused, to write them again later (see _retry_held)."""
        self._held.extend(items)
        for item in items:
            if not item.settled.done():
                item.settled.set_result(None)
        logger.warning(
            "the database refused %d results (%s); kept in memory, written again later",
            len(items),
            _reason(error),
        )
        if not self._closing and (self._retrying is None or self._retrying.done()):
            self._retrying = asyncio.get_running_loop().create_task(
                self._retry_held(), name="reminders:settle-retry"
            )

    async def _retry_held(self) -> None:
        """Write the held results again, with capped back-off, until the database takes them."""
        delay = SETTLE_RETRY_FIRST
        while self._held:
            await asyncio.sleep(delay)
            self._write_held()
            delay = min(2 * delay, SETTLE_RETRY_LONGEST)

    def _write_held(self) -> bool:
        """Try once to write every held result; whether none is left."""
        if not self._held:
            return True
        held, self._held = self._held, []
        self._settle_now(held)
        if not self._held:
            logger.info("recorded %d results the database had refused", len(held))
        return not self._held

    def _count(self, delivery: Delivery, result: SendResult) -> None:
        """Update the delivery metrics for one settled delivery."""
        count = len(delivery.reminder_ids)
        if isinstance(result, Sent):
            logger.debug(
                "reminders %s sent to patient %s", delivery.reminder_ids, delivery.patient_id
            )
            self.metrics.reminders_sent.inc(count)
            sent_at = self.clock()
            for reminder_id in delivery.reminder_ids:
                if (due_at := self._due.get(reminder_id)) is not None:
                    self.metrics.observe_lateness(due_at, sent_at)
        elif isinstance(result, Blocked | Rejected):
            self.metrics.reminders_failed.inc(count)
        elif isinstance(result, NotSent) and delivery.unsent_status == ReminderStatus.EXPIRED:
            self.metrics.reminders_expired.inc(count)

    async def _send(self, delivery: Delivery, started: Callable[[], None]) -> SendResult:
        """Send one message and classify what Telegram answered; `started` once it is its turn."""
        if delivery.outgoing is None:
            started()
            return NotSent()
        outgoing = delivery.outgoing
        async with self._sending:
            started()
            if not self._keep_going():
                return Unclaimed()
            try:
                with reminder_sends():
                    message: Message = await self.reminder_sending.send(
                        self.bot, outgoing, self.clock()
                    )
            except RetryAfter as error:
                return RetryLater(
                    self.clock() + _seconds(error.retry_after), "rate limited", back_off=False
                )
            except Forbidden:
                return Blocked()
            except BadRequest as error:
                return Rejected(error.message)
            except TelegramError as error:
                return RetryLater(self.clock(), type(error).__name__)
        return Sent(message.message_id)


async def _until_started(batch: asyncio.Task[int], all_started: asyncio.Event) -> None:
    """Wait until each send of the batch is under way, or the batch is done.

    The next batch is claimed and planned meanwhile, so neither the database work between
    batches nor the last answers awaited leave the sender idle: at most two batches are open,
    and the sends in flight stay within CONCURRENT_SENDS.
    """
    waiting = asyncio.get_running_loop().create_task(all_started.wait())
    try:
        await asyncio.wait({batch, waiting}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiting.cancel()


def _settle(
    session: Session,
    delivery: Delivery,
    result: SendResult,
    now: datetime,
    attempts: int,
    sent: list[SentRow] | None = None,
) -> SendResult:
    """Write the outcome of one delivery to the ledger; return the outcome as settled.

    With `sent`, reminders that went out are collected there for the caller to mark in one
    statement before its transaction commits; without it they are marked at once.
    """
    if isinstance(result, Unclaimed):
        unclaim_reminders(session, reminder_ids=delivery.reminder_ids)
        return result
    if isinstance(result, RetryLater):
        if attempts < MAX_ATTEMPTS:
            retry_at = max(result.at, now + _backoff(attempts)) if result.back_off else result.at
            for reminder_id in delivery.reminder_ids:
                release_reminder(
                    session, reminder_id=reminder_id, retry_at=retry_at, error=result.error
                )
            return result
        result = Rejected(f"gave up after {attempts} attempts: {result.error}")
    message_id = result.message_id if isinstance(result, Sent) else None
    if isinstance(result, Sent) and sent is not None:
        sent.extend(SentRow(rid, now, result.message_id) for rid in delivery.reminder_ids)
    else:
        for reminder_id in delivery.reminder_ids:
            _settle_one(session, reminder_id, delivery, result, now)
    if isinstance(result, Blocked):
        recipient = delivery.recipient
        mark_recipient_unreachable(session, recipient, now)
        logger.info("%s %s blocked the bot; marked unreachable", recipient.kind, recipient.id)
    for after in delivery.after_settled:
        after(session, message_id)
    return result


def _settle_one(
    session: Session, reminder_id: int, delivery: Delivery, result: SendResult, now: datetime
) -> None:
    """Mark one reminder sent, failed or otherwise ended."""
    if isinstance(result, Sent):
        mark_reminder_sent(
            session, reminder_id=reminder_id, sent_at=now, telegram_message_id=result.message_id
        )
    elif isinstance(result, NotSent) and delivery.patient_unreachable:
        settle_for_unreachable_patient(
            session, reminder_id=reminder_id, patient_id=delivery.patient_id
        )
    elif isinstance(result, NotSent):
        settle_reminder(session, reminder_id=reminder_id, status=delivery.unsent_status)
    else:
        error = BLOCKED_ERROR if isinstance(result, Blocked) else getattr(result, "error", "")
        logger.warning("reminder %s failed: %s", reminder_id, error)
        settle_reminder(session, reminder_id=reminder_id, status=ReminderStatus.FAILED, error=error)


def _reason(error: Exception) -> str:
    """What the database said, without the statement (which may name a patient's data)."""
    cause = error.orig if isinstance(error, DBAPIError) else error
    return f"{type(cause).__name__}: {cause}"[:200]


def _duration(seconds: float) -> str:
    """A duration as an operator reads it: "40 s", "55 min", "1 h 42 min"."""
    if seconds < 120:
        return f"{seconds:.0f} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60} min"


def _backoff(attempts: int) -> timedelta:
    """Exponential back-off after `attempts` tries, capped."""
    factor: int = 2 ** max(0, attempts - 1)
    return min(LONGEST_RETRY, FIRST_RETRY * factor)


def _seconds(retry_after: object) -> timedelta:
    """Telegram's retry_after as a timedelta, whichever form python-telegram-bot gave."""
    if isinstance(retry_after, timedelta):
        return retry_after
    return timedelta(seconds=float(str(retry_after)))
