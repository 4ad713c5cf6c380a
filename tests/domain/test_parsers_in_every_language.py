"""The parsers' properties, held in every language the bot speaks (issue 15).

What the English parser promises (never raises, an error shows an example, what is written can
be read back) must hold for each vocabulary, with its catalog's sentences.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.catalog import catalog_for
from bot.catalog.problems import problem_text
from bot.catalog.vocabulary import spoken_languages, vocabulary_for
from bot.domain.parsing.dates import (
    DateParseError,
    TimeParseError,
    TimeZoneParseError,
    parse_date,
    parse_time,
    parse_time_zone,
)
from bot.domain.parsing.replies import IntentError, parse_dose, parse_intent
from bot.domain.problems import Problem
from bot.domain.red_flags import find_red_flags, highest_level

LANGUAGES = spoken_languages()
TODAY = date(2027, 1, 2)
FAST = settings(max_examples=60, deadline=None)
todays = st.dates(min_value=date(2001, 1, 1), max_value=date(2090, 12, 31))
# How each catalog introduces the example that follows a problem.
EXAMPLE_MARKERS = {
    "en": ("for example", "e.g."),
    "es": ("ejemplo",),
    "de": ("beispiel",),
    "ru": ("пример",),
}
EXAMPLES = Path(__file__).parent / "red_flag_examples"


def _shows_an_example(language: str, message: str) -> bool:
    """Whether a problem text in the language shows an example of what works."""
    return any(marker in message.casefold() for marker in EXAMPLE_MARKERS[language])


def _red_flag_examples(language: str) -> list[tuple[str, str]]:
    """(level, message) of the language's development set (English: development.tsv)."""
    name = "development.tsv" if language == "en" else f"{language}.tsv"
    lines = (EXAMPLES / name).read_text(encoding="utf-8").splitlines()
    rows = [line.partition("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [(level.strip(), message.strip()) for level, _, message in rows]


def test_every_spoken_language_has_its_example_marker() -> None:
    """A new language must say how its problems introduce their examples."""
    assert set(LANGUAGES) <= set(EXAMPLE_MARKERS)


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(text=st.text(max_size=40), today=todays)
def test_a_date_never_raises_and_its_error_shows_an_example(
    language: str, text: str, today: date
) -> None:
    """Any text is a date or a problem the patient's catalog explains with an example."""
    answer = parse_date(text, today=today, vocabulary=vocabulary_for(language))
    if isinstance(answer, DateParseError):
        assert _shows_an_example(language, problem_text(catalog_for(language), answer))


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(text=st.text(max_size=20))
def test_a_time_never_raises_and_its_error_shows_an_example(language: str, text: str) -> None:
    """Any text is a wall time or a problem explained with an example."""
    answer = parse_time(text, vocabulary=vocabulary_for(language))
    if isinstance(answer, TimeParseError):
        assert _shows_an_example(language, problem_text(catalog_for(language), answer))


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(text=st.text(max_size=30))
def test_a_zone_never_raises_and_its_error_shows_an_example(language: str, text: str) -> None:
    """Any text is a zone, a choice of zones, or a problem explained with an example."""
    answer = parse_time_zone(text, vocabulary=vocabulary_for(language))
    if isinstance(answer, TimeZoneParseError) and answer.code != Problem.ZONE_EMPTY:
        assert _shows_an_example(language, problem_text(catalog_for(language), answer))


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(text=st.text(max_size=60), today=todays)
def test_replies_doses_and_red_flags_never_raise(language: str, text: str, today: date) -> None:
    """A reply, a dose and the red-flag screen read any text without raising."""
    vocabulary = vocabulary_for(language)
    intent = parse_intent(text, today=today, vocabulary=vocabulary)
    if isinstance(intent, IntentError):
        assert _shows_an_example(language, problem_text(catalog_for(language), intent))
    parse_dose(text, vocabulary=vocabulary)
    find_red_flags(text, vocabulary=vocabulary.red_flags)


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(today=todays, offset=st.integers(min_value=0, max_value=300))
def test_a_day_the_catalog_writes_is_read_back(language: str, today: date, offset: int) -> None:
    """ "lun 7 dic", "Mo., 7. Dez.", "пн, 7 дек.": what the bot writes, the patient may copy."""
    day = today + timedelta(days=offset)
    written = catalog_for(language).day(day)
    assert parse_date(written, today=today, vocabulary=vocabulary_for(language)) == day


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(today=todays, data=st.data())
def test_an_iso_date_is_read_in_every_language(
    language: str, today: date, data: st.DataObject
) -> None:
    """2026-03-12 is the same day whatever the patient's language."""
    value = data.draw(st.dates(min_value=date(2000, 1, 1), max_value=date(today.year + 2, 12, 31)))
    assert parse_date(value.isoformat(), today=today, vocabulary=vocabulary_for(language)) == value


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(value=st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_a_24_hour_time_is_read_in_every_language(language: str, value: time) -> None:
    """19:30 and 07:05 are read in every language (the clock every catalog writes)."""
    vocabulary = vocabulary_for(language)
    assert parse_time(value.strftime("%H:%M"), vocabulary=vocabulary) == value
    assert (
        parse_time(
            catalog_for(language).clock(datetime.combine(TODAY, value)), vocabulary=vocabulary
        )
        == value
    )


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(data=st.data())
def test_case_and_spaces_do_not_change_a_red_flag(language: str, data: st.DataObject) -> None:
    """An example keeps its level in capitals, in lower case and with doubled spaces."""
    vocabulary = vocabulary_for(language).red_flags
    level, message = data.draw(st.sampled_from(_red_flag_examples(language)))
    expected = highest_level(find_red_flags(message, vocabulary=vocabulary))
    for variant in (message.upper(), message.lower(), message.replace(" ", "  ")):
        assert highest_level(find_red_flags(variant, vocabulary=vocabulary)) == expected, (
            level,
            variant,
        )
