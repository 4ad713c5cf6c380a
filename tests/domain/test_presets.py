"""Presets build valid regimens with the design table's numbers and expected first dates."""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal
from itertools import islice
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.labels import preset_name, preset_source
from bot.catalog.problems import problem_text
from bot.domain.errors import NoPhasesError, PresetInputError
from bot.domain.presets import PRESETS, preset
from bot.domain.regimen import (
    AfterDoses,
    AfterDuration,
    Anchor,
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
from bot.domain.schedule import ScheduleContext, iter_doses, phase_boundaries
from tests.english import EN

LONDON = ZoneInfo("Europe/London")
MCG_1000 = Dose(Decimal(1000), DoseUnit.MCG)
MG_1 = Dose(Decimal(1), DoseUnit.MG)


def regimen_of(phases: tuple[Phase, ...]) -> Regimen:
    """Wrap phases into a regimen."""
    return Regimen(phases, Drug.OTHER, Route.IM, Giver.SELF)


def dates_from(phases: tuple[Phase, ...], first: date, count: int) -> list[tuple[int, date]]:
    """Return (phase index, local date) of the first doses, starting on ``first``."""
    context = ScheduleContext.starting_on(LONDON, time(9), first)
    doses = islice(iter_doses(regimen_of(phases), context), count)
    return [(dose.phase_index, dose.local_date) for dose in doses]


def test_presets_have_unique_keys_and_readable_texts() -> None:
    """Every preset has a key, a name and a source in plain text."""
    assert len({item.key for item in PRESETS}) == len(PRESETS) == 5
    for item in PRESETS:
        assert preset(item.key) is item
        for text in (preset_name(EN, item.key), preset_source(EN, item.key)):
            assert text.strip()
            assert not re.search(r"[<>&{}]", text)


def test_sources_are_clinical_not_the_article() -> None:
    """Each source names what a patient can look up; Maintenance only cites FDA, BNF and CKS."""
    for item in PRESETS:
        assert "article" not in preset_source(EN, item.key).casefold()
    maintenance = preset_source(EN, "maintenance_only")
    assert "US FDA label for cyanocobalamin injection (100 mcg monthly)" in maintenance
    assert "every 4 weeks, counted from your last injection" in maintenance
    assert "1 mg every 2 or 3 months (BNF, NICE Clinical Knowledge Summaries)" in maintenance
    assert "Langan and Goodbred" in preset_source(EN, "common_monthly")


def test_common_monthly_numbers_and_dates() -> None:
    """7 daily doses, 4 weekly from 7 days after the last daily, then every 28 days."""
    phases = preset("common_monthly").build()
    assert phases == (
        Phase(PhaseKind.LOADING, EveryNDays(1), AfterDoses(7), MCG_1000),
        Phase(PhaseKind.TRANSITION, EveryNDays(7), AfterDoses(4), MCG_1000),
        Phase(PhaseKind.MAINTENANCE, EveryNDays(28), OpenEnded(), MCG_1000),
    )
    assert preset("common_monthly").suggested_drug is Drug.CYANOCOBALAMIN
    monday = date(2024, 9, 2)
    dates = dates_from(phases, monday, 13)
    daily = [(0, date(2024, 9, day)) for day in range(2, 9)]
    weekly = [(1, date(2024, 9, 15)), (1, date(2024, 9, 22)), (1, date(2024, 9, 29))]
    weekly.append((1, date(2024, 10, 6)))
    monthly = [(2, date(2024, 11, 3)), (2, date(2024, 12, 1))]
    assert dates == daily + weekly + monthly
    assert all(phase.effective_anchor is Anchor.FROM_LAST_INJECTION for phase in phases)


@pytest.mark.parametrize("months", [2, 3])
def test_uk_hydroxocobalamin_asks_which_interval(months: int) -> None:
    """1 mg Mon/Wed/Fri for 2 weeks, then 1 mg every 2 or 3 months as the patient says."""
    item = preset("uk_hydroxocobalamin")
    assert item.asks_for_months
    phases = item.build(months=months)
    assert phases == (
        Phase(PhaseKind.LOADING, OnWeekdays(frozenset({0, 2, 4})), AfterDuration(14), MG_1),
        Phase(PhaseKind.MAINTENANCE, EveryNMonths(months), OpenEnded(), MG_1),
    )
    dates = dates_from(phases, date(2024, 9, 2), 8)
    loading = [date(2024, 9, day) for day in (2, 4, 6, 9, 11, 13)]
    assert dates[:6] == [(0, day) for day in loading]
    assert dates[6] == (1, date(2024, 9 + months, 13))
    assert phases[0].effective_anchor is Anchor.FROM_PLAN


@pytest.mark.parametrize("months", [None, 1, 4])
def test_uk_hydroxocobalamin_never_defaults_the_interval(months: int | None) -> None:
    """Without a 2 or 3 month answer the preset refuses to guess."""
    with pytest.raises(PresetInputError) as raised:
        preset("uk_hydroxocobalamin").build(months=months)
    assert "2 months or every 3 months" in problem_text(EN, raised.value)


def test_uk_neuro_waits_for_the_clinician() -> None:
    """Alternate days until the switch, then every 2 months; maintenance date unknown until then."""
    phases = preset("uk_hydroxocobalamin_neuro").build()
    assert phases[0].end == OpenEnded(until_no_further_improvement=True)
    assert phases[0].cadence == EveryNDays(2)
    assert phases[1].cadence == EveryNMonths(2)
    context = ScheduleContext.starting_on(LONDON, time(9), date(2024, 9, 2))
    boundaries = phase_boundaries(regimen_of(phases), context)
    assert [boundary.starts_on for boundary in boundaries] == [date(2024, 9, 2), None]
    boundaries = phase_boundaries(regimen_of(phases), context, [], {0: date(2024, 10, 1)})
    assert boundaries[1].starts_on == date(2024, 12, 1)


@settings(max_examples=30, deadline=None)
@given(
    amount=st.decimals(min_value=Decimal("0.1"), max_value=Decimal(5000), places=1),
    unit=st.sampled_from(DoseUnit),
    last=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
)
def test_maintenance_only_uses_the_patient_dose(
    amount: Decimal, unit: DoseUnit, last: date
) -> None:
    """Maintenance only: the patient's dose, every 28 days from the last injection."""
    dose = Dose(amount, unit)
    phases = preset("maintenance_only").build(dose=dose)
    assert phases == (
        Phase(PhaseKind.MAINTENANCE, EveryNDays(28), OpenEnded(), dose, Anchor.FROM_LAST_INJECTION),
    )
    context = ScheduleContext.continuing_after(LONDON, time(9), last)
    (first,) = islice(iter_doses(regimen_of(phases), context), 1)
    assert (first.local_date - last).days == 28
    assert first.dose == dose


def test_maintenance_only_needs_a_dose() -> None:
    """No default amount: the patient must give their dose."""
    with pytest.raises(PresetInputError):
        preset("maintenance_only").build()


def test_custom_has_no_phases_and_inputs_are_checked() -> None:
    """Custom starts empty (not yet a valid regimen); unexpected inputs are refused."""
    assert preset("custom").build() == ()
    with pytest.raises(NoPhasesError):
        regimen_of(preset("custom").build())
    with pytest.raises(ValueError, match="does not take"):
        preset("common_monthly").build(months=2)
    with pytest.raises(ValueError, match="does not take"):
        preset("uk_hydroxocobalamin").build(months=2, dose=MG_1)
