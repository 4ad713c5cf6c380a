"""The words for the domain's problem codes: a code and its values become the patient's sentence."""

from collections.abc import Callable

from babel.dates import get_month_names
from babel.lists import format_list

from bot.catalog.catalog import Catalog, TextValue
from bot.domain.labs import LabTest, ResultError, example_result
from bot.domain.problems import Explained, Problem

ValueWords = Callable[[Catalog, str | int], TextValue]
"""How one raw value of a problem (a month number, a test key) is put in words."""


def _month_name(catalog: Catalog, month: str | int) -> TextValue:
    """A month's full name, January being 1."""
    return str(get_month_names("wide", locale=catalog.locale)[int(month)])


def _test_name(catalog: Catalog, test: str | int) -> TextValue:
    """A lab test's name."""
    return catalog.word("lab-test-names", str(test))


# The values the domain gives raw (a number, a key) that the words need in the patient's language.
_WORDED: dict[Problem, dict[str, ValueWords]] = {
    Problem.DATE_NO_SUCH_DAY: {"month": _month_name},
    Problem.LAB_RESULT_NO_VALUE: {"test": _test_name},
}


def problem_text(catalog: Catalog, problem: Explained) -> str:
    """The patient-readable sentence for a problem code filled with its values."""
    worded = _WORDED.get(problem.code, {})
    values = {
        name: worded[name](catalog, value) if name in worded else value
        for name, value in problem.values.items()
    }
    if isinstance(problem, ResultError) and problem.units:
        values["units"] = format_list(list(problem.units), style="or", locale=catalog.locale)
    text = catalog.text(problem.code.value, **values)
    if isinstance(problem, ResultError) and problem.shows_example:
        example = catalog.text(
            "lab-result-example", example=lab_example(catalog, problem.example_of)
        )
        return f"{text} {example}"
    return text


def lab_example(catalog: Catalog, test: LabTest | None) -> str:
    """An example result line for a test, or a general one when it has none."""
    return example_result(test) or catalog.text("lab-result-general-example")
