"""The plan in words, without Telegram: every cadence and end, and doses named only on change."""

from decimal import Decimal

import pytest

from bot.catalog.plan_words import (
    describe_cadence,
    describe_end,
    describe_phase,
    describe_regimen,
    join_words,
    phase_lines,
)
from bot.domain.presets import preset
from bot.domain.regimen import (
    AfterDoses,
    AfterDuration,
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
from tests.english import EN

MCG_1000 = Dose(Decimal(1000), DoseUnit.MCG)


@pytest.mark.parametrize(
    ("cadence", "words"),
    [
        (EveryNDays(1), "every day"),
        (EveryNDays(2), "every other day"),
        (EveryNDays(3), "every 3 days"),
        (EveryNDays(7), "every week"),
        (EveryNDays(14), "every 2 weeks"),
        (EveryNDays(28), "every 4 weeks"),
        (EveryNMonths(1), "every month"),
        (EveryNMonths(3), "every 3 months"),
        (OnWeekdays(frozenset({4, 0, 2})), "every Mon, Wed and Fri"),
        (OnWeekdays(frozenset({6})), "every Sun"),
    ],
)
def test_cadences(cadence: Cadence, words: str) -> None:
    """Each cadence reads the way people say it."""
    assert describe_cadence(EN, cadence) == words


@pytest.mark.parametrize(
    ("end", "kind", "words"),
    [
        (AfterDoses(1), PhaseKind.LOADING, "for 1 injection"),
        (AfterDoses(7), PhaseKind.LOADING, "for 7 injections"),
        (AfterDuration(1), PhaseKind.LOADING, "for 1 day"),
        (AfterDuration(10), PhaseKind.LOADING, "for 10 days"),
        (AfterDuration(7), PhaseKind.LOADING, "for 1 week"),
        (AfterDuration(14), PhaseKind.TRANSITION, "for 2 weeks"),
        (OpenEnded(True), PhaseKind.LOADING, "until your clinician sees no further improvement"),
        (OpenEnded(), PhaseKind.LOADING, "with no set end"),
        (OpenEnded(), PhaseKind.MAINTENANCE, ""),
    ],
)
def test_ends(end: End, kind: PhaseKind, words: str) -> None:
    """Each end reads plainly; ongoing maintenance needs no words of its own."""
    assert describe_end(EN, end, kind) == words


def test_phase_with_and_without_dose_and_kind_mark() -> None:
    """The dose leads; maintenance is marked unless the caller names the kind itself."""
    phase = Phase(PhaseKind.MAINTENANCE, EveryNDays(28), AfterDoses(6), MCG_1000)
    assert describe_phase(EN, phase) == "1,000 mcg every 4 weeks for 6 injections (maintenance)"
    assert (
        describe_phase(EN, phase, with_dose=False) == "every 4 weeks for 6 injections (maintenance)"
    )
    assert describe_phase(EN, phase, mark_kind=False) == "1,000 mcg every 4 weeks for 6 injections"


def test_common_monthly_in_one_sentence() -> None:
    """The issue's example, word for word."""
    plan = Regimen(preset("common_monthly").build(), Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF)
    assert describe_regimen(EN, plan) == (
        "1,000 mcg every day for 7 injections, then every week for 4 injections, "
        "then every 4 weeks (maintenance)"
    )


def test_a_changed_dose_is_named_again() -> None:
    """Only a dose that differs from the previous phase's is repeated (1 mg is not 1,000 mcg)."""
    phases = (
        Phase(PhaseKind.LOADING, EveryNDays(2), OpenEnded(True), MCG_1000),
        Phase(PhaseKind.MAINTENANCE, EveryNMonths(2), OpenEnded(), Dose(Decimal(1), DoseUnit.MG)),
    )
    plan = Regimen(phases, Drug.HYDROXOCOBALAMIN, Route.IM, Giver.CLINIC)
    assert describe_regimen(EN, plan) == (
        "1,000 mcg every other day until your clinician sees no further improvement, "
        "then 1 mg every 2 months (maintenance)"
    )
    assert phase_lines(EN, phases).splitlines() == [
        "1. Loading: 1,000 mcg every other day until your clinician sees no further improvement",
        "2. Maintenance: 1 mg every 2 months",
    ]


def test_join_words() -> None:
    """Lists read as English."""
    assert join_words(EN, []) == ""
    assert join_words(EN, ["Mon"]) == "Mon"
    assert join_words(EN, ["Mon", "Fri"]) == "Mon and Fri"
