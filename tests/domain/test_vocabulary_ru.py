"""The Russian vocabulary: messages as Russian speakers write them, read by the domain parsers.

The examples were written from how patients write in Russian (chat style, both genders, "ё" or
not), not from the patterns; each names what the parser must make of it, and ordinary messages
that must not be read as a dose answer are included.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.vocabulary.russian import RUSSIAN
from bot.domain.labs import LabResult, LabTest, ResultError, parse_relative_due, parse_result
from bot.domain.parsing.appointment_times import Appointment, parse_appointment
from bot.domain.parsing.dates import AmbiguousZone, parse_date, parse_time, parse_time_zone
from bot.domain.parsing.durations import parse_minutes
from bot.domain.parsing.replies import (
    AskNext,
    AskStatus,
    Done,
    DoseParseError,
    Forgot,
    Help,
    History,
    Intent,
    Late,
    Skip,
    Unknown,
    WillDo,
    parse_count,
    parse_dose,
    parse_intent,
)
from bot.domain.parsing.settings_requests import (
    BackHome,
    NewReminderTime,
    NewZone,
    NowIn,
    OpenSettings,
    SettingsRequest,
    SettingsRequestError,
    Travelling,
    parse_settings_request,
)
from bot.domain.problems import Problem
from bot.domain.regimen import DoseUnit

TODAY = date(2027, 1, 2)  # a Saturday
YESTERDAY = TODAY - timedelta(days=1)
FAST = settings(max_examples=200, deadline=None)


def intent(text: str) -> Intent:
    """Parse a reply in Russian with the fixed test date."""
    return parse_intent(text, today=TODAY, vocabulary=RUSSIAN)


# --- Replies to a reminder ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("сделал", Done()),
        ("Сделала!", Done()),
        ("готово", Done()),
        ("уже сделала укол", Done()),
        ("да, сделал", Done()),
        ("укол сделан", Done()),
        ("Укололась", Done()),
        ("поставила укол", Done()),
        ("сделала вчера", Done(taken_on=YESTERDAY)),
        ("сделал позавчера", Done(taken_on=TODAY - timedelta(days=2))),
        ("сделал 3 дня назад", Done(taken_on=TODAY - timedelta(days=3))),
        ("Сделала 30.12", Done(taken_on=date(2026, 12, 30))),
        ("сделал вчера в левое плечо", Done(taken_on=YESTERDAY, site="left arm")),
        ("сделала в правое бедро", Done(site="right thigh")),
        ("Сделала 👍", Done()),
        ("✅", Done()),
        ("ещё не сделала", Late()),
        ("еще нет", Late()),
        ("не сделал", Late()),
        ("позже", Late()),
        ("напомните попозже", Late()),
        ("пропускаю", Skip()),
        ("пропущу, я в поездке", Skip(reason="я в поездке")),
        ("пропускаю этот укол, заболела", Skip(reason="заболела")),
        ("забыла сделать укол", Forgot()),
        ("ой, забыл про укол", Forgot()),
        ("пропустила вчера", Forgot(day=YESTERDAY)),
        ("сделаю вечером", WillDo(day=TODAY)),
        ("хорошо, сделаю завтра", WillDo(day=TODAY + timedelta(days=1))),
        ("когда следующий укол?", AskNext()),
        ("когда снова?", AskNext()),
        ("Когда следующая инъекция", AskNext()),
        ("когда мне колоть?", AskNext()),
        ("помощь", Help()),
        ("что ты умеешь", Help()),
        ("моя история", History()),
        ("сколько я пропустил?", History()),
        ("как у меня дела", AskStatus()),
        ("статус", AskStatus()),
    ],
)
def test_replies_are_read(text: str, expected: Intent) -> None:
    """Each reply means what a Russian-speaking patient means by it."""
    assert intent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "спасибо",
        "привет",
        "доброе утро",
        "а что такое B12?",
        "мне сегодня грустно",
        "хорошая погода",
        "когда был последний укол?",
        "можно пропустить укол?",
        "я не понимаю",
        "Вася сделал уроки",
    ],
)
def test_ordinary_messages_are_no_dose_answer(text: str) -> None:
    """Chat, questions and other people's doings record nothing about a dose."""
    assert not isinstance(intent(text), (Done, Skip, Forgot, WillDo))


def test_a_done_in_the_future_is_refused() -> None:
    """A dose cannot be recorded on a day that has not come."""
    answer = intent("сделал завтра")
    assert not isinstance(answer, Done)


# --- Dates, times, doses, counts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("вчера", YESTERDAY),
        ("Сегодня", TODAY),
        ("позавчера", TODAY - timedelta(days=2)),
        ("послезавтра", TODAY + timedelta(days=2)),
        ("5 дней назад", TODAY - timedelta(days=5)),
        ("неделю назад", TODAY - timedelta(days=7)),
        ("через 2 недели", TODAY + timedelta(days=14)),
        ("через три дня", TODAY + timedelta(days=3)),
        ("12.03", date(2027, 3, 12)),
        ("12.03.2026", date(2026, 3, 12)),
        ("2026-03-12", date(2026, 3, 12)),
    ],
)
def test_dates_are_read(text: str, expected: date) -> None:
    """Relative days and numeric dates, day first as Russian writes them."""
    assert parse_date(text, today=TODAY, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 декабря", date(2026, 12, 7)),
        ("12 марта 2026", date(2026, 3, 12)),
        ("3 янв", date(2027, 1, 3)),
        ("в пятницу", date(2027, 1, 8)),
    ],
)
def test_month_and_weekday_names_are_read(text: str, expected: date) -> None:
    """ "7 декабря", "в пятницу": what the catalog's Babel dates look like."""
    assert parse_date(text, today=TODAY, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в 19:00", time(19)),
        ("19 часов", time(19)),
        ("19ч", time(19)),
        ("7 вечера", time(19)),
        ("в 8:30 утра", time(8, 30)),
        ("в час дня", None),
        ("2 часа дня", time(14)),
        ("12 ночи", time(0)),
        ("в полдень", time(12)),
        ("21.30", time(21, 30)),
    ],
)
def test_times_are_read(text: str, expected: time | None) -> None:
    """Times as Russian writes them: 24-hour, or with утра/дня/вечера/ночи."""
    answer = parse_time(text, vocabulary=RUSSIAN)
    if expected is None:
        assert not isinstance(answer, time)
    else:
        assert answer == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000 мкг", (Decimal(1000), DoseUnit.MCG)),
        ("1000мкг", (Decimal(1000), DoseUnit.MCG)),
        ("1 мг", (Decimal(1), DoseUnit.MG)),
        ("0,5 мг", (Decimal("0.5"), DoseUnit.MG)),
        ("500 микрограммов", (Decimal(500), DoseUnit.MCG)),
        ("1.000 мкг", DoseParseError(Problem.DOSE_AMBIGUOUS_SEPARATOR)),
        ("1000", DoseParseError(Problem.DOSE_NEEDS_UNIT)),
        ("1 мл", DoseParseError(Problem.DOSE_WRONG_UNIT)),
    ],
)
def test_doses_are_read(text: str, expected: object) -> None:
    """Amounts with Russian units; a thousands dot and a missing unit are asked back."""
    assert parse_dose(text, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize(("text", "expected"), [("7", 7), ("семь", 7), ("7 уколов", 7)])
def test_counts_are_read(text: str, expected: int) -> None:
    """A small number in digits, in words, or with its noun."""
    assert parse_count(text, minimum=1, maximum=30, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize(("text", "minutes"), [("2 часа", 120), ("45 минут", 45), ("1,5 ч", 90)])
def test_follow_up_delays_are_read(text: str, minutes: int) -> None:
    """Hours and minutes in Russian."""
    assert parse_minutes(text, shortest=15, longest=720, vocabulary=RUSSIAN) == minutes


def test_a_lab_date_after_the_start_is_read() -> None:
    """ "через 8 недель после начала", as the catalog's example says."""
    due = parse_relative_due("через 8 недель после начала", vocabulary=RUSSIAN)
    assert due is not None
    assert due.anchor == "start"


# --- Zones, appointments, settings ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Москва", "Europe/Moscow"),
        ("в Москве", "Europe/Moscow"),
        ("по Москве", "Europe/Moscow"),
        ("Питер", "Europe/Moscow"),
        ("Нью-Йорк", "America/New_York"),
        ("Мюнхен", "Europe/Berlin"),
        ("Лондон", "Europe/London"),
        ("Новосибирск", "Asia/Novosibirsk"),
        ("Europe/Moscow", "Europe/Moscow"),
        ("UTC+3", "Etc/GMT-3"),
    ],
)
def test_places_name_their_zone(text: str, zone: str) -> None:
    """Cities as written in Russian, with the case forms a sentence gives them."""
    assert parse_time_zone(text, vocabulary=RUSSIAN) == ZoneInfo(zone)


def test_a_country_of_many_zones_is_asked_back() -> None:
    """Russia spans eleven zones: which one?"""
    assert isinstance(parse_time_zone("Россия", vocabulary=RUSSIAN), AmbiguousZone)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("завтра в 14:00", Appointment(TODAY + timedelta(days=1), time(14))),
        ("записалась на 16.01 в 9:30", Appointment(date(2027, 1, 16), time(9, 30))),
    ],
)
def test_appointments_are_read(text: str, expected: Appointment) -> None:
    """A day and a time, with the words around a booking."""
    assert parse_appointment(text, today=TODAY, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("настройки", OpenSettings()),
        ("открой настройки", OpenSettings()),
        ("напоминай мне в 19:00", NewReminderTime(time(19))),
        ("измени время напоминаний на 8:30", NewReminderTime(time(8, 30))),
        ("я переехал в Берлин", NewZone("Берлин")),
        ("я живу в Лондоне", NewZone("Лондоне")),
        ("я в поездке", Travelling(None, None)),
        ("лечу в Токио до 20.01", Travelling("Токио", date(2027, 1, 20))),
        ("я сейчас в Москве", NowIn("Москве")),
        ("я вернулся домой", BackHome()),
        ("я уже дома", BackHome()),
    ],
)
def test_settings_requests_are_read(
    text: str, expected: SettingsRequest | SettingsRequestError
) -> None:
    """Requests to change a setting, in Russian."""
    assert parse_settings_request(text, today=TODAY, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize("text", ["я в порядке", "сделал", "я на работе", "как дела?"])
def test_ordinary_messages_ask_for_no_setting(text: str) -> None:
    """ "Я в порядке" (I'm fine) is no trip."""
    assert parse_settings_request(text, today=TODAY, vocabulary=RUSSIAN) is None


# --- Never raises ---------------------------------------------------------------------------


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_arbitrary_text_never_raises(text: str) -> None:
    """Whatever a patient types, every Russian reader answers without raising."""
    parse_intent(text, today=TODAY, vocabulary=RUSSIAN)
    parse_date(text, today=TODAY, vocabulary=RUSSIAN)
    parse_time(text, vocabulary=RUSSIAN)
    parse_dose(text, vocabulary=RUSSIAN)
    parse_time_zone(text, vocabulary=RUSSIAN)
    parse_settings_request(text, today=TODAY, vocabulary=RUSSIAN)
    parse_appointment(text, today=TODAY, vocabulary=RUSSIAN)


@FAST
@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя .,!?0123456789:-", max_size=60))
def test_arbitrary_cyrillic_never_raises(text: str) -> None:
    """Cyrillic words, digits and punctuation in any order."""
    parse_intent(text, today=TODAY, vocabulary=RUSSIAN)
    parse_settings_request(text, today=TODAY, vocabulary=RUSSIAN)


# --- The day first, times in words, dates with a year, next and last ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("вчера сделала", Done(taken_on=YESTERDAY)),
        ("вчера сделал укол", Done(taken_on=YESTERDAY)),
        ("в понедельник сделала", Done(taken_on=date(2026, 12, 28))),
        ("во вторник сделала", Done(taken_on=date(2026, 12, 29))),
        ("в прошлую пятницу сделала", Done(taken_on=date(2027, 1, 1))),
        ("вчера не сделала", Late()),
        ("сделаю завтра", WillDo(TODAY + timedelta(days=1))),
        ("вчера сделала?", Unknown()),
    ],
)
def test_a_russian_day_before_the_done_word(text: str, expected: Intent) -> None:
    """ "вчера сделала": the day first; a negation, a plan and a question keep their reading."""
    assert intent(text) == expected


def test_at_what_time_still_asks_when() -> None:
    """ "Во сколько" asks when, though "во" alone now opens a day ("во вторник")."""
    assert intent("во сколько следующий укол") == AskNext()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("следующий понедельник", date(2027, 1, 4)),
        ("в следующий понедельник", date(2027, 1, 4)),
        ("следующая пятница", date(2027, 1, 8)),
        ("в следующую пятницу", date(2027, 1, 8)),
        ("следующее воскресенье", date(2027, 1, 3)),
        ("прошлый понедельник", date(2026, 12, 28)),
        ("в прошлый понедельник", date(2026, 12, 28)),
        ("прошлая пятница", date(2027, 1, 1)),
        ("в прошлую пятницу", date(2027, 1, 1)),
        ("в прошлую субботу", date(2026, 12, 26)),
        ("в прошлое воскресенье", date(2026, 12, 27)),
        ("эта пятница", date(2027, 1, 8)),
        ("этот понедельник", date(2027, 1, 4)),
        ("в эту пятницу", date(2027, 1, 8)),
    ],
)
def test_next_last_and_this_in_every_gender_and_case(text: str, expected: date) -> None:
    """ "следующую пятницу", "прошлое воскресенье": one English word, many Russian forms."""
    assert parse_date(text, today=TODAY, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 марта 2026 г.", date(2026, 3, 12)),
        ("12 марта 2026г.", date(2026, 3, 12)),
        ("12 марта 2026 года", date(2026, 3, 12)),
    ],
)
def test_a_full_date_with_the_year_word(text: str, expected: date) -> None:
    """ "12 марта 2026 г." and "… года": the word for year after it says nothing more."""
    assert parse_date(text, today=TODAY, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("в 7 вечера", time(19)), ("в 9 утра", time(9)), ("19 ч", time(19))],
)
def test_more_times_in_words(text: str, expected: time) -> None:
    """ "в 7 вечера" is 19:00; "19 ч" the 24-hour clock with its abbreviation."""
    assert parse_time(text, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("завтра в 7 вечера", Appointment(TODAY + timedelta(days=1), time(19))),
        ("в понедельник в 9 утра", Appointment(date(2027, 1, 4), time(9))),
        ("завтра 19 ч", Appointment(TODAY + timedelta(days=1), time(19))),
        ("16-го в 14:00", Appointment(date(2027, 1, 16), time(14))),
        ("1-го числа в 10 утра", Appointment(date(2027, 2, 1), time(10))),
        ("12 марта 2027 г. в 9 утра", Appointment(date(2027, 3, 12), time(9))),
    ],
)
def test_appointment_times_in_words(text: str, expected: Appointment) -> None:
    """An appointment "в 7 вечера", on "16-го" (this or next month), with a year word."""
    assert parse_appointment(text, today=TODAY, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("напоминай в 7 вечера", NewReminderTime(time(19))),
        ("напоминай мне в 9 утра", NewReminderTime(time(9))),
        ("измени время напоминаний на 19 ч", NewReminderTime(time(19))),
    ],
)
def test_reminder_times_in_words(text: str, expected: NewReminderTime) -> None:
    """The reminder time asked for with вечера/утра or "ч"."""
    assert parse_settings_request(text, today=TODAY, vocabulary=RUSSIAN) == expected


@pytest.mark.parametrize("typed", ["1 000 мкг", "1\u00a0000 мкг", "1\u202f000 мкг", "1 000 mcg"])
def test_a_space_between_thousands(typed: str) -> None:
    """ "1 000 мкг", as Russian groups thousands (a space, often a no-break one), is a thousand."""
    assert parse_dose(typed, vocabulary=RUSSIAN) == (Decimal(1000), DoseUnit.MCG)


def test_a_comma_group_is_still_asked_back() -> None:
    """ "1,000 мкг" is one where the comma marks decimals: asked, never guessed."""
    assert parse_dose("1,000 мкг", vocabulary=RUSSIAN) == DoseParseError(
        Problem.DOSE_AMBIGUOUS_SEPARATOR
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("гемоглобин 112 г/л", LabResult(LabTest.FULL_BLOOD_COUNT, Decimal(112), "g/L")),
        ("Гемоглобин: 11,2 г/дл", LabResult(LabTest.FULL_BLOOD_COUNT, Decimal("11.2"), "g/dL")),
        ("б12 250 пг/мл", LabResult(LabTest.B12, Decimal(250), "pg/mL")),
        ("витамин б12 300 pg/ml", LabResult(LabTest.B12, Decimal(300), "pg/mL")),
        ("ферритин 30 нг/мл", LabResult(LabTest.FERRITIN, Decimal(30), "ng/mL")),
        ("Hb 112 g/l", LabResult(LabTest.FULL_BLOOD_COUNT, Decimal(112), "g/L")),
    ],
)
def test_a_lab_result_in_cyrillic(text: str, expected: LabResult) -> None:
    """Test names and unit symbols as Russian lab sheets print them, and the Latin ones."""
    assert parse_result(text, vocabulary=RUSSIAN) == expected


def test_a_cyrillic_result_without_its_unit_asks_for_it() -> None:
    """ "гемоглобин 112": the test is known, the unit is asked for."""
    answer = parse_result("гемоглобин 112", vocabulary=RUSSIAN)
    assert isinstance(answer, ResultError)
    assert answer.code is Problem.LAB_RESULT_NEEDS_UNIT
