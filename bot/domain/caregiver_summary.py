"""A caregiver's weekly summary: when it is due, which week it tells, and what that week adds up to.

The summary is due every Sunday at 18:00 on the patient's wall clock and tells the seven local
days ending that Sunday (Monday to Sunday, 167 to 169 hours when the clocks change). Only
counts and dates: each dose planned inside the week counts once, judged on time or late by the
same windows as the patient's own record (bot.domain.adherence).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.adherence import on_time_window_days
from bot.domain.local_time import local_to_utc, require_aware, utc_to_local
from bot.domain.record import DoseState

SUMMARY_WEEKDAY = 6  # Sunday (Monday is 0)
SUMMARY_TIME = time(18, 0)
WEEK_DAYS = 7


@dataclass(frozen=True)
class Week:
    """Seven local days, Monday `first` to Sunday `last`."""

    first: date
    last: date

    def holds(self, day: date) -> bool:
        """Whether a local day falls inside the week."""
        return self.first <= day <= self.last


@dataclass(frozen=True)
class WeekDose:
    """One planned dose as the summary reads it: its day, its state, when it was given."""

    planned_on: date
    due_at: datetime
    state: DoseState
    # The local day it was given (a done dose), in the zone it was planned in.
    taken_on: date | None = None
    # The phase's usual gap between doses: the gap its on-time window is judged by.
    usual_gap_days: int = 1


@dataclass(frozen=True)
class WeekCounts:
    """What the doses planned in one week add up to, by how each stands."""

    on_time: int = 0
    late: int = 0
    early: int = 0
    skipped: int = 0
    missed: int = 0
    # Due by the summary's moment and not answered yet.
    open: int = 0
    # Planned later in the week's last day than the summary's moment.
    upcoming: int = 0

    @property
    def given(self) -> int:
        """Injections given, whenever."""
        return self.on_time + self.late + self.early

    @property
    def due(self) -> int:
        """Every dose planned in the week."""
        return self.given + self.skipped + self.missed + self.open + self.upcoming


def summary_due_after(instant: datetime, zone: ZoneInfo) -> datetime:
    """The first Sunday 18:00 in `zone` strictly after `instant`, in UTC."""
    local = utc_to_local(instant, zone)
    sunday = local.date() + timedelta(days=(SUMMARY_WEEKDAY - local.weekday()) % WEEK_DAYS)
    due = local_to_utc(sunday, SUMMARY_TIME, zone)
    if due <= instant:
        due = local_to_utc(sunday + timedelta(days=WEEK_DAYS), SUMMARY_TIME, zone)
    return due


def week_told_at(due_at: datetime, zone: ZoneInfo) -> Week:
    """The week a summary due at `due_at` tells: the Monday to Sunday ending on or before it."""
    day = utc_to_local(require_aware(due_at), zone).date()
    last = day - timedelta(days=(day.weekday() - SUMMARY_WEEKDAY) % WEEK_DAYS)
    return Week(last - timedelta(days=WEEK_DAYS - 1), last)


def week_counts(doses: Iterable[WeekDose], week: Week, at: datetime) -> WeekCounts:
    """Count the doses planned inside `week` by how they stand at the instant `at`."""
    tally = {field: 0 for field in WeekCounts.__dataclass_fields__}
    for dose in doses:
        if week.holds(dose.planned_on):
            tally[_standing(dose, at)] += 1
    return WeekCounts(**tally)


def _standing(dose: WeekDose, at: datetime) -> str:
    """Which count a dose adds to (a WeekCounts field name)."""
    if dose.state is DoseState.SKIPPED:
        return "skipped"
    if dose.state is DoseState.MISSED:
        return "missed"
    if dose.state is DoseState.SCHEDULED:
        return "open" if dose.due_at <= at else "upcoming"
    if dose.taken_on is None:
        return "on_time"
    late = (dose.taken_on - dose.planned_on).days
    window = on_time_window_days(dose.usual_gap_days)
    if late > window:
        return "late"
    if late < -window:
        return "early"
    return "on_time"
