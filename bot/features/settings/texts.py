"""The words and buttons of /settings: the menu card, zones as cities, what a change did."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.catalog.catalog import Catalog
from bot.catalog.vocabulary import spoken_languages
from bot.domain.local_time import local_to_utc
from bot.features.language.command import CHOOSE, language_name
from bot.features.language.command import PREFIX as LANGUAGE_PREFIX
from bot.features.patient_clock import moment_in_zone, wall_time, zone_city
from bot.features.preferences.follow_up import delay_text
from bot.features.setup.questions import zone_label
from bot.services.patient_time import Trip, home_zone_of, reminder_time_of, shown_beside, trip_of
from bot.services.settings_changes import NextReminder, Shift
from bot.telegram.callback_data import SEPARATOR, CallbackPrefix
from storage.models import Patient

PREFIX = CallbackPrefix.SETTINGS.value
# The settings card's Language button opens /language's choice on the card itself.
LANGUAGE_CHOICE = SEPARATOR.join((LANGUAGE_PREFIX, CHOOSE))
# The reminder times offered as buttons (the patient may type any other).
QUICK_TIMES = (time(7), time(8), time(9), time(12), time(18), time(20))
ZONES_PER_ROW = 2
OFFSETS_PER_ROW = 4


@dataclass(frozen=True)
class CardValues:
    """What the menu card shows, read in one unit of work."""

    patient: Patient
    now: datetime
    next_up: NextReminder | None
    clinic: bool


def data(*fields: str) -> str:
    """A button's data: "set:<field>:…"."""
    return SEPARATOR.join((PREFIX, *fields))


def buttons(rows: Sequence[Sequence[tuple[str, str]]]) -> InlineKeyboardMarkup:
    """Inline buttons from (label, data) rows; empty rows are left out."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=value) for label, value in row]
            for row in rows
            if row
        ]
    )


def back_button(catalog: Catalog) -> list[tuple[str, str]]:
    """The row that returns to the menu card."""
    return [(catalog.text("settings-button-back"), data("menu"))]


def typed_day(catalog: Catalog, day: date) -> str:
    """A day as the patient can type it back: "21 Dec" (a weekday in front is not read)."""
    return str(format_skeleton("MMMd", day, locale=catalog.locale))


def when_text(catalog: Catalog, instant: datetime, zone: ZoneInfo) -> str:
    """ "Mon 7 Dec, 08:30 London time"."""
    return moment_in_zone(catalog, instant, zone)


def next_text(catalog: Catalog, next_up: NextReminder, beside: ZoneInfo | None) -> str:
    """The next reminder in its zone, and in the zone the patient is in when that differs."""
    when = when_text(catalog, next_up.due_at, next_up.zone)
    if beside is None or beside.key == next_up.zone.key:
        return when
    there = next_up.due_at.astimezone(beside)
    values = {"when": when, "time": catalog.clock(there), "city": zone_city(catalog, beside)}
    if there.date() == next_up.due_at.astimezone(next_up.zone).date():
        return catalog.text("settings-beside-time", **values)
    return catalog.text("settings-beside-day", day=catalog.day(there.date()), **values)


def trip_line(catalog: Catalog, patient: Patient, trip: Trip) -> str:
    """ "In New York until Mon 21 Dec — reminders keep London time"."""
    values = {"place": zone_city(catalog, trip.zone), "day": catalog.day(trip.until)}
    if trip.follows_local:
        return catalog.text("settings-line-trip-local", **values)
    home = zone_city(catalog, home_zone_of(patient))
    return catalog.text("settings-line-trip-keep", home=home, **values)


def card_text(catalog: Catalog, values: CardValues) -> str:
    """The menu card: every current value, then the question."""
    patient = values.patient
    home = home_zone_of(patient)
    lines = [
        catalog.text("settings-title"),
        catalog.text(
            "settings-line-zone",
            zone=zone_label(catalog, home.key),
            time=catalog.clock(values.now, home),
        ),
        catalog.text("settings-line-reminder", time=wall_time(catalog, reminder_time_of(patient))),
        catalog.text(
            "settings-line-follow-up", delay=delay_text(catalog, patient.follow_up_after_minutes)
        ),
    ]
    if values.clinic:
        days = catalog.days(patient.appointment_notice_days)
        lines.append(catalog.text("settings-line-notice", days=days))
    lines.append(catalog.text("settings-line-language", language=language_name(catalog.language)))
    trip = trip_of(patient)
    if trip is not None:
        lines.append(trip_line(catalog, patient, trip))
    if values.next_up is None:
        lines.append(catalog.text("settings-line-next-none"))
    else:
        when = next_text(catalog, values.next_up, shown_beside(patient))
        lines.append(catalog.text("settings-line-next", when=when))
    return "\n".join(lines) + "\n\n" + catalog.text("settings-pick")


def card_keyboard(catalog: Catalog, values: CardValues) -> InlineKeyboardMarkup:
    """A button per setting, the trip button that fits, and Close."""
    travel = (
        (catalog.text("settings-button-trip-end"), data("tripend"))
        if trip_of(values.patient) is not None
        else (catalog.text("settings-button-trip"), data("trip"))
    )
    notice = [(catalog.text("settings-button-notice"), data("notice"))] if values.clinic else []
    # Only offered when there is a choice to make.
    language = (
        [(catalog.text("settings-button-language"), LANGUAGE_CHOICE)]
        if len(spoken_languages()) > 1
        else []
    )
    return buttons(
        [
            [
                (catalog.text("settings-button-zone"), data("zone")),
                (catalog.text("settings-button-time"), data("time")),
            ],
            [(catalog.text("settings-button-follow-up"), data("followup")), *notice],
            [travel, *language],
            [(catalog.text("settings-button-close"), data("close"))],
        ]
    )


def time_keyboard(catalog: Catalog) -> InlineKeyboardMarkup:
    """The quick reminder times, three to a row, and Back."""
    picks = [(wall_time(catalog, at), data("time", f"{at:%H%M}")) for at in QUICK_TIMES]
    return buttons([picks[:3], picks[3:], back_button(catalog)])


def candidate_keyboard(
    catalog: Catalog, choices: Sequence[tuple[str | None, str]]
) -> InlineKeyboardMarkup:
    """The zones a typed place could mean (after the place a misspelling matched), and Back."""
    labels = [
        (
            zone_label(catalog, zone)
            if place is None
            else catalog.text(
                "setup-zone-place-label", place=place, zone=zone_label(catalog, zone)
            ),
            data("zone", zone),
        )
        for place, zone in choices
    ]
    rows = [labels[i : i + ZONES_PER_ROW] for i in range(0, len(labels), ZONES_PER_ROW)]
    return buttons([*rows, back_button(catalog)])


def offset_keyboard(catalog: Catalog) -> InlineKeyboardMarkup:
    """UTC-12 … UTC+14 as Etc zones (as setup offers them), and Back."""
    names = [_offset_zone(hours) for hours in range(-12, 15)]
    labels = [(zone_label(catalog, name), data("zone", name)) for name in names]
    rows = [labels[i : i + OFFSETS_PER_ROW] for i in range(0, len(labels), OFFSETS_PER_ROW)]
    return buttons([*rows, back_button(catalog)])


def _offset_zone(hours: int) -> str:
    """The IANA name of a whole-hour offset east of UTC ("Etc/GMT-2" is UTC+2)."""
    if hours == 0:
        return "UTC"
    return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"


def moved_keyboard(catalog: Catalog, home: ZoneInfo, there: ZoneInfo) -> InlineKeyboardMarkup:
    """I moved / travelling and keeping home time / travelling and following local time."""
    place, home_city = zone_city(catalog, there), zone_city(catalog, home)
    return buttons(
        [
            [(catalog.text("settings-button-moved", place=place), data("move"))],
            [(catalog.text("settings-button-keep", home=home_city), data("keep"))],
            [(catalog.text("settings-button-local", place=place), data("local"))],
            back_button(catalog),
        ]
    )


def mode_keyboard(catalog: Catalog, home: ZoneInfo, there: ZoneInfo) -> InlineKeyboardMarkup:
    """Keep home time, or follow the local time there."""
    return buttons(
        [
            [
                (
                    catalog.text("settings-button-keep-only", home=zone_city(catalog, home)),
                    data("keep"),
                )
            ],
            [
                (
                    catalog.text("settings-button-local-only", place=zone_city(catalog, there)),
                    data("local"),
                )
            ],
            back_button(catalog),
        ]
    )


def mode_question(
    catalog: Catalog, *, home: ZoneInfo, there: ZoneInfo, at: time, today: date
) -> str:
    """ "While you're in New York, keep London time or follow New York time? …"."""
    instant = local_to_utc(today, at, home)
    return catalog.text(
        "settings-ask-mode",
        place=zone_city(catalog, there),
        home=zone_city(catalog, home),
        home_time=wall_time(catalog, at),
        away_time=catalog.clock(instant, there),
    )


def confirm_keyboard(catalog: Catalog) -> InlineKeyboardMarkup:
    """Yes, change it / No, keep it."""
    return buttons(
        [
            [(catalog.text("settings-button-yes"), data("yes"))],
            [(catalog.text("settings-button-no"), data("no"))],
        ]
    )


def _same(first: NextReminder, second: NextReminder) -> bool:
    """Whether two reminders fall at the same instant, read in the same zone."""
    return first.due_at == second.due_at and first.zone.key == second.zone.key


def shift_sentence(catalog: Catalog, shift: Shift, beside: ZoneInfo | None) -> str:
    """One sentence on how the next injection's reminder moved (or that nothing is planned)."""
    if shift.after is None:
        return catalog.text("settings-done-nothing-planned")
    after = next_text(catalog, shift.after, beside)
    if shift.before is None or _same(shift.before, shift.after):
        return catalog.text("settings-done-stays", when=after)
    before = when_text(catalog, shift.before.due_at, shift.before.zone)
    return catalog.text("settings-done-moved", before=before, after=after)
