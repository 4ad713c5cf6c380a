"""Adherence: on-time windows, dose outcomes, phase summaries and the proportion of days covered."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.adherence import (
    on_time_window_days,
    outcome,
    phase_summaries,
    proportion_of_days_covered,
    typical_gap_days,
)
from bot.domain.record import (
    DoseLine,
    DoseState,
    Outcome,
    PauseLine,
    days_since_injection,
    given_intervals,
    with_planned_gaps,
)
from bot.domain.regimen import EveryNDays, EveryNMonths, OnWeekdays

START = date(2026, 1, 5)


def _dose(
    dose_id: int,
    planned_on: date,
    *,
    state: DoseState = DoseState.SCHEDULED,
    taken_on: date | None = None,
    kind: str = "maintenance",
    regimen_id: int = 1,
    before_plan: bool = False,
) -> DoseLine:
    """A dose line planned on a day, given on `taken_on` when done."""
    taken_at = datetime.combine(taken_on, time(9), UTC) if taken_on else None
    return DoseLine(
        dose_id=dose_id,
        regimen_id=regimen_id,
        phase_position=0,
        phase_kind=kind,
        number_in_phase=dose_id,
        count_in_phase=None,
        planned_on=planned_on,
        due_at=datetime.combine(planned_on, time(9), UTC),
        amount=Decimal(1000),
        unit="mcg",
        state=state,
        taken_at=taken_at,
        taken_on=taken_on,
        before_plan=before_plan,
    )


def _plan(gap: int, count: int) -> list[DoseLine]:
    """`count` doses `gap` days apart from START, none answered, gaps filled in."""
    doses = [_dose(n, START + timedelta(days=gap * n)) for n in range(count)]
    return with_planned_gaps(doses, {(1, 0): gap})


def test_windows_grow_with_the_gap() -> None:
    """Daily and alternate-day loading: the day itself; weekly: a day; monthly: three days."""
    assert [on_time_window_days(gap) for gap in (1, 2, 3, 7, 13, 14, 28, 90)] == [
        0,
        0,
        1,
        1,
        1,
        3,
        3,
        3,
    ]


def test_typical_gap_of_each_cadence() -> None:
    """Every N days is N; monthly counts 30 days a month; weekdays take the shortest gap."""
    assert typical_gap_days(EveryNDays(28)) == 28
    assert typical_gap_days(EveryNMonths(3)) == 90
    assert typical_gap_days(OnWeekdays(frozenset({0, 2, 4}))) == 2


def test_outcomes_of_a_monthly_plan() -> None:
    """Three days late is on time every 4 weeks, four days is late; answers and days decide."""
    doses = _plan(28, 6)
    given = [
        replace(doses[0], state=DoseState.DONE, taken_on=doses[0].planned_on + timedelta(days=3)),
        replace(doses[1], state=DoseState.DONE, taken_on=doses[1].planned_on + timedelta(days=4)),
        replace(doses[2], state=DoseState.DONE, taken_on=doses[2].planned_on - timedelta(days=5)),
        replace(doses[3], state=DoseState.SKIPPED),
        replace(doses[4], state=DoseState.MISSED),
        doses[5],
    ]
    today = doses[5].planned_on - timedelta(days=1)
    assert [outcome(dose, today) for dose in given] == [
        Outcome.ON_TIME,
        Outcome.LATE,
        Outcome.EARLY,
        Outcome.SKIPPED,
        Outcome.MISSED,
        Outcome.UPCOMING,
    ]
    assert outcome(doses[5], doses[5].planned_on) is Outcome.OPEN


def test_a_daily_dose_a_day_late_is_late() -> None:
    """In daily loading the window is the planned day alone."""
    dose = _plan(1, 3)[1]
    late = replace(dose, state=DoseState.DONE, taken_on=dose.planned_on + timedelta(days=1))
    assert outcome(late, START + timedelta(days=10)) is Outcome.LATE


def test_the_last_loading_dose_is_judged_by_the_loading_gap() -> None:
    """A dose whose next planned one is a week away is still daily loading for its window."""
    doses = [_dose(n, START + timedelta(days=n), kind="loading") for n in range(3)]
    doses.append(_dose(3, START + timedelta(days=9), kind="transition"))
    filled = with_planned_gaps(doses, {(1, 0): 1})
    assert filled[2].covers_days == 7
    assert filled[2].usual_gap_days == 1
    late = replace(filled[2], state=DoseState.DONE, taken_on=filled[2].planned_on + timedelta(1))
    assert outcome(late, START + timedelta(days=20)) is Outcome.LATE


def test_phase_summaries_count_each_outcome_and_leave_out_injections_before_the_plan() -> None:
    """One line per phase kind, in order of first appearance."""
    prior = _dose(0, START - timedelta(days=20), state=DoseState.DONE, before_plan=True)
    prior = replace(prior, taken_on=START - timedelta(days=20))
    loading = [
        _dose(1, START, state=DoseState.DONE, taken_on=START, kind="loading"),
        _dose(2, START + timedelta(1), state=DoseState.DONE, taken_on=START + timedelta(3)),
        _dose(3, START + timedelta(2), state=DoseState.SKIPPED, kind="loading"),
    ]
    loading[1] = replace(loading[1], phase_kind="loading")
    maintenance = [_dose(4, START + timedelta(30), state=DoseState.MISSED)]
    summaries = phase_summaries([prior, *loading, *maintenance], START + timedelta(40))
    assert [(s.phase_kind, s.done, s.on_time, s.late, s.skipped, s.missed) for s in summaries] == [
        ("loading", 2, 1, 1, 1, 0),
        ("maintenance", 0, 0, 0, 0, 1),
    ]


def test_intervals_and_days_since_the_last_injection() -> None:
    """Gaps between injections given, against the planned gap; the days since the latest one."""
    doses = _plan(28, 3)
    done = [
        replace(doses[0], state=DoseState.DONE, taken_on=doses[0].planned_on),
        replace(doses[1], state=DoseState.DONE, taken_on=doses[1].planned_on + timedelta(5)),
        doses[2],
    ]
    intervals = given_intervals(done)
    assert [(i.actual_days, i.planned_days) for i in intervals] == [(33, 28)]
    assert days_since_injection(done, doses[1].planned_on + timedelta(9)) == 4
    assert days_since_injection(done, doses[0].planned_on - timedelta(1)) is None


def test_every_dose_on_its_day_covers_every_day() -> None:
    """A plan kept to the day covers the whole span: a proportion of 1."""
    doses = [replace(d, state=DoseState.DONE, taken_on=d.planned_on) for d in _plan(7, 10)]
    last = doses[-1].planned_on + timedelta(days=6)
    assert proportion_of_days_covered(doses, START, last) == 1.0


def test_paused_days_count_neither_way() -> None:
    """A pause leaves the days uncovered without counting against the patient."""
    doses = [replace(d, state=DoseState.DONE, taken_on=d.planned_on) for d in _plan(7, 2)]
    pause = PauseLine(START + timedelta(days=14), START + timedelta(days=21))
    assert proportion_of_days_covered(doses, START, START + timedelta(days=20), [pause]) == 1.0
    assert proportion_of_days_covered(doses, START, START + timedelta(days=20)) == 14 / 21


gaps = st.sampled_from([1, 2, 7, 14, 28])
delays = st.lists(st.one_of(st.none(), st.integers(-5, 20)), min_size=1, max_size=30)


@given(gap=gaps, lateness=delays, tail=st.integers(0, 60))
def test_the_proportion_is_a_share_and_a_missing_injection_never_raises_it(
    gap: int, lateness: list[int | None], tail: int
) -> None:
    """Between 0 and 1 whatever happened; dropping any injection never raises it."""
    doses = _plan(gap, len(lateness))
    taken = [
        replace(d, state=DoseState.DONE, taken_on=d.planned_on + timedelta(days=late))
        if late is not None
        else replace(d, state=DoseState.MISSED)
        for d, late in zip(doses, lateness, strict=True)
    ]
    last = doses[-1].planned_on + timedelta(days=tail)
    share = proportion_of_days_covered(taken, START, last)
    assert share is not None
    assert 0.0 <= share <= 1.0
    for index, dose in enumerate(taken):
        if dose.given:
            fewer = [*taken[:index], replace(dose, state=DoseState.MISSED), *taken[index + 1 :]]
            fewer_share = proportion_of_days_covered(fewer, START, last)
            assert fewer_share is not None
            assert fewer_share <= share


@given(gap=gaps, lateness=delays)
def test_every_dose_has_one_outcome_and_the_summary_adds_up(
    gap: int, lateness: list[int | None]
) -> None:
    """Each planned dose falls in exactly one count of its phase's summary."""
    doses = _plan(gap, len(lateness))
    taken = [
        replace(d, state=DoseState.DONE, taken_on=d.planned_on + timedelta(days=late))
        if late is not None
        else d
        for d, late in zip(doses, lateness, strict=True)
    ]
    today = START + timedelta(days=gap * len(lateness) // 2)
    (summary,) = phase_summaries(taken, today)
    total = summary.settled + summary.open + summary.upcoming
    assert total == len(taken)
    assert summary.done == sum(1 for d in taken if d.given)
