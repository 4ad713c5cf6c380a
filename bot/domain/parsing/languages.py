"""Whether a message reads as written in one of the languages the bot speaks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.domain.parsing.dates import normalise
from bot.domain.parsing.vocabulary import Vocabulary

_WORD = re.compile(r"[^\W\d_]+")


def written_in_any(text: str, vocabularies: Iterable[Vocabulary]) -> bool:
    """True unless the text has words and none is an everyday word of any of the vocabularies."""
    words = set(_WORD.findall(normalise(text)))
    if not words:
        return True
    return any(words & vocabulary.common_words for vocabulary in vocabularies)
