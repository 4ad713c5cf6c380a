"""The paid broadcast budget: messages taken out of each UTC day's budget before they go.

A message is counted before it is sent, never after, so a crash can only leave messages
counted that never went (at most what was taken and not yet used); the budget is never
overspent. Taking reads the day's count locked, so two processes never both take the last,
and neither mistakes the other's take for a budget spent.
"""

from datetime import date

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from storage.models import PaidBroadcastDay


def take_paid_broadcasts(session: Session, *, day: date, wanted: int, budget: int) -> int:
    """Take up to `wanted` messages out of `day`'s `budget`; how many were granted (0: spent).

    The day's row is read locked (PostgreSQL's FOR UPDATE; SQLite has one writer, whose lock
    the insert took), so a process taking at the same moment waits and then sees this take.
    """
    session.execute(_insert(session).values(day=day, reserved=0).on_conflict_do_nothing())
    locked = (
        sa.select(col(PaidBroadcastDay.reserved))
        .where(col(PaidBroadcastDay.day) == day)
        .with_for_update()
    )
    taken = int(session.execute(locked).scalar_one())
    granted = min(wanted, budget - taken)
    if granted <= 0:
        return 0
    session.execute(
        sa.update(PaidBroadcastDay)
        .where(col(PaidBroadcastDay.day) == day)
        .values(reserved=taken + granted)
    )
    return granted


def give_back_paid_broadcasts(session: Session, *, day: date, count: int) -> None:
    """Return `count` messages taken from `day`'s budget and not sent."""
    session.execute(
        sa.update(PaidBroadcastDay)
        .where(col(PaidBroadcastDay.day) == day, col(PaidBroadcastDay.reserved) >= count)
        .values(reserved=col(PaidBroadcastDay.reserved) - count)
    )


def paid_broadcasts_taken(session: Session, *, day: date) -> int:
    """How many messages `day`'s budget has given out (0 for a day not begun)."""
    statement = sa.select(col(PaidBroadcastDay.reserved)).where(col(PaidBroadcastDay.day) == day)
    taken = session.execute(statement).scalar_one_or_none()
    return int(taken or 0)


def _insert(session: Session) -> postgresql.Insert | sqlite.Insert:
    """The dialect's INSERT, which knows ON CONFLICT (SQLite and PostgreSQL spell it alike)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(PaidBroadcastDay)
    if dialect == "sqlite":
        return sqlite.insert(PaidBroadcastDay)
    raise NotImplementedError(f"no upsert for the {dialect} dialect")
