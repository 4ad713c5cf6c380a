"""The Spanish red-flag vocabulary against its example set (red_flag_examples/es.tsv).

Every example must get its level (or a more urgent one for a red flag) and no ordinary message
may raise one: the set is small and written with the vocabulary, so each line is checked.
"""

from pathlib import Path

import pytest

from bot.catalog.vocabulary.english_red_flags import VOCABULARY as ENGLISH_FLAGS
from bot.catalog.vocabulary.spanish_red_flags import VOCABULARY
from bot.domain.red_flags import LEVEL_ORDER, Level, Sign, find_red_flags, highest_level

EXAMPLES = Path(__file__).parent / "red_flag_examples" / "es.tsv"
NONE = "none"
MIN_EXAMPLES_PER_LEVEL = 40


def _examples() -> list[tuple[str, str]]:
    """(level, message) of each example line; comments and blank lines skipped."""
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    rows = [line.partition("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [(level.strip(), message.strip()) for level, _, message in rows]


def _level_of(message: str) -> str:
    """The most urgent level the Spanish detector raises, or "none"."""
    level = highest_level(find_red_flags(message, vocabulary=VOCABULARY))
    return level.value if level else NONE


def _caught(expected: str, got: str) -> bool:
    """A red flag counts as caught at its level or a more urgent one; none must stay none."""
    if expected == NONE or got == NONE:
        return expected == got
    return LEVEL_ORDER.index(Level(got)) <= LEVEL_ORDER.index(Level(expected))


@pytest.mark.parametrize(("expected", "message"), _examples())
def test_every_spanish_example_gets_its_level(expected: str, message: str) -> None:
    """Each example raises its level (or a more urgent one), and ordinary ones raise none."""
    got = _level_of(message)
    assert _caught(expected, got), f"{message!r}: expected {expected}, got {got}"


def test_the_spanish_set_has_every_level() -> None:
    """At least forty examples of each level, and no unknown label."""
    levels = [level for level, _ in _examples()]
    labels = {NONE, *(level.value for level in Level)}
    assert set(levels) <= labels
    for label in labels:
        assert levels.count(label) >= MIN_EXAMPLES_PER_LEVEL, label


def test_every_spanish_sign_has_the_english_key_and_level() -> None:
    """The Spanish vocabulary has the same signs, at the same levels, as the English one."""

    def keys(signs: tuple[Sign, ...]) -> set[tuple[str, Level]]:
        return {(sign.key, sign.level) for sign in signs}

    assert keys(VOCABULARY.signs) == keys(ENGLISH_FLAGS.signs)
