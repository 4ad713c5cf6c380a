"""The weekly summary's rules: due Sunday 18:00 local, the week it tells, and its counts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.caregiver_summary import (
    SUMMARY_TIME,
    Week,
    WeekCounts,
    WeekDose,
    summary_due_after,
    week_counts,
    week_told_at,
)
from bot.domain.record import DoseState
from tests.domain.strategies import ZONES

instants = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
)
zones = st.sampled_from(ZONES).map(ZoneInfo)
week_doses = st.builds(
    WeekDose,
    planned_on=st.dates(date(2026, 11, 16), date(2026, 12, 13)),
    due_at=st.datetimes(
        min_value=datetime(2026, 11, 16), max_value=datetime(2026, 12, 14), timezones=st.just(UTC)
    ),
    state=st.sampled_from(DoseState),
    taken_on=st.none() | st.dates(date(2026, 11, 10), date(2026, 12, 20)),
    usual_gap_days=st.sampled_from([1, 2, 7, 28, 60]),
)


@settings(max_examples=300, deadline=None)
@given(instant=instants, zone=zones)
def test_due_on_the_next_sunday_at_18_local_across_dst(instant: datetime, zone: ZoneInfo) -> None:
    """Strictly after the instant, a Sunday at 18:00 on the wall clock, within a week; the
    next one is the following Sunday whatever the clocks did in between."""
    due = summary_due_after(instant, zone)
    local = due.astimezone(zone)
    assert due > instant
    assert (local.weekday(), local.time()) == (6, SUMMARY_TIME)
    assert due - instant <= timedelta(days=7, hours=1)
    following = summary_due_after(due, zone).astimezone(zone)
    assert following.date() - local.date() == timedelta(days=7)
    assert following.time() == SUMMARY_TIME


@settings(max_examples=300, deadline=None)
@given(instant=instants, zone=zones)
def test_the_week_told_is_the_seven_local_days_ending_that_sunday(
    instant: datetime, zone: ZoneInfo
) -> None:
    """Monday to the summary's own Sunday: seven local days, 167 to 169 hours."""
    due = summary_due_after(instant, zone)
    week = week_told_at(due, zone)
    assert week.last == due.astimezone(zone).date()
    assert week.first.weekday() == 0
    assert (week.last - week.first).days == 6
    start = datetime.combine(week.first, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(week.last + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    assert timedelta(hours=167) <= end.astimezone(UTC) - start.astimezone(UTC)
    assert end.astimezone(UTC) - start.astimezone(UTC) <= timedelta(hours=169)


@settings(max_examples=300, deadline=None)
@given(doses=st.lists(week_doses, max_size=20), at=instants)
def test_counts_add_up_and_only_the_weeks_doses_count(doses: list[WeekDose], at: datetime) -> None:
    """Every dose planned inside the week counts exactly once; none outside does."""
    week = Week(date(2026, 11, 30), date(2026, 12, 6))
    counts = week_counts(doses, week, at)
    inside = [dose for dose in doses if week.first <= dose.planned_on <= week.last]
    assert counts.due == len(inside)
    assert counts.skipped == sum(dose.state is DoseState.SKIPPED for dose in inside)
    assert counts.missed == sum(dose.state is DoseState.MISSED for dose in inside)
    assert counts.given == sum(dose.state is DoseState.DONE for dose in inside)
    assert counts.open + counts.upcoming == sum(
        dose.state is DoseState.SCHEDULED for dose in inside
    )


def test_a_week_of_each_standing() -> None:
    """Done (day unknown, and on the day), three days late (daily), skipped, missed, open, to
    come later that Sunday; a dose of the week after is left out."""
    sunday = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)
    week = week_told_at(sunday, ZoneInfo("Europe/London"))
    assert week == Week(date(2026, 11, 30), date(2026, 12, 6))

    def dose(day: int, state: DoseState, taken: int | None = None, hour: int = 9) -> WeekDose:
        """A daily dose planned on a December (or 30 November) day."""
        planned = date(2026, 12, day) if day <= 6 else date(2026, 11, day)
        due = datetime.combine(planned, datetime.min.time(), tzinfo=UTC) + timedelta(hours=hour)
        taken_on = date(2026, 12, taken) if taken else None
        return WeekDose(planned, due, state, taken_on, usual_gap_days=1)

    doses = [
        dose(30, DoseState.DONE, taken=None),
        dose(1, DoseState.DONE, taken=1),
        dose(2, DoseState.DONE, taken=5),
        dose(3, DoseState.SKIPPED),
        dose(4, DoseState.MISSED),
        dose(6, DoseState.SCHEDULED),
        dose(6, DoseState.SCHEDULED, hour=20),
        dose(7, DoseState.DONE, taken=7),
    ]
    assert week_counts(doses, week, sunday) == WeekCounts(
        on_time=2, late=1, skipped=1, missed=1, open=1, upcoming=1
    )


@pytest.mark.parametrize(
    ("zone", "sunday", "utc"),
    [
        # Clocks go back on 25 Oct 2026 (London), 5 Apr 2026 (Sydney) and 1 Nov 2026 (New York).
        ("Europe/London", date(2026, 10, 25), datetime(2026, 10, 25, 18, 0, tzinfo=UTC)),
        ("Europe/London", date(2026, 10, 18), datetime(2026, 10, 18, 17, 0, tzinfo=UTC)),
        ("Australia/Sydney", date(2026, 4, 5), datetime(2026, 4, 5, 8, 0, tzinfo=UTC)),
        ("America/New_York", date(2026, 11, 1), datetime(2026, 11, 1, 23, 0, tzinfo=UTC)),
    ],
)
def test_sunday_18_in_utc_on_dst_weekends(zone: str, sunday: date, utc: datetime) -> None:
    """The Sunday of a clock change is still 18:00 on the wall."""
    saturday = datetime.combine(sunday - timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    assert summary_due_after(saturday, ZoneInfo(zone)) == utc
