"""Issue 14: travelling with either choice and coming back, every reminder once, over HTTP."""

import json
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.context import BotApplication
from bot.domain.regimen import AfterDoses, Dose, DoseUnit, EveryNDays, Phase, PhaseKind
from bot_api_double import BotApiDouble
from storage.models import Patient, Reminder, ReminderKind, ReminderStatus
from tests.bot.conftest import advance_to
from tests.bot.patients import patient_with_plan
from tests.bot.settings_steps import Log, confirm, travel
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 14214
PROMPT = "Time for your <b>"
WELCOME_BACK = "🏠 Welcome back"


def utc(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """An instant in UTC, late 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def _daily_for(count: int) -> tuple[Phase, ...]:
    """1,000 mcg every day for `count` injections (a loading phase on its own)."""
    dose = Dose(Decimal(1000), DoseUnit.MCG)
    return (Phase(PhaseKind.LOADING, EveryNDays(1), AfterDoses(count), dose),)


def _patient(engine: Engine, clock: FakeClock, zone: str, first: date, at: time) -> int:
    """A patient on daily injections from `first`, reminded at `at` in `zone`."""
    return patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=_daily_for(10),
        now=clock(),
        first_dose_on=first,
        time_zone=zone,
        reminder_time=at,
    )


async def _answer_each_prompt(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    log: Log,
    stops: list[datetime],
) -> None:
    """Run the clock through `stops`, answering "done" five minutes after each reminder."""
    for stop in sorted(stops):
        if stop <= clock():
            continue
        before = len(log.when(PROMPT))
        await advance_to(application, clock, stop)
        log.take(stop)
        if len(log.when(PROMPT)) > before:
            await advance_to(application, clock, stop + timedelta(minutes=5))
            assert "Recorded" in await double.reply_to(PATIENT, "done")
            log.take(stop)


def _prompt_days(log: Log, days: list[str]) -> dict[str, list[datetime]]:
    """For each day named, when its dose reminders arrived."""
    return {day: log.when(PROMPT, f"Due {day}") for day in days}


async def test_following_local_time_and_coming_back_by_itself(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """London → New York until Mon 30 Nov: 09:00 there, then 09:00 at home, told once."""
    patient_id = _patient(engine, clock, "Europe/London", date(2026, 11, 26), time(9, 0))
    chat = SetupChat(double, PATIENT)
    log = Log(double, PATIENT)
    await _answer_each_prompt(application, double, clock, log, [utc(26, 9)])
    await advance_to(application, clock, utc(26, 10))
    done = await travel(
        chat, "New York", "30 Nov", EN.text("settings-button-local-only", place="New York")
    )
    assert "New York time" in done
    status = await double.reply_to(PATIENT, "/status")
    assert "In New York until Mon 30 Nov" in status
    stops = [utc(day, hour) for day in (27, 28, 29) for hour in (9, 14)]
    # The return day begins in New York last: Mon 30 Nov 00:00 there is 05:00 UTC.
    stops += [utc(30, 5), utc(30, 9), utc(1, 9, month=12)]
    await _answer_each_prompt(application, double, clock, log, stops)
    # Fri, Sat and Sun at 09:00 in New York (14:00 UTC), Mon and Tue at 09:00 in London.
    assert _prompt_days(log, ["Fri 27 Nov, 09:00", "Sat 28 Nov, 09:00", "Sun 29 Nov, 09:00"]) == {
        "Fri 27 Nov, 09:00": [utc(27, 14)],
        "Sat 28 Nov, 09:00": [utc(28, 14)],
        "Sun 29 Nov, 09:00": [utc(29, 14)],
    }
    assert log.when(WELCOME_BACK) == [utc(30, 5)]
    assert log.when(PROMPT, "Due Mon 30 Nov, 09:00") == [utc(30, 9)]
    assert log.when(PROMPT, "Due Tue 1 Dec, 09:00") == [utc(1, 9, month=12)]
    assert len(log.when(PROMPT)) == 6
    session.expire_all()
    patient = session.get(Patient, patient_id)
    assert patient is not None
    assert (patient.travel_zone, patient.time_zone) == (None, "Europe/London")


async def test_keeping_home_time_shows_the_time_there(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Keeping London time in New York: 09:00 London, "(04:00 in New York)" beside it."""
    _patient(engine, clock, "Europe/London", date(2026, 11, 26), time(9, 0))
    chat = SetupChat(double, PATIENT)
    log = Log(double, PATIENT)
    await advance_to(application, clock, utc(25, 12))
    done = await travel(
        chat, "New York", "1 Dec", EN.text("settings-button-keep-only", home="London")
    )
    assert "London time" in done
    await _answer_each_prompt(
        application, double, clock, log, [utc(26, 9), utc(26, 14), utc(27, 9), utc(27, 14)]
    )
    assert log.when(PROMPT, "Due Thu 26 Nov, 09:00 (04:00 in New York)") == [utc(26, 9)]
    assert log.when(PROMPT, "Due Fri 27 Nov, 09:00 (04:00 in New York)") == [utc(27, 9)]
    assert len(log.when(PROMPT)) == 2
    status = await double.reply_to(PATIENT, "/status")
    assert "Reminders at 09:00 London time" in status
    assert "In New York until Tue 1 Dec: reminders keep London time" in status
    since = double.mark()
    await double.send_text(PATIENT, "/export")
    call = await double.wait_for("sendDocument", chat_id=PATIENT, since=since)
    exported = json.loads(call.params["document"].data)["patient"]
    assert exported["time_zone"] == "Europe/London"
    assert exported["reminder_time"] == "09:00:00"
    assert (exported["travel_zone"], exported["travel_until"], exported["travel_mode"]) == (
        "America/New_York",
        "2026-12-01",
        "keep_home",
    )


@pytest.mark.both_databases
async def test_ending_a_trip_early(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Back early, said in words: home time from the next reminder, no "welcome back" later."""
    _patient(engine, clock, "Europe/London", date(2026, 11, 26), time(9, 0))
    chat = SetupChat(double, PATIENT)
    log = Log(double, PATIENT)
    await advance_to(application, clock, utc(25, 12))
    await travel(chat, "New York", "5 Dec", EN.text("settings-button-local-only", place="New York"))
    await _answer_each_prompt(application, double, clock, log, [utc(26, 9), utc(26, 14)])
    await advance_to(application, clock, utc(26, 20))
    asked = await chat.say("I'm back home")
    assert "London" in asked
    done = await confirm(chat)
    assert WELCOME_BACK in done
    log.take(utc(26, 20))
    stops = [utc(27, 9), utc(27, 14), utc(5, 0, month=12), utc(5, 9, month=12)]
    await _answer_each_prompt(application, double, clock, log, stops)
    assert log.when(PROMPT, "Due Thu 26 Nov, 09:00") == [utc(26, 14)]
    assert log.when(PROMPT, "Due Fri 27 Nov, 09:00") == [utc(27, 9)]
    # Only the answer to "I'm back home": no second welcome on the old return day.
    assert log.when(WELCOME_BACK) == [utc(26, 20)]
    ends = session.exec(select(Reminder).where(Reminder.kind == ReminderKind.TRAVEL_ENDS)).all()
    assert [reminder.status for reminder in ends] == [ReminderStatus.CANCELLED]


async def test_auckland_to_los_angeles_and_back_one_dose_a_day(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
) -> None:
    """Across the date line and back: each local day has one reminder, none lost or twice."""
    # Thu 26 Nov 08:30 in Auckland (NZDT, UTC+13) is Wed 25 Nov 19:30 UTC.
    _patient(engine, clock, "Pacific/Auckland", date(2026, 11, 26), time(8, 30))
    chat = SetupChat(double, PATIENT)
    log = Log(double, PATIENT)
    await _answer_each_prompt(application, double, clock, log, [utc(25, 19, 30), utc(26, 19, 30)])
    # Fri 27 Nov 10:00 in Auckland: off to Los Angeles until Tue 1 Dec.
    await advance_to(application, clock, utc(26, 21))
    await travel(
        chat, "Los Angeles", "1 Dec", EN.text("settings-button-local-only", place="Los Angeles")
    )
    stops = [utc(day, hour, 30) for day in range(27, 31) for hour in (16, 19)]
    # The return day begins in Los Angeles last: Tue 1 Dec 00:00 there is 08:00 UTC.
    stops += [utc(1, 8, month=12), utc(1, 16, 30, month=12), utc(1, 19, 30, month=12)]
    stops += [utc(2, 19, 30, month=12)]
    await _answer_each_prompt(application, double, clock, log, stops)
    expected = {
        "Thu 26 Nov": [utc(25, 19, 30)],
        "Fri 27 Nov": [utc(26, 19, 30)],
        # 08:30 in Los Angeles (PST, UTC-8) is 16:30 UTC the same day.
        "Sat 28 Nov": [utc(28, 16, 30)],
        "Sun 29 Nov": [utc(29, 16, 30)],
        "Mon 30 Nov": [utc(30, 16, 30)],
        # The return day, at home time: 08:30 Tue 1 Dec in Auckland.
        "Tue 1 Dec": [utc(30, 19, 30)],
        "Wed 2 Dec": [utc(1, 19, 30, month=12)],
        "Thu 3 Dec": [utc(2, 19, 30, month=12)],
    }
    assert {day: log.when(PROMPT, f"Due {day}") for day in expected} == expected
    assert log.when(WELCOME_BACK) == [utc(1, 8, month=12)]
    shown = [f"{at:%d %H:%M} {t!r}" for at, t in log.entries if PROMPT in t]
    assert len(shown) == len(expected), "; ".join(shown)


async def test_los_angeles_to_auckland_and_back_one_dose_a_day(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
) -> None:
    """Westward over the date line a day is skipped: its dose is asked about on arrival."""
    # Thu 26 Nov 08:30 in Los Angeles is 16:30 UTC.
    _patient(engine, clock, "America/Los_Angeles", date(2026, 11, 26), time(8, 30))
    chat = SetupChat(double, PATIENT)
    log = Log(double, PATIENT)
    await _answer_each_prompt(application, double, clock, log, [utc(26, 16, 30), utc(27, 16, 30)])
    # Fri 27 Nov 12:00 in Los Angeles (Sat 28 Nov 09:00 in Auckland): landed there.
    await advance_to(application, clock, utc(27, 20))
    await travel(chat, "Auckland", "1 Dec", EN.text("settings-button-local-only", place="Auckland"))
    await advance_to(application, clock, utc(27, 20, 1))
    log.take(utc(27, 20))
    stops = [utc(day, hour, 30) for day in range(28, 31) for hour in (16, 19)]
    stops += [utc(1, 16, 30, month=12), utc(2, 16, 30, month=12)]
    await _answer_each_prompt(application, double, clock, log, stops)
    expected = {
        "Thu 26 Nov": [utc(26, 16, 30)],
        "Fri 27 Nov": [utc(27, 16, 30)],
        # Sat 28 Nov 08:30 in Auckland had passed on landing: asked about at once.
        "Sat 28 Nov": [utc(27, 20)],
        "Sun 29 Nov": [utc(28, 19, 30)],
        "Mon 30 Nov": [utc(29, 19, 30)],
        "Tue 1 Dec": [utc(1, 16, 30, month=12)],
        "Wed 2 Dec": [utc(2, 16, 30, month=12)],
    }
    assert {day: log.when(PROMPT, f"Due {day}") for day in expected} == expected
    shown = [f"{at:%d %H:%M} {t!r}" for at, t in log.entries if PROMPT in t]
    assert len(shown) == len(expected), "; ".join(shown)
