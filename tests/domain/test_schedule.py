"""Schedule computation: order, ends, anchors, month clamping, switches and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import islice, pairwise
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.presets import preset
from bot.domain.regimen import (
    AfterDoses,
    AfterDuration,
    Anchor,
    Cadence,
    Dose,
    DoseUnit,
    Drug,
    EveryNDays,
    EveryNMonths,
    Giver,
    OnWeekdays,
    OpenEnded,
    Phase,
    PhaseKind,
    Regimen,
    Route,
)
from bot.domain.schedule import (
    DoseOccurrence,
    DoseOutcome,
    DoseRecord,
    Resume,
    ScheduleContext,
    iter_doses,
    phase_boundaries,
    upcoming_doses,
)
from tests.domain.strategies import ZONES, contexts, histories, regimens, safe_reminder_times

MG_1 = Dose(Decimal(1), DoseUnit.MG)
LONDON = ZoneInfo("Europe/London")
NINE = time(9)
FAR_PAST = datetime(1900, 1, 1, tzinfo=UTC)


def single(cadence: Cadence, anchor: Anchor | None = None) -> Regimen:
    """Return a one-phase open-ended maintenance regimen with this cadence."""
    phase = Phase(PhaseKind.MAINTENANCE, cadence, OpenEnded(), MG_1, anchor)
    return Regimen((phase,), Drug.HYDROXOCOBALAMIN, Route.IM, Giver.SELF)


def first_dates(
    regimen: Regimen,
    context: ScheduleContext,
    count: int,
    history: list[DoseRecord] | None = None,
    switches: dict[int, date] | None = None,
) -> list[date]:
    """Return the local dates of the first ``count`` planned doses."""
    doses = iter_doses(regimen, context, history or [], switches)
    return [dose.local_date for dose in islice(doses, count)]


def taken(sequence: int, on: date) -> DoseRecord:
    """Return a record of a dose taken on ``on``."""
    return DoseRecord(sequence, DoseOutcome.TAKEN, on)


def london(first_dose_on: date) -> ScheduleContext:
    """Return a London context with a 09:00 reminder."""
    return ScheduleContext.starting_on(LONDON, NINE, first_dose_on)


def assert_strictly_increasing(doses: list[DoseOccurrence]) -> None:
    """Sequences, local dates and UTC due times all strictly increase."""
    for earlier, later in pairwise(doses):
        assert earlier.sequence < later.sequence
        assert earlier.local_date < later.local_date
        assert earlier.due_at < later.due_at


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_planned_doses_strictly_increase(data: st.DataObject) -> None:
    """Whatever happened so far, planned doses are numbered 0, 1, 2 ... and strictly later."""
    regimen = data.draw(regimens())
    context = data.draw(contexts)
    history = data.draw(histories(regimen, context))
    doses = list(islice(iter_doses(regimen, context, history), 40))
    assert [dose.sequence for dose in doses] == list(range(len(doses)))
    assert_strictly_increasing(doses)
    for dose in doses:
        assert dose.due_at.tzinfo is UTC
        phase = regimen.phases[dose.phase_index]
        assert (dose.phase_kind, dose.dose) == (phase.kind, phase.dose)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_upcoming_doses_are_unresolved_ordered_and_bounded(data: st.DataObject) -> None:
    """Upcoming doses skip resolved ones, start at the first unresolved one and respect limits."""
    regimen = data.draw(regimens())
    context = data.draw(contexts)
    history = data.draw(histories(regimen, context))
    horizon = timedelta(days=data.draw(st.integers(0, 120)))
    limit = data.draw(st.integers(1, 20))
    now = datetime.combine(
        data.draw(st.dates(min_value=date(1999, 1, 1), max_value=date(2041, 1, 1))),
        time(12),
        tzinfo=UTC,
    )
    found = upcoming_doses(regimen, context, history, now=now, horizon=horizon, limit=limit)
    resolved = {record.sequence for record in history}
    all_unresolved = [
        dose for dose in islice(iter_doses(regimen, context, history), 200)
        if dose.sequence not in resolved
    ]  # fmt: skip
    assert len(found) <= limit
    assert_strictly_increasing(found)
    assert found == all_unresolved[: len(found)]
    if all_unresolved:
        assert found
    assert all(dose.due_at <= now + horizon for dose in found[1:])
    if len(found) < limit and len(found) < len(all_unresolved):
        assert all_unresolved[len(found)].due_at > now + horizon


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_phase_ends_are_honoured(data: st.DataObject) -> None:
    """AfterDoses gives exactly that many doses; AfterDuration only doses inside the window."""
    regimen = data.draw(regimens())
    context = data.draw(contexts)
    history = data.draw(histories(regimen, context))
    doses = list(islice(iter_doses(regimen, context, history), 400))
    for index, phase in enumerate(regimen.phases):
        in_phase = [dose for dose in doses if dose.phase_index == index]
        if not in_phase or doses[-1].phase_index == index:
            continue  # the sample did not reach this phase's end
        assert [dose.number_in_phase for dose in in_phase] == list(range(1, len(in_phase) + 1))
        assert {dose.count_in_phase for dose in in_phase} == {len(in_phase)}
        if isinstance(phase.end, AfterDoses):
            assert len(in_phase) == phase.end.count
        if isinstance(phase.end, AfterDuration):
            window_end = in_phase[0].local_date + timedelta(days=phase.end.days)
            assert all(dose.local_date < window_end for dose in in_phase)


@settings(max_examples=40, deadline=None)
@given(
    days=st.integers(1, 7),
    duration=st.integers(1, 60),
    first=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
)
def test_after_duration_fills_the_window(days: int, duration: int, first: date) -> None:
    """On plan, an every-N-days phase of D days holds ceil(D / N) doses, then the next phase."""
    loading = Phase(PhaseKind.LOADING, EveryNDays(days), AfterDuration(duration), MG_1)
    maintenance = Phase(PhaseKind.MAINTENANCE, EveryNDays(30), OpenEnded(), MG_1)
    regimen = Regimen((loading, maintenance), Drug.OTHER, Route.IM, Giver.CLINIC)
    expected = -(-duration // days)
    doses = list(islice(iter_doses(regimen, london(first)), expected + 1))
    assert [dose.phase_index for dose in doses] == [0] * expected + [1]
    assert doses[-1].local_date == doses[-2].local_date + timedelta(days=30)


@settings(max_examples=80, deadline=None)
@given(
    zone=st.sampled_from(ZONES).map(ZoneInfo),
    at=safe_reminder_times,
    first=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    cadence=st.one_of(
        st.builds(EveryNDays, st.integers(1, 10)),
        st.builds(OnWeekdays, st.frozensets(st.integers(0, 6), min_size=1)),
        st.builds(EveryNMonths, st.just(1)),
    ),
)
def test_local_wall_time_is_kept_across_dst(
    zone: ZoneInfo, at: time, first: date, cadence: Cadence
) -> None:
    """Every dose is due at the reminder's wall time on its local date, on both sides of DST."""
    context = ScheduleContext.starting_on(zone, at, first)
    doses = list(islice(iter_doses(single(cadence), context), 60))
    offsets = set()
    for dose in doses:
        local = dose.due_at.astimezone(zone)
        assert (local.date(), local.time()) == (dose.local_date, at)
        offsets.add(local.utcoffset())
    span = doses[-1].local_date - doses[0].local_date
    if span > timedelta(days=366):
        assert len(offsets) == 2  # the sample really crossed DST changes


@pytest.mark.parametrize("zone", ZONES)
def test_weekly_reminder_does_not_creep_through_a_year(zone: str) -> None:
    """A weekly 09:00 reminder stays 09:00 local for a whole year of DST changes."""
    context = ScheduleContext.starting_on(ZoneInfo(zone), NINE, date(2024, 1, 1))
    doses = list(islice(iter_doses(single(EveryNDays(7)), context), 53))
    assert {dose.due_at.astimezone(ZoneInfo(zone)).time() for dose in doses} == {NINE}
    assert len({dose.due_at.astimezone(ZoneInfo(zone)).utcoffset() for dose in doses}) == 2


def test_reminder_in_a_spring_forward_gap_moves_forward() -> None:
    """01:30 on the night London skips 01:00-02:00 becomes 02:30 local that day only."""
    context = ScheduleContext.starting_on(LONDON, time(1, 30), date(2024, 3, 30))
    doses = list(islice(iter_doses(single(EveryNDays(1)), context), 3))
    local_times = [dose.due_at.astimezone(LONDON).time() for dose in doses]
    assert local_times == [time(1, 30), time(2, 30), time(1, 30)]
    assert_strictly_increasing(doses)


def test_reminder_in_a_fall_back_overlap_takes_the_first() -> None:
    """01:30 on the night London repeats 01:00-02:00 is the first, BST, occurrence."""
    context = ScheduleContext.starting_on(LONDON, time(1, 30), date(2024, 10, 27))
    (dose,) = islice(iter_doses(single(EveryNDays(1)), context), 1)
    assert dose.due_at == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (date(2024, 1, 31), [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]),
        (date(2023, 1, 31), [date(2023, 1, 31), date(2023, 2, 28), date(2023, 3, 31)]),
        (date(2024, 8, 31), [date(2024, 8, 31), date(2024, 9, 30), date(2024, 10, 31)]),
        (date(2024, 1, 30), [date(2024, 1, 30), date(2024, 2, 29), date(2024, 3, 30)]),
    ],
)
@pytest.mark.parametrize("anchor", [Anchor.FROM_PLAN, Anchor.FROM_LAST_INJECTION])
def test_month_cadence_clamps_without_drifting(
    first: date, expected: list[date], anchor: Anchor
) -> None:
    """Monthly doses clamp to the month's end and come back to the original day."""
    regimen = single(EveryNMonths(1), anchor)
    assert first_dates(regimen, london(first), 3) == expected
    on_time = [taken(index, day) for index, day in enumerate(expected[:2])]
    assert first_dates(regimen, london(first), 3, on_time) == expected


@settings(max_examples=50, deadline=None)
@given(
    months=st.integers(1, 12),
    first=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
)
def test_month_cadence_from_plan_counts_from_the_first_date(months: int, first: date) -> None:
    """The k-th dose on plan is k * N months after the first, clamped to the month's end."""
    dates = first_dates(single(EveryNMonths(months), Anchor.FROM_PLAN), london(first), 14)
    assert dates == [first + relativedelta(months=months * k) for k in range(14)]


def test_late_monthly_dose_resets_the_anchor_when_counting_from_the_last_injection() -> None:
    """From the last injection, a late monthly shot moves the next one to a month after it."""
    regimen = single(EveryNMonths(2))
    history = [taken(0, date(2024, 1, 31)), taken(1, date(2024, 4, 3))]
    assert first_dates(regimen, london(date(2024, 1, 31)), 3, history)[2] == date(2024, 6, 3)
    fixed = single(EveryNMonths(2), Anchor.FROM_PLAN)
    assert first_dates(fixed, london(date(2024, 1, 31)), 3, history)[2] == date(2024, 5, 31)


@settings(max_examples=60, deadline=None)
@given(
    cadence=st.one_of(
        st.builds(EveryNDays, st.integers(1, 40)),
        st.builds(OnWeekdays, st.frozensets(st.integers(0, 6), min_size=1)),
    ),
    first=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    late_dose=st.integers(0, 5),
    lateness=st.integers(1, 20),
    outcome_before=st.sampled_from([DoseOutcome.TAKEN, DoseOutcome.SKIPPED, DoseOutcome.MISSED]),
)
def test_lateness_moves_later_doses_only_when_counting_from_the_last_injection(
    cadence: Cadence, first: date, late_dose: int, lateness: int, outcome_before: DoseOutcome
) -> None:
    """A late dose shifts every later dose by exactly its lateness; a fixed plan stays put."""
    context = london(first)
    for anchor in (Anchor.FROM_LAST_INJECTION, Anchor.FROM_PLAN):
        regimen = single(cadence, anchor)
        plan = first_dates(regimen, context, late_dose + 6)
        history = [
            DoseRecord(
                index, outcome_before, plan[index] if outcome_before is DoseOutcome.TAKEN else None
            )
            for index in range(late_dose)
        ]
        history.append(taken(late_dose, plan[late_dose] + timedelta(days=lateness)))
        after = first_dates(regimen, context, late_dose + 6, history)
        assert after[: late_dose + 1] == plan[: late_dose + 1]
        if anchor is Anchor.FROM_PLAN:
            assert after == plan
        elif isinstance(cadence, EveryNDays):
            shifted = [day + timedelta(days=lateness) for day in plan[late_dose + 1 :]]
            assert after[late_dose + 1 :] == shifted
        else:
            # Weekday plans restart from the first matching weekday after the actual date.
            assert after[late_dose + 1] > plan[late_dose] + timedelta(days=lateness)


def test_skipped_and_missed_doses_keep_the_plan() -> None:
    """A dose that was not taken anchors the next one on its planned date."""
    regimen = single(EveryNDays(28))
    plan = first_dates(regimen, london(date(2024, 1, 1)), 3)
    for outcome in (DoseOutcome.SKIPPED, DoseOutcome.MISSED):
        history = [DoseRecord(0, outcome)]
        assert first_dates(regimen, london(date(2024, 1, 1)), 3, history) == plan


def test_dose_taken_far_too_early_never_reorders_the_plan() -> None:
    """A back-dated record long before its plan cannot put a dose on or before an earlier one."""
    regimen = single(EveryNDays(1))
    history = [taken(1, date(2023, 12, 1))]
    dates = first_dates(regimen, london(date(2024, 1, 1)), 4, history)
    assert dates == [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 3), date(2024, 1, 4)]


def test_weekday_cadence_starts_on_the_first_matching_day() -> None:
    """Mon/Wed/Fri started on a Tuesday begins on Wednesday."""
    regimen = single(OnWeekdays(frozenset({0, 2, 4})))
    dates = first_dates(regimen, london(date(2024, 1, 2)), 4)
    assert dates == [date(2024, 1, 3), date(2024, 1, 5), date(2024, 1, 8), date(2024, 1, 10)]


def test_following_phase_counts_from_the_previous_phase_last_dose() -> None:
    """The next phase's first dose is its own interval after the previous phase's last dose."""
    loading = Phase(PhaseKind.LOADING, OnWeekdays(frozenset({0, 2, 4})), AfterDoses(3), MG_1)
    weekly = Phase(PhaseKind.TRANSITION, OnWeekdays(frozenset({4})), AfterDoses(2), MG_1)
    monthly = Phase(PhaseKind.MAINTENANCE, EveryNMonths(3), OpenEnded(), MG_1)
    regimen = Regimen((loading, weekly, monthly), Drug.OTHER, Route.DEEP_SC, Giver.CAREGIVER)
    dates = first_dates(regimen, london(date(2024, 1, 1)), 6)
    # Loading Mon 1, Wed 3, Fri 5; then Fridays strictly after 5 Jan; then 3 months later.
    assert dates == [
        date(2024, 1, 1),
        date(2024, 1, 3),
        date(2024, 1, 5),
        date(2024, 1, 12),
        date(2024, 1, 19),
        date(2024, 4, 19),
    ]


def neuro_like() -> Regimen:
    """Alternate days until no further improvement, then every 2 months."""
    loading = Phase(
        PhaseKind.LOADING, EveryNDays(2), OpenEnded(until_no_further_improvement=True), MG_1
    )
    maintenance = Phase(PhaseKind.MAINTENANCE, EveryNMonths(2), OpenEnded(), MG_1)
    return Regimen((loading, maintenance), Drug.HYDROXOCOBALAMIN, Route.IM, Giver.CLINIC)


def test_switch_date_ends_an_open_ended_phase_and_starts_the_next() -> None:
    """Doses on or after the switch leave the phase; the next phase starts one interval later."""
    regimen = neuro_like()
    context = london(date(2024, 1, 1))
    assert {dose.phase_index for dose in islice(iter_doses(regimen, context), 100)} == {0}
    boundaries = phase_boundaries(regimen, context)
    assert [boundary.starts_on for boundary in boundaries] == [date(2024, 1, 1), None]

    switches = {0: date(2024, 1, 7)}
    doses = list(islice(iter_doses(regimen, context, [], switches), 5))
    assert [dose.local_date for dose in doses] == [
        date(2024, 1, 1),
        date(2024, 1, 3),
        date(2024, 1, 5),
        date(2024, 3, 7),
        date(2024, 5, 7),
    ]
    assert [dose.count_in_phase for dose in doses] == [3, 3, 3, None, None]
    assert [dose.sequence for dose in doses] == [0, 1, 2, 3, 4]
    boundaries = phase_boundaries(regimen, context, [], switches)
    assert [boundary.starts_on for boundary in boundaries] == [date(2024, 1, 1), date(2024, 3, 7)]
    assert [boundary.kind for boundary in boundaries] == [
        PhaseKind.LOADING,
        PhaseKind.MAINTENANCE,
    ]


def test_switch_before_a_phase_starts_skips_it() -> None:
    """A switch on or before the phase's first dose leaves the phase empty."""
    regimen = neuro_like()
    dates = first_dates(regimen, london(date(2024, 1, 1)), 2, switches={0: date(2024, 1, 1)})
    assert dates == [date(2024, 3, 1), date(2024, 5, 1)]


def test_switches_are_checked() -> None:
    """Switches are only accepted for existing phases without a planned end."""
    fixed = Phase(PhaseKind.LOADING, EveryNDays(1), AfterDoses(3), MG_1)
    regimen = Regimen((fixed, *neuro_like().phases), Drug.OTHER, Route.IM, Giver.SELF)
    context = london(date(2024, 1, 1))
    first_dates(regimen, context, 3, switches={1: date(2024, 1, 9)})
    with pytest.raises(ValueError, match="no phase"):
        first_dates(regimen, context, 3, switches={5: date(2024, 1, 9)})
    with pytest.raises(ValueError, match="planned end"):
        first_dates(regimen, context, 3, switches={0: date(2024, 1, 2)})


def test_continuing_after_a_prior_injection() -> None:
    """A patient already on treatment gets the first dose one interval after the last one."""
    zone = ZoneInfo("America/New_York")
    every_28 = single(EveryNDays(28))
    context = ScheduleContext.continuing_after(zone, NINE, date(2024, 3, 1))
    assert first_dates(every_28, context, 2) == [date(2024, 3, 29), date(2024, 4, 26)]
    monthly = single(EveryNMonths(1), Anchor.FROM_PLAN)
    context = ScheduleContext.continuing_after(zone, NINE, date(2024, 1, 31))
    assert first_dates(monthly, context, 2) == [date(2024, 2, 29), date(2024, 3, 31)]


def test_upcoming_includes_overdue_and_at_least_one() -> None:
    """Overdue doses come first; the first dose is returned even beyond the horizon."""
    regimen = single(EveryNDays(28))
    context = london(date(2024, 1, 1))
    now = datetime(2024, 2, 1, 12, tzinfo=UTC)
    found = upcoming_doses(regimen, context, now=now, horizon=timedelta(days=0), limit=10)
    assert [dose.local_date for dose in found] == [date(2024, 1, 1), date(2024, 1, 29)]
    history = [taken(0, date(2024, 1, 1)), taken(1, date(2024, 1, 29))]
    found = upcoming_doses(regimen, context, history, now=now, horizon=timedelta(0), limit=10)
    assert [dose.local_date for dose in found] == [date(2024, 2, 26)]
    found = upcoming_doses(regimen, context, now=FAR_PAST, horizon=timedelta(days=10**5), limit=3)
    assert len(found) == 3


def test_finished_regimen_has_no_upcoming_dose() -> None:
    """When every planned dose is resolved, nothing is upcoming and every phase is dated."""
    phase = Phase(PhaseKind.LOADING, EveryNDays(1), AfterDoses(2), MG_1)
    regimen = Regimen((phase,), Drug.OTHER, Route.IM, Giver.SELF)
    history = [DoseRecord(0, DoseOutcome.MISSED), DoseRecord(1, DoseOutcome.SKIPPED)]
    context = london(date(2024, 1, 1))
    assert (
        upcoming_doses(regimen, context, history, now=FAR_PAST, horizon=timedelta(1), limit=5) == []
    )
    assert phase_boundaries(regimen, context, history)[0].starts_on == date(2024, 1, 1)


def test_bad_inputs_are_refused() -> None:
    """Naive now, naive dates as datetimes, duplicate records and odd records raise."""
    regimen = single(EveryNDays(1))
    context = london(date(2024, 1, 1))
    with pytest.raises(ValueError, match="aware"):
        upcoming_doses(regimen, context, now=datetime(2024, 1, 1), horizon=timedelta(1), limit=1)
    with pytest.raises(ValueError, match="negative"):
        upcoming_doses(regimen, context, now=FAR_PAST, horizon=timedelta(-1), limit=1)
    with pytest.raises(ValueError, match="two records"):
        first_dates(regimen, context, 1, [DoseRecord(0, DoseOutcome.MISSED)] * 2)
    with pytest.raises(ValueError, match="taken_on"):
        DoseRecord(0, DoseOutcome.TAKEN)
    with pytest.raises(ValueError, match="taken_on"):
        DoseRecord(0, DoseOutcome.SKIPPED, date(2024, 1, 1))
    with pytest.raises(TypeError):
        ScheduleContext.starting_on(LONDON, NINE, datetime(2024, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="exactly one"):
        ScheduleContext(LONDON, NINE)
    with pytest.raises(ValueError, match="tzinfo"):
        ScheduleContext.starting_on(LONDON, time(9, tzinfo=UTC), date(2024, 1, 1))


# --- Issue 11, item 4: the phase after a switch counts from the last injection ---------------


def test_a_dose_done_on_the_switch_day_stays_in_its_phase() -> None:
    """Done Wed 3 and Fri 5 Feb, switched Fri 5 Feb: maintenance is dose 1 on Mon 5 Apr."""
    regimen = neuro_like()
    context = london(date(2027, 2, 3))
    history = [taken(0, date(2027, 2, 3)), taken(1, date(2027, 2, 5))]
    doses = list(islice(iter_doses(regimen, context, history, {0: date(2027, 2, 5)}), 4))
    assert [(d.phase_index, d.number_in_phase, d.local_date) for d in doses] == [
        (0, 1, date(2027, 2, 3)),
        (0, 2, date(2027, 2, 5)),
        (1, 1, date(2027, 4, 5)),
        (1, 2, date(2027, 6, 5)),
    ]
    assert doses[1].count_in_phase == 2


@settings(max_examples=200, deadline=None)
@given(
    last=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    months=st.integers(1, 4),
    waited=st.integers(0, 20),
    zone=st.sampled_from(ZONES),
    at=safe_reminder_times,
)
def test_after_a_switch_months_count_from_the_last_injection(
    last: date, months: int, waited: int, zone: str, at: time
) -> None:
    """The first dose after the switch is N calendar months after the last injection taken
    (clamped to the month's end, never before the switch day), at the reminder's wall time."""
    loading = Phase(
        PhaseKind.LOADING, EveryNDays(2), OpenEnded(until_no_further_improvement=True), MG_1
    )
    maintenance = Phase(PhaseKind.MAINTENANCE, EveryNMonths(months), OpenEnded(), MG_1)
    regimen = Regimen((loading, maintenance), Drug.HYDROXOCOBALAMIN, Route.IM, Giver.CLINIC)
    context = ScheduleContext.starting_on(ZoneInfo(zone), at, last)
    switch_on = last + timedelta(days=waited)
    doses = iter_doses(regimen, context, [taken(0, last)], {0: switch_on})
    first, after = [dose for dose in islice(doses, 40) if dose.phase_index == 1][:2]
    expected = max(last + relativedelta(months=months), switch_on)
    assert (first.local_date, first.number_in_phase) == (expected, 1)
    assert first.due_at.astimezone(ZoneInfo(zone)).time() == at
    assert after.local_date > first.local_date


def test_after_a_switch_across_dst_and_a_month_end() -> None:
    """Last injection Tue 31 Jan 2023, switched 1 Feb: due Fri 31 Mar, 09:00 London (BST)."""
    regimen = neuro_like()
    history = [taken(0, date(2023, 1, 31))]
    doses = iter_doses(regimen, london(date(2023, 1, 31)), history, {0: date(2023, 2, 1)})
    first, second = [dose for dose in islice(doses, 3) if dose.phase_index == 1][:2]
    assert first.local_date == date(2023, 3, 31)
    assert first.due_at == datetime(2023, 3, 31, 8, 0, tzinfo=UTC)
    # From the plan: 31 May, not 30 May (counted from the base, never month by month).
    assert second.local_date == date(2023, 5, 31)


# --- Issue 11, items 3 and 9: a plan version that takes over mid-treatment --------------------


def common_monthly_phases() -> tuple[Phase, ...]:
    """Daily for 7, weekly for 4, then every 4 weeks."""
    return preset("common_monthly").build()


def test_a_version_carrying_on_numbers_on_and_counts_the_phase_end() -> None:
    """Loading 7 daily, 1 done before: the new version's first dose is dose 2 of 7, six left."""
    regimen = Regimen(common_monthly_phases(), Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF)
    context = ScheduleContext.continuing_after(
        LONDON, NINE, date(2026, 11, 25), Resume(0, numbered_after=1)
    )
    doses = list(islice(iter_doses(regimen, context), 8))
    assert [(d.number_in_phase, d.count_in_phase) for d in doses[:6]] == [
        (n, 7) for n in range(2, 8)
    ]
    assert doses[0].local_date == date(2026, 11, 26)
    assert (doses[6].phase_kind, doses[6].number_in_phase) == (PhaseKind.TRANSITION, 1)
    assert [d.sequence for d in doses] == list(range(8))


def test_a_version_starting_in_a_later_phase_skips_the_earlier_ones() -> None:
    """Starting in maintenance: no loading dose is planned, maintenance numbers go on."""
    regimen = Regimen(common_monthly_phases(), Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF)
    context = ScheduleContext.continuing_after(
        LONDON, NINE, date(2027, 1, 31), Resume(2, numbered_after=3)
    )
    doses = list(islice(iter_doses(regimen, context), 2))
    assert [(d.phase_kind, d.number_in_phase, d.local_date) for d in doses] == [
        (PhaseKind.MAINTENANCE, 4, date(2027, 2, 28)),
        (PhaseKind.MAINTENANCE, 5, date(2027, 3, 28)),
    ]
    boundaries = phase_boundaries(regimen, context)
    assert [b.starts_on for b in boundaries] == [None, None, date(2027, 2, 28)]


def test_a_duration_phase_carried_on_ends_when_it_began_plus_its_days() -> None:
    """A 14-day daily phase begun 1 Mar with 5 done carries on until 14 Mar only."""
    phase = Phase(PhaseKind.LOADING, EveryNDays(1), AfterDuration(14), MG_1)
    regimen = Regimen((phase,), Drug.OTHER, Route.IM, Giver.SELF)
    context = ScheduleContext.continuing_after(
        LONDON, NINE, date(2024, 3, 5), Resume(0, 5, date(2024, 3, 1))
    )
    doses = list(iter_doses(regimen, context))
    assert [d.local_date for d in doses] == [date(2024, 3, d) for d in range(6, 15)]
    assert {d.count_in_phase for d in doses} == {14}
    assert (doses[0].number_in_phase, doses[-1].number_in_phase) == (6, 14)


def test_a_takeover_must_name_an_existing_phase() -> None:
    """Negative counts and phases past the plan are refused."""
    with pytest.raises(ValueError, match="negative"):
        ScheduleContext.starting_on(LONDON, NINE, date(2024, 1, 1), Resume(0, -1))
    context = ScheduleContext.starting_on(LONDON, NINE, date(2024, 1, 1), Resume(3))
    with pytest.raises(ValueError, match="no phase 3"):
        next(iter_doses(neuro_like(), context))
