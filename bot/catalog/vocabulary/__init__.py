"""The words the parsers recognise, per language (English only for now)."""

from functools import cache

from bot.catalog.languages import DEFAULT_LANGUAGE
from bot.catalog.vocabulary.english import ENGLISH
from bot.domain.parsing.vocabulary import Vocabulary

_VOCABULARIES = {ENGLISH.language: ENGLISH}


@cache
def vocabulary_for(language: str) -> Vocabulary:
    """The vocabulary of a language; the default language's for a language that has none."""
    return _VOCABULARIES.get(language) or _VOCABULARIES[DEFAULT_LANGUAGE]
