"""Conversion between a patient's local wall-clock time and UTC instants (stdlib zoneinfo)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo


def require_aware(instant: datetime) -> datetime:
    """Return ``instant`` unchanged, or raise ValueError if it is naive."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("a time-zone-aware datetime is required")
    return instant


def local_to_utc(on: date, at: time, zone: ZoneInfo) -> datetime:
    """Return the UTC instant of wall time ``at`` on local date ``on`` in ``zone``.

    A wall time that falls into a spring-forward gap moves forward by the gap's length
    (02:30 becomes 03:30 after a one-hour shift); an ambiguous fall-back time takes the
    earlier instant.
    """
    if at.tzinfo is not None:
        raise ValueError("the reminder time must be a wall time without a time zone")
    # fold=0 reads a gap time with the offset from before the transition, which lands after the
    # gap shifted by its length, and picks the first of two ambiguous instants (PEP 495).
    local = datetime.combine(on, at.replace(fold=0), tzinfo=zone)
    return local.astimezone(UTC)


def utc_to_local(instant: datetime, zone: ZoneInfo) -> datetime:
    """Return the aware local datetime in ``zone`` for an aware instant."""
    return require_aware(instant).astimezone(zone)
