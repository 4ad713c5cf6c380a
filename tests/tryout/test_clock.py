"""The try-out's clock: real time going on, moved forward by hand, never back."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.tryout.clock import MovableClock

START = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


class RealTime:
    """A stand-in for the system clock that the test moves."""

    def __init__(self) -> None:
        """Start at some real instant."""
        self.now = datetime(2030, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        """The stand-in's now."""
        return self.now


def test_it_ticks_with_real_time_and_keeps_what_it_was_moved_ahead() -> None:
    """Started at START: an hour of real time later it is an hour later, plus any move."""
    real = RealTime()
    clock = MovableClock(START, real=real)
    assert clock() == START
    real.now += timedelta(minutes=5)
    assert clock() == START + timedelta(minutes=5)
    clock.advance(timedelta(days=1))
    assert clock() == START + timedelta(days=1, minutes=5)
    assert clock.timestamp() == clock().timestamp()


def test_a_frozen_clock_moves_only_when_told_and_never_back() -> None:
    """ticking=False: real time does nothing; move_to a past instant leaves it where it is."""
    real = RealTime()
    clock = MovableClock(START, ticking=False, real=real)
    real.now += timedelta(hours=3)
    assert clock() == START
    assert clock.move_to(START + timedelta(hours=2)) == START + timedelta(hours=2)
    assert clock.move_to(START) == START + timedelta(hours=2)
    with pytest.raises(ValueError, match="forward"):
        clock.advance(timedelta(seconds=-1))
    with pytest.raises(ValueError, match="aware"):
        MovableClock(datetime(2026, 1, 1))


def test_it_starts_now_by_default_in_utc() -> None:
    """Without a start, the clock is the real time (an aware UTC instant)."""
    real = RealTime()
    clock = MovableClock(real=real)
    assert clock() == real.now
    assert clock().tzinfo is UTC
