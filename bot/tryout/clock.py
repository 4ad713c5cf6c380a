"""The clock of a bot being tried: real time going on, plus however far it was moved ahead."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.clock import system_clock


class MovableClock:
    """Callable like the bot's clock; moves only forward, by hand, and (unless frozen) ticks
    on with real time in between."""

    def __init__(
        self,
        start: datetime | None = None,
        *,
        ticking: bool = True,
        real: Callable[[], datetime] = system_clock,
    ) -> None:
        """Start at `start` (an aware instant; now by default)."""
        if start is not None and start.tzinfo is None:
            raise ValueError("the clock needs an aware start")
        self._real = real
        self._ticking = ticking
        self._started = real()
        self._at_start = (start or self._started).astimezone(UTC)
        self._ahead = timedelta()

    def __call__(self) -> datetime:
        """The bot's current instant, aware and in UTC."""
        passed = self._real() - self._started if self._ticking else timedelta()
        return self._at_start + passed + self._ahead

    def timestamp(self) -> float:
        """The bot's current instant in seconds since the epoch (dates the chat's messages)."""
        return self().timestamp()

    def advance(self, delta: timedelta) -> datetime:
        """Move forward by `delta` (never back) and return the new instant."""
        if delta < timedelta():
            raise ValueError("the clock only moves forward")
        self._ahead += delta
        return self()

    def move_to(self, instant: datetime) -> datetime:
        """Move forward to an aware instant; one already past leaves the clock where it is."""
        if instant.tzinfo is None:
            raise ValueError("the clock needs an aware instant")
        return self.advance(max(timedelta(), instant - self()))
