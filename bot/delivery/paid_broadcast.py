"""Paid broadcasts: at a peak, reminders go out with Telegram's allow_paid_broadcast (up to
1,000 a second, 0.1 Star a message from the bot's balance), within a budget per UTC day.

When to pay: only while the reminders due (pending, or claimed and in flight) would take
longer than `backlog_seconds` to go out at the free limit. That is the operator's "how late is
too late": the bot pays for the part of a peak that would go out later than that, and the last
`backlog_seconds` worth of it goes free. So a 09:00 list of 100,000 at a 600 s threshold and
29.4 a second costs 100,000 - 600 x 29.4 = 82,360 paid messages, and the last reminder goes
out about 600 s after the paid ones. Its own setting, not REMINDERS_LATE_WARNING_SECONDS: a
warning costs nothing and 0 turns it off, while here 0 means "pay whenever any wait"; both
default to 600 s, so out of the box the bot pays exactly when it would otherwise warn. The
backlog is counted once, then taken as one less for every reminder sent; that estimate can
only be low (what came due since is not in it), so it is counted again only when the estimate
says the peak is over, at most once every RECOUNT seconds by either clock, the monotonic one
or the bot's (which tests and the try-out move): a count of a large backlog costs tens of
milliseconds, so not for every message.

The budget: messages are taken out of the day's count in the database BLOCK at a time, before
they go (storage/paid_broadcasts.py), and what is left of a block goes back when the peak ends
or the bot stops cleanly. The budget is therefore never overspent, restarts included; a crash
leaves at most one block counted that never went (the budget underspent by at most BLOCK).
Each paid send counts once whatever Telegram answered: a send whose answer was lost may have
been charged, so the count is an upper bound of what was charged, never below it.

If Telegram refuses a paid message (400: too few Stars, or paid broadcasts not allowed), the
same message is sent again at once, free; if that one goes, paying was the reason, and the
rest of the UTC day goes free (logged once). If it is refused too, the message was the reason
and it fails like any refused message. Answers to patients never reach this module: only the
reminder loop sends through it.
"""

import logging
import math
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Protocol

from prometheus_client import Counter
from sqlalchemy import Engine
from telegram import Bot, Message
from telegram.error import BadRequest

from bot.clock import Clock
from bot.delivery.outgoing import Outgoing
from bot.ops.metrics import PaidBudget
from storage.database import session_scope
from storage.paid_broadcasts import (
    give_back_paid_broadcasts,
    paid_broadcasts_taken,
    take_paid_broadcasts,
)
from storage.reminders import count_due_backlog

logger = logging.getLogger(__name__)

# Messages taken out of the day's budget at a time: one transaction per this many paid sends.
BLOCK = 100
# Seconds at least between two counts of the backlog in the database.
RECOUNT = 1.0

Backlog = Callable[[datetime], int]


class ReminderSending(Protocol):
    """How the reminder loop sends one message."""

    async def send(self, bot: Bot, outgoing: Outgoing, now: datetime) -> Message:
        """Send the message; raise what python-telegram-bot raised."""
        ...

    def pace(self, free_per_second: float | None) -> float | None:
        """Messages a second reminders go out at now, given the free limit."""
        ...

    def peak_pace(self, free_per_second: float | None) -> float | None:
        """Messages a second a peak starting now will go out at, given the free limit."""
        ...


class FreeSending:
    """Every reminder at the free limit (paid broadcasts off)."""

    async def send(self, bot: Bot, outgoing: Outgoing, now: datetime) -> Message:
        """Send the message as a free one."""
        return await _send_free(bot, outgoing)

    def pace(self, free_per_second: float | None) -> float | None:
        """The free limit."""
        return free_per_second

    def peak_pace(self, free_per_second: float | None) -> float | None:
        """The free limit."""
        return free_per_second


class PaidBroadcast:
    """Sends reminders as paid broadcasts while a peak lasts and the day's budget allows."""

    def __init__(
        self,
        *,
        engine: Engine,
        clock: Clock,
        daily_budget: int,
        free_per_second: float,
        paid_per_second: float,
        backlog_seconds: float,
        paid_sent: Counter | None = None,
        backlog: Backlog | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """Pay for at most `daily_budget` messages a UTC day, while the backlog would take
        longer than `backlog_seconds` at `free_per_second`; `paid_sent` counts the paid
        messages Telegram accepted; `backlog` counts the reminders due (default: the ledger)."""
        if daily_budget <= 0 or free_per_second <= 0:
            raise ValueError("paid broadcasts need a budget and a free limit")
        self.engine = engine
        self.clock = clock
        self.daily_budget = daily_budget
        self.free_per_second = free_per_second
        self.paid_per_second = paid_per_second
        self.backlog_seconds = backlog_seconds
        self._paid_sent = paid_sent
        self._backlog = backlog or self._count_backlog
        self._monotonic = monotonic
        # Taken from the budget of _day and not used yet.
        self._in_hand = 0
        self._day: date | None = None
        # The day the budget was found spent, and the day Telegram refused to be paid.
        self._spent_on: date | None = None
        self._refused_on: date | None = None
        self._estimate = 0
        self._counted_at = -math.inf
        self._counted_for: datetime | None = None
        self.paying = False

    async def send(self, bot: Bot, outgoing: Outgoing, now: datetime) -> Message:
        """Send the message, paid if a peak and the budget allow; a refused paid one again free."""
        if not self.should_pay(now):
            return await _send_free(bot, outgoing)
        try:
            message = await bot.send_message(
                outgoing.chat_id,
                outgoing.text,
                reply_markup=outgoing.reply_markup,
                allow_paid_broadcast=True,
            )
        except BadRequest as error:
            message = await _send_free(bot, outgoing)
            self._refused(now, error)
            return message
        if self._paid_sent is not None:
            self._paid_sent.inc()
        return message

    def pace(self, free_per_second: float | None) -> float | None:
        """The paid rate while paying, else the free limit."""
        return self.paid_per_second if self.paying else free_per_second

    def peak_pace(self, free_per_second: float | None) -> float | None:
        """The paid rate unless today's budget is spent or Telegram refused to be paid: a
        peak long enough to warn about is one the bot pays for."""
        paid_today = _utc_day(self.clock()) not in (self._spent_on, self._refused_on)
        return self.paid_per_second if paid_today else free_per_second

    def should_pay(self, now: datetime) -> bool:
        """Whether the next reminder goes paid (taking it out of today's budget if so)."""
        day = _utc_day(now)
        if self._day not in (None, day):
            self._give_back()
        at_peak = self._at_peak(now)
        if not at_peak or day in (self._spent_on, self._refused_on):
            self._stop_paying()
            return False
        if self._in_hand == 0 and not self._take(day):
            self._stop_paying()
            return False
        self._in_hand -= 1
        if not self.paying:
            self.paying = True
            logger.info(
                "paying for broadcast: about %d reminders due would take %.0f s at %.1f a "
                "second; paid at up to %.0f a second",
                self._estimate + 1,
                (self._estimate + 1) / self.free_per_second,
                self.free_per_second,
                self.paid_per_second,
            )
        return True

    def budget_today(self) -> PaidBudget:
        """Today's paid messages, the budget left and whether paying (for /metrics)."""
        day = _utc_day(self.clock())
        with session_scope(self.engine) as session:
            taken = paid_broadcasts_taken(session, day=day)
        used = taken - (self._in_hand if self._day == day else 0)
        return PaidBudget(used=used, left=max(0, self.daily_budget - used), paying=self.paying)

    def close(self) -> None:
        """At a clean stop: give back what was taken from the budget and not used."""
        self._give_back()
        self.paying = False

    def _at_peak(self, now: datetime) -> bool:
        """Whether the reminders due would take longer than backlog_seconds at the free limit."""
        at_peak = self._over_threshold()
        if not at_peak and self._may_count(now):
            try:
                self._estimate = self._backlog(now)
            except Exception as error:  # noqa: BLE001  # a count never stops delivery: go free
                logger.warning(
                    "could not count the reminders due (%s); not paying", type(error).__name__
                )
                return False
            self._counted_at, self._counted_for = self._monotonic(), now
            at_peak = self._over_threshold()
        # The reminder about to go leaves the backlog.
        self._estimate = max(0, self._estimate - 1)
        return at_peak

    def _may_count(self, now: datetime) -> bool:
        """Whether RECOUNT has passed since the last count, by either clock."""
        if self._monotonic() - self._counted_at >= RECOUNT or self._counted_for is None:
            return True
        return (now - self._counted_for).total_seconds() >= RECOUNT

    def _over_threshold(self) -> bool:
        """Whether the estimated backlog takes longer than backlog_seconds at the free limit."""
        return self._estimate / self.free_per_second > self.backlog_seconds

    def _take(self, day: date) -> bool:
        """Take the next block out of the day's budget; whether any was left."""
        try:
            with session_scope(self.engine) as session:
                granted = take_paid_broadcasts(
                    session, day=day, wanted=BLOCK, budget=self.daily_budget
                )
        except Exception as error:  # noqa: BLE001  # the budget unreadable: send free
            logger.warning(
                "could not take from the paid broadcast budget (%s)", type(error).__name__
            )
            return False
        if granted == 0:
            self._spent_on = day
            logger.info(
                "today's paid broadcast budget (%d messages) is spent; reminders go at the free "
                "limit until the end of the UTC day",
                self.daily_budget,
            )
            return False
        self._in_hand, self._day = granted, day
        return True

    def _stop_paying(self) -> None:
        """The peak is over (or paying is not allowed): give back what is in hand."""
        if self.paying:
            self.paying = False
            logger.info("stopped paying for broadcast")
        self._give_back()

    def _give_back(self) -> None:
        """Return the unused part of the block to the budget of the day it was taken from."""
        if not self._in_hand or self._day is None:
            return
        try:
            with session_scope(self.engine) as session:
                give_back_paid_broadcasts(session, day=self._day, count=self._in_hand)
        except Exception as error:  # noqa: BLE001  # left counted: underspent, never over
            logger.warning(
                "could not give back %d paid broadcasts (%s)", self._in_hand, type(error).__name__
            )
        self._in_hand = 0

    def _refused(self, now: datetime, error: BadRequest) -> None:
        """Telegram would not be paid: free for the rest of the UTC day, logged once."""
        day = _utc_day(now)
        if self._refused_on == day:
            return
        self._refused_on = day
        self._stop_paying()
        logger.warning(
            "Telegram refused a paid broadcast (%s); reminders go at the free limit until the "
            "end of the UTC day",
            error.message[:200],
        )

    def _count_backlog(self, now: datetime) -> int:
        """The reminders due and not yet sent, in the ledger."""
        with self.engine.connect() as connection:
            return count_due_backlog(connection, now=now)


async def _send_free(bot: Bot, outgoing: Outgoing) -> Message:
    """Send a message at the free limit."""
    return await bot.send_message(
        outgoing.chat_id, outgoing.text, reply_markup=outgoing.reply_markup
    )


def _utc_day(now: datetime) -> date:
    """The UTC day an instant falls on (the budget's day)."""
    return now.astimezone(UTC).date()
