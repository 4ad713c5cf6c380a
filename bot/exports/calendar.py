"""The patient's calendar as an iCalendar file (RFC 5545), for import or a subscribed feed.

Pure: it takes events already worded and dated and lays them out. Timed events are written in
the patient's zone (DTSTART;TZID=…, with that zone's VTIMEZONE), never floating and never
UTC, so a calendar app shows the local time on either side of a DST change. Each event's UID
is stable, so importing the file again, or refreshing the feed, updates instead of duplicating.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

PRODID = "-//b12bot//b12bot calendar//EN"
# How long a timed event lasts in the calendar: an injection or a phone call takes minutes.
TIMED_LENGTH = timedelta(minutes=30)
# Calendar apps fetch a subscribed feed about this often (those that honour the hint).
REFRESH = timedelta(hours=6)
# The VTIMEZONE covers the events' years: from a year before the first to a year after the last.
_ZONE_MARGIN = timedelta(days=366)


@dataclass(frozen=True)
class CalendarEvent:
    """One event: timed (an aware `start`) or all-day (a `start` date through `last_day`)."""

    uid: str
    start: datetime | date
    summary: str
    description: str = ""
    # All-day events: the last day they cover (the start day when None).
    last_day: date | None = None
    # Timed events: an alarm this long before the start (None: no alarm).
    alarm_before: timedelta | None = None
    # Bumped by the caller when the event changed, so an import replaces the older copy.
    sequence: int = 0

    @property
    def timed(self) -> bool:
        """Whether the event has a time of day."""
        return isinstance(self.start, datetime)


@dataclass(frozen=True)
class CalendarFile:
    """What the file holds: its name, the patient's IANA zone, when it was made, its events."""

    name: str
    time_zone: str
    generated_at: datetime
    events: Sequence[CalendarEvent]
    description: str = ""


def calendar_ics(calendar_file: CalendarFile) -> bytes:
    """The VCALENDAR, as bytes (UTF-8, CRLF line ends, folded as RFC 5545 asks)."""
    zone = ZoneInfo(calendar_file.time_zone)
    if calendar_file.generated_at.tzinfo is None:
        raise ValueError("generated_at must be aware")
    stamp = calendar_file.generated_at.astimezone(ZoneInfo("UTC"))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_file.name)
    calendar.add("x-wr-timezone", calendar_file.time_zone)
    if calendar_file.description:
        calendar.add("x-wr-caldesc", calendar_file.description)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", f"PT{REFRESH // timedelta(hours=1)}H")
    for event in calendar_file.events:
        calendar.add_component(_event(event, zone, stamp))
    first, last = _span(calendar_file.events, stamp.date())
    calendar.add_missing_timezones(first_date=first - _ZONE_MARGIN, last_date=last + _ZONE_MARGIN)
    _one_onset_per_line(calendar)
    ics: bytes = calendar.to_ical()
    return ics


def _one_onset_per_line(calendar: Calendar) -> None:
    """Write each VTIMEZONE onset as an RDATE line of its own instead of one comma list.

    Both are RFC 5545, but some readers (vobject, through dateutil) take only the first date
    of a list, and would then show every winter after the first an hour off.
    """
    for zone in calendar.walk("VTIMEZONE"):
        for observance in zone.subcomponents:
            listed = observance.get("RDATE")
            if listed is None:
                continue
            lists = listed if isinstance(listed, list) else [listed]
            onsets = [onset.dt for dates in lists for onset in dates.dts]
            del observance["RDATE"]
            for onset in onsets:
                observance.add("rdate", onset)


def _event(event: CalendarEvent, zone: ZoneInfo, stamp: datetime) -> Event:
    """One VEVENT."""
    component = Event()
    component.add("uid", event.uid)
    component.add("dtstamp", stamp)
    component.add("sequence", event.sequence)
    component.add("summary", event.summary)
    if event.description:
        component.add("description", event.description)
    if isinstance(event.start, datetime):
        if event.start.tzinfo is None:
            raise ValueError(f"event {event.uid} starts at a naive time")
        start = event.start.astimezone(zone)
        component.add("dtstart", start)
        component.add("dtend", (start + TIMED_LENGTH).astimezone(zone))
        if event.alarm_before is not None:
            component.add_component(_alarm(event))
    else:
        last = event.last_day or event.start
        component.add("dtstart", event.start)
        component.add("dtend", last + timedelta(days=1))
        # A whole-day reminder of the plan must not show the patient as busy.
        component.add("transp", "TRANSPARENT")
    return component


def _alarm(event: CalendarEvent) -> Alarm:
    """A display alarm `alarm_before` the event's start."""
    assert event.alarm_before is not None
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", event.summary)
    alarm.add("trigger", -event.alarm_before)
    return alarm


def _span(events: Sequence[CalendarEvent], fallback: date) -> tuple[date, date]:
    """The first and last day the events touch (the fallback day when there are none)."""
    days = [_day(event.start) for event in events]
    days += [event.last_day for event in events if event.last_day is not None]
    return (min(days), max(days)) if days else (fallback, fallback)


def _day(start: datetime | date) -> date:
    """The calendar day an event starts on."""
    return start.date() if isinstance(start, datetime) else start
