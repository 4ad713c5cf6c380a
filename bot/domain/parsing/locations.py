"""The time zone at a location the patient shares, from offline boundary data (timezonefinder)."""

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timezonefinder import TimezoneFinder


@cache
def _finder() -> TimezoneFinder:
    """One finder per process: it maps its boundary data once."""
    return TimezoneFinder()


def time_zone_for_location(latitude: float, longitude: float) -> ZoneInfo | None:
    """The IANA zone at a point on land; None at sea or where no zone is known."""
    name = _finder().timezone_at(lng=longitude, lat=latitude)
    # At sea the data gives nautical "Etc/GMT±N" zones; a patient is better served choosing.
    if name is None or name.startswith("Etc/"):
        return None
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return None
