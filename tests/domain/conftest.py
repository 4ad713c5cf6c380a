"""Domain test hooks: the red-flag example figures, printed at the end of a normal run."""

from collections.abc import Iterator

import pytest

from bot.catalog.vocabulary import vocabulary_for
from bot.domain.parsing.vocabulary import Vocabulary

# The words the domain tests read: the English vocabulary, as every patient has today.
ENGLISH: Vocabulary = vocabulary_for("en")

# Lines the example-set evaluation (tests/domain/test_red_flag_examples.py) leaves for the
# summary: recall and false alarms per file and level, and what was missed. They travel as the
# test's user properties, so the summary shows them when the tests run in worker processes too.
RED_FLAG_PROPERTY = "red-flag-example-line"


@pytest.fixture
def red_flag_report(request: pytest.FixtureRequest) -> Iterator[list[str]]:
    """Where a test leaves lines for the red-flag summary."""
    lines: list[str] = []
    yield lines
    request.node.user_properties.extend((RED_FLAG_PROPERTY, line) for line in lines)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Show the red-flag figures when the evaluation ran."""
    lines = [
        value
        for reports in terminalreporter.stats.values()
        for report in reports
        if getattr(report, "when", None) == "teardown"
        for name, value in getattr(report, "user_properties", ())
        if name == RED_FLAG_PROPERTY
    ]
    if lines:
        terminalreporter.write_sep("-", "red-flag examples")
        for line in lines:
            terminalreporter.write_line(line)
