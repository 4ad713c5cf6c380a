"""The patient's clock: their zone and reminder time, read here and nowhere else.

The coming settings (a home zone pinned while travelling, a changed reminder time) change
what these return, and every plan, reminder and date shown follows.
"""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from storage.models import Patient

# When no reminder time was chosen, reminders come at 09:00 in the patient's zone.
DEFAULT_REMINDER_TIME = time(9, 0)


def zone_of(patient: Patient) -> ZoneInfo:
    """The IANA zone every date of this patient is shown and computed in."""
    return ZoneInfo(patient.time_zone)


def reminder_time_of(patient: Patient) -> time:
    """The wall-clock time of the patient's reminders: theirs, or 09:00."""
    return patient.reminder_time or DEFAULT_REMINDER_TIME


def today_of(patient: Patient, now: datetime) -> date:
    """The patient's calendar day at this instant."""
    return now.astimezone(zone_of(patient)).date()
