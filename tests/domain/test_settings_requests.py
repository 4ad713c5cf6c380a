"""Typed settings requests (issue 14): reminder time, time zone, travel, the settings page."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.problems import problem_text
from bot.domain.parsing.dates import AmbiguousDate, AmbiguousZone, parse_time_zone
from bot.domain.parsing.settings_requests import (
    MAX_REQUEST_LENGTH,
    BackHome,
    NewReminderTime,
    NewZone,
    NowIn,
    OpenSettings,
    SettingsRequestError,
    Travelling,
    parse_settings_request,
)
from bot.domain.problems import Problem
from tests.domain import test_intents
from tests.domain.conftest import ENGLISH
from tests.english import EN

TODAY = date(2027, 1, 2)  # a Saturday
FRIDAY = date(2027, 1, 8)
FAST = settings(max_examples=200, deadline=None)
DECLARED = (
    NewReminderTime,
    NewZone,
    NowIn,
    Travelling,
    BackHome,
    OpenSettings,
    SettingsRequestError,
    type(None),
)


def request(text: str) -> object:
    """Parse with the fixed test date."""
    return parse_settings_request(text, today=TODAY, vocabulary=ENGLISH)


def names_a_zone(place: str) -> bool:
    """Whether parse_time_zone reads the place as a zone, or as an exact place name."""
    answer = parse_time_zone(place, vocabulary=ENGLISH)
    return isinstance(answer, ZoneInfo) or (isinstance(answer, AmbiguousZone) and not answer.near)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The reminder time.
        ("remind me at 7pm", NewReminderTime(time(19))),
        ("remind me at 19:00 from now on", NewReminderTime(time(19))),
        ("remind me every day at 7pm", NewReminderTime(time(19))),
        ("Can you remind me at 7pm instead?", NewReminderTime(time(19))),
        ("remind me at 9 o'clock", NewReminderTime(time(9))),
        ("change my reminder time to 19:30", NewReminderTime(time(19, 30))),
        ("change my reminder time", NewReminderTime(None)),
        ("ok, please set my reminder time to noon", NewReminderTime(time(12))),
        ("move my reminder to 7:30am please", NewReminderTime(time(7, 30))),
        ("reminders at 8 am please", NewReminderTime(time(8))),
        ("I want my reminders at 8pm", NewReminderTime(time(20))),
        # The home time zone.
        ("change time zone", NewZone(None)),
        ("can you change my time zone?", NewZone(None)),
        ("time zone", NewZone(None)),
        ("I moved to Berlin", NewZone("Berlin")),
        ("I've just moved to Berlin recently", NewZone("Berlin")),
        ("I moved to the UK", NewZone("UK")),
        ("I moved to Narnia", NewZone("Narnia")),  # kept: the bot answers with an example
        ("set my time zone to Europe/Paris", NewZone("Europe/Paris")),
        ("my timezone is UTC+2", NewZone("UTC+2")),
        ("I live in Berlin", NewZone("Berlin")),
        # Here now.
        ("I'm in New York now", NowIn("New York")),
        ("I am in Tokyo this week", NowIn("Tokyo")),
        ("just arrived in Paris", NowIn("Paris")),
        ("landed in Sydney", NowIn("Sydney")),
        ("I'm in the US now", NowIn("US")),
        ("We're in Rome", NowIn("Rome")),
        ("I'm staying in Lisbon for a few days", NowIn("Lisbon")),
        # Travel.
        ("I'm travelling", Travelling(None, None)),
        ("going on holiday", Travelling(None, None)),
        ("travel mode", Travelling(None, None)),
        ("I'm going to Paris until 20 December", Travelling("Paris", date(2027, 12, 20))),
        (
            "I'm travelling to Paris until 20 December, thanks",
            Travelling("Paris", date(2027, 12, 20)),
        ),
        ("I'll be in Tokyo until Friday", Travelling("Tokyo", FRIDAY)),
        ("I'm in Tokyo until Friday", Travelling("Tokyo", FRIDAY)),
        ("I'm in Paris, back on 10 January", Travelling("Paris", date(2027, 1, 10))),
        ("i'm flying to tokyo tomorrow", Travelling("tokyo", None)),
        (
            "I'm away until 5/1",
            Travelling(None, AmbiguousDate((date(2027, 1, 5), date(2027, 5, 1)))),
        ),
        # Home again.
        ("I'm back home", BackHome()),
        ("I'm home again", BackHome()),
        ("back from my trip", BackHome()),
        ("stop travel mode", BackHome()),
        ("end travel", BackHome()),
        ("I'm not travelling any more", BackHome()),
        # The settings page.
        ("settings", OpenSettings()),
        ("my settings", OpenSettings()),
        ("change my settings", OpenSettings()),
        ("preferences", OpenSettings()),
        ("/settings", OpenSettings()),
    ],
)
def test_requests(text: str, expected: object) -> None:
    assert request(text) == expected


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("remind me at 25:00", SettingsRequestError(Problem.TIME_BAD_HOUR)),
        ("remind me at 13pm", SettingsRequestError(Problem.TIME_BAD_AM_PM_HOUR)),
        ("change my reminder time to 7:75", SettingsRequestError(Problem.TIME_BAD_MINUTE)),
        ("change my reminder time to lunch", SettingsRequestError(Problem.TIME_UNRECOGNISED)),
        (
            "travelling until 31 February",
            SettingsRequestError(Problem.DATE_NO_SUCH_DAY, {"month": 2, "day": 31}),
        ),
        (
            "I'm going to Paris until 31 February",
            SettingsRequestError(Problem.DATE_NO_SUCH_DAY, {"month": 2, "day": 31}),
        ),
        ("I'm away until next week", SettingsRequestError(Problem.DATE_UNRECOGNISED)),
    ],
)
def test_an_unusable_value_is_the_value_parsers_error(
    text: str, error: SettingsRequestError
) -> None:
    assert request(text) == error
    assert "for example" in problem_text(EN, error)


@pytest.mark.parametrize(
    "text",
    [
        # Ordinary messages that say "in" something.
        "I'm in pain",
        "I am in bed",
        "in the morning",
        "I'm in the clinic",
        "done in left arm",
        "I'm in the north",
        "I'm in hospital until Friday",
        "I'll be in the office until Friday",
        "I live in fear",
        "I'm going to bed",
        "I'm going to the clinic until 5",
        # Dose replies, snoozes and questions.
        "done",
        "done at 7pm",
        "I did it at 8am",
        "late",
        "remind me later",
        "remind me in 2 hours",
        "remind me at 7pm tonight",
        "remind me at 7pm tomorrow",
        "remind me at lunch",
        "skip",
        "I'll do it tonight",
        "I am going to do it on Monday",
        "when's my next shot?",
        "what time is my injection",
        "what's my time zone?",
        "options",
        "reminder",
        "",
        "   ",
        "x" * (MAX_REQUEST_LENGTH + 1),
    ],
)
def test_not_a_request(text: str) -> None:
    assert request(text) is None


def _dose_phrasings() -> list[str]:
    """Every phrasing test_intents parametrises its reply tests with."""
    texts: list[str] = []
    for name in dir(test_intents):
        for mark in getattr(getattr(test_intents, name), "pytestmark", ()):
            if mark.name != "parametrize" or mark.args[0] not in ("text", ("text", "expected")):
                continue
            if mark.args[0] == "text":
                texts.extend(mark.args[1])
            else:
                texts.extend(text for text, _ in mark.args[1])
    return texts


DOSE_PHRASINGS = _dose_phrasings()


def test_the_dose_phrasings_are_found() -> None:
    assert len(DOSE_PHRASINGS) > 100
    assert "skip: Travelling until Friday" in DOSE_PHRASINGS


@pytest.mark.parametrize("text", DOSE_PHRASINGS)
def test_dose_replies_are_not_requests(text: str) -> None:
    assert request(text) is None


def _check(answer: object) -> None:
    """An answer is one of the declared types, a place it is in names a zone, an error words."""
    assert isinstance(answer, DECLARED)
    if isinstance(answer, NowIn):
        assert names_a_zone(answer.place)
    if isinstance(answer, SettingsRequestError):
        assert "for example" in problem_text(EN, answer)


@FAST
@given(text=st.text())
def test_any_text_never_raises(text: str) -> None:
    _check(request(text))


FRAGMENTS = [
    "I'm", "in", "at", "to", "until", "remind me", "reminder", "time", "zone", "travelling",
    "going", "back", "home", "settings", "the", "Paris", "New York", "pain", "7pm", "25:00",
    "31 February", "Friday", "now", "please", "change", "my", ",", "?", "UTC+2", "moved",
]  # fmt: skip


@FAST
@given(parts=st.lists(st.sampled_from(FRAGMENTS), max_size=8))
def test_request_like_text_never_raises(parts: list[str]) -> None:
    _check(request(" ".join(parts)))
