"""/calendar through the double: the .ics file, read by two parsers, and the feed over HTTP.

The London patient is on the common monthly plan from Thu 26 Nov 2026 (daily for 7, weekly for
4, then every 28 days from Wed 27 Jan 2027): a year ahead holds maintenance doses on both sides
of the spring change (Wed 24 Mar GMT, Wed 21 Apr BST) and of the autumn one (Wed 6 Oct BST,
Wed 3 Nov GMT); a New York patient on the same plan crosses Sun 14 Mar 2027.
"""

import logging
import re
from collections.abc import AsyncIterator
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from icalendar import Calendar
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.domain.presets import preset
from bot.domain.regimen import Drug, Giver, Regimen, Route
from bot.features.calendar.build import AHEAD, dose_uid
from bot.features.calendar.command import NEW_LINK, button_data
from bot.services.scheduling import HORIZON, adopt_plan
from bot_api_double import BotApiDouble, RecordedCall
from storage.calendar_feeds import token_hash
from storage.database import session_scope
from storage.labs import add_lab_order
from storage.models import (
    CalendarFeed,
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.patients import get_or_create_patient
from tests.bot.conftest import START, running_with
from tests.bot.patients import common_monthly, maintenance_only, patient_with_plan
from tests.bot.processes import free_ports
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.exports.ics_reading import read_with_vobject
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 13301
OTHER = 13302
STRANGER = 13303
BASE_URL = "https://calendar.example.org"
FIRST_DOSE_DAY = date(2026, 11, 26)
TOKEN = re.compile(re.escape(BASE_URL) + r"/calendar/([A-Za-z0-9_-]+)\.ics")


def _patient(engine: Engine, chat_id: int, zone: str = "Europe/London") -> int:
    """A self-injecting patient on the common monthly plan from Thu 26 Nov, 09:00 local."""
    return patient_with_plan(
        engine,
        chat_id=chat_id,
        phases=common_monthly(),
        now=START,
        first_dose_on=FIRST_DOSE_DAY,
        time_zone=zone,
    )


async def _calendar(double: BotApiDouble, chat_id: int) -> RecordedCall:
    """/calendar; the sendDocument call."""
    since = double.mark()
    await double.send_text(chat_id, "/calendar")
    return await double.wait_for("sendDocument", chat_id=chat_id, ok=True, since=since)


def _ics(call: RecordedCall) -> bytes:
    """The .ics bytes of a sendDocument call."""
    document = call.params["document"]
    assert document.filename == "b12bot.ics"
    data: bytes = document.data
    return data


def _events(ics: bytes) -> dict[str, Any]:
    """icalendar's VEVENTs by UID."""
    return {str(event["UID"]): event for event in Calendar.from_ical(ics).walk("VEVENT")}


def _vobject_starts(ics: bytes) -> dict[str, Any]:
    """vobject's DTSTART values by UID."""
    return {event.uid.value: event.dtstart.value for event in read_with_vobject(ics).vevent_list}


def _rows(session: Session) -> list[ScheduledDose]:
    """Every open dose row, by due time."""
    session.expire_all()
    return list(
        session.exec(
            select(ScheduledDose)
            .where(ScheduledDose.status == DoseStatus.SCHEDULED)
            .order_by(col(ScheduledDose.due_at))
        ).all()
    )


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York"])
async def test_every_injection_is_at_nine_local_on_both_sides_of_a_dst_change(
    application: BotApplication, double: BotApiDouble, engine: Engine, zone: str
) -> None:
    """Both parsers: each dose at 09:00 in the patient's zone, its UTC offset changing."""
    _patient(engine, PATIENT, zone)
    call = await _calendar(double, PATIENT)
    assert call.params["caption"] == EN.text("calendar-caption-file-only")
    ics = _ics(call)
    tz = ZoneInfo(zone)
    assert f"X-WR-TIMEZONE:{zone}".encode() in ics
    assert f"TZID:{zone}".encode() in ics
    doses = {uid: e for uid, e in _events(ics).items() if uid.startswith("dose-")}
    by_vobject = _vobject_starts(ics)
    offsets = set()
    for uid, event in doses.items():
        for start in (event.start, by_vobject[uid]):
            assert start.astimezone(tz).time() == time(9, 0), uid
            assert start.utcoffset() == start.astimezone(tz).utcoffset(), uid
        assert f"DTSTART;TZID={zone}:".encode() in ics
        assert [str(alarm["ACTION"]) for alarm in event.walk("VALARM")] == ["DISPLAY"]
        offsets.add(event.start.utcoffset())
    assert len(offsets) == 2
    days = sorted(event.start.date() for event in doses.values())
    # Every dose of the coming year, past the 120 days rows are written for.
    assert days[0] == FIRST_DOSE_DAY
    assert days[-1] == date(2027, 11, 3)
    assert len(days) == 7 + 4 + 11
    assert date(2027, 3, 24) in days
    assert date(2027, 4, 21) in days
    # Only the document: without a base URL there is no link to offer.
    assert not [m for m in double.sent_messages(PATIENT) if "text" in m]


async def test_each_stored_dose_is_its_plan_uid_and_two_exports_agree(
    application: BotApplication, double: BotApiDouble, engine: Engine, session: Session
) -> None:
    """A row's dose is the event (regimen, sequence) names, at its time; exports are stable."""
    _patient(engine, PATIENT)
    first = _events(_ics(await _calendar(double, PATIENT)))
    second = _events(_ics(await _calendar(double, PATIENT)))
    assert set(first) == set(second)
    assert {uid: e.start for uid, e in first.items()} == {uid: e.start for uid, e in second.items()}
    rows = _rows(session)
    assert rows
    assert rows[-1].due_at - START <= HORIZON
    for row in rows:
        assert first[dose_uid(row.regimen_id, row.sequence)].start == row.due_at
    later = [e for uid, e in first.items() if uid.startswith("dose-") and e.start > rows[-1].due_at]
    assert later, "doses beyond the rows' horizon"


async def test_the_plans_two_dates_are_all_day_events(
    application: BotApplication, double: BotApiDouble, engine: Engine, session: Session
) -> None:
    """Loading spans 26 Nov - 2 Dec; maintenance starts on its first dose's day."""
    _patient(engine, PATIENT)
    events = _events(_ics(await _calendar(double, PATIENT)))
    maintenance_day = next(r.local_date for r in _rows(session) if r.phase_kind == "maintenance")
    assert maintenance_day == date(2027, 1, 27)
    [phase] = [e for uid, e in events.items() if uid.startswith("phase-")]
    assert str(phase["SUMMARY"]) == EN.text(
        "calendar-phase-until",
        kind="Loading",
        schedule="1,000 mcg every day",
        last=EN.day(date(2026, 12, 2)),
    )
    assert (phase.start, phase.end) == (FIRST_DOSE_DAY, date(2026, 12, 3))
    [starts] = [e for uid, e in events.items() if uid.startswith("maintenance-")]
    assert str(starts["SUMMARY"]) == EN.text(
        "calendar-maintenance-starts", schedule="1,000 mcg every 4 weeks"
    )
    assert (starts.start, starts.end) == (maintenance_day, maintenance_day + timedelta(days=1))


async def test_an_open_ended_clinic_plan_notes_the_switch_and_holds_labs_and_bookings(
    application: BotApplication, double: BotApiDouble, engine: Engine, session: Session
) -> None:
    """Until the clinician switches: a note, no maintenance date; clinic doses all day; a lab
    on its day; each pending booking reminder at its time, by its reminder id."""
    with session_scope(engine) as unit:
        patient, _ = get_or_create_patient(unit, chat_id=PATIENT, time_zone="Europe/London")
        adopt_plan(
            unit,
            patient=patient,
            plan=Regimen(
                preset("uk_hydroxocobalamin_neuro").build(),
                Drug.HYDROXOCOBALAMIN,
                Route.IM,
                Giver.CLINIC,
            ),
            preset="uk_hydroxocobalamin_neuro",
            first_dose_on=date(2026, 12, 10),
            last_dose_before_start_on=None,
            now=START,
        )
        assert patient.id is not None
        lab = add_lab_order(
            unit,
            patient_id=patient.id,
            test="b12",
            due_on=date(2027, 1, 10),
            ordered_by_clinician=True,
            now=START,
        )
    events = _events(_ics(await _calendar(double, PATIENT)))
    [phase] = [e for uid, e in events.items() if uid.startswith("phase-")]
    assert str(phase["SUMMARY"]) == EN.text(
        "calendar-phase-until-switch", kind="Loading", schedule="1 mg every other day"
    )
    assert str(phase["DESCRIPTION"]) == EN.text("calendar-phase-until-switch-note")
    [maintenance] = [e for uid, e in events.items() if uid.startswith("maintenance-")]
    assert str(maintenance["SUMMARY"]) == EN.text(
        "calendar-maintenance-after-switch", schedule="1 mg every 2 months"
    )
    assert phase.start == maintenance.start == date(2026, 12, 10)
    doses = [e for uid, e in events.items() if uid.startswith("dose-")]
    assert all(type(e.start) is date for e in doses)
    assert str(doses[0]["SUMMARY"]) == EN.text("calendar-dose-clinic", dose="1 mg")
    # Every other day from Thu 10 Dec until a year after today (Wed 25 Nov 2026).
    assert len(doses) == 176
    assert max(e.start for e in doses) <= START.date() + AHEAD
    assert str(events[f"lab-{lab.id}@b12bot"]["SUMMARY"]) == EN.text(
        "calendar-lab", test=EN.word("lab-test-names", "b12")
    )
    assert events[f"lab-{lab.id}@b12bot"].start == date(2027, 1, 10)
    bookings = session.exec(
        select(Reminder).where(
            Reminder.kind == ReminderKind.BOOK_APPOINTMENT,
            Reminder.status == ReminderStatus.PENDING,
        )
    ).all()
    assert bookings
    for booking in bookings:
        event = events[f"booking-{booking.id}@b12bot"]
        assert event.start == booking.due_at
        assert str(event["SUMMARY"]) == EN.text("calendar-booking")


async def test_a_stranger_is_told_there_is_no_plan(
    application: BotApplication, double: BotApiDouble
) -> None:
    """No plan, no file: a clear sentence."""
    assert await double.reply_to(STRANGER, "/calendar") == EN.text("calendar-no-plan")


# The feed: the bot with a public base URL, serving on a free local port.


@pytest.fixture
async def feeds(
    double: BotApiDouble, engine: Engine, clock: FakeClock
) -> AsyncIterator[tuple[BotApplication, str]]:
    """The Application polling the double, with calendar feeds on a free port; the local URL."""
    [port] = free_ports(1)
    changed = {"calendar_base_url": BASE_URL, "calendar_port": port}
    async with running_with(double, engine, clock, **changed) as app:
        yield app, f"http://127.0.0.1:{port}"


async def _get(url: str) -> tuple[int, str, bytes]:
    """GET over HTTP: status, content type, body."""
    async with aiohttp.ClientSession() as client, client.get(url) as response:
        return response.status, response.headers.get("Content-Type", ""), await response.read()


def _local(local_url: str, token: str) -> str:
    """The feed's URL on the bot's own server (what the reverse proxy forwards to)."""
    return f"{local_url}/calendar/{token}.ics"


async def _press(chat: SetupChat, label: str) -> str:
    """Press a link button; the text it edits its message to."""
    since = chat.double.mark()
    await chat.press_quietly(EN.text(label))
    call = await chat.double.wait_for("editMessageText", ok=True, since=since)
    return call.text or ""


async def _make_link(chat: SetupChat, label: str) -> str:
    """Press a link button; the token shown in the edited message (both links carry it)."""
    text = await _press(chat, label)
    tokens: set[str] = set(TOKEN.findall(text))
    assert len(tokens) == 1, text
    [token] = tokens
    assert f"webcal://calendar.example.org/calendar/{token}.ics" in text
    return token


@pytest.mark.both_databases
async def test_the_feed_answers_the_right_token_only_and_logs_none(
    feeds: tuple[BotApplication, str],
    double: BotApiDouble,
    engine: Engine,
    session: Session,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """200 text/calendar that parses for the live token; a bare 404 for any other."""
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.DEBUG, logger="tornado")
    _, local_url = feeds
    _patient(engine, PATIENT)
    call = await _calendar(double, PATIENT)
    assert call.params["caption"] == EN.text("calendar-caption")
    chat = SetupChat(double, PATIENT)
    await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    assert chat.keyboard_message()["text"] == EN.text("calendar-feed-offer")
    assert chat.labels() == [EN.text("button-calendar-make-link")]
    token = await _make_link(chat, "button-calendar-make-link")
    assert chat.labels() == [
        EN.text("button-calendar-new-link"),
        EN.text("button-calendar-stop-link"),
    ]
    status, content_type, body = await _get(_local(local_url, token))
    assert (status, content_type) == (200, "text/calendar; charset=utf-8")
    assert set(_events(body)) == set(_events(_ics(call)))
    assert set(_vobject_starts(body)) == set(_events(body))
    for wrong in ("A" * 43, token[:-1] + ("A" if token[-1] != "A" else "B"), "short"):
        assert (await _get(_local(local_url, wrong)))[0::2] == (404, b"")
    assert (await _get(f"{local_url}/metrics"))[0::2] == (404, b"")
    # Only the token's fingerprint is stored.
    stored = session.exec(select(CalendarFeed)).all()
    assert [row.token_hash for row in stored] == [token_hash(token)]
    assert all(token not in record.getMessage() for record in caplog.records)


async def test_stop_and_new_link_turn_old_tokens_away(
    feeds: tuple[BotApplication, str], double: BotApiDouble, engine: Engine
) -> None:
    """Stop: 404. Make again: the new one 200. New link: the previous one 404, the newest 200."""
    _, local_url = feeds
    _patient(engine, PATIENT)
    await _calendar(double, PATIENT)
    chat = SetupChat(double, PATIENT)
    await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    first = await _make_link(chat, "button-calendar-make-link")
    assert await _press(chat, "button-calendar-stop-link") == EN.text("calendar-feed-stopped")
    assert (await _get(_local(local_url, first)))[0] == 404
    second = await _make_link(chat, "button-calendar-make-link")
    assert (await _get(_local(local_url, second)))[0] == 200
    assert (await _get(_local(local_url, first)))[0] == 404
    # /calendar again: the link is on, and can't be shown again.
    await _calendar(double, PATIENT)
    await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    assert chat.keyboard_message()["text"] == EN.text("calendar-feed-on", day=EN.day(START.date()))
    third = await _make_link(chat, "button-calendar-new-link")
    assert (await _get(_local(local_url, third)))[0] == 200
    assert (await _get(_local(local_url, second)))[0] == 404


async def test_a_change_of_plan_changes_the_feed(
    feeds: tuple[BotApplication, str], double: BotApiDouble, engine: Engine
) -> None:
    """A new plan version: the feed drops the old doses and shows the new plan's."""
    _, local_url = feeds
    _patient(engine, PATIENT)
    await _calendar(double, PATIENT)
    chat = SetupChat(double, PATIENT)
    await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    token = await _make_link(chat, "button-calendar-make-link")
    before = _events((await _get(_local(local_url, token)))[2])
    with session_scope(engine) as session:
        patient = session.exec(select(Patient).where(Patient.chat_id == PATIENT)).one()
        adopt_plan(
            session,
            patient=patient,
            plan=Regimen(maintenance_only(), Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF),
            preset="maintenance_only",
            first_dose_on=None,
            last_dose_before_start_on=date(2026, 11, 20),
            now=START,
        )
    after = _events((await _get(_local(local_url, token)))[2])
    doses_before = {uid for uid in before if uid.startswith("dose-")}
    doses_after = {uid: e for uid, e in after.items() if uid.startswith("dose-")}
    assert doses_before
    assert doses_after
    assert not doses_before & set(doses_after)
    # Every 28 days from the last injection (Fri 20 Nov): Fri 18 Dec first.
    assert min(e.start for e in doses_after.values()).date() == date(2026, 12, 18)
    assert not [uid for uid in after if uid.startswith("maintenance-")]


async def test_a_press_from_another_chat_is_refused(
    feeds: tuple[BotApplication, str], double: BotApiDouble, engine: Engine, session: Session
) -> None:
    """A forged "new link" for someone else's patient: out of date, and no link is made."""
    patient_id = _patient(engine, PATIENT)
    _patient(engine, OTHER)
    await _calendar(double, OTHER)
    await double.wait_for("sendMessage", chat_id=OTHER, ok=True)
    other = SetupChat(double, OTHER)
    answer = await other.press_data(button_data(NEW_LINK, patient_id))
    assert answer == EN.text("calendar-stale-button")
    assert await SetupChat(double, STRANGER).say("hello")
    assert await SetupChat(double, STRANGER).press_data(
        button_data(NEW_LINK, patient_id)
    ) == EN.text("calendar-stale-button")
    session.expire_all()
    assert session.exec(select(CalendarFeed)).all() == []
