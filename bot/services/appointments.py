"""Clinic-given doses: when the "book your appointment" reminder for a dose goes out."""

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.local_time import local_to_utc
from bot.domain.pauses import PauseWindow, first_day_after
from bot.numbers import whole_number

SHORTEST_NOTICE_DAYS = 1
LONGEST_NOTICE_DAYS = 60


def booking_reminder_at(
    *,
    dose_on: date,
    dose_due_at: datetime,
    notice_days: int,
    zone: ZoneInfo,
    at: time,
    pauses: Sequence[PauseWindow],
    now: datetime,
) -> datetime | None:
    """`notice_days` before the dose at the reminder time, after any pause; None if too late."""
    day = first_day_after(pauses, dose_on - timedelta(days=notice_days))
    remind_at = local_to_utc(day, at, zone)
    if remind_at <= now or remind_at >= dose_due_at:
        return None
    return remind_at


def parse_notice_days(text: str) -> int | None:
    """A whole number of days from 1 to 60 ("5", "5 days"); None if unusable."""
    words = text.lower().split()
    if not words or words[1:] not in ([], ["day"], ["days"]):
        return None
    days = whole_number(words[0], maximum=LONGEST_NOTICE_DAYS)
    return days if days is not None and days >= SHORTEST_NOTICE_DAYS else None
