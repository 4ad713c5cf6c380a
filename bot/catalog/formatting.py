"""How dates, times and countdowns are written for the patient, always in their own zone."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.catalog import texts

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def local_date_text(day: date) -> str:
    """A calendar date as "Tue 3 Dec"."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def local_datetime_text(instant: datetime, zone: ZoneInfo) -> str:
    """An instant as the patient's wall clock shows it: "Tue 3 Dec, 09:00"."""
    local = instant.astimezone(zone)
    return f"{local_date_text(local.date())}, {local:%H:%M}"


def local_time_text(instant: datetime, zone: ZoneInfo) -> str:
    """Only the wall-clock time of an instant: "09:00"."""
    return f"{instant.astimezone(zone):%H:%M}"


def countdown_text(due: datetime, now: datetime, zone: ZoneInfo) -> str:
    """How far away a due time is, in calendar days where that reads better: "in 3 days"."""
    days = (due.astimezone(zone).date() - now.astimezone(zone).date()).days
    if days > 1:
        return texts.COUNTDOWN_IN_DAYS.format(days=days)
    if days == 1:
        return texts.COUNTDOWN_TOMORROW
    if days < -1:
        return texts.COUNTDOWN_DAYS_AGO.format(days=-days)
    if days == -1:
        return texts.COUNTDOWN_YESTERDAY
    minutes = round((due - now).total_seconds() / 60)
    if minutes > 90:
        return texts.COUNTDOWN_IN_HOURS.format(hours=round(minutes / 60))
    if minutes > 0:
        return texts.COUNTDOWN_IN_MINUTES.format(minutes=minutes)
    return texts.COUNTDOWN_NOW


def days_text(days: int) -> str:
    """A number of days in words: "1 day", "3 days"."""
    return texts.ONE_DAY if days == 1 else texts.SEVERAL_DAYS.format(days=days)
