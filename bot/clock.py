"""What "now" is: a leaf module, so any layer can take a clock without importing the others."""

from collections.abc import Callable
from datetime import UTC, datetime

# "Now", as an aware UTC datetime. Tests replace it to move time without sleeping.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real current instant, aware and in UTC."""
    return datetime.now(UTC)
