"""The lab plan: default tests with their sources, result parsing and trends (pure logic)."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache

from dateutil.relativedelta import relativedelta

from bot.domain.parsing.dates import normalise, number_value
from bot.domain.parsing.vocabulary import Vocabulary
from bot.domain.problems import Problem
from bot.domain.regimen import PhaseKind


class LabTest(StrEnum):
    """The lab tests the bot knows (keys of the catalog's `lab-test-names`)."""

    RETICULOCYTES = "reticulocytes"
    FULL_BLOOD_COUNT = "full_blood_count"
    TREATMENT_REVIEW = "treatment_review"
    B12 = "b12"
    MMA = "mma"
    FOLATE = "folate"
    FERRITIN = "ferritin"
    POTASSIUM = "potassium"


# Offered to a patient starting treatment (they check its first weeks); every other test only
# when the patient says their clinician ordered it.
DEFAULT_TESTS = (LabTest.RETICULOCYTES, LabTest.FULL_BLOOD_COUNT, LabTest.TREATMENT_REVIEW)
CLINICIAN_TESTS = (LabTest.B12, LabTest.MMA, LabTest.FOLATE, LabTest.FERRITIN, LabTest.POTASSIUM)


@dataclass(frozen=True)
class SuggestedLab:
    """A default test placed relative to the first injection (the catalog says when and why:
    `lab-timing` and `lab-source` of the test)."""

    test: LabTest
    due_on: date


def default_lab_plan(start: date) -> list[SuggestedLab]:
    """The default tests for a regimen whose first injection is on `start`."""
    return [
        SuggestedLab(LabTest.RETICULOCYTES, start + timedelta(days=7)),
        SuggestedLab(LabTest.FULL_BLOOD_COUNT, start + timedelta(weeks=8)),
        SuggestedLab(LabTest.TREATMENT_REVIEW, start + relativedelta(months=3)),
    ]


def treatment_start(
    first_phase: PhaseKind, *, first_dose_on: date | None, first_injection_on: date | None
) -> date | None:
    """The day treatment started, for a patient whose first plan began with loading.

    None for a patient already on treatment when they set the plan up (it began with
    maintenance, or counts on from an injection before it): the start-of-treatment checks
    do not fit them. `first_injection_on`: the plan's first injection, when known.
    """
    if first_phase is not PhaseKind.LOADING or first_dose_on is None:
        return None
    return first_injection_on or first_dose_on


def start_of_treatment_labs(
    start: date | None, *, today: date, already: Collection[str]
) -> list[SuggestedLab]:
    """The default checks still ahead, leaving out tests already planned or done."""
    if start is None:
        return []
    return [
        item for item in default_lab_plan(start) if item.due_on > today and item.test not in already
    ]


# --- Results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRule:
    """One accepted unit of a test: its spelling, its factor to the test's base unit, its range."""

    unit: str
    to_base: Decimal
    lowest: Decimal
    highest: Decimal
    family: str = "base"


@dataclass(frozen=True)
class ResultRule:
    """A test's units and an example result (the names it is written with are in LabWords)."""

    units: tuple[UnitRule, ...]
    example: str


def _rule(unit: str, to_base: str, lowest: str, highest: str, family: str = "base") -> UnitRule:
    """A unit rule from short literals."""
    return UnitRule(unit, Decimal(to_base), Decimal(lowest), Decimal(highest), family)


RESULT_RULES: dict[LabTest, ResultRule] = {
    LabTest.FULL_BLOOD_COUNT: ResultRule(
        (_rule("g/dL", "1", "2", "25"), _rule("g/L", "0.1", "20", "250")),
        "Hb 11.2 g/dL",
    ),
    LabTest.B12: ResultRule(
        (
            _rule("ng/L", "1", "10", "10000"),
            _rule("pg/mL", "1", "10", "10000"),
            _rule("pmol/L", "1.355", "7", "7500"),
        ),
        "B12 350 ng/L",
    ),
    LabTest.RETICULOCYTES: ResultRule(
        (_rule("%", "1", "0", "40", "percent"), _rule("10^9/L", "1", "1", "1500", "count")),
        "retic 2.5 %",
    ),
    LabTest.MMA: ResultRule(
        (_rule("umol/L", "1000", "0.01", "500"), _rule("nmol/L", "1", "10", "500000")),
        "MMA 0.3 umol/L",
    ),
    LabTest.FOLATE: ResultRule(
        (
            _rule("ug/L", "1", "0.1", "100"),
            _rule("ng/mL", "1", "0.1", "100"),
            _rule("nmol/L", "0.4413", "0.2", "230"),
        ),
        "folate 6.5 ug/L",
    ),
    LabTest.FERRITIN: ResultRule(
        (_rule("ug/L", "1", "1", "20000"), _rule("ng/mL", "1", "1", "20000")),
        "ferritin 45 ug/L",
    ),
    LabTest.POTASSIUM: ResultRule(
        (_rule("mmol/L", "1", "1", "10"), _rule("mEq/L", "1", "1", "10")),
        "potassium 4.1 mmol/L",
    ),
}

_RESULT = re.compile(
    r"^(?:(?P<name>[^\W\d_][^\W_]*\+?(?:[\s-]+[^\W\d_][^\W_]*\+?)*)(?:\s*[:=]\s*|\s+))?"
    r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>.*)$"
)


@dataclass(frozen=True)
class LabResult:
    """A result as the patient gave it, validated: the test, the value and its unit."""

    test: LabTest
    value: Decimal
    unit: str


@dataclass(frozen=True)
class ResultError:
    """A result that cannot be used: why, as a problem code and its values, and whose example
    result the answer shows (`example_of`, None for a general one; none at all without
    `shows_example`)."""

    code: Problem
    values: Mapping[str, str | int] = field(default_factory=dict)
    example_of: LabTest | None = None
    shows_example: bool = True
    # The units the test is given in, when the words name them ("g/dL or g/L").
    units: tuple[str, ...] = ()


def example_result(test: LabTest | None) -> str | None:
    """An example of a result line for a test; None when it has none (take a general one)."""
    rule = RESULT_RULES.get(test) if test else None
    return rule.example if rule else None


def parse_result(
    text: str, *, vocabulary: Vocabulary, expected: LabTest | None = None
) -> LabResult | ResultError:
    """Read "Hb 11.2 g/dL" or "B12 350 ng/L"; with `expected`, the name may be left out."""
    match = _RESULT.match(normalise(text).replace("µ", "u").replace("μ", "u"))
    if match is None:
        return ResultError(Problem.LAB_RESULT_UNRECOGNISED, example_of=expected)
    name = (match["name"] or "").strip()
    test = _test_named(name, vocabulary) if name else expected
    if test is None:
        return ResultError(Problem.LAB_RESULT_UNKNOWN_TEST, example_of=expected)
    if expected is not None and test is not expected:
        return ResultError(Problem.LAB_RESULT_OTHER_TEST, example_of=expected)
    rule = RESULT_RULES.get(test)
    if rule is None:
        return ResultError(Problem.LAB_RESULT_NO_VALUE, {"test": test.value}, shows_example=False)
    return _checked(test, rule, match["value"], _unit_in_latin(match["unit"], vocabulary))


def _checked(
    test: LabTest, rule: ResultRule, value_text: str, unit_text: str
) -> LabResult | ResultError:
    """The value and unit checked against the test's units and plausible range."""
    try:
        value = Decimal(value_text.replace(",", "."))
    except InvalidOperation:
        return ResultError(Problem.LAB_RESULT_UNRECOGNISED, example_of=test)
    units = tuple(unit.unit for unit in rule.units)
    if not unit_text.strip():
        return ResultError(Problem.LAB_RESULT_NEEDS_UNIT, example_of=test, units=units)
    unit = _unit_rule(rule, unit_text)
    if unit is None:
        return ResultError(Problem.LAB_RESULT_WRONG_UNIT, example_of=test, units=units)
    if not unit.lowest <= value <= unit.highest:
        return ResultError(Problem.LAB_RESULT_OUT_OF_RANGE, {"unit": unit.unit}, example_of=test)
    return LabResult(test, value, unit.unit)


def _test_named(name: str, vocabulary: Vocabulary) -> LabTest | None:
    """The test a name or abbreviation stands for."""
    for test in RESULT_RULES:
        if name in vocabulary.labs.test_names.get(test.value, ()):
            return test
    return None


def _unit_in_latin(unit: str, vocabulary: Vocabulary) -> str:
    """A unit written in the language's own letters ("пг/мл") in the Latin symbols ("pg/ml")."""
    symbols = vocabulary.labs.unit_symbols
    if not symbols:
        return unit
    parts = re.split(r"([^\W\d_]+)", normalise(unit))
    return "".join(symbols.get(part, part) for part in parts)


def _unit_key(unit: str) -> str:
    """A unit folded for comparison: "x10^9/L", "10e9/l" and "10^9/l" read alike."""
    folded = normalise(unit).replace(" ", "").replace("mcg", "ug").replace("\u03bc", "u")
    folded = folded.removeprefix("x").removeprefix("\u00d7").replace("10e9", "10^9")
    # NFKC turns a superscript 9 into a plain one: "10⁹/L" arrives as "109/l".
    return "10^9/l" if folded == "109/l" else folded


def _unit_rule(rule: ResultRule, unit_text: str) -> UnitRule | None:
    """The accepted unit the patient wrote, if any."""
    key = _unit_key(unit_text)
    return next((unit for unit in rule.units if _unit_key(unit.unit) == key), None)


# --- Trend ---------------------------------------------------------------------------------


class Trend(StrEnum):
    """How a result compares with the previous one of the same test."""

    UP = "up"
    DOWN = "down"
    SAME = "same"


def trend(test: LabTest, current: LabResult, previous: LabResult) -> Trend | None:
    """Up, down or the same as the previous result; None when the units cannot be compared."""
    rule = RESULT_RULES.get(test)
    if rule is None:
        return None
    now_unit = _unit_rule(rule, current.unit)
    then_unit = _unit_rule(rule, previous.unit)
    if now_unit is None or then_unit is None or now_unit.family != then_unit.family:
        return None
    now_value = current.value * now_unit.to_base
    then_value = previous.value * then_unit.to_base
    # Within 1 % is the same result written with a different unit or rounding.
    if abs(now_value - then_value) <= abs(then_value) / 100:
        return Trend.SAME
    return Trend.UP if now_value > then_value else Trend.DOWN


# --- When a test is due --------------------------------------------------------------------


@cache
def _relative_due(vocabulary: Vocabulary) -> re.Pattern[str]:
    """The "N weeks after start" pattern of a vocabulary, compiled once."""
    return re.compile(vocabulary.labs.relative_due)


@dataclass(frozen=True)
class RelativeDue:
    """A test placed some time after the start or after a phase begins."""

    anchor: str
    offset: relativedelta


def parse_relative_due(text: str, *, vocabulary: Vocabulary) -> RelativeDue | None:
    """Read "8 weeks after start" or "2 weeks after maintenance"; None when it is not that."""
    match = _relative_due(vocabulary).match(normalise(text).strip(" .!"))
    if match is None:
        return None
    count = number_value(match["count"], vocabulary=vocabulary)
    if count is None or count > 104:
        return None
    words = vocabulary.labs
    offset = {
        "day": relativedelta(days=count),
        "week": relativedelta(weeks=count),
        "month": relativedelta(months=count),
    }[words.units[match["unit"]]]
    return RelativeDue(words.anchors[match["anchor"]], offset)
