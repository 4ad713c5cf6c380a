"""The red-flag detector measured on example sets of messages written as patients write.

Every `*.tsv` in red_flag_examples/ is one set: `<level>\t<message>` per line, `#` comments.
development.tsv is what the detector was developed against; independent.tsv, when present, was
written without seeing the detector. A set named by a language code ("es.tsv",
"es_independent.tsv") is in that language and read with its words; the others are English.
A red flag counts as caught when the detected level is the expected one or more urgent; a
false alarm is an ordinary message that raised a level. The figures per file and level are
printed in the terminal summary (tests/domain/conftest.py).
"""

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.catalog.vocabulary import spoken_languages, vocabulary_for
from bot.domain.red_flags import (
    LEVEL_ORDER,
    Level,
    RedFlagVocabulary,
    find_red_flags,
    highest_level,
)

EXAMPLES = Path(__file__).parent / "red_flag_examples"
FILES = sorted(EXAMPLES.glob("*.tsv"))
NONE = "none"
MIN_RECALL = 0.95
MAX_FALSE_ALARMS = 0.03


@dataclass(frozen=True)
class Example:
    """One message and the level it should raise ("none" for an ordinary message)."""

    line: int
    expected: str
    message: str


@dataclass
class Figures:
    """What the detector did on one example set."""

    examples: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    false_alarms: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[Example, str]] = field(default_factory=list)

    def recall(self, level: str) -> float:
        """Share of the level's red flags caught at that level or a more urgent one."""
        return self.caught[level] / self.examples[level] if self.examples[level] else 1.0

    def false_alarm_rate(self, level: str) -> float:
        """Share of ordinary messages that raised this level."""
        return self.false_alarms[level] / self.examples[NONE] if self.examples[NONE] else 0.0


def read_examples(path: Path) -> list[Example]:
    """The examples of one file (blank lines and `#` comments skipped)."""
    examples = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        expected, _, message = raw.partition("\t")
        examples.append(Example(number, expected.strip(), message.strip()))
    return examples


def language_of(path: Path) -> str:
    """The language of a set: the code its name starts with ("es_independent"), else English."""
    code = path.stem.split("_", 1)[0]
    return code if code in spoken_languages() else "en"


def evaluate(examples: list[Example], words: RedFlagVocabulary) -> Figures:
    """Run the detector on every example and count what it caught and raised."""
    figures = Figures()
    for example in examples:
        level = highest_level(find_red_flags(example.message, vocabulary=words))
        got = level.value if level else NONE
        figures.examples[example.expected] += 1
        if example.expected == NONE:
            if level is not None:
                figures.false_alarms[got] += 1
                figures.misses.append((example, got))
        elif level is not None and LEVEL_ORDER.index(level) <= LEVEL_ORDER.index(
            Level(example.expected)
        ):
            figures.caught[example.expected] += 1
        else:
            figures.misses.append((example, got))
    return figures


def report(name: str, figures: Figures) -> list[str]:
    """The lines that describe one file's figures and misses."""
    flags = sum(figures.examples[level.value] for level in Level)
    caught = sum(figures.caught[level.value] for level in Level)
    alarms = sum(figures.false_alarms.values())
    lines = [
        f"{name}: {flags} red flags, {figures.examples[NONE]} ordinary messages; recall "
        f"{caught / max(flags, 1):.1%}, false alarms {alarms / max(figures.examples[NONE], 1):.1%}"
    ]
    for level in Level:
        lines.append(
            f"  {level.value:<15} recall {figures.recall(level.value):6.1%} "
            f"({figures.caught[level.value]}/{figures.examples[level.value]})   false alarms "
            f"{figures.false_alarm_rate(level.value):5.1%} ({figures.false_alarms[level.value]})"
        )
    for example, got in figures.misses:
        lines.append(f"  line {example.line}: {example.expected} -> {got}: {example.message}")
    return lines


@pytest.mark.parametrize("language", spoken_languages())
def test_every_language_has_an_independent_set(language: str) -> None:
    """At least forty examples of each level written without seeing that language's detector."""
    name = "independent.tsv" if language == "en" else f"{language}_independent.tsv"
    counts = Counter(example.expected for example in read_examples(EXAMPLES / name))
    assert all(counts[label] >= 40 for label in (NONE, *(level.value for level in Level)))


def test_there_is_a_development_set_of_the_agreed_size() -> None:
    """At least 300 examples: 150 red flags across the three levels and 150 ordinary ones."""
    examples = read_examples(EXAMPLES / "development.tsv")
    counts = Counter(example.expected for example in examples)
    assert len(examples) >= 300
    assert counts[NONE] >= 150
    assert sum(counts[level.value] for level in Level) >= 150
    assert all(counts[level.value] >= 40 for level in Level)


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_every_line_has_a_known_level_and_a_message(path: Path) -> None:
    """A typo in a level would silently drop an example from the figures."""
    known = {NONE, *(level.value for level in Level)}
    bad = [e for e in read_examples(path) if e.expected not in known or not e.message]
    assert bad == []


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_recall_and_false_alarms_per_level(path: Path, red_flag_report: list[str]) -> None:
    """Recall at least 95 % and false alarms at most 3 % for each level, in every set."""
    figures = evaluate(read_examples(path), vocabulary_for(language_of(path)).red_flags)
    red_flag_report.extend(report(path.name, figures))
    for level in Level:
        assert figures.recall(level.value) >= MIN_RECALL, report(path.name, figures)
        assert figures.false_alarm_rate(level.value) <= MAX_FALSE_ALARMS, report(path.name, figures)
