"""Issue 13's "done when": a patient through loading gets a correct history, calendar and report.

The patient is on the common monthly plan (daily for 7 doses from Thu 26 Nov, weekly for 4,
then every 28 days) and lives it through the double: doses done on time and late, one skipped
with a reason, one missed, two lab results and four symptom check-ins, all typed or tapped.
"""

from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot_api_double import BotApiDouble
from storage.models import DoseStatus, LabOrder, ScheduledDose, SymptomCheckIn
from tests.bot.conftest import advance_to
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

PATIENT = 13013


def at(day: int, month: int, hour: int = 9, minute: int = 0) -> datetime:
    """An instant in London in winter (GMT = UTC), 2026 or January 2027."""
    year = 2027 if month < 6 else 2026
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


async def _reply(double: BotApiDouble, text: str) -> str:
    """What the bot answers to one message."""
    return await double.reply_to(PATIENT, text)


async def _check_in(chat: SetupChat, scores: list[int]) -> None:
    """A whole symptom check-in: one tap per symptom, then no note."""
    await chat.say("/symptoms")
    for score in scores:
        await chat.press_quietly(f"{score} {EN.word('symptom-scale', str(score))}")
    await chat.press(EN.text("button-no-note"))


async def _lab_result(chat: SetupChat, test: str, day: str, result: str) -> None:
    """The clinician ordered a test for a day; then it is marked done with its result."""
    await chat.say("/labs")
    await chat.press(EN.text("lab-button-clinician"))
    await chat.press(test)
    await chat.say(day)
    await chat.say("/labs")
    await chat.press(EN.text("lab-button-mark-done"))
    await chat.press(chat.labels()[0])
    await chat.say(result)


async def live_through_loading(
    application: BotApplication, double: BotApiDouble, clock: FakeClock
) -> None:
    """Loading and transition as a real patient might live them, ending on Tue 5 Jan 2027."""
    chat = SetupChat(double, PATIENT)
    await advance_to(application, clock, at(26, 11, 9, 5))
    assert "Recorded" in await _reply(double, "done")
    await _check_in(chat, [2, 2, 1, 0, 1, 1])
    await advance_to(application, clock, at(27, 11, 9, 5))
    assert "Recorded" in await _reply(double, "done")
    await advance_to(application, clock, at(28, 11, 9, 5))
    assert "unwell" in await _reply(double, "skip - unwell")
    # 29 Nov is never answered: the grace period marks it missed.
    for day in (30, 1, 2):
        month = 11 if day == 30 else 12
        await advance_to(application, clock, at(day, month, 9, 5))
        assert "Recorded" in await _reply(double, "done")
    await _lab_result(chat, "vitamin B12 level", "2 Dec", "B12 250 ng/L")
    # Weekly transition, counted from the last injection: 9 Dec given two days late (so the
    # next is 18 Dec), 18 Dec on the day, 25 Dec two days late (so the last is 3 Jan).
    await advance_to(application, clock, at(11, 12, 10))
    assert "Recorded" in await _reply(double, "done")
    await _check_in(chat, [1, 2, 1, 0, 1, 0])
    await advance_to(application, clock, at(18, 12, 9, 30))
    assert "Recorded" in await _reply(double, "done")
    await advance_to(application, clock, at(21, 12, 12))
    await _check_in(chat, [2, 3, 1, 0, 1, 1])
    await advance_to(application, clock, at(27, 12, 11))
    assert "Recorded" in await _reply(double, "done")
    await advance_to(application, clock, at(3, 1, 9, 10))
    assert "Recorded" in await _reply(double, "done")
    await _lab_result(chat, "ferritin", "3 Jan", "ferritin 45 ug/L")
    await _check_in(chat, [1, 1, 0, 0, 0, 0])
    await advance_to(application, clock, at(5, 1, 12))


def doses_of(session: Session) -> list[ScheduledDose]:
    """The patient's live doses in plan order."""
    session.expire_all()
    statement = (
        select(ScheduledDose)
        .where(ScheduledDose.status != DoseStatus.CANCELLED)
        .order_by(col(ScheduledDose.due_at))
    )
    return list(session.exec(statement).all())


async def test_the_loading_journey_leaves_the_record_the_exports_read(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """The scenario itself: what the database holds after it."""
    await live_through_loading(application, double, clock)
    doses = doses_of(session)
    assert [(d.local_date.isoformat(), d.status) for d in doses[:11]] == [
        ("2026-11-26", DoseStatus.DONE),
        ("2026-11-27", DoseStatus.DONE),
        ("2026-11-28", DoseStatus.SKIPPED),
        ("2026-11-29", DoseStatus.MISSED),
        ("2026-11-30", DoseStatus.DONE),
        ("2026-12-01", DoseStatus.DONE),
        ("2026-12-02", DoseStatus.DONE),
        ("2026-12-09", DoseStatus.DONE),
        ("2026-12-18", DoseStatus.DONE),
        ("2026-12-25", DoseStatus.DONE),
        ("2027-01-03", DoseStatus.DONE),
    ]
    taken = [d.taken_at.date() if d.taken_at else None for d in doses[7:11]]
    assert taken == [at(11, 12).date(), at(18, 12).date(), at(27, 12).date(), at(3, 1).date()]
    labs = session.exec(select(LabOrder).order_by(col(LabOrder.id))).all()
    assert [(lab.test, str(lab.result_value)) for lab in labs] == [
        ("b12", "250.0000"),
        ("ferritin", "45.0000"),
    ]
    check_ins = session.exec(
        select(SymptomCheckIn).where(col(SymptomCheckIn.completed_at).is_not(None))
    ).all()
    assert len(check_ins) == 4
    assert doses[11].phase_kind == "maintenance"
