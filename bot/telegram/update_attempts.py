"""What the handling of one update has done so far, carried over when it is handled again.

An update a database outage interrupted is handled again later (bot.telegram.held_updates).
Two things must then stay as they were the first time: the instant the patient's message was
received (a "done" typed at 23:59 is today's, even if recorded after midnight), and the steps that
already reached the patient (a safety text is sent once, not once per attempt).
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class UpdateAttempt:
    """The first instant its handling asked for "now", and the steps it has completed."""

    received_at: datetime | None = None
    steps_done: set[str] = field(default_factory=set)


_current: ContextVar[UpdateAttempt | None] = ContextVar("update_attempt", default=None)


@contextmanager
def attempting(attempt: UpdateAttempt) -> Iterator[UpdateAttempt]:
    """Make `attempt` the current update's record while its handlers run."""
    token = _current.set(attempt)
    try:
        yield attempt
    finally:
        _current.reset(token)


def current() -> UpdateAttempt | None:
    """The record of the update being handled, if any."""
    return _current.get()


def received_at(now: datetime) -> datetime:
    """The instant the current update was first handled (`now` if this is the first ask)."""
    attempt = _current.get()
    if attempt is None:
        return now
    if attempt.received_at is None:
        attempt.received_at = now
    return attempt.received_at


def step_done(step: str) -> bool:
    """Whether an earlier attempt at the current update completed `step`."""
    attempt = _current.get()
    return attempt is not None and step in attempt.steps_done


def mark_step_done(step: str) -> None:
    """Remember that the current update completed `step`, for any later attempt."""
    attempt = _current.get()
    if attempt is not None:
        attempt.steps_done.add(step)
