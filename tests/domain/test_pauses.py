"""Pauses in the schedule engine: moved when counted from the last injection, else paused."""

from datetime import date, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from bot.domain.local_time import local_to_utc
from bot.domain.pauses import PauseWindow, first_day_after
from bot.domain.regimen import (
    AfterDoses,
    Anchor,
    Dose,
    DoseUnit,
    Drug,
    EveryNDays,
    Giver,
    Phase,
    PhaseKind,
    Regimen,
    Route,
)
from bot.domain.schedule import ScheduleContext, iter_doses, upcoming_doses

LONDON = ZoneInfo("Europe/London")
DOSE = Dose(Decimal(1000), DoseUnit.MCG)
START = date(2026, 12, 1)


def _daily(anchor: Anchor) -> Regimen:
    """Seven daily doses."""
    phase = Phase(PhaseKind.LOADING, EveryNDays(1), AfterDoses(7), DOSE, anchor)
    return Regimen((phase,), Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF)


def _dates(regimen: Regimen, pauses: tuple[PauseWindow, ...]) -> list[tuple[date, bool]]:
    """Every dose's day and whether it is paused."""
    context = ScheduleContext.starting_on(LONDON, time(9), START)
    return [(d.local_date, d.paused) for d in iter_doses(regimen, context, pauses=pauses)]


def test_from_the_last_injection_the_paused_dose_waits_for_the_end_and_the_rest_follow() -> None:
    """Paused 3 to 5 Dec: doses 3 to 7 move on, one a day from 6 Dec; none is lost."""
    pause = PauseWindow(date(2026, 12, 3), date(2026, 12, 6))
    days = [day for day, _ in _dates(_daily(Anchor.FROM_LAST_INJECTION), (pause,))]
    assert days == [
        START,
        START + timedelta(1),
        *(date(2026, 12, 6) + timedelta(n) for n in range(5)),
    ]


def test_from_the_plan_the_paused_doses_keep_their_days_and_are_not_upcoming() -> None:
    """Paused 3 to 5 Dec: those three doses are marked paused; the plan's dates after stand."""
    pause = PauseWindow(date(2026, 12, 3), date(2026, 12, 6))
    regimen = _daily(Anchor.FROM_PLAN)
    dates = _dates(regimen, (pause,))
    assert dates == [(START + timedelta(n), 2 <= n <= 4) for n in range(7)]
    context = ScheduleContext.starting_on(LONDON, time(9), START)
    upcoming = upcoming_doses(
        regimen,
        context,
        now=local_to_utc(START, time(8), LONDON),
        horizon=timedelta(days=30),
        limit=10,
        pauses=(pause,),
    )
    assert [d.sequence for d in upcoming] == [0, 1, 5, 6]


def test_back_to_back_pauses_chain() -> None:
    """A day in the first of two adjoining pauses resumes after the second."""
    pauses = (
        PauseWindow(date(2026, 12, 1), date(2026, 12, 5)),
        PauseWindow(date(2026, 12, 5), date(2026, 12, 9)),
    )
    assert first_day_after(pauses, date(2026, 12, 2)) == date(2026, 12, 9)
    assert first_day_after(pauses, date(2026, 12, 10)) == date(2026, 12, 10)
