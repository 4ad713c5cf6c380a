"""The German red-flag phrases on the German example set (red_flag_examples/de.tsv).

Every red flag must be caught at its level or a more urgent one, and no ordinary message may
raise any level. The example set is read as the English sets are (same format).
"""

from pathlib import Path

import pytest

from bot.catalog.vocabulary.german import GERMAN
from bot.catalog.vocabulary.german_red_flags import VOCABULARY
from bot.domain.red_flags import LEVEL_ORDER, Level, find_red_flags, highest_level

EXAMPLES = Path(__file__).parent / "red_flag_examples" / "de.tsv"
NONE = "none"


def _examples() -> list[tuple[int, str, str]]:
    """(line, expected level, message) of every example in the German set."""
    found = []
    for number, raw in enumerate(EXAMPLES.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        expected, _, message = raw.partition("\t")
        found.append((number, expected.strip(), message.strip()))
    return found


EXAMPLES_DE = _examples()


def test_the_german_vocabulary_uses_the_german_red_flags() -> None:
    """GERMAN hands the German phrase lists to the detector, not the English ones."""
    assert GERMAN.red_flags is VOCABULARY


def test_there_are_forty_examples_per_level() -> None:
    """At least 40 examples for each level and 40 ordinary messages."""
    levels = [expected for _line, expected, _message in EXAMPLES_DE]
    for level in (*(level.value for level in Level), NONE):
        assert levels.count(level) >= 40, level


@pytest.mark.parametrize(
    ("line", "expected", "message"), EXAMPLES_DE, ids=[str(e[0]) for e in EXAMPLES_DE]
)
def test_every_german_example_gets_its_level(line: int, expected: str, message: str) -> None:
    """A red flag at its level or more urgent; an ordinary message with none."""
    level = highest_level(find_red_flags(message, vocabulary=VOCABULARY))
    if expected == NONE:
        assert level is None, f"line {line}: {message}"
    else:
        assert level is not None, f"line {line}: {message}"
        assert LEVEL_ORDER.index(level) <= LEVEL_ORDER.index(Level(expected)), f"line {line}"
