"""The paid broadcast budget in the database: taken before sending, never past the budget."""

import threading
from datetime import date

from sqlalchemy import Engine

from storage.database import session_scope
from storage.paid_broadcasts import (
    give_back_paid_broadcasts,
    paid_broadcasts_taken,
    take_paid_broadcasts,
)

DAY = date(2026, 12, 7)


def _take(engine: Engine, wanted: int, budget: int = 250, day: date = DAY) -> int:
    """Take in a unit of work of its own; how many were granted."""
    with session_scope(engine) as session:
        return take_paid_broadcasts(session, day=day, wanted=wanted, budget=budget)


def _taken(engine: Engine, day: date = DAY) -> int:
    """The day's count as stored."""
    with session_scope(engine) as session:
        return paid_broadcasts_taken(session, day=day)


def test_takes_up_to_the_budget_then_nothing(engine: Engine) -> None:
    """100, 100, then the 50 left of 250, then none; the count never passes the budget."""
    assert _taken(engine) == 0
    assert [_take(engine, 100) for _ in range(4)] == [100, 100, 50, 0]
    assert _taken(engine) == 250


def test_each_day_has_its_own_budget(engine: Engine) -> None:
    """What one day took leaves the next day's budget whole."""
    assert _take(engine, 250) == 250
    assert _take(engine, 100, day=date(2026, 12, 8)) == 100
    assert (_taken(engine), _taken(engine, date(2026, 12, 8))) == (250, 100)


def test_what_is_given_back_can_be_taken_again(engine: Engine) -> None:
    """A block's unused part goes back to its day and is granted again."""
    assert _take(engine, 250) == 250
    with session_scope(engine) as session:
        give_back_paid_broadcasts(session, day=DAY, count=70)
    assert _taken(engine) == 180
    assert _take(engine, 100) == 70
    with session_scope(engine) as session:
        # More than was taken is never given back (the count stays at least 0).
        give_back_paid_broadcasts(session, day=DAY, count=1000)
    assert _taken(engine) == 250


def test_processes_taking_at_once_share_the_budget_and_none_is_told_it_is_spent(
    engine: Engine,
) -> None:
    """Four processes take 100 each at the same moment from a budget of 350: 350 granted in
    all, and each got some (a take that met another's is never mistaken for a spent day)."""
    start = threading.Barrier(4)
    granted: list[int] = []

    def take() -> None:
        """One process's take, started with the others."""
        start.wait()
        granted.append(_take(engine, 100, budget=350))

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(granted) == [50, 100, 100, 100]
    assert _taken(engine) == 350
