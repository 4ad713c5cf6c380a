"""Hypothesis strategies for regimens, schedule contexts and histories."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from itertools import islice
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from bot.domain.regimen import (
    AfterDoses,
    AfterDuration,
    Anchor,
    Cadence,
    Dose,
    DoseUnit,
    Drug,
    End,
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
from bot.domain.schedule import DoseOutcome, DoseRecord, ScheduleContext, iter_doses

ZONES = (
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
)

# Every spring-forward gap and fall-back overlap of ZONES lies between 01:00 and 03:00 local.
safe_reminder_times = st.builds(
    time,
    hour=st.sampled_from([0, *range(3, 24)]),
    minute=st.integers(0, 59),
)

doses = st.builds(
    Dose,
    amount=st.decimals(
        min_value=Decimal("0.001"), max_value=Decimal(10_000), places=3, allow_nan=False
    ),
    unit=st.sampled_from(DoseUnit),
)

cadences: st.SearchStrategy[Cadence] = st.one_of(
    st.builds(EveryNDays, st.integers(1, 40)),
    st.builds(OnWeekdays, st.frozensets(st.integers(0, 6), min_size=1)),
    st.builds(EveryNMonths, st.integers(1, 4)),
)

followed_ends: st.SearchStrategy[End] = st.one_of(
    st.builds(AfterDoses, st.integers(1, 8)),
    st.builds(AfterDuration, st.integers(1, 60)),
)

last_ends: st.SearchStrategy[End] = st.one_of(followed_ends, st.just(OpenEnded()))

anchors = st.sampled_from([None, Anchor.FROM_PLAN, Anchor.FROM_LAST_INJECTION])


@st.composite
def regimens(draw: st.DrawFn, max_phases: int = 3) -> Regimen:
    """Draw a valid regimen of 1 to ``max_phases`` phases with fixed ends (last may be open)."""
    count = draw(st.integers(1, max_phases))
    kinds = sorted(
        draw(
            st.lists(
                st.sampled_from([PhaseKind.LOADING, PhaseKind.TRANSITION]),
                min_size=count,
                max_size=count,
            )
        ),
        key=[PhaseKind.LOADING, PhaseKind.TRANSITION].index,
    )
    if draw(st.booleans()):
        kinds[-1] = PhaseKind.MAINTENANCE
    phases = tuple(
        Phase(
            kind,
            draw(cadences),
            draw(last_ends if index == count - 1 else followed_ends),
            draw(doses),
            draw(anchors),
        )
        for index, kind in enumerate(kinds)
    )
    return Regimen(phases, Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF)


contexts = st.builds(
    ScheduleContext,
    zone=st.sampled_from(ZONES).map(ZoneInfo),
    reminder_time=safe_reminder_times,
    first_dose_on=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
)


@st.composite
def histories(
    draw: st.DrawFn, regimen: Regimen, context: ScheduleContext, max_records: int = 10
) -> list[DoseRecord]:
    """Draw records for the first doses, each relative to the date planned given those before."""
    records: list[DoseRecord] = []
    for sequence in range(draw(st.integers(0, max_records))):
        upcoming = list(islice(iter_doses(regimen, context, records), sequence + 1))
        if len(upcoming) <= sequence:
            break
        outcome = draw(st.sampled_from(DoseOutcome))
        taken_on = None
        if outcome is DoseOutcome.TAKEN:
            lateness = draw(st.integers(-3, 10))
            taken_on = upcoming[sequence].local_date + timedelta(days=lateness)
        records.append(DoseRecord(sequence, outcome, taken_on))
    return records
