"""How the patient's clock is worded: a zone by its city, and home time beside local time.

Shared by /settings, /status, /next and the dose reminders, so a trip reads the same
everywhere: "Mon 7 Dec, 08:30 London time (03:30 in New York)".
"""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.catalog.catalog import Catalog
from bot.features.setup.questions import zone_label
from bot.services.patient_time import home_zone_of, reminder_time_of, shown_beside, trip_of
from storage.models import Patient


def zone_city(catalog: Catalog, zone: ZoneInfo | str) -> str:
    """A zone as a place: "Europe/London" is "London", "Etc/GMT-2" is "UTC+2"."""
    name = zone if isinstance(zone, str) else zone.key
    if name.startswith("Etc/") or "/" not in name:
        return zone_label(catalog, name)
    return name.rsplit("/", 1)[1].replace("_", " ")


def moment_in_zone(catalog: Catalog, instant: datetime, zone: ZoneInfo) -> str:
    """An instant with the zone's name: "Mon 7 Dec, 08:30 London time"."""
    return catalog.text(
        "clock-moment-in-zone", when=catalog.moment(instant, zone), city=zone_city(catalog, zone)
    )


def also_there(catalog: Catalog, patient: Patient, instant: datetime) -> str:
    """While a trip keeps home time: " (03:30 in New York)"; otherwise nothing."""
    beside = shown_beside(patient)
    if beside is None:
        return ""
    return catalog.text(
        "clock-also-there", time=catalog.clock(instant, beside), city=zone_city(catalog, beside)
    )


def wall_time(catalog: Catalog, at: time) -> str:
    """A wall time as the patient's clock shows it: "08:30"."""
    # Any day will do: only the hour and minute are read.
    return catalog.clock(datetime.combine(date(2000, 1, 1), at))


def clock_lines(catalog: Catalog, patient: Patient) -> str:
    """The patient's reminder time and zone, and the trip in force, as lines for /status."""
    home = home_zone_of(patient)
    at = reminder_time_of(patient)
    text = catalog.text(
        "clock-reminders-at",
        time=wall_time(catalog, at),
        city=zone_city(catalog, home),
    )
    trip = trip_of(patient)
    if trip is None:
        return text
    values = {
        "city": zone_city(catalog, trip.zone),
        "home": zone_city(catalog, home),
        "day": catalog.day(trip.until),
    }
    if trip.follows_local:
        here = catalog.text("clock-reminders-at", time=wall_time(catalog, at), city=values["city"])
        return here + catalog.text("clock-trip-follows-local", **values)
    return text + catalog.text("clock-trip-keeps-home", **values)
