"""Domain test hooks: the red-flag example figures, printed at the end of a normal run."""

import pytest

from bot.catalog.vocabulary import vocabulary_for
from bot.domain.parsing.vocabulary import Vocabulary

# The words the domain tests read: the English vocabulary, as every patient has today.
ENGLISH: Vocabulary = vocabulary_for("en")

# Lines the example-set evaluation (tests/domain/test_red_flag_examples.py) leaves for the
# summary: recall and false alarms per file and level, and what was missed.
RED_FLAG_REPORT = pytest.StashKey[list[str]]()


@pytest.fixture
def red_flag_report(request: pytest.FixtureRequest) -> list[str]:
    """Where a test leaves lines for the red-flag summary."""
    return request.config.stash.setdefault(RED_FLAG_REPORT, [])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Show the red-flag figures when the evaluation ran."""
    lines = terminalreporter.config.stash.get(RED_FLAG_REPORT, [])
    if lines:
        terminalreporter.write_sep("-", "red-flag examples")
        for line in lines:
            terminalreporter.write_line(line)
