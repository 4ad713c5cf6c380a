"""A clock the tests move by hand, so hours pass without sleeping."""

from datetime import UTC, datetime, timedelta


class FakeClock:
    """Callable like the bot's clock; starts at a fixed instant and moves only when told."""

    def __init__(self, start: datetime) -> None:
        """Start at an aware instant."""
        if start.tzinfo is None:
            raise ValueError("the fake clock needs an aware start")
        self.current = start.astimezone(UTC)

    def __call__(self) -> datetime:
        """The current fake instant."""
        return self.current

    def advance(self, delta: timedelta) -> datetime:
        """Move forward by `delta` and return the new instant."""
        self.current += delta
        return self.current

    def set(self, instant: datetime) -> None:
        """Jump to an aware instant."""
        if instant.tzinfo is None:
            raise ValueError("the fake clock needs an aware instant")
        self.current = instant.astimezone(UTC)
