"""The .ics renderer, without Telegram: read back by icalendar and by vobject, independently."""

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from bot.exports.calendar import CalendarEvent, CalendarFile, calendar_ics
from tests.exports.ics_reading import read_with_vobject

LONDON = ZoneInfo("Europe/London")
MADE_AT = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
# Europe/London goes from GMT to BST at 01:00 UTC on Sunday 28 March 2027.
BEFORE_CHANGE = datetime(2027, 3, 27, 9, 0, tzinfo=LONDON)
AFTER_CHANGE = datetime(2027, 3, 29, 9, 0, tzinfo=LONDON)


def _file(events: list[CalendarEvent], zone: str = "Europe/London") -> CalendarFile:
    """A calendar of these events in `zone`."""
    return CalendarFile("B12 injections", zone, MADE_AT, events, "Times in the patient's zone.")


def _events(ics: bytes) -> dict[str, Any]:
    """icalendar's VEVENTs by UID."""
    return {str(event["UID"]): event for event in Calendar.from_ical(ics).walk("VEVENT")}


def _two_doses() -> list[CalendarEvent]:
    """A dose each side of the spring change, with alarms, and a week-long all-day phase."""
    return [
        CalendarEvent("dose-1-20@b12bot", BEFORE_CHANGE, "Dose", alarm_before=timedelta(0)),
        CalendarEvent("dose-1-21@b12bot", AFTER_CHANGE, "Dose", alarm_before=timedelta(0)),
        CalendarEvent(
            "phase-1-0@b12bot", date(2026, 11, 26), "Loading", last_day=date(2026, 12, 2)
        ),
    ]


def test_the_calendar_has_its_headers_and_the_patients_zone() -> None:
    """PRODID, VERSION, CALSCALE, METHOD, the names; a VTIMEZONE for Europe/London."""
    calendar = Calendar.from_ical(calendar_ics(_file(_two_doses())))
    assert str(calendar["PRODID"]).startswith("-//b12bot//")
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "B12 injections"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/London"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/London"]


def test_a_timed_event_keeps_its_wall_time_across_the_dst_change_in_both_parsers() -> None:
    """09:00 local each side of 28 March 2027; the UTC offset goes from +00:00 to +01:00."""
    ics = calendar_ics(_file(_two_doses()))
    assert b"DTSTART;TZID=Europe/London:20270327T090000" in ics
    assert b"DTSTART;TZID=Europe/London:20270329T090000" in ics
    events = _events(ics)
    parsed = read_with_vobject(ics)
    by_vobject = {e.uid.value: e.dtstart.value for e in parsed.vevent_list}
    for uid, offset in (("dose-1-20@b12bot", 0), ("dose-1-21@b12bot", 1)):
        for start in (events[uid].start, by_vobject[uid]):
            assert start.astimezone(LONDON).time() == time(9, 0)
            assert start.utcoffset() == timedelta(hours=offset)
    assert events["phase-1-0@b12bot"].start == date(2026, 11, 26)
    assert events["phase-1-0@b12bot"].end == date(2026, 12, 3)
    assert by_vobject["phase-1-0@b12bot"] == date(2026, 11, 26)


def test_a_timed_event_has_a_display_alarm_and_an_all_day_one_does_not() -> None:
    """VALARM (DISPLAY) on timed events with an alarm; none on the all-day phase."""
    events = _events(calendar_ics(_file(_two_doses())))
    alarm = events["dose-1-20@b12bot"].walk("VALARM")[0]
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(0)
    assert events["phase-1-0@b12bot"].walk("VALARM") == []
    assert str(events["phase-1-0@b12bot"]["TRANSP"]) == "TRANSPARENT"


def test_a_naive_start_is_refused() -> None:
    """A floating time would move with the phone's zone: never written."""
    naive = CalendarEvent("dose-1-0@b12bot", datetime(2027, 1, 1, 9, 0), "Dose")
    with pytest.raises(ValueError, match="naive"):
        calendar_ics(_file([naive]))


ZONES = ("Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC")


# Wall times a DST change skips or repeats (01:00-03:00 in these zones) are left out: a
# reminder time is the patient's own choice of hour, and the bot never sets one there.
@settings(deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    days=st.lists(st.integers(0, 800), min_size=1, max_size=12, unique=True),
    at=st.times(min_value=time(4, 0), max_value=time(23, 59)),
)
def test_every_event_reads_back_at_its_local_time_with_its_uid(
    zone: str, days: list[int], at: time
) -> None:
    """Whatever the zone and day, both parsers read each event's wall time in the zone back."""
    tz = ZoneInfo(zone)
    at = at.replace(second=0, microsecond=0, fold=0)
    starts = {
        f"dose-7-{day}@b12bot": datetime.combine(date(2026, 11, 1) + timedelta(days=day), at, tz)
        for day in days
    }
    events = [CalendarEvent(uid, start, "Dose") for uid, start in starts.items()]
    ics = calendar_ics(_file(events, zone))
    if zone != "UTC":
        assert f"DTSTART;TZID={zone}:".encode() in ics
    parsed = {uid: event.start for uid, event in _events(ics).items()}
    by_vobject = {e.uid.value: e.dtstart.value for e in read_with_vobject(ics).vevent_list}
    assert set(parsed) == set(by_vobject) == set(starts)
    for uid, start in starts.items():
        for read in (parsed[uid], by_vobject[uid]):
            assert read.astimezone(UTC) == start.astimezone(UTC)
            assert read.astimezone(tz).replace(tzinfo=None) == start.replace(tzinfo=None)


def test_the_same_events_give_the_same_file() -> None:
    """Rendering is deterministic: the same input, byte for byte the same calendar."""
    assert calendar_ics(_file(_two_doses())) == calendar_ics(_file(_two_doses()))
