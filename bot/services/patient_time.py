"""The patient's clock: their zone and reminder time, read here and nowhere else.

A trip changes what these return: while it follows local time, the patient's days and
reminders are in the zone travelled to until the return day; while it keeps home time,
they stay at home and the zone there is only shown beside them.
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.schedule import Away
from storage.models import Patient

# When no reminder time was chosen, reminders come at 09:00 in the patient's zone.
DEFAULT_REMINDER_TIME = time(9, 0)


class TravelMode(StrEnum):
    """How reminders follow a patient who travels (the stored values never change)."""

    KEEP_HOME = "keep_home"
    FOLLOW_LOCAL = "follow_local"


@dataclass(frozen=True)
class Trip:
    """A trip in force: the zone there, the local day the patient is back, how reminders follow."""

    zone: ZoneInfo
    until: date
    mode: TravelMode

    @property
    def follows_local(self) -> bool:
        """Whether reminders come at the local time there."""
        return self.mode is TravelMode.FOLLOW_LOCAL


def trip_of(patient: Patient) -> Trip | None:
    """The patient's trip in force, or None at home."""
    if patient.travel_zone is None or patient.travel_until is None or patient.travel_mode is None:
        return None
    mode = TravelMode(patient.travel_mode)
    return Trip(ZoneInfo(patient.travel_zone), patient.travel_until, mode)


def home_zone_of(patient: Patient) -> ZoneInfo:
    """The zone the patient lives in, whatever trip they are on."""
    return ZoneInfo(patient.time_zone)


def zone_of(patient: Patient) -> ZoneInfo:
    """The IANA zone every date of this patient is shown and computed in (now)."""
    trip = trip_of(patient)
    if trip is not None and trip.follows_local:
        return trip.zone
    return home_zone_of(patient)


def away_of(patient: Patient) -> Away | None:
    """The trip the schedule follows local time for, or None (at home, or keeping home time)."""
    trip = trip_of(patient)
    if trip is None or not trip.follows_local:
        return None
    return Away(trip.zone, trip.until)


def shown_beside(patient: Patient) -> ZoneInfo | None:
    """The zone the patient is in while reminders keep home time (shown beside home time)."""
    trip = trip_of(patient)
    if trip is None or trip.follows_local or trip.zone.key == patient.time_zone:
        return None
    return trip.zone


def reminder_time_of(patient: Patient) -> time:
    """The wall-clock time of the patient's reminders: theirs, or 09:00."""
    return patient.reminder_time or DEFAULT_REMINDER_TIME


def today_of(patient: Patient, now: datetime) -> date:
    """The patient's calendar day at this instant."""
    return now.astimezone(zone_of(patient)).date()
