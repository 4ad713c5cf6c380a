"""/history through the double: the pages, edited in place, forged presses, corrections, the chart.

The patient is on the common monthly plan (daily for 7 doses from Thu 26 Nov, then weekly):
26 Nov done on time, 27 Nov skipped with a reason, 28 Nov never answered (missed), 29 Nov to
2 Dec done on the day (the last in the left thigh), and the first weekly dose (Wed 9 Dec) done
two days late on Fri 11 Dec; the plan counts from the last injection, so the next is Fri 18 Dec.
"""

from collections import Counter
from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.features.history import command as history_command
from bot_api_double import BotApiDouble, RecordedCall
from storage.models import (
    DoseEvent,
    DoseEventKind,
    DoseStatus,
    Reminder,
    ReminderStatus,
    ScheduledDose,
)
from tests.bot.conftest import advance_to
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 13101
STRANGER = 13102
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def at(day: int, month: int, hour: int = 9, minute: int = 5) -> datetime:
    """An instant in London in winter (GMT = UTC), in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


async def _live_a_fortnight(
    application: BotApplication, double: BotApiDouble, clock: FakeClock
) -> None:
    """The doses of the module docstring, answered in words, ending on Fri 11 Dec."""
    await advance_to(application, clock, at(26, 11))
    assert "Recorded" in await double.reply_to(PATIENT, "done")
    await advance_to(application, clock, at(27, 11))
    assert "unwell" in await double.reply_to(PATIENT, "skip - unwell")
    for day, month in ((29, 11), (30, 11), (1, 12)):
        await advance_to(application, clock, at(day, month))
        assert "Recorded" in await double.reply_to(PATIENT, "done")
    await advance_to(application, clock, at(2, 12))
    assert "Recorded" in await double.reply_to(PATIENT, "done in the left thigh")
    await advance_to(application, clock, at(11, 12, 10, 0))
    assert "Recorded" in await double.reply_to(PATIENT, "done")


def _doses(session: Session) -> dict[date, ScheduledDose]:
    """The patient's live doses by planned day."""
    session.expire_all()
    rows = session.exec(
        select(ScheduledDose).where(ScheduledDose.status != DoseStatus.CANCELLED)
    ).all()
    return {row.local_date: row for row in rows}


def _events(session: Session, dose_id: int | None) -> list[DoseEvent]:
    """A dose's events, oldest first."""
    session.expire_all()
    statement = select(DoseEvent).where(DoseEvent.dose_id == dose_id).order_by(col(DoseEvent.id))
    return list(session.exec(statement).all())


def _line(day: date, phase: str, what: str, site: str = "") -> str:
    """A history line as the catalog words it."""
    return EN.text("history-line", day=EN.day(day), phase=phase, what=what, site=site)


def _summary(session: Session, kind: str, *, on_time: int, late: int) -> str:
    """A phase's summary line, its skipped and missed counts read from the database rows."""
    statuses = Counter(d.status for d in _doses(session).values() if d.phase_kind == kind)
    done = statuses[DoseStatus.DONE]
    assert on_time + late == done
    return EN.text(
        "history-summary",
        phase=EN.word("plan-kind", kind),
        done=done,
        on_time=on_time,
        late=late,
        early=0,
        skipped=statuses[DoseStatus.SKIPPED],
        missed=statuses[DoseStatus.MISSED],
        open=0,
    )


def _data(message: dict[str, object]) -> list[str]:
    """The callback data of a message's buttons."""
    markup = message.get("reply_markup") or {}
    assert isinstance(markup, dict)
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def _press(
    double: BotApiDouble, user: int, message_id: int, data: str, method: str
) -> RecordedCall:
    """Press a button and return the first call of `method` it leads to."""
    since = double.mark()
    await double.press_button(user, message_id, data, check=False)
    return await double.wait_for(method, chat_id=user, since=since)


async def _answered(double: BotApiDouble, user: int, message_id: int, data: str) -> RecordedCall:
    """Press a button and return the callback's answer."""
    since = double.mark()
    await double.press_button(user, message_id, data, check=False)
    return await double.wait_for("answerCallbackQuery", since=since)


def _history_message(double: BotApiDouble) -> dict[str, object]:
    """The latest bot message that is a history page."""
    title = EN.text("history-title", page=1, pages=2).split(" (")[0]
    pages = [m for m in double.sent_messages(PATIENT) if title in str(m.get("text", ""))]
    return pages[-1]


def _no_doubled_reminders(session: Session) -> None:
    """Every pending reminder is owed once: no two for one dose and kind."""
    session.expire_all()
    pending = session.exec(select(Reminder).where(Reminder.status == ReminderStatus.PENDING)).all()
    owed = Counter((r.dose_id, r.kind) for r in pending if r.dose_id is not None)
    assert all(count == 1 for count in owed.values()), owed


@pytest.mark.both_databases
async def test_history_pages_corrections_and_chart(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    monthly_patient: int,
) -> None:
    """The whole /history feature for one patient, through the double."""
    await _live_a_fortnight(application, double, clock)
    doses = _doses(session)
    assert doses[date(2026, 11, 28)].status == DoseStatus.MISSED

    page = await double.reply_to(PATIENT, "/history")
    assert page.startswith(EN.text("history-title", page=1, pages=2))
    assert _summary(session, "loading", on_time=5, late=0) in page
    assert _summary(session, "transition", on_time=0, late=1) in page
    transition = EN.word("phase-names", "transition")
    loading = EN.word("phase-names", "loading")
    expected = [
        _line(date(2026, 12, 18), f"{transition} 2/4", EN.text("history-upcoming")),
        _line(
            date(2026, 12, 9),
            f"{transition} 1/4",
            EN.text("history-done-late", days=EN.days(2), taken=EN.day(date(2026, 12, 11))),
        ),
        _line(
            date(2026, 12, 2),
            f"{loading} 7/7",
            EN.text("history-done"),
            EN.text("history-site", site=EN.word("site-names", "left_thigh")),
        ),
        _line(date(2026, 11, 28), f"{loading} 3/7", EN.text("history-missed")),
        _line(
            date(2026, 11, 27),
            f"{loading} 2/7",
            EN.text("history-skipped-because", reason="unwell"),
        ),
    ]
    assert [line for line in page.split("\n") if line in expected] == expected
    assert EN.day(date(2026, 11, 26)) not in page
    assert await double.reply_to(PATIENT, "my history") == page
    assert await double.reply_to(PATIENT, "how many have I missed?") == page

    # Older / Newer edit the page in place: no new message.
    shown = _history_message(double)
    message_id = int(str(shown["message_id"]))
    sent = len(double.sent_messages(PATIENT))
    older = await _press(double, PATIENT, message_id, "hist:p:1", "editMessageText")
    assert older.params["message_id"] == message_id
    assert older.text is not None
    assert older.text.startswith(EN.text("history-title", page=2, pages=2))
    assert _line(date(2026, 11, 26), f"{loading} 1/7", EN.text("history-done")) in older.text
    newer = await _press(double, PATIENT, message_id, "hist:p:0", "editMessageText")
    assert newer.text == page
    assert len(double.sent_messages(PATIENT)) == sent

    # Another chat's presses get nothing of this patient's.
    await double.reply_to(STRANGER, "/history")
    stranger_message = int(str(double.sent_messages(STRANGER)[-1]["message_id"]))
    ninth = doses[date(2026, 12, 9)]
    forged = await _answered(double, STRANGER, stranger_message, f"hist:f:{ninth.id}")
    assert forged.params["text"] == EN.text("dose-button-not-yours")
    forged_page = await _answered(double, STRANGER, stranger_message, "hist:p:0")
    assert forged_page.params["text"] == EN.text("history-button-stale")
    assert all(
        EN.day(date(2026, 12, 9)) not in str(m.get("text")) for m in double.sent_messages(STRANGER)
    )
    assert [e.kind for e in _events(session, ninth.id)] == [DoseEventKind.DONE]

    # Correct the late weekly dose: it was given on Thu 10 Dec.
    picker = await _press(double, PATIENT, message_id, "hist:e:0", "editMessageText")
    assert f"hist:f:{ninth.id}" in str(picker.params["reply_markup"])
    assert f"hist:f:{doses[date(2026, 12, 18)].id}" not in str(picker.params["reply_markup"])
    asked = await _press(double, PATIENT, message_id, f"hist:f:{ninth.id}", "sendMessage")
    assert asked.text == EN.text(
        "history-fix-ask-done",
        phase=f"{transition} 1/4",
        planned=EN.day(date(2026, 12, 9)),
        taken=EN.day(date(2026, 12, 11)),
        example=EN.day(date(2026, 12, 9)),
    )
    future = await double.reply_to(PATIENT, "tomorrow")
    assert future.startswith("That date has not come yet")
    assert future.endswith(EN.text("history-fix-again"))
    nonsense = await double.reply_to(PATIENT, "whenever")
    assert nonsense.endswith(EN.text("history-fix-again"))
    too_early = await double.reply_to(PATIENT, "1 Dec")
    assert too_early.startswith("That is more than 3 days before")
    fixed = await double.reply_to(PATIENT, "10 Dec")
    assert fixed.startswith(
        EN.text(
            "history-fixed",
            phase=f"{transition} 1/4",
            planned=EN.day(date(2026, 12, 9)),
            taken=EN.day(date(2026, 12, 10)),
            was=EN.day(date(2026, 12, 11)),
        )
    )
    events = _events(session, ninth.id)
    assert [e.kind for e in events] == [
        DoseEventKind.DONE,
        DoseEventKind.UNDONE,
        DoseEventKind.DONE,
    ]
    assert [e.occurred_at.date() for e in (events[0], events[2])] == [
        date(2026, 12, 11),
        date(2026, 12, 10),
    ]
    assert _doses(session)[date(2026, 12, 9)].taken_at.date() == date(2026, 12, 10)  # type: ignore[union-attr]
    _no_doubled_reminders(session)

    # The missed dose was given after all, the next day.
    await double.press_button(PATIENT, message_id, "hist:e:0", check=False)
    await _press(
        double, PATIENT, message_id, f"hist:f:{doses[date(2026, 11, 28)].id}", "sendMessage"
    )
    fixed = await double.reply_to(PATIENT, "29 Nov")
    assert EN.text("history-was-missed") in fixed
    missed = _events(session, doses[date(2026, 11, 28)].id)
    assert [e.kind for e in missed] == [DoseEventKind.MISSED, DoseEventKind.DONE]
    _no_doubled_reminders(session)

    # The skip was wrong too: withdrawn, and the injection recorded on its day.
    await double.press_button(PATIENT, message_id, "hist:e:0", check=False)
    skipped = doses[date(2026, 11, 27)]
    await _press(double, PATIENT, message_id, f"hist:f:{skipped.id}", "sendMessage")
    assert EN.text("history-was-skipped") in await double.reply_to(PATIENT, "27 Nov")
    kinds = [e.kind for e in _events(session, skipped.id)]
    assert kinds == [DoseEventKind.SKIPPED, DoseEventKind.UNDONE, DoseEventKind.DONE]

    again = await double.reply_to(PATIENT, "/history")
    # Counted from the last injection, the next weekly dose moved with the corrected day.
    next_dose = _line(date(2026, 12, 17), f"{transition} 2/4", EN.text("history-upcoming"))
    assert next_dose in again.split("\n")
    assert EN.day(date(2026, 12, 18)) not in again
    assert (
        _line(
            date(2026, 12, 9),
            f"{transition} 1/4",
            EN.text("history-done-on-time", taken=EN.day(date(2026, 12, 10))),
        )
        in again
    )
    assert (
        _line(
            date(2026, 11, 28),
            f"{loading} 3/7",
            EN.text("history-done-late", days=EN.days(1), taken=EN.day(date(2026, 11, 29))),
        )
        in again
    )
    assert _line(date(2026, 11, 27), f"{loading} 2/7", EN.text("history-done")) in again
    assert _summary(session, "loading", on_time=6, late=1) in again

    # The chart arrives as a photo.
    shown = _history_message(double)
    photo = await _press(double, PATIENT, int(str(shown["message_id"])), "hist:c:0", "sendPhoto")
    assert photo.params["caption"] == EN.text("history-chart-caption")
    assert double.world.uploads[-1].data.startswith(PNG_MAGIC)


async def test_chart_needs_two_injections(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, monthly_patient: int
) -> None:
    """With one injection given there is no interval: a sentence instead of a chart."""
    await advance_to(application, clock, at(26, 11))
    assert "Recorded" in await double.reply_to(PATIENT, "done")
    await double.reply_to(PATIENT, "/history")
    message_id = int(str(_history_message(double)["message_id"]))
    answer = await _press(double, PATIENT, message_id, "hist:c:0", "sendMessage")
    assert answer.text == EN.text("history-chart-too-few")
    assert not double.calls_to("sendPhoto")


async def test_a_chart_that_cannot_be_drawn_gets_an_apology(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    monthly_patient: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rendering failure is logged (its kind only) and the patient gets the apology."""

    def broken(*_args: object) -> bytes:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(history_command, "interval_chart", broken)
    for day in (26, 27):
        await advance_to(application, clock, at(day, 11))
        assert "Recorded" in await double.reply_to(PATIENT, "done")
    await double.reply_to(PATIENT, "/history")
    message_id = int(str(_history_message(double)["message_id"]))
    answer = await _press(double, PATIENT, message_id, "hist:c:0", "sendMessage")
    assert answer.text == EN.text("history-chart-failed")
