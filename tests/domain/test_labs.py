"""Lab results, trends, relative dates and the default plan (pure domain)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from bot.catalog.problems import problem_text
from bot.domain.labs import (
    DEFAULT_TESTS,
    LabResult,
    LabTest,
    ResultError,
    Trend,
    default_lab_plan,
    parse_relative_due,
    parse_result,
    start_of_treatment_labs,
    treatment_start,
    trend,
)
from bot.domain.problems import Problem
from bot.domain.regimen import PhaseKind
from tests.domain.conftest import ENGLISH
from tests.english import EN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hb 11.2 g/dL", LabResult(LabTest.FULL_BLOOD_COUNT, Decimal("11.2"), "g/dL")),
        ("haemoglobin: 112 g/l", LabResult(LabTest.FULL_BLOOD_COUNT, Decimal(112), "g/L")),
        ("B12 350 ng/L", LabResult(LabTest.B12, Decimal(350), "ng/L")),
        ("b12 250 pmol/l", LabResult(LabTest.B12, Decimal(250), "pmol/L")),
        ("MMA 0,3 µmol/L", LabResult(LabTest.MMA, Decimal("0.3"), "umol/L")),
        ("retic 80 x10^9/L", LabResult(LabTest.RETICULOCYTES, Decimal(80), "10^9/L")),
        ("ferritin 45 mcg/L", LabResult(LabTest.FERRITIN, Decimal(45), "ug/L")),
        ("K 4.1 mmol/L", LabResult(LabTest.POTASSIUM, Decimal("4.1"), "mmol/L")),
    ],
)
def test_results_are_read_with_their_unit(text: str, expected: LabResult) -> None:
    """Names, abbreviations and unit spellings as lab reports write them."""
    assert parse_result(text, vocabulary=ENGLISH) == expected


@pytest.mark.parametrize(
    ("text", "expected", "code", "fragment"),
    [
        ("", None, Problem.LAB_RESULT_UNRECOGNISED, "could not read"),
        ("B12 quite low", None, Problem.LAB_RESULT_UNRECOGNISED, "could not read"),
        ("zinc 12 umol/L", None, Problem.LAB_RESULT_UNKNOWN_TEST, "don't know that test"),
        ("Hb 11.2", None, Problem.LAB_RESULT_NEEDS_UNIT, "add the unit"),
        ("Hb 11.2 mg", None, Problem.LAB_RESULT_WRONG_UNIT, "g/dL or g/L"),
        ("Hb 112 g/dL", None, Problem.LAB_RESULT_OUT_OF_RANGE, "looks unlikely"),
        ("B12 350 ng/L", LabTest.FULL_BLOOD_COUNT, Problem.LAB_RESULT_OTHER_TEST, "different test"),
    ],
)
def test_bad_results_are_refused_with_an_example(
    text: str, expected: LabTest | None, code: Problem, fragment: str
) -> None:
    """Every refusal says what is wrong and shows an example."""
    answer = parse_result(text, expected=expected, vocabulary=ENGLISH)
    assert isinstance(answer, ResultError)
    assert answer.code is code
    words = problem_text(EN, answer)
    assert fragment in words
    assert "For example: <i>" in words


def test_a_refusal_without_a_test_shows_the_general_example() -> None:
    """Not even a test name: the example is a full blood count."""
    answer = parse_result("quite low", vocabulary=ENGLISH)
    assert isinstance(answer, ResultError)
    assert problem_text(EN, answer) == (
        "I could not read that as a result. For example: <i>Hb 11.2 g/dL</i>."
    )


def test_a_test_without_a_value_names_the_test_and_shows_no_example() -> None:
    """A treatment review has no number to record."""
    answer = parse_result("3", expected=LabTest.TREATMENT_REVIEW, vocabulary=ENGLISH)
    assert answer == ResultError(
        Problem.LAB_RESULT_NO_VALUE, {"test": "treatment_review"}, shows_example=False
    )
    assert problem_text(EN, answer) == "A treatment review has no value to record."


def test_the_name_may_be_left_out_when_the_test_is_known() -> None:
    """Answering the question for a known test: "350 ng/L" is enough."""
    assert parse_result("350 ng/L", expected=LabTest.B12, vocabulary=ENGLISH) == LabResult(
        LabTest.B12, Decimal(350), "ng/L"
    )


def test_trend_converts_units_and_refuses_incomparable_ones() -> None:
    """g/L against g/dL compares; a percentage against a count does not."""
    hb = LabTest.FULL_BLOOD_COUNT
    now = LabResult(hb, Decimal(112), "g/L")
    assert trend(hb, now, LabResult(hb, Decimal("9.8"), "g/dL")) is Trend.UP
    assert trend(hb, now, LabResult(hb, Decimal("11.2"), "g/dL")) is Trend.SAME
    assert trend(hb, now, LabResult(hb, Decimal("12.5"), "g/dL")) is Trend.DOWN
    retic = LabTest.RETICULOCYTES
    percent = LabResult(retic, Decimal(2), "%")
    assert trend(retic, percent, LabResult(retic, Decimal(80), "10^9/L")) is None


def test_default_plan_counts_from_the_first_injection() -> None:
    """Reticulocytes at day 7, full blood count at 8 weeks, review at 3 months; each sourced."""
    plan = default_lab_plan(date(2026, 11, 30))
    assert [(item.test, item.due_on) for item in plan] == [
        (LabTest.RETICULOCYTES, date(2026, 12, 7)),
        (LabTest.FULL_BLOOD_COUNT, date(2027, 1, 25)),
        (LabTest.TREATMENT_REVIEW, date(2027, 2, 28)),
    ]
    assert all(EN.one_of("lab-source", item.test) for item in plan)
    assert all(EN.one_of("lab-timing", item.test) for item in plan)


@pytest.mark.parametrize(
    ("text", "anchor", "offset"),
    [
        ("8 weeks after start", "start", relativedelta(weeks=8)),
        ("two weeks after maintenance starts", "maintenance", relativedelta(weeks=2)),
        ("3 months after my first injection", "start", relativedelta(months=3)),
    ],
)
def test_relative_dates(text: str, anchor: str, offset: relativedelta) -> None:
    """A time after the start or after a phase begins."""
    relative = parse_relative_due(text, vocabulary=ENGLISH)
    assert relative is not None
    assert (relative.anchor, relative.offset) == (anchor, offset)


def test_a_plain_date_is_not_relative() -> None:
    """Dates are left to the date parser."""
    assert parse_relative_due("12 March", vocabulary=ENGLISH) is None


# --- Who the start-of-treatment checks are for ------------------------------------------------


@pytest.mark.parametrize(
    ("first_phase", "first_dose_on", "expected"),
    [
        (PhaseKind.LOADING, date(2026, 11, 25), date(2026, 11, 25)),
        # Maintenance from the start, or counting on from an injection before the plan:
        # already on treatment, so the checks of its first weeks do not fit.
        (PhaseKind.MAINTENANCE, date(2026, 11, 25), None),
        (PhaseKind.LOADING, None, None),
    ],
)
def test_only_a_plan_that_starts_treatment_has_a_start(
    first_phase: PhaseKind, first_dose_on: date | None, expected: date | None
) -> None:
    """A start only for a first plan that begins with loading from a first injection."""
    start = treatment_start(first_phase, first_dose_on=first_dose_on, first_injection_on=None)
    assert start == expected


@given(
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)),
    days_on=st.integers(min_value=-30, max_value=200),
    already=st.sets(st.sampled_from(list(DEFAULT_TESTS))),
)
def test_start_of_treatment_labs_are_ahead_and_not_yet_planned(
    start: date, days_on: int, already: set[LabTest]
) -> None:
    """Never a test already planned or done, never one already past; none without a start."""
    today = start + timedelta(days=days_on)
    offered = start_of_treatment_labs(start, today=today, already=already)
    assert all(item.due_on > today and item.test not in already for item in offered)
    expected = {item.test for item in default_lab_plan(start) if item.due_on > today} - already
    assert {item.test for item in offered} == expected
    assert start_of_treatment_labs(None, today=today, already=already) == []
