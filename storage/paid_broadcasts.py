"""The paid broadcast budget: messages taken out of each UTC day's budget before they go.

A message is counted before it is sent, never after, so a crash can only leave messages
counted that never went (at most what was taken and not yet used); the budget is never
overspent. Taking is one compare-and-set update, so two processes never both take the last.
"""

from datetime import date

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from storage.models import PaidBroadcastDay


def take_paid_broadcasts(session: Session, *, day: date, wanted: int, budget: int) -> int:
    """Take up to `wanted` messages out of `day`'s `budget`; how many were granted (0: spent)."""
    session.execute(_insert(session).values(day=day, reserved=0).on_conflict_do_nothing())
    taken = paid_broadcasts_taken(session, day=day)
    granted = min(wanted, budget - taken)
    if granted <= 0:
        return 0
    changed = session.execute(
        sa.update(PaidBroadcastDay)
        .where(col(PaidBroadcastDay.day) == day, col(PaidBroadcastDay.reserved) == taken)
        .values(reserved=taken + granted)
    )
    # Another process took some meanwhile: nothing now, the caller asks again later.
    return granted if changed.rowcount == 1 else 0  # type: ignore[attr-defined]


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
