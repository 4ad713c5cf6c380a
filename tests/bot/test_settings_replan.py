"""Issue 14: a change of reminder time or zone at each point of a dose's life, over HTTP.

The patient is on the common monthly plan in London (daily from Thu 26 Nov at 09:00 GMT,
which is also 09:00 UTC). The change is made through /settings on Fri 27 Nov, with that
day's dose still to come, its reminder a minute away, due that very minute, sent and
unanswered, answered "late", or already followed up; the clock then runs to Sat 28 Nov
evening, and every reminder must arrive once, at the time the patient chose.
"""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot_api_double import BotApiDouble
from storage.models import DoseStatus, Patient, ScheduledDose
from tests.bot.conftest import advance_to
from tests.bot.settings_steps import (
    BeforeYes,
    Log,
    change_check_in_delay,
    change_reminder_time,
    move_to,
    tap,
)
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 14114
FRIDAY = "Fri 27 Nov"
SATURDAY = "Sat 28 Nov"
PROMPT = "Time for your <b>"
FOLLOW_UP = "Just checking in"
LATE_AGAIN = "As you asked"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """An instant in late November 2026 (London is on GMT, so UTC)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


async def _pending(chat: SetupChat, application: BotApplication, clock: FakeClock) -> datetime:
    """The change is made at 08:00, an hour before the reminder."""
    await advance_to(application, clock, at(27, 8))
    return at(27, 8)


async def _a_minute_before(
    chat: SetupChat, application: BotApplication, clock: FakeClock
) -> datetime:
    """The change is made at 08:59."""
    await advance_to(application, clock, at(27, 8, 59))
    return at(27, 8, 59)


async def _at_the_minute(
    chat: SetupChat, application: BotApplication, clock: FakeClock
) -> datetime:
    """Yes is pressed at 09:00, before the reminder loop has woken for that minute."""
    await advance_to(application, clock, at(27, 8, 58))
    return at(27, 9)


async def _sent_unanswered(
    chat: SetupChat, application: BotApplication, clock: FakeClock
) -> datetime:
    """The reminder went out at 09:00; the change is made at 10:00, unanswered."""
    await advance_to(application, clock, at(27, 9))
    await advance_to(application, clock, at(27, 10))
    return at(27, 10)


async def _late_asked(chat: SetupChat, application: BotApplication, clock: FakeClock) -> datetime:
    """The patient said "late" at 09:05 (remind again in 3 hours); the change is made at 10:00."""
    await advance_to(application, clock, at(27, 9, 5))
    await chat.say("late")
    await chat.press_quietly(EN.text("button-later-today"))
    await advance_to(application, clock, at(27, 10))
    return at(27, 10)


async def _followed_up(chat: SetupChat, application: BotApplication, clock: FakeClock) -> datetime:
    """The reminder (09:00) and its follow-up (12:00) went out; the change is made at 12:30."""
    await advance_to(application, clock, at(27, 9))
    await advance_to(application, clock, at(27, 12))
    await advance_to(application, clock, at(27, 12, 30))
    return at(27, 12, 30)


Moment = Callable[[SetupChat, BotApplication, FakeClock], Awaitable[datetime]]
# Where in Friday's dose's life the change is made, and whether its reminder was out.
MOMENTS: dict[str, tuple[Moment, bool]] = {
    "pending": (_pending, False),
    "a minute before": (_a_minute_before, False),
    "at the minute": (_at_the_minute, False),
    "sent, unanswered": (_sent_unanswered, True),
    "late asked": (_late_asked, True),
    "follow-up sent": (_followed_up, True),
}
# The instants the clock stops at afterwards: every time a reminder may (wrongly) fall.
STOPS = [
    at(27, 9),
    at(27, 10),
    at(27, 12),
    at(27, 12, 5),
    at(27, 14),
    at(27, 15),
    at(27, 17),
    at(27, 19),
    at(27, 21),
    at(27, 22),
    at(28, 7),
    at(28, 9),
    at(28, 10),
    at(28, 12),
    at(28, 14),
    at(28, 17),
    at(28, 19),
    at(28, 20),
]


def _doses(session: Session) -> list[ScheduledDose]:
    """The patient's live doses, in due order."""
    session.expire_all()
    statement = (
        select(ScheduledDose)
        .where(ScheduledDose.status != DoseStatus.CANCELLED)
        .order_by(col(ScheduledDose.due_at))
    )
    return list(session.exec(statement).all())


Change = Callable[[SetupChat, BeforeYes], Awaitable[str]]


async def _live_the_change(
    moment: str,
    change: Change,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
) -> tuple[Log, datetime, str]:
    """Reach the moment, make the change, and run the clock; what arrived and when."""
    chat = SetupChat(double, PATIENT)
    # Thursday's dose is done, so only Friday's is open.
    await advance_to(application, clock, at(26, 9, 5))
    assert "Recorded" in await double.reply_to(PATIENT, "done")
    reach, _ = MOMENTS[moment]
    changed_at = await reach(chat, application, clock)
    log = Log(double, PATIENT)

    def to_the_minute() -> None:
        # The clock reaches the minute without waking the reminder loop.
        clock.set(changed_at)

    done = await change(chat, to_the_minute)
    # Whatever the change made due at that minute goes out before the clock moves on.
    await advance_to(application, clock, changed_at)
    log.take(changed_at)
    await log.walk(application, clock, [stop for stop in STOPS if stop > changed_at])
    return log, changed_at, done


def _expect_friday(log: Log, moment: str, moved_to: datetime) -> None:
    """Friday's dose was reminded once: at the new time, or at 09:00 if it was already out."""
    _, reminded = MOMENTS[moment]
    prompts = log.when(PROMPT, FRIDAY)
    follow_ups = log.when(FOLLOW_UP, FRIDAY)
    if reminded:
        assert prompts == [], "a dose already reminded was reminded again"
        if moment == "sent, unanswered":
            assert follow_ups == [at(27, 12)]
        if moment == "late asked":
            assert log.when(LATE_AGAIN, FRIDAY) == [at(27, 12, 5)]
        if moment == "follow-up sent":
            assert follow_ups == []
    else:
        assert prompts == [moved_to]
        assert follow_ups == [moved_to + timedelta(hours=3)]


@pytest.mark.parametrize("moment", list(MOMENTS))
async def test_a_new_reminder_time_at_each_point_of_a_dose(
    moment: str,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """09:00 → 14:00: Friday's dose once, Saturday's at 14:00 once; the past as it was."""

    async def change(chat: SetupChat, before_yes: BeforeYes) -> str:
        return await change_reminder_time(chat, "14:00", before_yes)

    log, _changed_at, done = await _live_the_change(moment, change, application, double, clock)
    assert done.startswith("Done: your next injection moves from")
    _expect_friday(log, moment, at(27, 14))
    assert log.when(PROMPT, SATURDAY) == [at(28, 14)]
    assert log.when(PROMPT, "Thu 26 Nov") == []
    doses = _doses(session)
    assert doses[0].status == DoseStatus.DONE
    assert doses[0].due_at == at(26, 9)
    _, reminded = MOMENTS[moment]
    assert doses[1].due_at == (at(27, 9) if reminded else at(27, 14))
    patient = session.get(Patient, monthly_patient)
    assert patient is not None
    assert str(patient.reminder_time) == "14:00:00"


@pytest.mark.parametrize("moment", list(MOMENTS))
async def test_a_move_to_new_york_at_each_point_of_a_dose(
    moment: str,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """London → New York: 09:00 there is 14:00 UTC; Friday's dose once, Saturday's at 14:00."""

    async def change(chat: SetupChat, before_yes: BeforeYes) -> str:
        return await move_to(chat, "New York", "New York", before_yes)

    log, _changed_at, done = await _live_the_change(moment, change, application, double, clock)
    assert "New York time" in done
    _expect_friday(log, moment, at(27, 14))
    assert log.when(PROMPT, SATURDAY, "09:00") == [at(28, 14)]
    patient = session.get(Patient, monthly_patient)
    assert patient is not None
    assert patient.time_zone == "America/New_York"
    status = await double.reply_to(PATIENT, "/status")
    assert "09:00 New York time" in status


@pytest.mark.parametrize("moment", list(MOMENTS))
async def test_a_new_check_in_delay_at_each_point_of_a_dose(
    moment: str,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    monthly_patient: int,
) -> None:
    """3 h → 1 h: the reminders keep their times; the one check-in comes an hour after."""

    async def change(chat: SetupChat, before_yes: BeforeYes) -> str:
        return await change_check_in_delay(chat, "1 hour", before_yes)

    log, changed_at, done = await _live_the_change(moment, change, application, double, clock)
    assert "1 h" in done
    expected = {
        "pending": [at(27, 10)],
        "a minute before": [at(27, 10)],
        "at the minute": [at(27, 10)],
        # Sent at 09:00 and waiting: an hour after it is now, so it comes at once.
        "sent, unanswered": [changed_at],
        # "Late" asked for its own reminder instead; the check-in already came.
        "late asked": [],
        "follow-up sent": [],
    }
    assert log.when(FOLLOW_UP, FRIDAY) == expected[moment]
    _, reminded = MOMENTS[moment]
    assert log.when(PROMPT, FRIDAY) == ([] if reminded else [at(27, 9)])
    assert log.when(PROMPT, SATURDAY) == [at(28, 9)]
    assert log.when(FOLLOW_UP, SATURDAY) == [at(28, 10)]
    patient = session.get(Patient, monthly_patient)
    assert patient is not None
    assert patient.follow_up_after_minutes == 60


@pytest.mark.both_databases
async def test_an_open_settings_question_lets_a_dose_reply_through(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    monthly_patient: int,
) -> None:
    """The time question left open overnight: "done" to the reminder is still recorded."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/settings")
    await tap(chat, EN.text("settings-button-time"))
    await advance_to(application, clock, at(26, 9, 5))
    assert "Recorded" in await chat.say("done")
    assert _doses(session)[0].status == DoseStatus.DONE
    # The question is still open: a time typed later answers it.
    assert await chat.say("19:00") == "Change your reminder time from 09:00 to 19:00?"
