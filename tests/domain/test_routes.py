"""A route typed instead of pressed, in each language the bot speaks (then English)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.catalog.vocabulary import reading_order, spoken_languages
from bot.domain.parsing.routes import RouteAnswer, parse_route
from bot.domain.regimen import Route


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "IM", Route.IM),
        ("en", "into the muscle", Route.IM),
        ("en", "Deep SC.", Route.DEEP_SC),
        ("en", "the tablets", RouteAnswer.NOT_INJECTED),
        ("en", "in my arm", RouteAnswer.UNRECOGNISED),
        ("es", "intramuscular", Route.IM),
        ("es", "en el músculo", Route.IM),
        ("es", "subcutánea", Route.DEEP_SC),
        ("es", "debajo de la piel", Route.DEEP_SC),
        ("es", "tomo pastillas", RouteAnswer.NOT_INJECTED),
        ("de", "intramuskulär", Route.IM),
        ("de", "in den Muskel", Route.IM),
        ("de", "subkutan", Route.DEEP_SC),
        ("de", "Tabletten", RouteAnswer.NOT_INJECTED),
        ("ru", "в/м", Route.IM),
        ("ru", "внутримышечно", Route.IM),
        ("ru", "подкожно", Route.DEEP_SC),
        ("ru", "под кожу", Route.DEEP_SC),
        ("ru", "таблетки", RouteAnswer.NOT_INJECTED),
        ("ru", "под язык", RouteAnswer.NOT_INJECTED),
        ("de", "under the skin", Route.DEEP_SC),
        ("ru", "IM", Route.IM),
    ],
)
def test_a_typed_route(language: str, text: str, expected: Route | RouteAnswer) -> None:
    """The patient's words first, then English; tablets are told the bot is for injections."""
    assert parse_route(text, vocabularies=reading_order(language)) == expected


@pytest.mark.parametrize("language", spoken_languages())
@given(text=st.text(max_size=30))
def test_any_text_is_a_route_or_an_answer(language: str, text: str) -> None:
    """Never raises; always a route or one of the two answers."""
    answer = parse_route(text, vocabularies=reading_order(language))
    assert isinstance(answer, Route | RouteAnswer)
