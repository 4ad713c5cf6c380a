"""Delivers due reminders from the database ledger: claim, send, settle — at least once.

One wake claims a batch in one transaction, sends each message through the bot (and so
through python-telegram-bot's rate limiter), and settles each reminder right after its send:
sent with its message id, released for a retry (429 after `retry_after`, 5xx and timeouts
with back-off), or ended (the patient blocked the bot: marked inactive, never retried).

Sends that finish close together are settled in one transaction: a result waits at most
SETTLE_WINDOW (50 ms), or until SETTLE_MAX results are waiting, or until nothing else is in
flight. So a crash repeats at most the sends in flight plus those of that short window
(at most CONCURRENT_SENDS + SETTLE_MAX messages), never more.
"""

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session
from telegram import Bot, Message
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.context import Clock
from bot.ops.metrics import BotMetrics
from bot.reminders.delivery import Delivery
from bot.reminders.messages import plan_deliveries
from storage.database import session_scope
from storage.models import Reminder, ReminderStatus
from storage.patients import mark_patient_inactive
from storage.reminders import (
    SentRow,
    claim_due_reminders,
    mark_reminder_sent,
    mark_reminders_sent,
    release_reminder,
    requeue_stuck_reminders,
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
# No send takes this long: a claim older than this was never settled and goes back.
STUCK_AFTER = timedelta(minutes=10)
FIRST_RETRY = timedelta(seconds=5)
LONGEST_RETRY = timedelta(minutes=15)


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
    """The patient blocked the bot."""


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
        keep_going: Callable[[], bool] = lambda: True,
        metrics: BotMetrics | None = None,
    ) -> None:
        """Deliver through `bot`, reading and writing the ledger in `engine`.

        `keep_going` turns false when the application stops: no new batch is claimed and
        claimed reminders not yet sent go back to the ledger untouched, so a stop is quick.
        """
        self.engine = engine
        self.bot = bot
        self.clock = clock
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

    @property
    def busy(self) -> bool:
        """Whether a delivery run is under way."""
        return self._lock.locked()

    def recover_after_crash(self) -> int:
        """Give back reminders a previous process claimed but never settled (at start-up)."""
        with session_scope(self.engine) as session:
            count = requeue_stuck_reminders(session, claimed_before=self.clock())
        if count:
            logger.warning("requeued %d reminders left in sending by a previous run", count)
        return count

    async def deliver_due(self) -> int:
        """Deliver every reminder due now, batch after batch; return how many were settled."""
        async with self._lock:
            settled = 0
            self._requeue_stuck()
            while self._keep_going() and (batch := self._claim()):
                settled += await self._deliver(batch)
            self.last_run_finished = time.monotonic()
            if settled:
                logger.info("delivery run settled %d reminders", settled)
            return settled

    def _requeue_stuck(self) -> None:
        """Give back claims left unsettled far longer than any send takes (a failed settle)."""
        with session_scope(self.engine) as session:
            count = requeue_stuck_reminders(session, claimed_before=self.clock() - STUCK_AFTER)
        if count:
            logger.warning("requeued %d reminders stuck in sending", count)

    def _claim(self) -> list[Reminder]:
        """Claim the next batch of due reminders."""
        with session_scope(self.engine) as session:
            return claim_due_reminders(session, now=self.clock(), limit=BATCH_SIZE)

    async def _deliver(self, batch: list[Reminder]) -> int:
        """Plan, send and settle one claimed batch."""
        now = self.clock()
        try:
            with session_scope(self.engine) as session:
                deliveries = plan_deliveries(session, batch, now)
        except Exception:
            logger.exception("could not plan %d claimed reminders; retrying later", len(batch))
            self._retry_later(batch, now)
            return len(batch)
        attempts = {reminder.id: reminder.attempts for reminder in batch}
        self._due = {reminder.id: reminder.due_at for reminder in batch}
        outcomes = await asyncio.gather(
            *(self._send_and_settle(delivery, now, attempts) for delivery in deliveries),
            return_exceptions=True,
        )
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
        self, delivery: Delivery, now: datetime, attempts: dict[int | None, int]
    ) -> None:
        """Send one message, then settle it with those that finished in the same moment."""
        self._in_flight += 1
        try:
            result = await self._send(delivery)
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
        """Settle every waiting result in one transaction (one by one if that fails)."""
        if self._settle_timer is not None:
            self._settle_timer.cancel()
            self._settle_timer = None
        waiting, self._unsettled = self._unsettled, []
        if not waiting:
            return
        try:
            with session_scope(self.engine) as session:
                sent: list[SentRow] = []
                results = [
                    _settle(session, item.delivery, item.result, item.now, item.attempts, sent)
                    for item in waiting
                ]
                mark_reminders_sent(session, sent=sent)
        except Exception:
            logger.exception("settling %d results together failed; one by one", len(waiting))
            for item in waiting:
                self._settle_alone(item)
            return
        for item, result in zip(waiting, results, strict=True):
            self._count(item.delivery, result)
            item.settled.set_result(None)

    def _settle_alone(self, item: _Unsettled) -> None:
        """Settle one result in its own transaction; a failure stays with its delivery."""
        try:
            with session_scope(self.engine) as session:
                result = _settle(session, item.delivery, item.result, item.now, item.attempts)
        except Exception as error:  # noqa: BLE001  # reported by _deliver for this delivery
            item.settled.set_exception(error)
            return
        self._count(item.delivery, result)
        item.settled.set_result(None)

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

    async def _send(self, delivery: Delivery) -> SendResult:
        """Send one message and classify what Telegram answered."""
        if delivery.outgoing is None:
            return NotSent()
        outgoing = delivery.outgoing
        async with self._sending:
            if not self._keep_going():
                return Unclaimed()
            try:
                message: Message = await self.bot.send_message(
                    outgoing.chat_id, outgoing.text, reply_markup=outgoing.reply_markup
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
        mark_patient_inactive(session, patient_id=delivery.patient_id, reason="blocked")
        logger.info("patient %s blocked the bot; marked inactive", delivery.patient_id)
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
    elif isinstance(result, NotSent):
        settle_reminder(session, reminder_id=reminder_id, status=delivery.unsent_status)
    else:
        error = (
            "blocked by the patient"
            if isinstance(result, Blocked)
            else getattr(result, "error", "")
        )
        logger.warning("reminder %s failed: %s", reminder_id, error)
        settle_reminder(session, reminder_id=reminder_id, status=ReminderStatus.FAILED, error=error)


def _backoff(attempts: int) -> timedelta:
    """Exponential back-off after `attempts` tries, capped."""
    factor: int = 2 ** max(0, attempts - 1)
    return min(LONGEST_RETRY, FIRST_RETRY * factor)


def _seconds(retry_after: object) -> timedelta:
    """Telegram's retry_after as a timedelta, whichever form python-telegram-bot gave."""
    if isinstance(retry_after, timedelta):
        return retry_after
    return timedelta(seconds=float(str(retry_after)))
