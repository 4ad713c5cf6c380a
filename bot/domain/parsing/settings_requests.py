"""Typed requests to change a setting: the reminder time, the time zone, travel, the settings page.

Pure: "today" is a parameter. The words are the vocabulary's (``SettingsWords``); each pattern
must match the whole message, so a dose reply that mentions a time or a place is never read as
a request. A request whose value cannot be used comes back as an error carrying the value
parser's problem code, so the bot can answer with an example.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache
from zoneinfo import ZoneInfo

from bot.domain.parsing.dates import (
    AmbiguousDate,
    AmbiguousZone,
    DateParseError,
    parse_date,
    parse_time,
    parse_time_zone,
)
from bot.domain.parsing.vocabulary import SettingsWords, Vocabulary
from bot.domain.problems import Problem

# Far longer than any request; longer messages are read as something else, and cheaply.
MAX_REQUEST_LENGTH = 200
_EDGE_PUNCTUATION = " .!?,;:"


@dataclass(frozen=True)
class NewReminderTime:
    """The daily reminder should come at ``at`` (None: a new time was asked for, not given)."""

    at: time | None


@dataclass(frozen=True)
class NewZone:
    """The home time zone should change, to ``place`` as typed (None: no place given)."""

    place: str | None


@dataclass(frozen=True)
class NowIn:
    """The patient is in ``place`` now; it names a time zone (``parse_time_zone`` reads it)."""

    place: str


@dataclass(frozen=True)
class Travelling:
    """The patient is away: to ``place`` as typed if said, until ``until`` if said."""

    place: str | None
    until: date | AmbiguousDate | None


@dataclass(frozen=True)
class BackHome:
    """The patient is home again: travel is over."""


@dataclass(frozen=True)
class OpenSettings:
    """The patient asks for the settings page."""


@dataclass(frozen=True)
class SettingsRequestError:
    """A request recognised whose value cannot be used: why, as a problem code and its values."""

    code: Problem
    values: Mapping[str, str | int] = field(default_factory=dict)


SettingsRequest = NewReminderTime | NewZone | NowIn | Travelling | BackHome | OpenSettings

_Patterns = tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class _SettingsPatterns:
    """A vocabulary's settings patterns, compiled once."""

    open_settings: _Patterns
    back_home: _Patterns
    reminder_time: _Patterns
    remind_at: _Patterns
    zone_change: _Patterns
    zone_statement: _Patterns
    travelling: _Patterns
    going_to: _Patterns
    staying: _Patterns
    now_in: _Patterns


@cache
def _settings_patterns(words: SettingsWords) -> _SettingsPatterns:
    """The patterns of a vocabulary's settings words (one per language)."""

    def whole(sources: tuple[str, ...]) -> _Patterns:
        return tuple(
            re.compile(rf"(?:{words.lead})(?:{source})(?:{words.tail})", re.IGNORECASE)
            for source in sources
        )

    return _SettingsPatterns(
        open_settings=whole(words.open_settings),
        back_home=whole(words.back_home),
        reminder_time=whole(words.reminder_time),
        remind_at=whole(words.remind_at),
        zone_change=whole(words.zone_change),
        zone_statement=whole(words.zone_statement),
        travelling=whole(words.travelling),
        going_to=whole(words.going_to),
        staying=whole(words.staying),
        now_in=whole(words.now_in),
    )


@dataclass(frozen=True)
class _Message:
    """A message being read, with what reading it needs."""

    text: str
    today: date
    vocabulary: Vocabulary
    patterns: _SettingsPatterns


_Answer = SettingsRequest | SettingsRequestError | None


def parse_settings_request(
    text: str, *, today: date, vocabulary: Vocabulary
) -> SettingsRequest | SettingsRequestError | None:
    """What settings change a typed message asks for; None when it asks for none (never raises)."""
    light = _light(text)
    if not light or len(light) > MAX_REQUEST_LENGTH:
        return None
    message = _Message(light, today, vocabulary, _settings_patterns(vocabulary.settings))
    for reader in _READERS:
        answer = reader(message)
        if answer is not None:
            return answer
    return None


def _light(text: str) -> str:
    """Fold width and curly quotes, collapse white space, drop end punctuation; keep case."""
    folded = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(folded.split()).strip(_EDGE_PUNCTUATION)


def _match(patterns: _Patterns, text: str) -> re.Match[str] | None:
    """The first pattern's match of the whole text, if any pattern matches it."""
    for pattern in patterns:
        match = pattern.fullmatch(text)
        if match is not None:
            return match
    return None


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, stripped; None when the pattern has no such group or it is unset."""
    value = match.groupdict().get(name)
    return value.strip() if value else None


def _read_open_settings(message: _Message) -> _Answer:
    """ "Settings", "change my settings": the settings page."""
    return OpenSettings() if _match(message.patterns.open_settings, message.text) else None


def _read_back_home(message: _Message) -> _Answer:
    """ "I'm back home", "stop travel mode": travel is over."""
    return BackHome() if _match(message.patterns.back_home, message.text) else None


def _read_reminder_time(message: _Message) -> _Answer:
    """ "Change my reminder time (to 19:30)": a time asked for outright, however it is written."""
    match = _match(message.patterns.reminder_time, message.text)
    if match is None:
        return None
    typed = _group(match, "time")
    return NewReminderTime(None) if typed is None else _reminder_at(typed, message.vocabulary)


def _read_remind_at(message: _Message) -> _Answer:
    """ "Remind me at 7pm", "reminders at 8 am": only when what follows looks like a time."""
    match = _match(message.patterns.remind_at, message.text)
    typed = None if match is None else _group(match, "time")
    if typed is None:
        return None
    answer = _reminder_at(typed, message.vocabulary)
    if isinstance(answer, SettingsRequestError) and not any(char.isdigit() for char in typed):
        return None
    return answer


def _reminder_at(typed: str, vocabulary: Vocabulary) -> NewReminderTime | SettingsRequestError:
    """A new reminder time, or why the typed time cannot be one."""
    answer = parse_time(typed, vocabulary=vocabulary)
    if isinstance(answer, time):
        return NewReminderTime(answer)
    return SettingsRequestError(answer.code, answer.values)


def _read_zone_change(message: _Message) -> _Answer:
    """ "Set my time zone to …", "I moved to …": the place is kept even when it names no zone."""
    match = _match(message.patterns.zone_change, message.text)
    if match is None:
        return None
    typed = _group(match, "place")
    if typed is None:
        return NewZone(None)
    return NewZone(_zone_place(typed, message.vocabulary) or typed)


def _read_zone_statement(message: _Message) -> _Answer:
    """ "I live in Berlin": only when the place names a zone."""
    place = _matched_zone_place(message.patterns.zone_statement, message)
    return None if place is None else NewZone(place)


def _read_travelling(message: _Message) -> _Answer:
    """ "I'm travelling (to …) (until …)": the place is kept as typed, a bad day an error."""
    match = _match(message.patterns.travelling, message.text)
    if match is None:
        return None
    typed = _group(match, "place")
    place = None if typed is None else _zone_place(typed, message.vocabulary) or typed
    return _trip(place, match, message, explicit=True)


def _read_going_to(message: _Message) -> _Answer:
    """ "I'm going to Paris (until …)": when the place names a zone or a last day is given."""
    match = _match(message.patterns.going_to, message.text)
    typed = None if match is None else _group(match, "place")
    if match is None or typed is None:
        return None
    place = _zone_place(typed, message.vocabulary)
    if place is None and _group(match, "until") is None:
        return None
    return _trip(place or typed, match, message, explicit=place is not None)


def _read_staying(message: _Message) -> _Answer:
    """ "I'll be in Tokyo (until Friday)", "I'm in Rome until …": only for a zone's place."""
    match = _match(message.patterns.staying, message.text)
    typed = None if match is None else _group(match, "place")
    if match is None or typed is None:
        return None
    place = _zone_place(typed, message.vocabulary)
    return None if place is None else _trip(place, match, message, explicit=True)


def _trip(place: str | None, match: re.Match[str], message: _Message, *, explicit: bool) -> _Answer:
    """Travel to a place until the day said; a bad day is an error when travel is certain."""
    typed = _group(match, "until")
    if typed is None:
        return Travelling(place, None)
    until = parse_date(typed, today=message.today, vocabulary=message.vocabulary, allow_past=False)
    if not isinstance(until, DateParseError):
        return Travelling(place, until)
    # "I'm going to the clinic until 5": no trip, only a place and a number.
    if explicit or until.is_date_like:
        return SettingsRequestError(until.code, until.values)
    return None


def _read_now_in(message: _Message) -> _Answer:
    """ "I'm in New York now", "landed in Sydney": only when the place names a zone."""
    place = _matched_zone_place(message.patterns.now_in, message)
    return None if place is None else NowIn(place)


def _matched_zone_place(patterns: _Patterns, message: _Message) -> str | None:
    """The place a pattern's match names, when it names a zone."""
    match = _match(patterns, message.text)
    typed = None if match is None else _group(match, "place")
    return None if typed is None else _zone_place(typed, message.vocabulary)


def _zone_place(typed: str, vocabulary: Vocabulary) -> str | None:
    """The place as typed, or without a leading article ("the UK"), when it names a zone exactly."""
    if _names_a_zone(typed, vocabulary):
        return typed
    first, _, rest = typed.partition(" ")
    articles = vocabulary.settings.articles
    if rest and first.casefold() in articles and _names_a_zone(rest, vocabulary):
        return rest.strip()
    return None


def _names_a_zone(typed: str, vocabulary: Vocabulary) -> bool:
    """Whether a place names a zone exactly: "I'm in pain" is no near miss of Spain."""
    if typed.casefold() in vocabulary.settings.not_places:
        return False
    answer = parse_time_zone(typed, vocabulary=vocabulary)
    return isinstance(answer, ZoneInfo) or (isinstance(answer, AmbiguousZone) and not answer.near)


# The order matters: "I'm not travelling any more" is home, "I'm in Rome until …" a trip.
_READERS = (
    _read_open_settings,
    _read_back_home,
    _read_reminder_time,
    _read_remind_at,
    _read_zone_change,
    _read_travelling,
    _read_going_to,
    _read_staying,
    _read_now_in,
    _read_zone_statement,
)
