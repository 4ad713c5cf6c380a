"""The reply parser measured on example sets written without seeing it (reply_examples/).

A wrong reading that records a dose (a `done` for a message that is not one) is never allowed:
it would put a dose that was not given into the patient's record. Of the rest, at least 95 %
of each set must be read as labelled; the misses are printed with the failure.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.catalog.vocabulary import reading_order, spoken_languages
from bot.domain.parsing.replies import (
    AskNext,
    AskStatus,
    Done,
    Forgot,
    Help,
    History,
    Intent,
    Late,
    Skip,
    WillDo,
    parse_intent_in,
)

EXAMPLES = Path(__file__).parent / "reply_examples"
TODAY = date(2026, 12, 3)
MIN_READ_AS_LABELLED = 0.95
MIN_EXAMPLES = 40
KINDS: dict[type, str] = {
    Done: "done",
    Late: "late",
    Skip: "skip",
    WillDo: "will_do",
    Forgot: "forgot",
    AskNext: "ask_next",
    AskStatus: "ask_status",
    History: "history",
    Help: "help",
}
LANGUAGES = [language for language in spoken_languages() if (EXAMPLES / f"{language}.tsv").exists()]


def _examples(language: str) -> list[tuple[int, str, str, str]]:
    """(line number, kind, day, message) of each example of a language."""
    rows = []
    text = (EXAMPLES / f"{language}.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, day, message = line.split("\t", 2)
        rows.append((number, kind.strip(), day.strip(), message.strip()))
    return rows


def _reading(intent: Intent) -> tuple[str, str]:
    """The kind of an intent and the day it names ("-" for none, or today: they mean the same)."""
    kind = KINDS.get(type(intent), "unknown")
    day = getattr(intent, "taken_on", None) or getattr(intent, "day", None)
    return kind, _day_label(day.isoformat() if isinstance(day, date) else "-")


def _day_label(day: str) -> str:
    """A day as compared: today is the same as no day (a dose given now is given today)."""
    return "-" if day == TODAY.isoformat() else day


def test_every_spoken_language_has_a_reply_set() -> None:
    """A language the bot speaks is measured here too."""
    assert set(spoken_languages()) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_set_is_large_enough_and_well_formed(language: str) -> None:
    """At least forty examples, labels and days as the README says."""
    examples = _examples(language)
    assert len(examples) >= MIN_EXAMPLES
    assert {kind for _, kind, _, _ in examples} <= {*KINDS.values(), "unknown"}
    for _, kind, day, _ in examples:
        assert day == "-" or (kind in {"done", "will_do", "forgot"} and date.fromisoformat(day))


@pytest.mark.parametrize("language", LANGUAGES)
def test_replies_are_read_as_labelled(language: str) -> None:
    """No false dose; at least 95 % read with the right kind and day."""
    vocabularies = reading_order(language)
    misses, false_doses = [], []
    examples = _examples(language)
    for number, kind, day, message in examples:
        got = _reading(parse_intent_in(message, today=TODAY, vocabularies=vocabularies))
        if got != (kind, _day_label(day)):
            misses.append(f"line {number}: {kind} {day} -> {got[0]} {got[1]}: {message}")
            if got[0] == "done" and kind != "done":
                false_doses.append(misses[-1])
    assert false_doses == []
    assert 1 - len(misses) / len(examples) >= MIN_READ_AS_LABELLED, "\n".join(misses)
