"""Interval drift: injections coming later and later than the plan, dose after dose. Pure.

The article this project grew from warns that monthly injections drifting to every 6 to 8
weeks lets symptoms come back before labs show it. A drift is a run of consecutive intervals
between actual injections, each longer than the planned interval plus a tolerance; it is the
same drift for as long as that run lasts, so the patient is told once per run.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

# Drift matters for spaced-out injections; shorter gaps are covered by late and missed doses.
SHORTEST_PLANNED_DAYS = 7
CONSECUTIVE = 2
SMALLEST_TOLERANCE_DAYS = 3


@dataclass(frozen=True)
class Drift:
    """A current run of overdue intervals, and where it started."""

    planned_days: int
    intervals: tuple[int, ...]
    # Index (in the taken dates) of the injection that ended the run's first long interval:
    # the same drift keeps this index while the run goes on.
    started_at_index: int


def tolerance_days(planned_days: int) -> int:
    """How many days past the plan an interval may run before it counts as drifting."""
    return max(SMALLEST_TOLERANCE_DAYS, planned_days // 4)


def intervals_between(taken_on: Sequence[date]) -> list[int]:
    """Days between consecutive injections, in the order given."""
    return [(later - earlier).days for earlier, later in pairwise(taken_on)]


def detect_drift(
    taken_on: Sequence[date], planned_days: int, *, consecutive: int = CONSECUTIVE
) -> Drift | None:
    """The drift the latest injections are in, or None (dates in the order they were taken)."""
    if planned_days < SHORTEST_PLANNED_DAYS:
        return None
    limit = planned_days + tolerance_days(planned_days)
    gaps = intervals_between(taken_on)
    run = 0
    while run < len(gaps) and gaps[len(gaps) - 1 - run] > limit:
        run += 1
    if run < consecutive:
        return None
    start = len(gaps) - run
    return Drift(planned_days, tuple(gaps[start:]), started_at_index=start + 1)
