"""The lab plan: default tests with their sources, result parsing and trends (pure logic)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from bot.catalog import texts
from bot.domain.parsing.dates import normalise, number_value
from bot.domain.regimen import PhaseKind


class LabTest(StrEnum):
    """The lab tests the bot knows (keys of texts.LAB_TEST_NAMES)."""

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
    """A default test placed relative to the first injection, with where the timing comes from."""

    test: LabTest
    due_on: date
    timing: str
    source: str


def default_lab_plan(start: date) -> list[SuggestedLab]:
    """The default tests for a regimen whose first injection is on `start`."""
    return [
        SuggestedLab(
            LabTest.RETICULOCYTES,
            start + timedelta(days=7),
            texts.LAB_TIMING_RETICULOCYTES,
            texts.LAB_SOURCE_RETICULOCYTES,
        ),
        SuggestedLab(
            LabTest.FULL_BLOOD_COUNT,
            start + timedelta(weeks=8),
            texts.LAB_TIMING_FULL_BLOOD_COUNT,
            texts.LAB_SOURCE_FULL_BLOOD_COUNT,
        ),
        SuggestedLab(
            LabTest.TREATMENT_REVIEW,
            start + relativedelta(months=3),
            texts.LAB_TIMING_TREATMENT_REVIEW,
            texts.LAB_SOURCE_TREATMENT_REVIEW,
        ),
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
    """The names a test is written with, its units and an example result."""

    names: tuple[str, ...]
    units: tuple[UnitRule, ...]
    example: str


def _rule(unit: str, to_base: str, lowest: str, highest: str, family: str = "base") -> UnitRule:
    """A unit rule from short literals."""
    return UnitRule(unit, Decimal(to_base), Decimal(lowest), Decimal(highest), family)


RESULT_RULES: dict[LabTest, ResultRule] = {
    LabTest.FULL_BLOOD_COUNT: ResultRule(
        ("hb", "hgb", "haemoglobin", "hemoglobin", "fbc", "full blood count"),
        (_rule("g/dL", "1", "2", "25"), _rule("g/L", "0.1", "20", "250")),
        "Hb 11.2 g/dL",
    ),
    LabTest.B12: ResultRule(
        ("b12", "vitamin b12", "vit b12", "cobalamin"),
        (
            _rule("ng/L", "1", "10", "10000"),
            _rule("pg/mL", "1", "10", "10000"),
            _rule("pmol/L", "1.355", "7", "7500"),
        ),
        "B12 350 ng/L",
    ),
    LabTest.RETICULOCYTES: ResultRule(
        ("retic", "retics", "reticulocytes", "reticulocyte", "reticulocyte count"),
        (_rule("%", "1", "0", "40", "percent"), _rule("10^9/L", "1", "1", "1500", "count")),
        "retic 2.5 %",
    ),
    LabTest.MMA: ResultRule(
        ("mma", "methylmalonic acid"),
        (_rule("umol/L", "1000", "0.01", "500"), _rule("nmol/L", "1", "10", "500000")),
        "MMA 0.3 umol/L",
    ),
    LabTest.FOLATE: ResultRule(
        ("folate", "folic acid", "serum folate"),
        (
            _rule("ug/L", "1", "0.1", "100"),
            _rule("ng/mL", "1", "0.1", "100"),
            _rule("nmol/L", "0.4413", "0.2", "230"),
        ),
        "folate 6.5 ug/L",
    ),
    LabTest.FERRITIN: ResultRule(
        ("ferritin",),
        (_rule("ug/L", "1", "1", "20000"), _rule("ng/mL", "1", "1", "20000")),
        "ferritin 45 ug/L",
    ),
    LabTest.POTASSIUM: ResultRule(
        ("k", "potassium", "k+"),
        (_rule("mmol/L", "1", "1", "10"), _rule("mEq/L", "1", "1", "10")),
        "potassium 4.1 mmol/L",
    ),
}

_RESULT = re.compile(
    r"^(?:(?P<name>[a-z][a-z0-9+]*(?:\s+[a-z][a-z0-9+]*)*)(?:\s*[:=]\s*|\s+))?"
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
    """A result that cannot be used, with a message that shows an example."""

    message: str


def example_result(test: LabTest | None) -> str:
    """An example of a result line for a test (or a general one)."""
    rule = RESULT_RULES.get(test) if test else None
    return rule.example if rule else texts.LAB_RESULT_GENERAL_EXAMPLE


def parse_result(text: str, *, expected: LabTest | None = None) -> LabResult | ResultError:
    """Read "Hb 11.2 g/dL" or "B12 350 ng/L"; with `expected`, the name may be left out."""
    match = _RESULT.match(normalise(text).replace("µ", "u").replace("μ", "u"))
    if match is None:
        return _error(texts.LAB_RESULT_UNRECOGNISED, expected)
    name = (match["name"] or "").strip()
    test = _test_named(name) if name else expected
    if test is None:
        return _error(texts.LAB_RESULT_UNKNOWN_TEST, expected)
    if expected is not None and test is not expected:
        return _error(texts.LAB_RESULT_OTHER_TEST, expected)
    rule = RESULT_RULES.get(test)
    if rule is None:
        return ResultError(texts.LAB_RESULT_NO_VALUE.format(test=texts.LAB_TEST_NAMES[test]))
    return _checked(test, rule, match["value"], match["unit"])


def _checked(
    test: LabTest, rule: ResultRule, value_text: str, unit_text: str
) -> LabResult | ResultError:
    """The value and unit checked against the test's units and plausible range."""
    try:
        value = Decimal(value_text.replace(",", "."))
    except InvalidOperation:
        return _error(texts.LAB_RESULT_UNRECOGNISED, test)
    units = " or ".join(unit.unit for unit in rule.units)
    if not unit_text.strip():
        return _error(texts.LAB_RESULT_NEEDS_UNIT.format(units=units), test)
    unit = _unit_rule(rule, unit_text)
    if unit is None:
        return _error(texts.LAB_RESULT_WRONG_UNIT.format(units=units), test)
    if not unit.lowest <= value <= unit.highest:
        return _error(texts.LAB_RESULT_OUT_OF_RANGE.format(unit=unit.unit), test)
    return LabResult(test, value, unit.unit)


def _error(message: str, test: LabTest | None) -> ResultError:
    """A result error whose message ends with an example for the test."""
    return ResultError(f"{message} {texts.LAB_RESULT_EXAMPLE.format(example=example_result(test))}")


def _test_named(name: str) -> LabTest | None:
    """The test a name or abbreviation stands for."""
    for test, rule in RESULT_RULES.items():
        if name in rule.names:
            return test
    return None


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

_RELATIVE = re.compile(
    r"^(?P<count>\w+) (?P<unit>day|days|week|weeks|month|months) after (?:the |my )?"
    r"(?P<anchor>start|first injection|loading|transition|maintenance)(?: phase)?"
    r"(?: starts| began| begins)?$"
)


@dataclass(frozen=True)
class RelativeDue:
    """A test placed some time after the start or after a phase begins."""

    anchor: str
    offset: relativedelta


def parse_relative_due(text: str) -> RelativeDue | None:
    """Read "8 weeks after start" or "2 weeks after maintenance"; None when it is not that."""
    match = _RELATIVE.match(normalise(text).strip(" .!"))
    if match is None:
        return None
    count = number_value(match["count"])
    if count is None or count > 104:
        return None
    unit = match["unit"].rstrip("s")
    offset = {
        "day": relativedelta(days=count),
        "week": relativedelta(weeks=count),
        "month": relativedelta(months=count),
    }[unit]
    anchor = "start" if match["anchor"] in ("start", "first injection") else match["anchor"]
    return RelativeDue(anchor, offset)
