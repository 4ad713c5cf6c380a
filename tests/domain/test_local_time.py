"""Local wall time to UTC, including DST gaps and overlaps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.local_time import local_to_utc, require_aware, utc_to_local
from tests.domain.strategies import ZONES, safe_reminder_times


@pytest.mark.parametrize(
    ("zone", "local_wall", "expected_utc", "expected_wall"),
    [
        # Spring forward: the wall time moves forward by the gap's length.
        ("Europe/London", "2024-03-31 01:30", "2024-03-31 01:30", "2024-03-31 02:30"),
        ("America/New_York", "2024-03-10 02:30", "2024-03-10 07:30", "2024-03-10 03:30"),
        ("Australia/Sydney", "2024-10-06 02:30", "2024-10-05 16:30", "2024-10-06 03:30"),
        ("Australia/Adelaide", "2024-10-06 02:30", "2024-10-05 17:00", "2024-10-06 03:30"),
        ("Australia/Lord_Howe", "2024-10-06 02:15", "2024-10-05 15:45", "2024-10-06 02:45"),
        # Fall back: an ambiguous wall time takes the earlier instant.
        ("Europe/London", "2024-10-27 01:30", "2024-10-27 00:30", "2024-10-27 01:30"),
        ("America/New_York", "2024-11-03 01:30", "2024-11-03 05:30", "2024-11-03 01:30"),
        ("Australia/Sydney", "2024-04-07 02:30", "2024-04-06 15:30", "2024-04-07 02:30"),
        ("Australia/Adelaide", "2024-04-07 02:30", "2024-04-06 16:00", "2024-04-07 02:30"),
        ("Australia/Lord_Howe", "2024-04-07 01:45", "2024-04-06 14:45", "2024-04-07 01:45"),
    ],
)
def test_gap_and_overlap_rules(
    zone: str, local_wall: str, expected_utc: str, expected_wall: str
) -> None:
    """Gap times shift forward by the gap; ambiguous times take the first occurrence."""
    wall = datetime.fromisoformat(local_wall)
    instant = local_to_utc(wall.date(), wall.time(), ZoneInfo(zone))
    assert instant == datetime.fromisoformat(expected_utc).replace(tzinfo=UTC)
    assert instant.tzinfo is UTC
    local = utc_to_local(instant, ZoneInfo(zone))
    assert local.replace(tzinfo=None) == datetime.fromisoformat(expected_wall)


@settings(max_examples=150, deadline=None)
@given(
    zone=st.sampled_from(ZONES).map(ZoneInfo),
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
    at=safe_reminder_times,
)
def test_wall_time_round_trips_outside_gaps(zone: ZoneInfo, day: date, at: time) -> None:
    """Any wall time outside the 01:00-03:00 transition window maps back to itself."""
    local = utc_to_local(local_to_utc(day, at, zone), zone)
    assert (local.date(), local.time()) == (day, at)


def test_naive_and_aware_inputs_are_refused() -> None:
    """A naive instant and an aware wall time are programming errors."""
    with pytest.raises(ValueError, match="aware"):
        require_aware(datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="wall time"):
        local_to_utc(date(2024, 1, 1), time(9, tzinfo=UTC), ZoneInfo("Europe/London"))


def test_reminder_keeps_wall_time_across_a_dst_change() -> None:
    """09:00 London is 09:00 UTC before the change and 08:00 UTC after it."""
    london = ZoneInfo("Europe/London")
    before = local_to_utc(date(2024, 3, 30), time(9), london)
    after = local_to_utc(date(2024, 3, 31), time(9), london)
    assert after - before == timedelta(hours=23)
