"""A typed dose is never read a thousand-fold wrong, whichever mark the language decimals with."""

from decimal import Decimal

import pytest

from bot.catalog.vocabulary import spoken_languages, vocabulary_for
from bot.domain.parsing.replies import DoseParseError, parse_dose
from bot.domain.problems import Problem
from bot.domain.regimen import DoseUnit

DECIMAL_COMMA = [code for code in spoken_languages() if vocabulary_for(code).amounts.decimal_comma]


def test_the_languages_that_write_decimals_with_a_comma_say_so() -> None:
    """Spanish, German and Russian write "1,5 mg"; English does not."""
    assert set(DECIMAL_COMMA) == set(spoken_languages()) - {"en"}


@pytest.mark.parametrize("language", DECIMAL_COMMA)
@pytest.mark.parametrize("typed", ["1,000 mcg", "1.000 mcg", "2,500 mcg"])
def test_a_three_digit_group_is_asked_back_where_the_comma_is_decimal(
    language: str, typed: str
) -> None:
    """ "1,000" is one there and a thousand in English: the patient is asked to write 1000."""
    answer = parse_dose(typed, vocabulary=vocabulary_for(language))
    assert answer == DoseParseError(Problem.DOSE_AMBIGUOUS_SEPARATOR)


@pytest.mark.parametrize("language", DECIMAL_COMMA)
def test_a_decimal_comma_is_read(language: str) -> None:
    """ "1,5 mg" is one and a half; "1000 mcg" a thousand."""
    vocabulary = vocabulary_for(language)
    assert parse_dose("1,5 mg", vocabulary=vocabulary) == (Decimal("1.5"), DoseUnit.MG)
    assert parse_dose("1000 mcg", vocabulary=vocabulary) == (Decimal(1000), DoseUnit.MCG)


def test_english_keeps_its_thousands_comma() -> None:
    """In English "1,000 mcg" is a thousand."""
    assert parse_dose("1,000 mcg", vocabulary=vocabulary_for("en")) == (
        Decimal(1000),
        DoseUnit.MCG,
    )


@pytest.mark.parametrize("language", spoken_languages())
@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
@pytest.mark.parametrize(
    ("typed", "amount"), [("1{}000 mcg", 1000), ("2{}500mcg", 2500), ("10{}000 mcg", 10_000)]
)
def test_a_space_between_thousands_is_read_in_every_language(
    language: str, space: str, typed: str, amount: int
) -> None:
    """A space, no-break space or narrow no-break space never marks decimals: "1 000" is 1000."""
    answer = parse_dose(typed.format(space), vocabulary=vocabulary_for(language))
    assert answer == (Decimal(amount), DoseUnit.MCG)


@pytest.mark.parametrize("language", spoken_languages())
@pytest.mark.parametrize("typed", ["1 00 mcg", "1 0000 mcg", "0 500 mcg", "1 5 mg"])
def test_a_space_that_groups_no_thousands_is_not_read(language: str, typed: str) -> None:
    """Only groups of three after the space are thousands: "1 5 mg" is not 15 mg."""
    answer = parse_dose(typed, vocabulary=vocabulary_for(language))
    assert answer == DoseParseError(Problem.DOSE_UNRECOGNISED)


def test_russian_micrograms_with_a_space_between_thousands() -> None:
    """ "1 000 мкг", as Russian writes a thousand micrograms."""
    assert parse_dose("1\u00a0000 мкг", vocabulary=vocabulary_for("ru")) == (
        Decimal(1000),
        DoseUnit.MCG,
    )
