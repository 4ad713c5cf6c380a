"""Issue 13's "done when": a patient through loading gets a correct history, calendar and report.

The patient is on the common monthly plan (daily for 7 doses from Thu 26 Nov, weekly for 4,
then every 28 days) and lives it through the double: doses done on time and late, one skipped
with a reason, one missed, two lab results and four symptom check-ins, all typed or tapped.
"""

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.features.calendar.build import dose_uid
from bot_api_double import BotApiDouble
from storage.models import DoseStatus, LabOrder, ScheduledDose, SymptomCheckIn
from tests.bot.conftest import advance_to
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.exports.ics_reading import read_with_vobject
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

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


@pytest.mark.both_databases
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


def _history_line(planned: tuple[int, int], phase: str, what: str) -> str:
    """One history line for a dose planned on (day, month), as the catalog words it."""
    return EN.text("history-line", day=EN.day(at(*planned).date()), phase=phase, what=what, site="")


def _done_on(day: int, month: int) -> str:
    """The "done on its planned day" outcome (the day is the line's own)."""
    assert at(day, month)
    return EN.text("history-done")


def _late(days: int, day: int, month: int) -> str:
    """The "done N days late" outcome."""
    return EN.text("history-done-late", days=EN.days(days), taken=EN.day(at(day, month).date()))


async def test_the_history_tells_every_dose_of_the_journey(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    monthly_patient: int,
) -> None:
    """Two pages, newest first after the next dose: each outcome, and each phase's sums."""
    await live_through_loading(application, double, clock)
    first_page = await double.reply_to(PATIENT, "/history")
    message = double.sent_messages(PATIENT)[-1]
    older = [
        button["callback_data"]
        for row in message["reply_markup"]["inline_keyboard"]
        for button in row
        if button["text"] == EN.text("button-history-older")
    ]
    since = double.mark()
    await double.press_button(PATIENT, message["message_id"], older[0])
    edit = await double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    assert edit.params["message_id"] == message["message_id"]
    pages = first_page + "\n" + str(edit.params["text"])

    loading = [
        EN.text(
            "history-phase-number-of", phase=EN.word("phase-names", "loading"), number=n, count=7
        )
        for n in (1, 2, 3, 4, 5, 6, 7)
    ]
    weekly = [
        EN.text(
            "history-phase-number-of", phase=EN.word("phase-names", "transition"), number=n, count=4
        )
        for n in (1, 2, 3, 4)
    ]
    expected = [
        _history_line((3, 1), weekly[3], _done_on(3, 1)),
        _history_line((25, 12), weekly[2], _late(2, 27, 12)),
        _history_line((18, 12), weekly[1], _done_on(18, 12)),
        _history_line((9, 12), weekly[0], _late(2, 11, 12)),
        _history_line((2, 12), loading[6], _done_on(2, 12)),
        _history_line((1, 12), loading[5], _done_on(1, 12)),
        _history_line((30, 11), loading[4], _done_on(30, 11)),
        _history_line((29, 11), loading[3], EN.text("history-missed")),
        _history_line((28, 11), loading[2], EN.text("history-skipped-because", reason="unwell")),
        _history_line((27, 11), loading[1], _done_on(27, 11)),
        _history_line((26, 11), loading[0], _done_on(26, 11)),
    ]
    positions = [pages.find(line) for line in expected]
    assert all(position >= 0 for position in positions), [
        line for line, position in zip(expected, positions, strict=True) if position < 0
    ]
    assert positions == sorted(positions), "newest first"
    summary: dict[str, str | int] = dict(
        phase="", done=0, on_time=0, late=0, early=0, skipped=0, missed=0, open=0
    )
    assert (
        EN.text(
            "history-summary",
            **{
                **summary,
                "phase": EN.word("plan-kind", "loading"),
                "done": 5,
                "on_time": 5,
                "skipped": 1,
                "missed": 1,
            },
        )
        in first_page
    )
    assert (
        EN.text(
            "history-summary",
            **{
                **summary,
                "phase": EN.word("plan-kind", "transition"),
                "done": 4,
                "on_time": 2,
                "late": 2,
            },
        )
        in first_page
    )
    # Every figure is the database's: five loading doses given, four weekly ones.
    doses = doses_of(session)
    assert sum(1 for d in doses if d.phase_kind == "loading" and d.status == DoseStatus.DONE) == 5
    assert (
        sum(1 for d in doses if d.phase_kind == "transition" and d.status == DoseStatus.DONE) == 4
    )


async def test_the_calendar_holds_what_is_still_to_come_at_nine_in_london(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    monthly_patient: int,
) -> None:
    """Each open dose row is its event at 09:00 London time; nothing answered is in it."""
    await live_through_loading(application, double, clock)
    since = double.mark()
    await double.send_text(PATIENT, "/calendar")
    call = await double.wait_for("sendDocument", chat_id=PATIENT, ok=True, since=since)
    ics = call.params["document"].data
    events = {str(e["UID"]): e for e in Calendar.from_ical(ics).walk("VEVENT")}
    by_vobject = {e.uid.value: e.dtstart.value for e in read_with_vobject(ics).vevent_list}
    london = ZoneInfo("Europe/London")
    doses = doses_of(session)
    open_rows = [d for d in doses if d.status == DoseStatus.SCHEDULED]
    assert open_rows
    for row in open_rows:
        uid = dose_uid(row.regimen_id, row.sequence)
        assert events[uid].decoded("DTSTART") == row.due_at
        assert by_vobject[uid] == row.due_at
        assert events[uid].decoded("DTSTART").astimezone(london).time() == time(9, 0)
    answered = {
        dose_uid(d.regimen_id, d.sequence) for d in doses if d.status != DoseStatus.SCHEDULED
    }
    assert not answered & set(events)
    # Maintenance is under way from the last transition dose: its start day is the next dose's.
    assert open_rows[0].local_date == at(31, 1).date()
