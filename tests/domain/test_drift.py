"""Drift detection: examples, and properties over any sequence of injection dates."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.drift import (
    CONSECUTIVE,
    SHORTEST_PLANNED_DAYS,
    Drift,
    detect_drift,
    intervals_between,
    tolerance_days,
)

START = date(2026, 1, 5)


def _dates(gaps: list[int]) -> list[date]:
    """Injection dates with these gaps between them, from START."""
    days = [START]
    for gap in gaps:
        days.append(days[-1] + timedelta(days=gap))
    return days


def test_monthly_drifting_to_six_to_eight_weeks_is_drift() -> None:
    """Every 4 weeks, then 6 and 8 weeks: a drift of two intervals."""
    assert detect_drift(_dates([28, 28, 42, 56]), 28) == Drift(28, (42, 56), started_at_index=3)


def test_one_long_gap_then_back_on_track_is_not_drift() -> None:
    """A single late injection is not a drift, nor a late one followed by an on-time one."""
    assert detect_drift(_dates([28, 42]), 28) is None
    assert detect_drift(_dates([42, 42, 28]), 28) is None


def test_a_week_within_tolerance_is_not_drift() -> None:
    """A few days late every time stays inside the tolerance."""
    assert detect_drift(_dates([35, 35, 35]), 28) is None
    assert tolerance_days(28) == 7


def test_short_intervals_are_left_to_late_and_missed_doses() -> None:
    """Daily or alternate-day plans never report drift."""
    assert detect_drift(_dates([5, 5, 5]), 1) is None


gaps_strategy = st.lists(st.integers(min_value=1, max_value=200), max_size=20)
planned_strategy = st.integers(min_value=1, max_value=120)


@given(gaps_strategy, planned_strategy)
def test_drift_is_exactly_a_trailing_run_of_long_intervals(gaps: list[int], planned: int) -> None:
    """Found iff the last CONSECUTIVE intervals are all too long; the run is maximal."""
    limit = planned + tolerance_days(planned)
    drift = detect_drift(_dates(gaps), planned)
    trailing_long = len(gaps) >= CONSECUTIVE and all(g > limit for g in gaps[-CONSECUTIVE:])
    assert (drift is not None) == (trailing_long and planned >= SHORTEST_PLANNED_DAYS)
    if drift is not None:
        assert all(g > limit for g in drift.intervals)
        assert list(drift.intervals) == gaps[drift.started_at_index - 1 :]
        before = gaps[: drift.started_at_index - 1]
        assert not before or before[-1] <= limit


@given(gaps_strategy, planned_strategy, st.integers(min_value=0, max_value=10))
def test_history_before_an_on_time_interval_does_not_matter(
    gaps: list[int], planned: int, extra: int
) -> None:
    """Prepending on-time intervals shifts the start index but not the drift."""
    on_time = [planned] * extra
    plain = detect_drift(_dates(gaps), planned)
    longer = detect_drift(_dates(on_time + gaps), planned)
    assert (plain is None) == (longer is None)
    if plain is not None and longer is not None:
        assert plain.intervals == longer.intervals
        assert longer.started_at_index == plain.started_at_index + extra


@given(gaps_strategy, planned_strategy, st.integers(min_value=1, max_value=100))
def test_a_later_last_injection_never_ends_a_drift(
    gaps: list[int], planned: int, delay: int
) -> None:
    """Making the last interval longer keeps any drift (and may start one)."""
    if not gaps:
        return
    later = [*gaps[:-1], gaps[-1] + delay]
    if detect_drift(_dates(gaps), planned) is not None:
        assert detect_drift(_dates(later), planned) is not None


@given(gaps_strategy, planned_strategy)
def test_told_once_per_run(gaps: list[int], planned: int) -> None:
    """Replaying injections one by one, a new drift start appears once per maximal long run."""
    limit = planned + tolerance_days(planned)
    dates = _dates(gaps)
    told = set()
    for end in range(1, len(dates) + 1):
        drift = detect_drift(dates[:end], planned)
        if drift is not None:
            told.add(drift.started_at_index)
    runs = 0
    length = 0
    for gap in [*gaps, 0]:
        if gap > limit:
            length += 1
            continue
        runs += length >= CONSECUTIVE
        length = 0
    expected = runs if planned >= SHORTEST_PLANNED_DAYS else 0
    assert len(told) == expected


@given(st.lists(st.dates(), max_size=10))
def test_intervals_count_one_fewer_than_dates(days: list[date]) -> None:
    """n dates have n - 1 intervals."""
    assert len(intervals_between(days)) == max(0, len(days) - 1)
