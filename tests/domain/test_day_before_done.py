"""A day named before the done words ("yesterday I did it", "gestern erledigt") is that day's dose.

Patients in every language often say the day first, and German puts the participle last
("habe sie gestern gespritzt"). Any day a language names in the past, written before (or among)
any of its done phrases, must read as Done on that day; the same day before a negated done
phrase must never read as Done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.vocabulary import reading_order, vocabulary_for
from bot.domain.parsing.replies import (
    Done,
    Forgot,
    Intent,
    IntentError,
    Late,
    Unknown,
    WillDo,
    parse_intent_in,
)
from bot.domain.problems import Problem

TODAY = date(2026, 12, 3)  # a Thursday
FAST = settings(max_examples=300, deadline=None)

# A day as written, and the day it names from a given today (a past reading).
DayPhrase = tuple[str, Callable[[date], date]]


def _days_back(count: int) -> Callable[[date], date]:
    """The day ``count`` days before today."""
    return lambda today: today - timedelta(days=count)


def _latest(weekday: int, *, excluding_today: bool = False) -> Callable[[date], date]:
    """The most recent such weekday: today included, unless it is "last Monday"."""

    def day(today: date) -> date:
        behind = (today.weekday() - weekday) % 7
        return today - timedelta(days=behind or (7 if excluding_today else 0))

    return day


def _relative_days(language: str) -> list[DayPhrase]:
    """Every relative day of a language that lies in the past or is today."""
    relative = vocabulary_for(language).dates.relative_days
    return [(word, _days_back(-offset)) for word, offset in relative.items() if offset <= 0]


WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ru": ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"],
}
RUSSIAN_LAST = ["прошлый", "прошлый", "прошлую", "прошлый", "прошлую", "прошлую", "прошлое"]


def _weekday_phrases(language: str) -> list[DayPhrase]:
    """ "on Monday", "last Monday" and their like, in a language."""
    phrases: list[DayPhrase] = []
    for number, name in enumerate(WEEKDAYS[language]):
        plain, last = _latest(number), _latest(number, excluding_today=True)
        if language == "en":
            phrases += [(f"on {name}", plain), (name, plain), (f"last {name}", last)]
        elif language == "de":
            phrases += [(f"am {name}", plain), (f"letzten {name}", last)]
        elif language == "es":
            phrases += [(f"el {name}", plain), (f"el {name} pasado", last)]
        else:
            lead = "во" if name == "вторник" else "в"
            phrases += [(f"{lead} {name}", plain), (f"{lead} {RUSSIAN_LAST[number]} {name}", last)]
    return phrases


AGO = {"en": "{n} days ago", "de": "vor {n} Tagen", "es": "hace {n} días", "ru": "{n} дня назад"}


def _day_phrases(language: str) -> list[DayPhrase]:
    """Every way of naming a past day the property draws from."""
    ago = [(AGO[language].format(n=count), _days_back(count)) for count in range(1, 7)]
    return _relative_days(language) + _weekday_phrases(language) + ago


# Done phrases with the day's place: before them, or among them where the language puts it.
DONE = {
    "en": [
        "{day} I did it",
        "{day} I took it",
        "{day}, done",
        "{day} I had my injection",
        "{day} I injected",
        "{day} took my shot",
    ],
    "de": [
        "{day} erledigt",
        "{day} gemacht",
        "{day} gespritzt",
        "{day} Spritze gesetzt",
        "habe sie {day} gespritzt",
        "ich habe {day} die Spritze gesetzt",
        "hab {day} gespritzt",
    ],
    "es": [
        "{day} me la puse",
        "{day} ya me la puse",
        "{day} me puse la inyección",
        "{day} me la he puesto",
        "{day}, hecho",
    ],
    "ru": [
        "{day} сделала",
        "{day} сделал укол",
        "{day} поставила укол",
        "{day} укололась",
        "я {day} сделала",
    ],
}

NOT_DONE = {
    "en": ["{day} I didn't do it", "{day} I did not take it"],
    "de": ["{day} nicht gemacht", "habe sie {day} nicht gespritzt", "{day} nicht erledigt"],
    "es": ["{day} no me la puse", "{day} no me la he puesto"],
    "ru": ["{day} не сделала", "{day} не сделал укол"],
}

LANGUAGES = sorted(DONE)


def _reply(language: str, text: str, today: date) -> Intent:
    """A reply read as the patient's language, then English."""
    return parse_intent_in(text, today=today, vocabularies=reading_order(language))


@st.composite
def done_with_a_day(draw: st.DrawFn, language: str) -> tuple[str, date, date]:
    """A done reply naming a past day first, the today it is read on, and the day it names."""
    today = draw(st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)))
    day, named = draw(st.sampled_from(_day_phrases(language)))
    template = draw(st.sampled_from(DONE[language]))
    return template.format(day=day), today, named(today)


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(data=st.data())
def test_any_past_day_before_any_done_phrase_is_done_on_that_day(
    language: str, data: st.DataObject
) -> None:
    """ "yesterday I did it", "gestern erledigt", "вчера сделала", "ayer me la puse"."""
    text, today, day = data.draw(done_with_a_day(language))
    answer = _reply(language, text, today)
    assert isinstance(answer, Done), text
    # "heute gespritzt", "hoy me la puse": today is the day a done reply means when none is said.
    assert answer.taken_on == day or (day == today and answer.taken_on is None), text


@pytest.mark.parametrize("language", LANGUAGES)
@FAST
@given(data=st.data())
def test_a_past_day_before_a_negated_done_is_never_done(language: str, data: st.DataObject) -> None:
    """ "gestern nicht gemacht", "вчера не сделала", "ayer no me la puse": not done."""
    day, _ = data.draw(st.sampled_from(_day_phrases(language)))
    text = data.draw(st.sampled_from(NOT_DONE[language])).format(day=day)
    assert not isinstance(_reply(language, text, TODAY), Done), text


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "yesterday I did it", Done(taken_on=date(2026, 12, 2))),
        ("en", "on Monday I took it", Done(taken_on=date(2026, 11, 30))),
        ("en", "yesterday I did it in the left arm", Done(date(2026, 12, 2), site="left arm")),
        ("en", "yesterday, done, it hurt a bit", Done(date(2026, 12, 2), note="it hurt a bit")),
        (
            "en",
            "Saturday and Sunday I did it",
            Done(taken_on=date(2026, 11, 28), also_on=(date(2026, 11, 29),)),
        ),
        ("en", "forgot to tell you, yesterday I did it", Done(taken_on=date(2026, 12, 2))),
        ("en", "tomorrow I did it", IntentError(Problem.DONE_DATE_IN_FUTURE)),
        ("en", "yesterday I didn't do it", Late()),
        ("de", "gestern erledigt", Done(taken_on=date(2026, 12, 2))),
        ("de", "gestern gemacht", Done(taken_on=date(2026, 12, 2))),
        ("de", "habe sie gestern gespritzt", Done(taken_on=date(2026, 12, 2))),
        ("de", "am Montag gespritzt", Done(taken_on=date(2026, 11, 30))),
        (
            "de",
            "gestern und vorgestern gespritzt",
            Done(taken_on=date(2026, 12, 2), also_on=(date(2026, 12, 1),)),
        ),
        ("de", "morgen erledigt", IntentError(Problem.DONE_DATE_IN_FUTURE)),
        ("ru", "вчера сделала", Done(taken_on=date(2026, 12, 2))),
        ("ru", "вчера сделал укол", Done(taken_on=date(2026, 12, 2))),
        ("ru", "в понедельник сделала", Done(taken_on=date(2026, 11, 30))),
        ("ru", "в прошлую пятницу сделала", Done(taken_on=date(2026, 11, 27))),
        ("es", "ayer me la puse", Done(taken_on=date(2026, 12, 2))),
        ("es", "el lunes me la puse", Done(taken_on=date(2026, 11, 30))),
        ("es", "ayer ya me la puse", Done(taken_on=date(2026, 12, 2))),
        ("es", "el viernes pasado me la puse", Done(taken_on=date(2026, 11, 27))),
    ],
)
def test_a_day_said_first(language: str, text: str, expected: Intent) -> None:
    """The day before the done words, with a site, a note, two days, or a day to come."""
    assert _reply(language, text, TODAY) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "gestern nicht gemacht", Late()),
        ("ru", "вчера не сделала", Late()),
        ("es", "ayer no me la puse", Late()),
    ],
)
def test_a_day_said_first_keeps_its_negation(language: str, text: str, expected: Intent) -> None:
    """A negated done is still not done when the day comes first."""
    assert _reply(language, text, TODAY) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "yesterday I had a headache"),
        ("en", "Monday did you get my message"),
        ("en", "yesterday did I do it?"),
        ("de", "gestern erledigt?"),
        ("ru", "вчера сделала?"),
        ("es", "¿ayer me la puse?"),
    ],
)
def test_a_day_first_is_no_done_without_done_words_or_in_a_question(
    language: str, text: str
) -> None:
    """Chat that opens with a day, and questions, are not recorded as a dose."""
    assert not isinstance(_reply(language, text, TODAY), Done)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "tomorrow I will do it", WillDo(date(2026, 12, 4))),
        ("en", "on Friday I'll take it", WillDo(date(2026, 12, 4))),
        ("en", "yesterday I forgot", Forgot(date(2026, 12, 2))),
        ("en", "tomorrow I won't do it", Late()),
        ("en", "tomorrow?", Unknown()),
        ("de", "morgen mache ich es", WillDo(date(2026, 12, 4))),
        ("de", "am Freitag mache ich es", WillDo(date(2026, 12, 4))),
        ("de", "gestern vergessen", Forgot(date(2026, 12, 2))),
        ("es", "mañana me la pongo", WillDo(date(2026, 12, 4))),
        ("es", "el viernes me la pongo", WillDo(date(2026, 12, 4))),
        ("es", "ayer se me olvidó", Forgot(date(2026, 12, 2))),
        ("es", "mañana no me la pongo", Late()),
        ("ru", "завтра сделаю", WillDo(date(2026, 12, 4))),
        ("ru", "в пятницу сделаю", WillDo(date(2026, 12, 4))),
        ("ru", "вчера забыла", Forgot(date(2026, 12, 2))),
    ],
)
def test_a_day_said_first_before_a_plan_or_a_forgotten_dose(
    language: str, text: str, expected: Intent
) -> None:
    """ "Tomorrow I'll do it", "gestern vergessen": read as with the day said last."""
    assert _reply(language, text, TODAY) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "done on the 1st", Done(taken_on=date(2026, 12, 1))),
        ("en", "did it on the 28th", Done(taken_on=date(2026, 11, 28))),
        ("en", "on the 1st I did it", Done(taken_on=date(2026, 12, 1))),
        ("en", "done on the 31st", IntentError(Problem.DATE_MISSING_MONTH)),
        ("en", "done 12", Done(note="12")),
        ("de", "am 1. gespritzt", Done(taken_on=date(2026, 12, 1))),
        ("ru", "сделала 1-го", Done(taken_on=date(2026, 12, 1))),
        ("ru", "сделала 30-го", Done(taken_on=date(2026, 11, 30))),
        ("ru", "сделала 1-го числа", Done(taken_on=date(2026, 12, 1))),
    ],
)
def test_a_day_of_the_month_is_the_latest_one(language: str, text: str, expected: Intent) -> None:
    """ "The 1st" of a dose given is the latest 1st, this month or the last; never a note."""
    assert _reply(language, text, TODAY) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "didn't do it, forgot", Forgot()),
        ("en", "I haven't done it, I forgot yesterday", Forgot(date(2026, 12, 2))),
        ("ru", "не сделала, забыла", Forgot()),
        ("de", "hab am Montag vergessen zu spritzen", Forgot(date(2026, 11, 30))),
        ("en", "I'll do it tomorrow, no time today", WillDo(date(2026, 12, 4))),
        ("en", "no time today, will do it tomorrow", WillDo(date(2026, 12, 4))),
        ("ru", "завтра поставлю, сегодня не успеваю", WillDo(date(2026, 12, 4))),
        ("en", "haven't done it yet", Late()),
    ],
)
def test_the_clause_that_says_most(language: str, text: str, expected: Intent) -> None:
    """Forgetting wins over not-yet; a plan in one clause is a plan, whatever the other says."""
    assert _reply(language, text, TODAY) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "doing it on the 5th", WillDo(date(2026, 12, 5))),
        ("en", "i'll do it on the 1st", WillDo(date(2027, 1, 1))),
        ("de", "mache ich am 5.", WillDo(date(2026, 12, 5))),
        ("ru", "сделаю 5-го", WillDo(date(2026, 12, 5))),
        ("ru", "сделаю 5-го числа", WillDo(date(2026, 12, 5))),
    ],
)
def test_a_day_of_the_month_to_come_is_the_next_one(
    language: str, text: str, expected: Intent
) -> None:
    """ "On the 5th" of a dose planned is the next 5th, this month or the next."""
    assert _reply(language, text, TODAY) == expected
