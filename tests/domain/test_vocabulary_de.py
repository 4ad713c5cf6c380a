"""The German vocabulary: replies, dates, times, doses, zones, settings, as German speakers write.

The examples were written from how patients write in German, each with what the bot must
make of it; ordinary messages must not be read as a dose answer. Some German word orders the
domain cannot read yet are pinned as "not read" (asked again), never misread.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.catalog.vocabulary.german import GERMAN
from bot.domain.labs import RelativeDue, parse_relative_due
from bot.domain.parsing.appointment_times import Appointment, AppointmentProblem, parse_appointment
from bot.domain.parsing.dates import AmbiguousZone, DateParseError, TimeParseError
from bot.domain.parsing.durations import parse_minutes
from bot.domain.parsing.replies import (
    AmbiguousDate,
    AskNext,
    AskStatus,
    Done,
    DoseParseError,
    Forgot,
    Help,
    History,
    Intent,
    IntentError,
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
    Travelling,
    parse_settings_request,
)
from bot.domain.problems import Problem
from bot.domain.red_flags import find_red_flags
from bot.domain.regimen import DoseUnit

TODAY = date(2026, 12, 3)  # a Thursday
FAST = settings(max_examples=200, deadline=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erledigt", Done()),
        ("ja, erledigt 👍", Done()),
        ("Hab sie gerade gespritzt", Done()),
        ("Spritze ist drin", Done()),
        ("habe mir die Spritze gegeben", Done()),
        ("erledigt am Montag", Done(taken_on=date(2026, 11, 30))),
        ("Erledigt, gestern", Done(taken_on=date(2026, 12, 2))),
        ("erledigt am 1.12.", Done(taken_on=date(2026, 12, 1))),
        ("Erledigt am 3. Dez.", Done(taken_on=date(2026, 12, 3))),
        ("Spritze gesetzt, rechter Oberschenkel", Done(site="right thigh")),
        ("erledigt in den linken Arm", Done(site="left arm")),
        ("in den linken Arm gespritzt", Done(site="left arm")),
        ("hab sie heute in den rechten Oberschenkel gespritzt", Done(site="right thigh")),
        ("erledigt morgen", IntentError(Problem.DONE_DATE_IN_FUTURE)),
        ("noch nicht", Late()),
        ("Später bitte", Late()),
        ("Nein, hab ich nicht", Late()),
        ("Ich habe sie noch nicht gespritzt", Late()),
        ("Überspringen", Skip()),
        ("heute auslassen", Skip()),
        ("Ich lasse sie diesmal aus, bin erkältet", Skip("bin erkältet")),
        ("Wann ist meine nächste Spritze?", AskNext()),
        ("wann muss ich wieder spritzen", AskNext()),
        ("wann muss ich wieder?", AskNext()),
        ("Nächste Spritze?", AskNext()),
        ("Wie läuft es?", AskStatus()),
        ("Status", AskStatus()),
        ("Wie viele Spritzen habe ich schon gemacht?", AskStatus()),
        ("Welche habe ich verpasst?", History()),
        ("Zeig mir meinen Verlauf", History()),
        ("Hilfe", Help()),
        ("Was kannst du?", Help()),
        ("Ich habe meine Spritze vergessen", Forgot()),
        ("Mist, vergessen!", Forgot()),
        ("mache ich heute Abend", WillDo(TODAY)),
        ("Ich hole sie morgen nach", WillDo(date(2026, 12, 4))),
    ],
)
def test_german_replies_are_understood(text: str, expected: Intent) -> None:
    """Done, late, skip, forgot, will do and the questions, as German patients write them."""
    assert parse_intent(text, today=TODAY, vocabulary=GERMAN) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Guten Morgen",
        "Danke schön",
        "Wie geht es Ihnen?",
        "Ich habe heute keine Zeit",
        "Ich war heute beim Arzt",
        "Das Wetter ist schön",
        "Ich bin fertig",
        "Was soll ich machen?",
        "keine Ahnung",
    ],
)
def test_ordinary_german_messages_are_not_a_dose_answer(text: str) -> None:
    """Chat, thanks and questions are not recorded as a dose taken, late or skipped."""
    assert parse_intent(text, today=TODAY, vocabulary=GERMAN) == Unknown()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("heute", TODAY),
        ("vorgestern", date(2026, 12, 1)),
        ("übermorgen", date(2026, 12, 5)),
        ("heute Abend", TODAY),
        ("am Dienstag", date(2026, 12, 8)),
        ("letzten Freitag", date(2026, 11, 27)),
        ("nächsten Donnerstag", date(2026, 12, 10)),
        ("12. Mai", date(2027, 5, 12)),
        ("3. Dez.", date(2026, 12, 3)),
        ("20.12.2026", date(2026, 12, 20)),
        ("vor zwei Wochen", date(2026, 11, 19)),
        ("vor einer Woche", date(2026, 11, 26)),
        ("in 3 Tagen", date(2026, 12, 6)),
        ("3/4", AmbiguousDate((date(2027, 4, 3), date(2027, 3, 4)))),
    ],
)
def test_german_dates(text: str, expected: date | AmbiguousDate) -> None:
    """Relative days, weekdays, day-month order with month names, numeric dates."""
    assert parse_date(text, today=TODAY, vocabulary=GERMAN) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31. Juni", Problem.DATE_NO_SUCH_DAY),
        ("12", Problem.DATE_MISSING_MONTH),
        ("Hallo", Problem.DATE_UNRECOGNISED),
    ],
)
def test_german_dates_that_are_refused(text: str, problem: Problem) -> None:
    """An impossible day, a day without its month, and a word that is no date."""
    answer = parse_date(text, today=TODAY, vocabulary=GERMAN)
    assert isinstance(answer, DateParseError)
    assert answer.code is problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 Uhr", time(19)),
        ("um 7:30", time(7, 30)),
        ("ca. 8 Uhr", time(8)),
        ("21.30 Uhr", time(21, 30)),
        ("Mittag", time(12)),
    ],
)
def test_german_times(text: str, expected: time) -> None:
    """The 24-hour clock with or without "Uhr", and noon."""
    assert parse_time(text, vocabulary=GERMAN) == expected


def test_half_past_in_words_is_asked_again_not_misread() -> None:
    """ "halb acht" (7:30) is not read yet (a gap): the patient is asked for the time again."""
    assert isinstance(parse_time("halb acht", vocabulary=GERMAN), TimeParseError)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000 µg", (Decimal(1000), DoseUnit.MCG)),
        ("1000 Mikrogramm", (Decimal(1000), DoseUnit.MCG)),
        ("1 mg", (Decimal(1), DoseUnit.MG)),
        ("1,5 mg", (Decimal("1.5"), DoseUnit.MG)),
    ],
)
def test_german_doses(text: str, expected: tuple[Decimal, DoseUnit]) -> None:
    """Micrograms as "µg", a decimal comma."""
    assert parse_dose(text, vocabulary=GERMAN) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1.000 µg", Problem.DOSE_AMBIGUOUS_SEPARATOR),
        ("1000", Problem.DOSE_NEEDS_UNIT),
        ("2 ml", Problem.DOSE_WRONG_UNIT),
    ],
)
def test_german_doses_that_are_asked_again(text: str, problem: Problem) -> None:
    """A thousands dot, a missing unit, a volume: never guessed."""
    answer = parse_dose(text, vocabulary=GERMAN)
    assert isinstance(answer, DoseParseError)
    assert answer.code is problem


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("München", "Europe/Berlin"),
        ("in Köln", "Europe/Berlin"),
        ("Frankfurt am Main", "Europe/Berlin"),
        ("Wien", "Europe/Vienna"),
        ("Zürich", "Europe/Zurich"),
        ("Moskau", "Europe/Moscow"),
        ("New York", "America/New_York"),
        ("MEZ", "Europe/Berlin"),
        ("Deutschland", "Europe/Berlin"),
    ],
)
def test_german_place_names(text: str, zone: str) -> None:
    """Cities and countries as written in German, and the German zone abbreviation."""
    assert parse_time_zone(text, vocabulary=GERMAN) == ZoneInfo(zone)


def test_a_near_miss_of_a_german_city_is_offered_back() -> None:
    """ "Mnchen" is offered as München, not refused."""
    answer = parse_time_zone("Mnchen", vocabulary=GERMAN)
    assert isinstance(answer, AmbiguousZone)
    assert answer.candidates == (ZoneInfo("Europe/Berlin"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Einstellungen", OpenSettings()),
        ("Erinnerungszeit auf 19 Uhr ändern", NewReminderTime(time(19))),
        ("Erinnere mich um 8 Uhr", NewReminderTime(time(8))),
        ("Zeitzone auf Berlin ändern", NewZone("Berlin")),
        ("Ich bin nach Wien umgezogen", NewZone("Wien")),
        ("Ich bin umgezogen nach Berlin", NewZone("Berlin")),
        ("Ich verreise", Travelling(None, None)),
        ("Ich verreise nach Wien bis zum 20. Dezember", Travelling("Wien", date(2026, 12, 20))),
        ("Ich bin jetzt in München", NowIn("München")),
        ("Ich bin auf Reisen in Wien bis 20. Dezember", Travelling("Wien", date(2026, 12, 20))),
        ("Ich bin wieder zu Hause", BackHome()),
        ("Guten Tag", None),
    ],
)
def test_german_settings_requests(text: str, expected: object) -> None:
    """The settings page, the reminder time, the zone and travel, asked for in words."""
    assert parse_settings_request(text, today=TODAY, vocabulary=GERMAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("sieben", 7), ("einundzwanzig", 21), ("7 Spritzen", 7), ("zwölf", 12)],
)
def test_german_counts(text: str, expected: int) -> None:
    """A small number in digits or words, with a noun."""
    assert parse_count(text, minimum=1, maximum=60, vocabulary=GERMAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("morgen um 9 Uhr", Appointment(date(2026, 12, 4), time(9))),
        ("übermorgen um 10:30", Appointment(date(2026, 12, 5), time(10, 30))),
        ("Termin am 16. Dez. um 14 Uhr", Appointment(date(2026, 12, 16), time(14))),
    ],
)
def test_german_appointments(text: str, expected: Appointment) -> None:
    """A booked appointment's day and time."""
    assert parse_appointment(text, today=TODAY, vocabulary=GERMAN) == expected


@pytest.mark.parametrize(
    ("text", "minutes"), [("2 Stunden", 120), ("45 Minuten", 45), ("1,5 h", 90), ("2 Std.", 120)]
)
def test_german_delays(text: str, minutes: int) -> None:
    """A follow-up delay in hours or minutes."""
    assert parse_minutes(text, shortest=15, longest=720, vocabulary=GERMAN) == minutes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8 Wochen nach Beginn", RelativeDue("start", relativedelta(days=56))),
        ("2 Wochen nach der Erhaltungsphase", RelativeDue("maintenance", relativedelta(days=14))),
        ("zehn Tage nach der ersten Spritze", RelativeDue("start", relativedelta(days=10))),
    ],
)
def test_german_lab_dates_after_a_start(text: str, expected: RelativeDue) -> None:
    """A lab test timed from the start or a phase."""
    assert parse_relative_due(text, vocabulary=GERMAN) == expected


GERMAN_TEXT = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ0123456789 .,:!?-/+µ'")),
    max_size=60,
)


@FAST
@given(text=st.one_of(st.text(max_size=60), GERMAN_TEXT))
def test_arbitrary_text_never_raises(text: str) -> None:
    """Whatever a patient types, every German parser answers without raising."""
    parse_intent(text, today=TODAY, vocabulary=GERMAN)
    parse_date(text, today=TODAY, vocabulary=GERMAN)
    parse_time(text, vocabulary=GERMAN)
    parse_dose(text, vocabulary=GERMAN)
    parse_time_zone(text, vocabulary=GERMAN)
    parse_settings_request(text, today=TODAY, vocabulary=GERMAN)
    parse_appointment(text, today=TODAY, vocabulary=GERMAN)
    parse_relative_due(text, vocabulary=GERMAN)
    find_red_flags(text, vocabulary=GERMAN.red_flags)


# --- The day before the participle, times in words, dates with a year --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gestern erledigt", Done(taken_on=date(2026, 12, 2))),
        ("gestern gemacht", Done(taken_on=date(2026, 12, 2))),
        ("habe sie gestern gespritzt", Done(taken_on=date(2026, 12, 2))),
        ("am Montag gespritzt", Done(taken_on=date(2026, 11, 30))),
        ("letzten Freitag gespritzt", Done(taken_on=date(2026, 11, 27))),
        ("gestern nicht gemacht", Late()),
        ("mache ich morgen", WillDo(date(2026, 12, 4))),
        ("gestern erledigt?", Unknown()),
    ],
)
def test_a_german_day_before_the_participle(text: str, expected: Intent) -> None:
    """German puts the participle last: the day comes first, and a negation still counts."""
    assert parse_intent(text, today=TODAY, vocabulary=GERMAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("um 7 Uhr abends", time(19)),
        ("7 Uhr morgens", time(7)),
        ("14.30 Uhr", time(14, 30)),
        ("um 8:30 abends", time(20, 30)),
        ("3 Uhr nachmittags", time(15)),
        ("11 Uhr nachts", time(23)),
        ("2 Uhr nachts", time(2)),
        ("um 6 Uhr früh", time(6)),
    ],
)
def test_german_times_with_the_part_of_the_day(text: str, expected: time) -> None:
    """ "7 Uhr abends" is 19:00, "2 Uhr nachts" 02:00: the 12-hour clock as Germans say it."""
    assert parse_time(text, vocabulary=GERMAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erinnere mich um 7 Uhr abends", NewReminderTime(time(19))),
        ("Erinnerungszeit auf 14.30 Uhr ändern", NewReminderTime(time(14, 30))),
    ],
)
def test_german_reminder_times_in_words(text: str, expected: NewReminderTime) -> None:
    """The reminder time asked for with "Uhr" and the part of the day."""
    assert parse_settings_request(text, today=TODAY, vocabulary=GERMAN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("morgen 19 Uhr", Appointment(date(2026, 12, 4), time(19))),
        ("morgen um 7 Uhr abends", Appointment(date(2026, 12, 4), time(19))),
        ("gegen 14.30 Uhr übermorgen", Appointment(date(2026, 12, 5), time(14, 30))),
        ("am 16. um 14 Uhr", Appointment(date(2026, 12, 16), time(14))),
        ("am 2. um 9 Uhr", Appointment(date(2027, 1, 2), time(9))),
        ("am 12. März 2027 um 10 Uhr", Appointment(date(2027, 3, 12), time(10))),
    ],
)
def test_german_appointment_times_in_words(text: str, expected: Appointment) -> None:
    """An appointment at "19 Uhr", "7 Uhr abends", on "am 16." (this or next month)."""
    assert parse_appointment(text, today=TODAY, vocabulary=GERMAN) == expected


def test_a_german_hour_alone_is_asked_am_or_pm() -> None:
    """ "um 2 Uhr" may be 02:00 or 14:00: asked, never guessed."""
    answer = parse_appointment("morgen um 2 Uhr", today=TODAY, vocabulary=GERMAN)
    assert answer is AppointmentProblem.NEEDS_AM_PM


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12. März 2026", date(2026, 3, 12)),
        ("am 12. März 2027", date(2027, 3, 12)),
        ("letzter Freitag", date(2026, 11, 27)),
        ("So., 13. Dez.", date(2026, 12, 13)),
        ("Di., 8. Dez.", date(2026, 12, 8)),
    ],
)
def test_german_dates_with_a_year(text: str, expected: date) -> None:
    """A full date with its year, "letzter" folded onto "letzten", a day as the catalog writes."""
    assert parse_date(text, today=TODAY, vocabulary=GERMAN) == expected


def test_a_weekday_that_does_not_fit_its_date_is_asked_again() -> None:
    """ "Mo., 8. Dez." (the 8th is a Tuesday) is a slip: never moved to a year where it fits."""
    assert isinstance(parse_date("Mo., 8. Dez.", today=TODAY, vocabulary=GERMAN), DateParseError)


def test_german_doses_with_a_space_between_thousands() -> None:
    """ "1 000 µg" (space or no-break space) is a thousand; "1,000 µg" is still asked back."""
    for typed in ("1 000 µg", "1\u00a0000 µg", "1\u202f000 µg"):
        assert parse_dose(typed, vocabulary=GERMAN) == (Decimal(1000), DoseUnit.MCG)
    assert parse_dose("1,000 µg", vocabulary=GERMAN) == DoseParseError(
        Problem.DOSE_AMBIGUOUS_SEPARATOR
    )
