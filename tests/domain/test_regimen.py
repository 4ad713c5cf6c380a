"""Doses, phases and the regimen's validation."""

from __future__ import annotations

import re
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.problems import problem_text
from bot.domain import errors
from bot.domain.presets import preset
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
    SwitchRefusal,
    matching_phase,
    switch_refusal,
)
from tests.english import EN

MCG_1000 = Dose(Decimal(1000), DoseUnit.MCG)
THREE_DOSES = AfterDoses(3)

positive_decimals = st.decimals(
    min_value=Decimal("1E-20"), max_value=Decimal("1E+20"), allow_nan=False, allow_infinity=False
)


def phase(
    kind: PhaseKind = PhaseKind.LOADING,
    end: AfterDoses | AfterDuration | OpenEnded = THREE_DOSES,
) -> Phase:
    """Return a simple daily phase of the given kind and end."""
    return Phase(kind, EveryNDays(1), end, MCG_1000)


def regimen(*phases: Phase) -> Regimen:
    """Return a regimen of these phases."""
    return Regimen(phases, Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF)


@settings(max_examples=80, deadline=None)
@given(positive_decimals)
def test_mg_to_mcg_is_exact(amount: Decimal) -> None:
    """1 mg is exactly 1,000 mcg, whatever the digits and the ambient decimal precision."""
    with localcontext() as narrow:
        narrow.prec = 3
        in_mcg = Dose(amount, DoseUnit.MG).in_mcg()
    with localcontext() as wide:
        wide.prec = 1000  # wider than any drawn amount, so the check itself is exact
        assert in_mcg == amount * 1000
        assert in_mcg / 1000 == amount
    assert Dose(amount, DoseUnit.MG).same_amount(Dose(in_mcg, DoseUnit.MCG))
    assert Dose(amount, DoseUnit.MCG).in_mcg() == amount


def test_same_amount_ignores_units_but_equality_does_not() -> None:
    """1 mg and 1,000 mcg are the same amount, yet distinct values."""
    one_mg = Dose(Decimal(1), DoseUnit.MG)
    assert one_mg.same_amount(MCG_1000)
    assert one_mg != MCG_1000
    assert not one_mg.same_amount(Dose(Decimal(999), DoseUnit.MCG))


@pytest.mark.parametrize(
    ("amount", "unit", "shown"),
    [
        ("1000", DoseUnit.MCG, "1,000 mcg"),
        ("1E+3", DoseUnit.MCG, "1,000 mcg"),
        ("1", DoseUnit.MG, "1 mg"),
        ("1.500", DoseUnit.MG, "1.5 mg"),
        ("0.25", DoseUnit.MG, "0.25 mg"),
        ("2500.5", DoseUnit.MCG, "2,500.5 mcg"),
    ],
)
def test_dose_display(amount: str, unit: DoseUnit, shown: str) -> None:
    """Doses render with thousands separators and without trailing zeros or exponents."""
    assert Dose(Decimal(amount), unit).display() == shown


def test_dose_refuses_float() -> None:
    """A float amount is a programming error: floats are never exact."""
    with pytest.raises(TypeError):
        Dose(1.5, DoseUnit.MG)  # type: ignore[arg-type]


@pytest.mark.parametrize(("kind", "expected"), [(PhaseKind.TRANSITION, Anchor.FROM_PLAN)])
def test_weekday_cadence_defaults_to_plan(kind: PhaseKind, expected: Anchor) -> None:
    """Weekday cadences count from the plan; every-N cadences from the last injection."""
    weekdays = Phase(kind, OnWeekdays(frozenset({0})), AfterDoses(1), MCG_1000)
    assert weekdays.effective_anchor is expected
    for cadence in (EveryNDays(7), EveryNMonths(1)):
        assert Phase(kind, cadence, AfterDoses(1), MCG_1000).effective_anchor is (
            Anchor.FROM_LAST_INJECTION
        )
    chosen = Phase(kind, EveryNDays(7), AfterDoses(1), MCG_1000, Anchor.FROM_PLAN)
    assert chosen.effective_anchor is Anchor.FROM_PLAN


INVALID_PLANS = [
    pytest.param(errors.NoPhasesError, regimen, id="no phases"),
    pytest.param(errors.InvalidDoseError, lambda: Dose(Decimal(0), DoseUnit.MG), id="zero dose"),
    pytest.param(errors.InvalidDoseError, lambda: Dose(Decimal(-1), DoseUnit.MCG), id="negative"),
    pytest.param(errors.InvalidDoseError, lambda: Dose(Decimal("NaN"), DoseUnit.MG), id="nan"),
    pytest.param(
        errors.InvalidDoseError, lambda: Dose(Decimal("Infinity"), DoseUnit.MG), id="infinite"
    ),
    pytest.param(
        errors.InvalidDoseError, lambda: Dose(Decimal("1E+999999"), DoseUnit.MG), id="absurd"
    ),
    pytest.param(errors.InvalidIntervalError, lambda: EveryNDays(0), id="zero days"),
    pytest.param(errors.InvalidIntervalError, lambda: EveryNMonths(0), id="zero months"),
    pytest.param(errors.InvalidIntervalError, lambda: EveryNDays(10**7), id="huge interval"),
    pytest.param(errors.InvalidWeekdaysError, lambda: OnWeekdays(frozenset()), id="no weekday"),
    pytest.param(errors.InvalidWeekdaysError, lambda: OnWeekdays(frozenset({7})), id="weekday 7"),
    pytest.param(errors.InvalidEndError, lambda: AfterDoses(-1), id="negative count"),
    pytest.param(errors.InvalidEndError, lambda: AfterDuration(-3), id="negative duration"),
    pytest.param(errors.InvalidEndError, lambda: AfterDuration(10**7), id="huge duration"),
    pytest.param(errors.EmptyPhaseError, lambda: phase(end=AfterDoses(0)), id="loading 0 doses"),
    pytest.param(errors.EmptyPhaseError, lambda: phase(end=AfterDuration(0)), id="loading 0 days"),
    pytest.param(
        errors.EmptyPhaseError,
        lambda: phase(PhaseKind.TRANSITION, AfterDoses(0)),
        id="transition 0 doses",
    ),
    pytest.param(
        errors.OpenEndedNotLastError,
        lambda: regimen(phase(end=OpenEnded()), phase(PhaseKind.MAINTENANCE)),
        id="open-ended then more",
    ),
    pytest.param(
        errors.MaintenanceNotLastError,
        lambda: regimen(phase(PhaseKind.MAINTENANCE), phase(PhaseKind.MAINTENANCE)),
        id="maintenance twice",
    ),
    pytest.param(
        errors.PhaseOrderError,
        lambda: regimen(phase(PhaseKind.TRANSITION), phase(PhaseKind.LOADING)),
        id="transition then loading",
    ),
]


@pytest.mark.parametrize(("error", "build"), INVALID_PLANS)
def test_invalid_plans_raise_readable_typed_errors(error: type[Exception], build: object) -> None:
    """Every invalid plan raises its own RegimenError with a plain, patient-readable message."""
    assert callable(build)
    with pytest.raises(error) as raised:
        build()
    assert isinstance(raised.value, errors.RegimenError)
    assert isinstance(raised.value, ValueError)
    message = problem_text(EN, raised.value)
    assert message.strip()
    assert message[0].isupper()
    assert message.endswith((".", "?"))
    assert "Error" not in message
    assert not re.search(r"[<>&{}_]", message)


def test_every_error_type_is_covered() -> None:
    """The invalid-plan table exercises every RegimenError subclass except preset input."""
    raised = {param.values[0] for param in INVALID_PLANS}
    subclasses = set(errors.RegimenError.__subclasses__()) - {errors.PresetInputError}
    assert subclasses <= raised


def test_positional_errors_name_the_phase() -> None:
    """Regimen-level errors name the phase by its 1-based position and keep its index."""
    with pytest.raises(errors.PhaseOrderError) as raised:
        regimen(phase(), phase(PhaseKind.TRANSITION), phase(PhaseKind.LOADING))
    assert raised.value.phase_index == 2
    assert problem_text(EN, raised.value).startswith(
        "Phase 3 (loading) cannot come after a transition phase."
    )


def test_until_no_further_improvement_may_be_followed() -> None:
    """An open-ended phase waiting for the clinician's switch may have a next phase."""
    plan = regimen(
        phase(end=OpenEnded(until_no_further_improvement=True)),
        phase(PhaseKind.MAINTENANCE, OpenEnded()),
    )
    assert len(plan.phases) == 2


def test_kinds_may_be_omitted_or_repeated_in_order() -> None:
    """Loading may go straight to maintenance, and a kind may repeat (two transition steps)."""
    regimen(phase(), phase(PhaseKind.MAINTENANCE, OpenEnded()))
    regimen(phase(PhaseKind.TRANSITION), phase(PhaseKind.TRANSITION))
    regimen(phase(PhaseKind.MAINTENANCE, OpenEnded()))


def test_a_new_plan_carries_on_the_phase_of_the_same_kind() -> None:
    """Same position and kind first, else the first phase of that kind, else none."""

    def plan(key: str) -> Regimen:
        """A preset's plan."""
        return Regimen(
            preset(key).build(dose=MCG_1000 if key == "maintenance_only" else None),
            Drug.OTHER,
            Route.IM,
            Giver.SELF,
        )

    monthly, neuro, only = (
        plan("common_monthly"),
        plan("uk_hydroxocobalamin_neuro"),
        plan("maintenance_only"),
    )
    assert matching_phase(monthly, 0, monthly) == 0
    assert matching_phase(monthly, 2, neuro) == 1
    assert matching_phase(monthly, 2, only) == 0
    assert matching_phase(monthly, 1, neuro) is None
    assert matching_phase(monthly, 0, only) is None


def test_switch_refusals_say_why() -> None:
    """A planned end, the last phase, or a switch already recorded; else the switch is fine."""
    neuro = Regimen(preset("uk_hydroxocobalamin_neuro").build(), Drug.OTHER, Route.IM, Giver.SELF)
    monthly = Regimen(preset("common_monthly").build(), Drug.OTHER, Route.IM, Giver.SELF)
    assert switch_refusal(neuro, 0, switched=False) is None
    assert switch_refusal(neuro, 0, switched=True) is SwitchRefusal.ALREADY_SWITCHED
    assert switch_refusal(neuro, 1, switched=False) is SwitchRefusal.LAST_PHASE
    assert switch_refusal(monthly, 0, switched=False) is SwitchRefusal.PLANNED_END
