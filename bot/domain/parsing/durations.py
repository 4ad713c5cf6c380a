"""A delay as a patient types it ("2 hours", "90 minutes", "1.5h"), in minutes (pure logic)."""

import re
from functools import cache

from bot.domain.parsing.vocabulary import DurationWords, Vocabulary


@cache
def _duration(words: DurationWords) -> re.Pattern[str]:
    """A number and an optional unit of the vocabulary, compiled once per language."""
    units = "|".join(re.escape(unit) for unit in (*words.hours, *words.minutes))
    return re.compile(
        # ASCII digits, and few of them: float() reads other scripts' digits, and a long number
        # would be infinite minutes.
        rf"^\s*(?P<number>[0-9]{{1,4}}(?:[.,][0-9]{{1,3}})?)\s*(?P<unit>{units})?\s*$",
        re.IGNORECASE,
    )


def parse_minutes(text: str, *, shortest: int, longest: int, vocabulary: Vocabulary) -> int | None:
    """Minutes from "2 hours", "90 minutes", "1.5h" or a bare number of hours; None if unusable."""
    words = vocabulary.durations
    match = _duration(words).match(text)
    if match is None:
        return None
    number = float(match["number"].replace(",", "."))
    unit = match["unit"].lower() if match["unit"] else None
    minutes = round(number) if unit in words.minutes else round(number * 60)
    if not shortest <= minutes <= longest:
        return None
    return minutes


def mentions_weeks(text: str, *, vocabulary: Vocabulary) -> bool:
    """Whether a length is given in weeks ("2 weeks"); the text is already normalised."""
    return any(stem in text for stem in vocabulary.durations.weeks)


def mentions_months(text: str, *, vocabulary: Vocabulary) -> bool:
    """Whether a length is given in months, which a phase's length may not be."""
    return any(stem in text for stem in vocabulary.durations.months)
