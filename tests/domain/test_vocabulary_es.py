"""The Spanish vocabulary: replies, dates, times, doses, zones and settings as patients write them.

Examples are messages a Spanish-speaking patient sends, each with what the parser must read;
ordinary messages must not be a dose answer. Every parser is called with the Spanish words.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.vocabulary.spanish import SPANISH
from bot.domain.labs import parse_relative_due
from bot.domain.parsing.appointment_times import Appointment, parse_appointment
from bot.domain.parsing.dates import AmbiguousDate, DateParseError, TimeParseError
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
    parse_date,
    parse_dose,
    parse_intent,
    parse_time,
    parse_time_zone,
)
from bot.domain.parsing.settings_requests import (
    BackHome,
    NewReminderTime,
    NewZone,
    NowIn,
    OpenSettings,
    SettingsRequest,
    Travelling,
    parse_settings_request,
)
from bot.domain.problems import Problem
from bot.domain.regimen import DoseUnit

TODAY = date(2026, 12, 3)  # a Thursday
YESTERDAY = date(2026, 12, 2)
MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hecho", Done()),
        ("hecho ayer", Done(taken_on=YESTERDAY)),
        ("Ya me la puse 👍", Done()),
        ("ya está", Done()),
        ("me la he puesto esta mañana", Done(taken_on=TODAY)),
        ("me pinché ayer en el muslo derecho", Done(taken_on=YESTERDAY, site="right thigh")),
        ("me la puse en el brazo izq", Done(site="left arm")),
        ("me pusieron la inyección el lunes", Done(taken_on=MONDAY)),
        ("listo, el 1 de diciembre", Done(taken_on=date(2026, 12, 1))),
        ("hecho hace 3 días", Done(taken_on=MONDAY)),
        ("hecho el lunes y el martes", Done(taken_on=MONDAY, also_on=(date(2026, 12, 1),))),
        ("ups, se me olvidó decirle que me la puse ayer", Done(taken_on=YESTERDAY)),
        ("✅", Done()),
        ("todavía no", Late()),
        ("aún no me la he puesto", Late()),
        ("No, no he podido", Late()),
        ("más tarde", Late()),
        ("luego te digo", Late()),
        ("recuérdamelo dentro de un rato", Late()),
        ("saltar", Skip()),
        ("esta vez no me la pongo", Skip()),
        ("no me la pongo esta vez", Skip()),
        ("Esta vez me la salto porque estoy enferma", Skip(reason="estoy enferma")),
        ("omitir la dosis de hoy", Skip()),
        ("se me olvidó", Forgot()),
        ("me olvidé de ponérmela ayer", Forgot(day=YESTERDAY)),
        ("vale, me la pongo esta noche", WillDo(day=TODAY)),
        ("me la pondré el viernes", WillDo(day=date(2026, 12, 4))),
        ("¿Cuándo es mi próxima inyección?", AskNext()),
        ("cuando me toca", AskNext()),
        ("¿cuándo me toca de nuevo?", AskNext()),
        ("¿y la siguiente?", AskNext()),
        ("¿Cómo voy?", AskStatus()),
        ("mi historial", History()),
        ("¿cuántas me he saltado?", History()),
        ("ayuda", Help()),
        ("¿qué puedes hacer?", Help()),
    ],
)
def test_spanish_replies_are_read(text: str, expected: Intent) -> None:
    """A Spanish reply to a reminder gives its intent."""
    assert parse_intent(text, today=TODAY, vocabulary=SPANISH) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hola, buenos días",
        "gracias",
        "me duele la cabeza",
        "puesto que llueve, no salgo",
        "¿me puedo duchar después?",
        "mi médico me ha cambiado la pauta",
        "no saltar nunca, ¿verdad?",
        "voy a la farmacia",
        "hasta luego",
        "esta tarde voy al médico",
    ],
)
def test_ordinary_spanish_messages_are_no_dose_answer(text: str) -> None:
    """Everyday messages are not read as done, late, skip or forgot."""
    assert not isinstance(
        parse_intent(text, today=TODAY, vocabulary=SPANISH), Done | Late | Skip | Forgot | WillDo
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ayer", YESTERDAY),
        ("anteayer", date(2026, 12, 1)),
        ("hoy", TODAY),
        ("el lunes", MONDAY),
        ("el pasado lunes", MONDAY),
        ("12 de noviembre", date(2026, 11, 12)),
        ("3 dic", TODAY),
        ("el 28 de febrero", date(2026, 2, 28)),
        ("hace una semana", date(2026, 11, 26)),
        ("2 días atrás", date(2026, 12, 1)),
        ("28.11.2026", date(2026, 11, 28)),
        ("sabado", date(2026, 11, 28)),
        ("2026-11-15", date(2026, 11, 15)),
    ],
)
def test_spanish_dates_in_the_past(text: str, expected: date) -> None:
    """Dates as a Spanish patient writes them, day before month."""
    assert parse_date(text, today=TODAY, vocabulary=SPANISH, allow_future=False) == expected


def test_accented_weekdays() -> None:
    """ "sábado" and "miércoles" as most patients write them, accents and all."""
    # As in English, a bare weekday is the coming one.
    assert parse_date("el sábado", today=TODAY, vocabulary=SPANISH) == date(2026, 12, 5)
    assert parse_date("el sábado", today=TODAY, vocabulary=SPANISH) == parse_date(
        "el sabado", today=TODAY, vocabulary=SPANISH
    )


def test_a_full_spanish_date_with_its_year() -> None:
    """ "12 de marzo de 2026", the usual written form."""
    assert parse_date("12 de marzo de 2026", today=TODAY, vocabulary=SPANISH) == date(2026, 3, 12)


def test_spanish_dates_ahead_and_ambiguous() -> None:
    """ "mañana" and "dentro de 2 días" look ahead; "3/4" is asked back."""
    assert parse_date("mañana", today=TODAY, vocabulary=SPANISH) == date(2026, 12, 4)
    assert parse_date("dentro de 2 días", today=TODAY, vocabulary=SPANISH) == date(2026, 12, 5)
    assert parse_date("el próximo viernes", today=TODAY, vocabulary=SPANISH) == date(2026, 12, 4)
    assert isinstance(parse_date("3/4", today=TODAY, vocabulary=SPANISH), AmbiguousDate)
    wrong = parse_date("31 de febrero", today=TODAY, vocabulary=SPANISH)
    assert isinstance(wrong, DateParseError)
    assert wrong.code is Problem.DATE_NO_SUCH_DAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a las 8", time(8)),
        ("19:30", time(19, 30)),
        ("7 de la tarde", time(19)),
        ("a las 9:30 de la noche", time(21, 30)),
        ("8 y media", time(8, 30)),
        ("a las 10 de la mañana", time(10)),
        ("mediodía", time(12)),
        ("19 h", time(19)),
        ("a las 21 horas", time(21)),
    ],
)
def test_spanish_times(text: str, expected: time) -> None:
    """Times with "a las", "de la tarde", "y media" and "h"."""
    assert parse_time(text, vocabulary=SPANISH) == expected


def test_a_spanish_time_that_is_no_time() -> None:
    """An hour past 23 or words that are no time are refused."""
    assert isinstance(parse_time("a las 25", vocabulary=SPANISH), TimeParseError)
    assert isinstance(parse_time("cuando pueda", vocabulary=SPANISH), TimeParseError)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 mg", (Decimal(1), DoseUnit.MG)),
        ("1000 mcg", (Decimal(1000), DoseUnit.MCG)),
        ("1,5 mg", (Decimal("1.5"), DoseUnit.MG)),
        ("1000 microgramos", (Decimal(1000), DoseUnit.MCG)),
        ("0,5 miligramos", (Decimal("0.5"), DoseUnit.MG)),
    ],
)
def test_spanish_doses(text: str, expected: tuple[Decimal, DoseUnit]) -> None:
    """Doses with Spanish units and a decimal comma."""
    assert parse_dose(text, vocabulary=SPANISH) == expected


def test_spanish_thousands_dot_and_wrong_units_are_asked_about() -> None:
    """ "1.000 mcg" could be one or a thousand: never guessed; millilitres are no dose."""
    ambiguous = parse_dose("1.000 mcg", vocabulary=SPANISH)
    assert ambiguous == DoseParseError(Problem.DOSE_AMBIGUOUS_SEPARATOR)
    assert parse_dose("1 ml", vocabulary=SPANISH) == DoseParseError(Problem.DOSE_WRONG_UNIT)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Nueva York", "America/New_York"),
        ("Londres", "Europe/London"),
        ("vivo en Sevilla", "Europe/Madrid"),
        ("Bogotá", "America/Bogota"),
        ("Ciudad de México", "America/Mexico_City"),
        ("Tenerife", "Atlantic/Canary"),
        ("Múnich", "Europe/Berlin"),
    ],
)
def test_spanish_place_names(text: str, zone: str) -> None:
    """Cities and countries as Spanish writes them."""
    assert parse_time_zone(text, vocabulary=SPANISH) == ZoneInfo(zone)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ajustes", OpenSettings()),
        ("abre la configuración, por favor", OpenSettings()),
        ("cambia la hora de mis recordatorios a las 19:30", NewReminderTime(time(19, 30))),
        ("recuérdame a las 8 de la mañana", NewReminderTime(time(8))),
        ("cambiar mi zona horaria a Londres", NewZone("Londres")),
        ("me he mudado a Berlín", NewZone("Berlín")),
        (
            "estoy de viaje en Nueva York hasta el viernes",
            Travelling("Nueva York", date(2026, 12, 4)),
        ),
        ("ya estoy en casa", BackHome()),
        ("he vuelto del viaje", BackHome()),
        ("acabo de aterrizar a Tokio", NowIn("Tokio")),
    ],
)
def test_spanish_settings_requests(text: str, expected: SettingsRequest) -> None:
    """Settings asked for in Spanish words."""
    assert parse_settings_request(text, today=TODAY, vocabulary=SPANISH) == expected


@pytest.mark.parametrize(
    "text", ["recuérdamelo esta noche a las 9", "estoy en la farmacia", "me la pongo a las 8"]
)
def test_spanish_messages_that_ask_no_setting(text: str) -> None:
    """A snooze, a place that is no zone and a dose reply change no setting."""
    assert parse_settings_request(text, today=TODAY, vocabulary=SPANISH) is None


def test_spanish_appointments_durations_counts_and_lab_dates() -> None:
    """Appointments, follow-up delays, counts and "N semanas después del inicio"."""
    friday = Appointment(date(2026, 12, 4), time(10, 30))
    assert parse_appointment("el viernes a las 10:30", today=TODAY, vocabulary=SPANISH) == friday
    booked = parse_appointment("tengo cita el 16 a las 14:00", today=TODAY, vocabulary=SPANISH)
    assert booked == Appointment(date(2026, 12, 16), time(14))
    assert parse_minutes("2 horas", shortest=15, longest=720, vocabulary=SPANISH) == 120
    assert parse_minutes("45 minutos", shortest=15, longest=720, vocabulary=SPANISH) == 45
    assert parse_count("siete inyecciones", minimum=1, maximum=30, vocabulary=SPANISH) == 7
    due = parse_relative_due("8 semanas después del inicio", vocabulary=SPANISH)
    assert due is not None
    assert due.anchor == "start"
    later = parse_relative_due("2 semanas tras el mantenimiento", vocabulary=SPANISH)
    assert later is not None
    assert later.anchor == "maintenance"


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80))
def test_arbitrary_text_never_raises_in_spanish(text: str) -> None:
    """Whatever is typed, the Spanish parsers answer and never raise."""
    assert parse_intent(text, today=TODAY, vocabulary=SPANISH) is not None
    parse_date(text, today=TODAY, vocabulary=SPANISH)
    parse_time(text, vocabulary=SPANISH)
    parse_dose(text, vocabulary=SPANISH)
    parse_time_zone(text, vocabulary=SPANISH)
    parse_settings_request(text, today=TODAY, vocabulary=SPANISH)
    assert isinstance(parse_intent(f"hecho {text}", today=TODAY, vocabulary=SPANISH), Intent)


def test_unknown_is_what_a_greeting_gives() -> None:
    """A greeting is Unknown, so the bot answers with help."""
    assert parse_intent("hola", today=TODAY, vocabulary=SPANISH) == Unknown()


# --- The day first, times in words, dates with a year, spaced thousands -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ayer me la puse", Done(taken_on=YESTERDAY)),
        ("el lunes me la puse", Done(taken_on=MONDAY)),
        ("ayer ya me la puse", Done(taken_on=YESTERDAY)),
        ("el viernes pasado me la puse", Done(taken_on=date(2026, 11, 27))),
        ("ayer no me la puse", Late()),
        ("la pongo mañana", WillDo(date(2026, 12, 4))),
        ("¿ayer me la puse?", Unknown()),
    ],
)
def test_a_spanish_day_before_the_done_words(text: str, expected: Intent) -> None:
    """ "ayer me la puse": the day first; a negation, a plan and a question keep their reading."""
    assert parse_intent(text, today=TODAY, vocabulary=SPANISH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el viernes pasado", date(2026, 11, 27)),
        ("el lunes pasado", MONDAY),
        ("12 de marzo de 2027", date(2027, 3, 12)),
    ],
)
def test_spanish_last_weekday_and_full_dates(text: str, expected: date) -> None:
    """ "el viernes pasado" (last after the weekday), a full date with "de" before its year."""
    assert parse_date(text, today=TODAY, vocabulary=SPANISH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mañana a las 7 de la tarde", Appointment(date(2026, 12, 4), time(19))),
        ("mañana 7 de la tarde", Appointment(date(2026, 12, 4), time(19))),
        ("el lunes a las 9 de la mañana", Appointment(date(2026, 12, 7), time(9))),
        ("el 16 a las 19:00", Appointment(date(2026, 12, 16), time(19))),
        ("mañana 19:00 h", Appointment(date(2026, 12, 4), time(19))),
        ("12 de marzo de 2027 a las 10:00", Appointment(date(2027, 3, 12), time(10))),
    ],
)
def test_spanish_appointment_times_in_words(text: str, expected: Appointment) -> None:
    """An appointment "a las 7 de la tarde", "9 de la mañana", "19:00 h"."""
    assert parse_appointment(text, today=TODAY, vocabulary=SPANISH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("recuérdame a las 7 de la tarde", NewReminderTime(time(19))),
        ("cambia mi recordatorio a las 9 de la mañana", NewReminderTime(time(9))),
        ("cambia la hora del recordatorio a las 19:00", NewReminderTime(time(19))),
    ],
)
def test_spanish_reminder_times_in_words(text: str, expected: NewReminderTime) -> None:
    """The reminder time asked for with the part of the day."""
    assert parse_settings_request(text, today=TODAY, vocabulary=SPANISH) == expected


def test_spanish_doses_with_a_space_between_thousands() -> None:
    """ "1 000 mcg" (space or no-break space) is a thousand; "1,000 mcg" is still asked back."""
    for typed in ("1 000 mcg", "1\u00a0000 mcg", "1\u202f000 mcg"):
        assert parse_dose(typed, vocabulary=SPANISH) == (Decimal(1000), DoseUnit.MCG)
    assert parse_dose("1,000 mcg", vocabulary=SPANISH) == DoseParseError(
        Problem.DOSE_AMBIGUOUS_SEPARATOR
    )
