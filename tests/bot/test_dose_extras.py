"""After "done": injection sites in rotation, ampoule stock with a refill reminder, drift."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.features.doses.sites_and_stock import parse_stock
from bot_api_double import BotApiDouble
from storage.models import DoseEvent, DoseEventKind, DriftEvent, ReminderKind, ReminderStatus
from tests.bot.conftest import dose_reminder_at, reminders_settled
from tests.bot.ledger import live_doses, reminders_of_kind
from tests.bot.patients import FIRST_DOSE_AT, maintenance_only, patient_row, patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 7001
SITE_LABELS = ["Left arm", "Right arm", "Left thigh", "Right thigh"]


def _done_events(session: Session) -> list[DoseEvent]:
    """Every done event, oldest first."""
    session.expire_all()
    statement = (
        select(DoseEvent).where(DoseEvent.kind == DoseEventKind.DONE).order_by(col(DoseEvent.id))
    )
    return list(session.exec(statement).all())


async def _reminder_text(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, at: datetime
) -> str:
    """Move to `at` and return the dose reminder that goes out."""
    return (await dose_reminder_at(application, double, clock, at, chat_id=PATIENT)).text or ""


@pytest.mark.usefixtures("monthly_patient")
async def test_reminder_suggests_the_next_site_and_done_records_the_one_used(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """Said in words, by button: the site is stored, and the next reminder moves on."""
    first = await _reminder_text(application, double, clock, FIRST_DOSE_AT)
    assert "Suggested site: <b>left arm (deltoid)</b>." in first
    reply = await double.reply_to(PATIENT, "done, left arm")
    assert "Recorded" in reply
    assert EN.text("site-ask") not in reply
    assert [e.site for e in _done_events(session)] == ["left_arm"]

    second = await _reminder_text(application, double, clock, FIRST_DOSE_AT + timedelta(days=1))
    assert "Suggested site: <b>right arm (deltoid)</b> (last time: left arm (deltoid))" in second
    chat = SetupChat(double, PATIENT)
    await chat.press_quietly(EN.text("button-done"))
    asked = await double.wait_for(
        "editMessageText",
        chat_id=PATIENT,
        predicate=lambda c: EN.text("site-ask") in (c.text or ""),
    )
    assert "dose 2 of 7" in (asked.text or "")
    assert "✅ Done Fri 27 Nov, 09:00." in (asked.text or "")
    assert chat.labels() == [*SITE_LABELS, EN.text("button-undo")]
    await chat.press_quietly("Left thigh")
    edit = await double.wait_for(
        "editMessageText", chat_id=PATIENT, predicate=lambda c: "Site noted" in (c.text or "")
    )
    assert (edit.text or "").endswith("✅ Done Fri 27 Nov, 09:00.\n📍 Site noted: left thigh.")
    assert "dose 2 of 7" in (edit.text or "")
    # The site buttons go; the Undo of the done stays.
    [[undo]] = edit.params["reply_markup"]["inline_keyboard"]
    assert undo["callback_data"] == f"undo:{_done_events(session)[-1].id}"
    assert [e.site for e in _done_events(session)] == ["left_arm", "left_thigh"]

    third = await _reminder_text(application, double, clock, FIRST_DOSE_AT + timedelta(days=2))
    assert "Suggested site: <b>right arm (deltoid)</b> (last time: left thigh)" in third


@pytest.mark.usefixtures("monthly_patient")
async def test_a_forged_site_button_records_nothing(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """Another chat's dose, or a made-up site, is refused."""
    await _reminder_text(application, double, clock, FIRST_DOSE_AT)
    await double.reply_to(PATIENT, "done")
    dose_id = live_doses(session)[0].id
    chat = SetupChat(double, PATIENT + 1)
    await double.send_text(PATIENT + 1, "/stock")
    await double.wait_for("sendMessage", chat_id=PATIENT + 1)
    assert await chat.press_data(f"site:{dose_id}:left_arm") == EN.text("dose-button-not-yours")
    own = SetupChat(double, PATIENT)
    assert await own.press_data(f"site:{dose_id}:left_elbow") == EN.text("dose-button-not-yours")
    assert [e.site for e in _done_events(session)] == [None]


@pytest.mark.parametrize(
    ("text", "count"),
    [("5", 5), ("12 ampoules", 12), ("0", 0), ("500", 500), ("501", None), ("five", None)],
)
def test_stock_counts_are_validated(text: str, count: int | None) -> None:
    """A whole number of ampoules from 0 to 500."""
    assert parse_stock(text) == count


@pytest.mark.both_databases
async def test_stock_counts_down_and_reminds_once_when_two_are_left(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """/stock 3, then each done takes one; at two the refill reminder comes, only once."""
    assert await double.reply_to(PATIENT, "/stock") == EN.text("stock-unknown")
    assert await double.reply_to(PATIENT, "/stock lots") == EN.text("stock-invalid")
    assert await double.reply_to(PATIENT, "/stock 3") == EN.text("stock-set", count=3)

    await _reminder_text(application, double, clock, FIRST_DOSE_AT)
    reply = await double.reply_to(PATIENT, "done")
    assert EN.text("stock-left-line", count=2) in reply
    assert reply.endswith(EN.text("site-ask"))
    low = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "ampoules left" in (c.text or "")
    )
    assert low.text == EN.text("stock-low", count=2)
    assert patient_row(engine, monthly_patient).ampoules_at_hand == 2

    await _reminder_text(application, double, clock, FIRST_DOSE_AT + timedelta(days=1))
    await double.reply_to(PATIENT, "done")
    await reminders_settled(application)
    await double.idle(quiet=0.3)
    assert patient_row(engine, monthly_patient).ampoules_at_hand == 1
    [reminder] = reminders_of_kind(session, ReminderKind.STOCK_LOW)
    assert reminder.status == ReminderStatus.SENT

    refilled = await double.reply_to(PATIENT, "/stock 10")
    assert refilled == EN.text("stock-set", count=10)
    assert patient_row(engine, monthly_patient).ampoules_at_hand == 10


async def test_drift_is_told_once_and_recorded(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    engine: Engine,
) -> None:
    """Monthly injections each two weeks late: told after the second long gap, not again."""
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=maintenance_only(),
        now=clock(),
        last_dose_before_start_on=date(2026, 11, 20),
    )
    for _ in range(4):
        due = next(d for d in live_doses(session) if d.taken_at is None)
        clock.set(due.due_at + timedelta(days=14))
        # The jump makes a symptom check-in offer due too, which may go out before the reply.
        since = double.mark()
        await double.send_text(PATIENT, "done")
        await double.wait_for(
            "sendMessage",
            chat_id=PATIENT,
            since=since,
            predicate=lambda call: "Recorded" in (call.text or ""),
        )
        await double.idle(quiet=0.3)
    sent = [call.text or "" for call in double.calls_to("sendMessage")]
    told = [text for text in sent if "A note about timing" in text]
    assert told == [EN.text("drift-told", intervals="42 days, 42 days", planned="28 days")]
    session.expire_all()
    [event] = session.exec(select(DriftEvent)).all()
    assert event.planned_interval_days == 28
    assert event.actual_interval_days == [42, 42]
    assert event.told_at is not None
    taken = [d for d in live_doses(session) if d.taken_at is not None]
    assert event.last_dose_id == taken[2].id
