"""The Russian red-flag vocabulary on its example set (red_flag_examples/ru.tsv).

Every red flag must get its level (or a more urgent one) and no ordinary message may raise one:
the Russian set is small and written by the vocabulary's author, so it is held to all of it.
"""

from pathlib import Path

import pytest

from bot.catalog.vocabulary.english_red_flags import VOCABULARY as ENGLISH_RED_FLAGS
from bot.catalog.vocabulary.russian import RUSSIAN
from bot.catalog.vocabulary.russian_red_flags import VOCABULARY
from bot.domain.red_flags import LEVEL_ORDER, Level, find_red_flags, highest_level, signs_of_level
from tests.domain.test_red_flag_examples import Example, read_examples

EXAMPLES = read_examples(Path(__file__).parent / "red_flag_examples" / "ru.tsv")
NONE = "none"


def _level_of(message: str) -> str:
    """The level the Russian vocabulary raises for a message ("none" for none)."""
    level = highest_level(find_red_flags(message, vocabulary=VOCABULARY))
    return level.value if level else NONE


def test_the_set_has_forty_examples_per_level() -> None:
    """At least 40 messages for each level and 40 ordinary ones."""
    for level in (NONE, *(level.value for level in Level)):
        assert sum(example.expected == level for example in EXAMPLES) >= 40, level


def test_the_vocabulary_is_the_one_russian_reads_with() -> None:
    """RUSSIAN hands these red flags to the detector, with the English signs and levels."""
    assert RUSSIAN.red_flags is VOCABULARY
    for level in Level:
        russian = {sign.key for sign in signs_of_level(level, vocabulary=VOCABULARY)}
        english = {sign.key for sign in signs_of_level(level, vocabulary=ENGLISH_RED_FLAGS)}
        assert russian == english, level


@pytest.mark.parametrize(
    "example",
    [example for example in EXAMPLES if example.expected != NONE],
    ids=lambda example: f"line {example.line}",
)
def test_every_red_flag_gets_its_level(example: Example) -> None:
    """The expected level or a more urgent one."""
    got = _level_of(example.message)
    assert got != NONE, example.message
    assert LEVEL_ORDER.index(Level(got)) <= LEVEL_ORDER.index(Level(example.expected)), (
        f"{example.message}: {got}"
    )


@pytest.mark.parametrize(
    "example",
    [example for example in EXAMPLES if example.expected == NONE],
    ids=lambda example: f"line {example.line}",
)
def test_no_ordinary_message_raises_an_alarm(example: Example) -> None:
    """Negations, other people, the injection site, figures of speech, the past: no alarm."""
    assert _level_of(example.message) == NONE, example.message
