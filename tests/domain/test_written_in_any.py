"""Whether a message reads as one of the spoken languages (issue 15, mixed and wrong input)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.catalog.vocabulary import spoken_languages, vocabulary_for
from bot.domain.parsing.languages import written_in_any
from bot.domain.parsing.vocabulary import Vocabulary

SPOKEN = [vocabulary_for(language) for language in spoken_languages()]


@pytest.mark.parametrize(
    "text",
    [
        "I don't know",
        "what is this",
        "Ich weiß es nicht",
        "No sé qué hacer",
        "Я не знаю",
        "12:30",
        "",
        "🙂",
    ],
)
def test_spoken_or_wordless_messages(text: str) -> None:
    """A message with an everyday word of a spoken language, or with no words at all."""
    assert written_in_any(text, SPOKEN)


@pytest.mark.parametrize(
    "text", ["Je ne sais pas", "Non capisco", "Eu não sei", "我不知道", "لا أعرف", "Nie wiem"]
)
def test_messages_in_other_languages(text: str) -> None:
    """French, Italian, Portuguese, Chinese, Arabic, Polish: no everyday word of a spoken one."""
    assert not written_in_any(text, SPOKEN)


@given(st.sampled_from(SPOKEN), st.text(max_size=40))
def test_an_everyday_word_anywhere_makes_it_spoken(vocabulary: Vocabulary, noise: str) -> None:
    """Whatever surrounds it, one everyday word of a language is enough."""
    word = sorted(vocabulary.common_words)[0]
    assert written_in_any(f"{noise} {word} {noise}", SPOKEN)
