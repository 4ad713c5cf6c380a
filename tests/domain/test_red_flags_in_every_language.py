"""Each translated red-flag vocabulary against its development set (red_flag_examples/<code>.tsv).

The set is written with the vocabulary, so every line is checked: a red flag at its level or
a more urgent one, an ordinary message with none. The held-out sets, measured against
thresholds instead, are in test_red_flag_examples.py.
"""

import pytest

from bot.catalog.vocabulary import spoken_languages, vocabulary_for
from bot.domain.red_flags import LEVEL_ORDER, Level, find_red_flags, highest_level, signs_of_level
from tests.domain.test_red_flag_examples import EXAMPLES, NONE, Example, read_examples

TRANSLATED = [language for language in spoken_languages() if language != "en"]
ENGLISH_FLAGS = vocabulary_for("en").red_flags
DEVELOPMENT = [
    (language, example)
    for language in TRANSLATED
    for example in read_examples(EXAMPLES / f"{language}.tsv")
]


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_set_has_forty_examples_per_level(language: str) -> None:
    """At least 40 examples for each level and 40 ordinary messages, and no unknown label."""
    levels = [example.expected for example in read_examples(EXAMPLES / f"{language}.tsv")]
    labels = {NONE, *(level.value for level in Level)}
    assert set(levels) <= labels
    for label in labels:
        assert levels.count(label) >= 40, label


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_signs_and_levels_are_the_english_ones(language: str) -> None:
    """A translated vocabulary has every English sign, at the same level, and no other."""
    for level in Level:
        translated = signs_of_level(level, vocabulary=vocabulary_for(language).red_flags)
        english = signs_of_level(level, vocabulary=ENGLISH_FLAGS)
        assert {sign.key for sign in translated} == {sign.key for sign in english}, level


@pytest.mark.parametrize(
    ("language", "example"),
    DEVELOPMENT,
    ids=[f"{language}-line-{example.line}" for language, example in DEVELOPMENT],
)
def test_every_example_gets_its_level(language: str, example: Example) -> None:
    """A red flag at its level or more urgent; an ordinary message raises none."""
    found = find_red_flags(example.message, vocabulary=vocabulary_for(language).red_flags)
    level = highest_level(found)
    if example.expected == NONE:
        assert level is None, example.message
    else:
        assert level is not None, example.message
        expected = LEVEL_ORDER.index(Level(example.expected))
        assert LEVEL_ORDER.index(level) <= expected, f"{example.message}: {level}"
