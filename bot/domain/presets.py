"""Labelled starting points for common prescriptions; the patient confirms or edits every number.

Every number below comes from the design's preset table; nothing is defaulted that the
prescription must state (the UK maintenance interval, the maintenance-only dose).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from bot.domain.errors import PresetInputError
from bot.domain.problems import Problem
from bot.domain.regimen import (
    AfterDoses,
    AfterDuration,
    Anchor,
    Dose,
    DoseUnit,
    Drug,
    EveryNDays,
    EveryNMonths,
    OnWeekdays,
    OpenEnded,
    Phase,
    PhaseKind,
)

UK_MAINTENANCE_MONTHS = (2, 3)
MONDAY, WEDNESDAY, FRIDAY = 0, 2, 4


@dataclass(frozen=True)
class PresetInputs:
    """The answers a preset may need from the patient."""

    months: int | None = None
    dose: Dose | None = None


@dataclass(frozen=True)
class Preset:
    """A starting point, named by its key (its words are in the catalog); ``build`` gives phases."""

    key: str
    suggested_drug: Drug | None
    asks_for_months: bool
    asks_for_dose: bool
    _builder: Callable[[PresetInputs], tuple[Phase, ...]]

    def build(self, *, months: int | None = None, dose: Dose | None = None) -> tuple[Phase, ...]:
        """Return the preset's phases, refusing answers it does not ask for."""
        if (months is not None and not self.asks_for_months) or (
            dose is not None and not self.asks_for_dose
        ):
            raise ValueError(f"preset {self.key!r} does not take that input")
        return self._builder(PresetInputs(months=months, dose=dose))


def _milligram() -> Dose:
    """Return 1 mg."""
    return Dose(Decimal(1), DoseUnit.MG)


def _common_monthly(_: PresetInputs) -> tuple[Phase, ...]:
    """1,000 mcg daily for 7 doses, weekly for 4 doses, then every 28 days."""
    dose = Dose(Decimal(1000), DoseUnit.MCG)
    return (
        Phase(PhaseKind.LOADING, EveryNDays(1), AfterDoses(7), dose),
        Phase(PhaseKind.TRANSITION, EveryNDays(7), AfterDoses(4), dose),
        Phase(PhaseKind.MAINTENANCE, EveryNDays(28), OpenEnded(), dose),
    )


def _uk_hydroxocobalamin(inputs: PresetInputs) -> tuple[Phase, ...]:
    """1 mg Mon/Wed/Fri for 14 days, then 1 mg every 2 or 3 months as prescribed."""
    if inputs.months not in UK_MAINTENANCE_MONTHS:
        raise PresetInputError(Problem.PRESET_NEEDS_MONTHS)
    return (
        Phase(
            PhaseKind.LOADING,
            OnWeekdays(frozenset({MONDAY, WEDNESDAY, FRIDAY})),
            AfterDuration(14),
            _milligram(),
        ),
        Phase(PhaseKind.MAINTENANCE, EveryNMonths(inputs.months), OpenEnded(), _milligram()),
    )


def _uk_hydroxocobalamin_neuro(_: PresetInputs) -> tuple[Phase, ...]:
    """1 mg on alternate days until no further improvement, then 1 mg every 2 months."""
    return (
        Phase(
            PhaseKind.LOADING,
            EveryNDays(2),
            OpenEnded(until_no_further_improvement=True),
            _milligram(),
        ),
        Phase(PhaseKind.MAINTENANCE, EveryNMonths(2), OpenEnded(), _milligram()),
    )


def _maintenance_only(inputs: PresetInputs) -> tuple[Phase, ...]:
    """The patient's own dose every 28 days, counted from the last injection."""
    if inputs.dose is None:
        raise PresetInputError(Problem.PRESET_NEEDS_DOSE)
    return (
        Phase(
            PhaseKind.MAINTENANCE,
            EveryNDays(28),
            OpenEnded(),
            inputs.dose,
            Anchor.FROM_LAST_INJECTION,
        ),
    )


def _custom(_: PresetInputs) -> tuple[Phase, ...]:
    """No phases: the patient enters them."""
    return ()


PRESETS: tuple[Preset, ...] = (
    Preset(
        "common_monthly",
        Drug.CYANOCOBALAMIN,
        asks_for_months=False,
        asks_for_dose=False,
        _builder=_common_monthly,
    ),
    Preset(
        "uk_hydroxocobalamin",
        Drug.HYDROXOCOBALAMIN,
        asks_for_months=True,
        asks_for_dose=False,
        _builder=_uk_hydroxocobalamin,
    ),
    Preset(
        "uk_hydroxocobalamin_neuro",
        Drug.HYDROXOCOBALAMIN,
        asks_for_months=False,
        asks_for_dose=False,
        _builder=_uk_hydroxocobalamin_neuro,
    ),
    Preset(
        "maintenance_only",
        None,
        asks_for_months=False,
        asks_for_dose=True,
        _builder=_maintenance_only,
    ),
    Preset(
        "custom",
        None,
        asks_for_months=False,
        asks_for_dose=False,
        _builder=_custom,
    ),
)

PRESETS_BY_KEY: dict[str, Preset] = {preset.key: preset for preset in PRESETS}


def preset(key: str) -> Preset:
    """Return the preset with this key, or raise KeyError."""
    return PRESETS_BY_KEY[key]
