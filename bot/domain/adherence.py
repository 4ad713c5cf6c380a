"""Adherence: when a dose counts as on time, the outcome of each dose, and what they add up to.

The windows for "on time" live here, in one reviewed place, and the clinician report states
them. They are bookkeeping for the record, not clinical advice:

- A planned gap of 1 or 2 days (daily or alternate-day loading): on time means the planned day
  itself. Loading doses replete the body's stores in a short, dense series, and a day's delay
  already stretches that series, so the record shows it.
- A gap of 3 to 13 days (three times a week, weekly, fortnightly-ish transition): one day either
  way, as a patient moving a Monday dose to Tuesday is still on the plan's rhythm.
- A gap of 14 days or more (every 2 or 4 weeks, monthly, every 3 months): three days either
  way. Maintenance keeps stores topped up; a few days matter little, while a run of longer
  gaps is what lets symptoms come back, and bot.domain.drift reports that separately.

A dose given further from its planned day than the window is late (or early). The proportion
of days covered counts each injection as covering the days until the next planned one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from bot.domain.record import DoseLine, DoseState, Outcome, PauseLine
from bot.domain.regimen import Cadence, EveryNDays, EveryNMonths

# (shortest planned gap in days, days either way still on time), longest gaps last.
ON_TIME_WINDOWS: tuple[tuple[int, int], ...] = ((1, 0), (3, 1), (14, 3))
# A month counts as 30 days wherever a gap in days is needed for a monthly cadence.
DAYS_PER_MONTH = 30


def on_time_window_days(planned_gap_days: int) -> int:
    """How many days either side of the planned day a dose still counts as on time."""
    window = 0
    for shortest_gap, days in ON_TIME_WINDOWS:
        if planned_gap_days >= shortest_gap:
            window = days
    return window


def typical_gap_days(cadence: Cadence) -> int:
    """The usual days between two doses of a cadence (the shortest gap for weekdays)."""
    if isinstance(cadence, EveryNDays):
        return cadence.days
    if isinstance(cadence, EveryNMonths):
        return DAYS_PER_MONTH * cadence.months
    days = sorted(cadence.weekdays)
    gaps = [later - earlier for earlier, later in pairwise(days)] + [days[0] + 7 - days[-1]]
    return min(gaps)


def outcome(dose: DoseLine, today: date) -> Outcome:
    """What happened to a dose by `today` (the patient's local day)."""
    if dose.state is DoseState.SKIPPED:
        return Outcome.SKIPPED
    if dose.state is DoseState.MISSED:
        return Outcome.MISSED
    if dose.state is DoseState.SCHEDULED:
        return Outcome.OPEN if dose.planned_on <= today else Outcome.UPCOMING
    late = dose.days_late
    if late is None:
        return Outcome.ON_TIME
    window = on_time_window_days(dose.usual_gap_days)
    if late > window:
        return Outcome.LATE
    if late < -window:
        return Outcome.EARLY
    return Outcome.ON_TIME


@dataclass(frozen=True)
class PhaseSummary:
    """What one phase's doses add up to (injections before the plan are left out)."""

    phase_kind: str
    on_time: int = 0
    late: int = 0
    early: int = 0
    skipped: int = 0
    missed: int = 0
    open: int = 0
    upcoming: int = 0

    @property
    def done(self) -> int:
        """Injections given, whenever."""
        return self.on_time + self.late + self.early

    @property
    def settled(self) -> int:
        """Doses whose day has come and that were answered (given, skipped or missed)."""
        return self.done + self.skipped + self.missed


_COUNTED = {
    Outcome.ON_TIME: "on_time",
    Outcome.LATE: "late",
    Outcome.EARLY: "early",
    Outcome.SKIPPED: "skipped",
    Outcome.MISSED: "missed",
    Outcome.OPEN: "open",
    Outcome.UPCOMING: "upcoming",
}


def phase_summaries(doses: Sequence[DoseLine], today: date) -> list[PhaseSummary]:
    """One summary per phase kind, in the order the phases first appear in the record."""
    counts: dict[str, dict[str, int]] = {}
    for dose in doses:
        if dose.before_plan:
            continue
        tally = counts.setdefault(dose.phase_kind, {})
        key = _COUNTED[outcome(dose, today)]
        tally[key] = tally.get(key, 0) + 1
    return [PhaseSummary(kind, **tally) for kind, tally in counts.items()]


def proportion_of_days_covered(
    doses: Sequence[DoseLine], first: date, last: date, pauses: Sequence[PauseLine] = ()
) -> float | None:
    """The share of days from `first` to `last` (inclusive) that an injection given covered.

    Each injection given covers its day and the days until the next planned dose
    (`covers_days`); overlaps count once. Paused days count neither way. None when no day is left.
    """
    paused = _paused_days(pauses, first, last)
    days = (last - first).days + 1 - len(paused)
    if days <= 0:
        return None
    covered: set[date] = set()
    for dose in doses:
        if not dose.given or dose.taken_on is None:
            continue
        start = max(dose.taken_on, first)
        end = min(dose.taken_on + timedelta(days=dose.covers_days - 1), last)
        covered.update(start + timedelta(days=n) for n in range((end - start).days + 1))
    return len(covered - paused) / days


def _paused_days(pauses: Sequence[PauseLine], first: date, last: date) -> set[date]:
    """The days from `first` to `last` that fall in a pause (its resume day is not paused)."""
    paused: set[date] = set()
    for pause in pauses:
        end = min(pause.ended_on or pause.resumes_on, pause.resumes_on) - timedelta(days=1)
        start, end = max(pause.starts_on, first), min(end, last)
        paused.update(start + timedelta(days=n) for n in range((end - start).days + 1))
    return paused
