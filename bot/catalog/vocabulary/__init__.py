"""The words the parsers recognise, per language, and which languages the bot speaks.

A language is spoken when it has both a catalog to write in and a vocabulary to read with.
"""

from functools import cache

from bot.catalog.catalog import available_languages
from bot.catalog.languages import DEFAULT_LANGUAGE
from bot.catalog.vocabulary.english import ENGLISH
from bot.catalog.vocabulary.german import GERMAN
from bot.catalog.vocabulary.russian import RUSSIAN
from bot.catalog.vocabulary.spanish import SPANISH
from bot.domain.parsing.vocabulary import Vocabulary

_VOCABULARIES = {
    vocabulary.language: vocabulary for vocabulary in (ENGLISH, GERMAN, RUSSIAN, SPANISH)
}


@cache
def vocabulary_for(language: str) -> Vocabulary:
    """The vocabulary of a language; the default language's for a language that has none."""
    return _VOCABULARIES.get(language) or _VOCABULARIES[DEFAULT_LANGUAGE]


@cache
def spoken_languages() -> tuple[str, ...]:
    """The languages the bot speaks, the default first."""
    spoken = [language for language in available_languages() if language in _VOCABULARIES]
    return (DEFAULT_LANGUAGE, *sorted(set(spoken) - {DEFAULT_LANGUAGE}))


def spoken_language(language_code: str | None) -> str:
    """The spoken language of Telegram's `language_code` ("es-419" is Spanish), else the default."""
    if not language_code:
        return DEFAULT_LANGUAGE
    base = language_code.replace("_", "-").split("-", 1)[0].strip().lower()
    return base if base in spoken_languages() else DEFAULT_LANGUAGE


@cache
def reading_order(language: str) -> tuple[Vocabulary, ...]:
    """The vocabularies a message is read with: the patient's language first, then English."""
    first = vocabulary_for(language)
    fallback = _VOCABULARIES[DEFAULT_LANGUAGE]
    return (first,) if first is fallback else (first, fallback)
