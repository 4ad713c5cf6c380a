"""The interval chart renderer: PNG bytes from intervals and words, for any number of intervals."""

from datetime import date, timedelta
from io import BytesIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.image import imread

from bot.domain.record import Interval
from bot.exports.interval_chart import HEIGHT, WIDTH, ChartWords, interval_chart

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
WORDS = ChartWords("Days between injections", "Given on", "Days", "Actual", "Planned")
START = date(2026, 11, 26)


def _intervals(gaps: list[tuple[int, int | None]]) -> list[Interval]:
    """Intervals with these (actual, planned) days, one after another from START."""
    day = START
    intervals = []
    for number, (actual, planned) in enumerate(gaps, start=1):
        day += timedelta(days=actual)
        intervals.append(Interval(number, day, actual, planned))
    return intervals


def test_the_chart_is_a_png_of_the_stated_size() -> None:
    """A real PNG, as wide and high as the renderer says."""
    intervals = _intervals([(1, 1), (2, 1), (7, 7), (9, 7), (35, 28)])
    png = interval_chart(intervals, [i.taken_on.isoformat() for i in intervals], WORDS)
    assert png.startswith(PNG_MAGIC)
    pixels = imread(BytesIO(png), format="png")
    assert pixels.shape[:2] == (int(HEIGHT * 100), int(WIDTH * 100))


def test_one_day_name_per_interval() -> None:
    """Names that do not match the intervals are a caller's bug."""
    with pytest.raises(ValueError, match="one day name"):
        interval_chart(_intervals([(1, 1)]), [], WORDS)


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 120), st.none() | st.integers(1, 90)), min_size=1, max_size=400
    )
)
def test_any_intervals_render(gaps: list[tuple[int, int | None]]) -> None:
    """Any gaps, planned or not (injections before the plan), up to years of daily doses."""
    intervals = _intervals(gaps)
    png = interval_chart(intervals, [str(i.dose_id) for i in intervals], WORDS)
    assert png.startswith(PNG_MAGIC)
    assert len(png) < 500_000
