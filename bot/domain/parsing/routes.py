"""How the injection is given, as a patient types it ("IM", "subkutan", "в мышцу")."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from bot.domain.parsing.dates import normalise
from bot.domain.parsing.vocabulary import Vocabulary
from bot.domain.regimen import Route


class RouteAnswer(StrEnum):
    """A typed route that names no injection route."""

    NOT_INJECTED = "not_injected"
    UNRECOGNISED = "unrecognised"


def parse_route(text: str, *, vocabularies: Iterable[Vocabulary]) -> Route | RouteAnswer:
    """The route the words name, in the first vocabulary that knows them."""
    words = normalise(text).strip(" .!")
    found = RouteAnswer.UNRECOGNISED
    for vocabulary in vocabularies:
        routes = vocabulary.routes
        if any(word in words for word in routes.not_injected):
            found = RouteAnswer.NOT_INJECTED
        elif words in routes.intramuscular:
            return Route.IM
        elif words in routes.subcutaneous:
            return Route.DEEP_SC
    return found
