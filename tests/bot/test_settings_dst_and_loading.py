"""Issue 14: a new time or zone across DST, and a move during daily loading, over HTTP."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.domain.regimen import (
    AfterDoses,
    Dose,
    DoseUnit,
    EveryNDays,
    OpenEnded,
    Phase,
    PhaseKind,
)
from bot_api_double import BotApiDouble
from storage.models import DoseStatus, ScheduledDose
from tests.bot.conftest import advance_to
from tests.bot.patients import patient_with_plan
from tests.bot.settings_steps import Log, change_reminder_time, move_to
from tests.bot.setup_chat import SetupChat
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 14314
PROMPT = "Time for your <b>"
MILLIGRAM = Dose(Decimal(1000), DoseUnit.MCG)
# Weekly from Mon 8 Mar 2027: across New York's (14 Mar), London's (28 Mar) and Lord Howe's
# (4 Apr, half an hour back) changes.
WEEKLY = (Phase(PhaseKind.MAINTENANCE, EveryNDays(7), OpenEnded(), MILLIGRAM),)
MONDAYS = [date(2027, 3, 8) + timedelta(weeks=n) for n in range(6)]


def _live(session: Session) -> list[ScheduledDose]:
    """The patient's doses not withdrawn, in due order."""
    session.expire_all()
    statement = (
        select(ScheduledDose)
        .where(ScheduledDose.status != DoseStatus.CANCELLED)
        .order_by(col(ScheduledDose.due_at))
    )
    return list(session.exec(statement).all())


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York", "Australia/Lord_Howe"])
async def test_a_new_reminder_time_holds_on_both_sides_of_dst(
    zone: str,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """09:00 → 07:30 on 1 Mar: every Monday at 07:30 local, before and after the change."""
    clock.set(datetime(2027, 3, 1, 12, 0, tzinfo=UTC))
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=WEEKLY,
        now=clock(),
        first_dose_on=MONDAYS[0],
        time_zone=zone,
    )
    chat = SetupChat(double, PATIENT)
    done = await change_reminder_time(chat, "7:30")
    assert "07:30" in done
    local = ZoneInfo(zone)
    doses = [dose for dose in _live(session) if dose.local_date in MONDAYS]
    assert [dose.local_date for dose in doses] == MONDAYS
    assert {dose.due_at.astimezone(local).time() for dose in doses} == {time(7, 30)}
    offsets = {dose.due_at.astimezone(local).utcoffset() for dose in doses}
    assert len(offsets) == 2, "the weeks must straddle the DST change"
    log = Log(double, PATIENT)
    for dose in doses:
        await advance_to(application, clock, dose.due_at - timedelta(minutes=1))
        log.take(dose.due_at - timedelta(minutes=1))
        await advance_to(application, clock, dose.due_at)
        log.take(dose.due_at)
    for dose in doses:
        day = f"{dose.local_date:%a} {dose.local_date.day} {dose.local_date:%b}, 07:30"
        assert log.when(PROMPT, f"Due {day}") == [dose.due_at], day


@pytest.mark.both_databases
@pytest.mark.parametrize(
    ("place", "city", "saturday"),
    [
        # Sat 28 Nov 09:00 in Auckland (UTC+13) is Fri 27 Nov 20:00 UTC.
        ("Auckland", "Auckland", datetime(2026, 11, 27, 20, tzinfo=UTC)),
        # Sat 28 Nov 09:00 in Los Angeles (UTC-8) is 17:00 UTC.
        ("Los Angeles", "Los Angeles", datetime(2026, 11, 28, 17, tzinfo=UTC)),
    ],
)
async def test_a_move_during_daily_loading_keeps_one_dose_a_day(
    place: str,
    city: str,
    saturday: datetime,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Daily injections, a move after Friday's: every local day keeps exactly one dose."""
    loading = (Phase(PhaseKind.LOADING, EveryNDays(1), AfterDoses(10), MILLIGRAM),)
    patient_with_plan(
        engine, chat_id=PATIENT, phases=loading, now=clock(), first_dose_on=date(2026, 11, 26)
    )
    chat = SetupChat(double, PATIENT)
    for day in (26, 27):
        await advance_to(application, clock, datetime(2026, 11, day, 9, 5, tzinfo=UTC))
        assert "Recorded" in await double.reply_to(PATIENT, "done")
    await advance_to(application, clock, datetime(2026, 11, 27, 10, tzinfo=UTC))
    assert f"{city} time" in await move_to(chat, place, city)
    doses = _live(session)
    days = [dose.local_date for dose in doses]
    assert days == [date(2026, 11, 26) + timedelta(days=n) for n in range(10)]
    zone = ZoneInfo(doses[-1].time_zone or "")
    assert all(dose.due_at.astimezone(zone).time() == time(9) for dose in doses[2:])
    assert doses[2].due_at == saturday
    log = Log(double, PATIENT)
    stops = [dose.due_at for dose in doses[2:5]]
    stops += [stop - timedelta(minutes=1) for stop in stops]
    await log.walk(application, clock, stops)
    for dose in doses[2:5]:
        shown = f"{dose.local_date:%a} {dose.local_date.day} {dose.local_date:%b}, 09:00"
        assert log.when(PROMPT, f"Due {shown}") == [dose.due_at], shown
    assert len(log.when(PROMPT)) == 3
