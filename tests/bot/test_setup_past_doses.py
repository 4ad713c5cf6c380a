"""A plan saved with doses already due: the bot asks about them instead of marking them missed."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot_api_double import BotApiDouble, ServerError
from storage.models import DoseStatus, Reminder, ReminderKind, ReminderStatus, ScheduledDose
from tests.bot.conftest import reminders_settled
from tests.bot.setup_chat import SetupChat
from tests.bot.test_setup import PATIENT, chat, details, first_injection
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

__all__ = ["chat"]

MISSED_WORDS = "as missed"


async def _set_up(chat: SetupChat, day: str) -> str:
    """The common monthly plan from its first injection on `day` at 09:00; the saved reply."""
    await chat.say("/start")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await first_injection(chat, day)
    return await chat.press(EN.text("setup-button-confirm"))


def _doses(engine: Engine) -> list[ScheduledDose]:
    """The doses still live, oldest first."""
    with Session(engine) as session:
        statement = select(ScheduledDose).where(ScheduledDose.status != DoseStatus.CANCELLED)
        return list(session.exec(statement.order_by(col(ScheduledDose.due_at))).all())


async def _press(
    double: BotApiDouble, words: str, label: str, edit: str = "editMessageText"
) -> None:
    """Press a button on the patient's latest message containing `words`; wait for its edit."""
    message = [m for m in double.sent_messages(PATIENT) if words in str(m.get("text", ""))][-1]
    rows = message["reply_markup"]["inline_keyboard"]
    [data] = [b["callback_data"] for row in rows for b in row if b["text"] == label]
    since = double.mark()
    await double.press_button(PATIENT, message["message_id"], data)
    await double.wait_for("answerCallbackQuery", since=since)
    await double.wait_for(edit, chat_id=PATIENT, since=since)


def _labels(double: BotApiDouble, words: str) -> list[str]:
    """The button labels of the patient's latest message containing `words`."""
    message = [m for m in double.sent_messages(PATIENT) if words in str(m.get("text", ""))][-1]
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


def _missed_check_of(engine: Engine, dose: ScheduledDose) -> datetime:
    """When the dose's pending missed check is due."""
    with Session(engine) as session:
        statement = select(Reminder).where(
            Reminder.dose_id == dose.id,
            Reminder.kind == ReminderKind.DOSE_MISSED,
            Reminder.status == ReminderStatus.PENDING,
        )
        return session.exec(statement).one().due_at


def _texts(double: BotApiDouble) -> list[str]:
    """Every message the patient has now."""
    return [str(message.get("text", "")) for message in double.sent_messages(PATIENT)]


async def test_set_up_late_in_the_day_asks_about_this_mornings_dose(
    chat: SetupChat,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
    application: BotApplication,
) -> None:
    """Saved at 22:01 with the first injection at 09:00 today: asked, not marked missed."""
    clock.set(datetime(2026, 11, 25, 22, 1, tzinfo=UTC))
    saved = await _set_up(chat, "today")
    assert saved == EN.text("setup-saved-asking-one", when="Wed 25 Nov, 09:00")
    reminder = await double.wait_for(
        "sendMessage", predicate=lambda c: "Time for" in (c.text or ""), since=0
    )
    assert "Sent late" not in (reminder.text or "")
    await reminders_settled(application)
    assert not [text for text in _texts(double) if MISSED_WORDS in text]
    first = _doses(engine)[0]
    assert first.status == DoseStatus.SCHEDULED
    # The grace before "missed" runs from the asking (22:01), not from 09:00.
    assert _missed_check_of(engine, first) == datetime(2026, 11, 26, 10, 1, tzinfo=UTC)
    await _press(double, "Time for", EN.text("button-done"))
    assert _doses(engine)[0].status == DoseStatus.DONE


async def test_a_first_date_four_days_back_asks_which_were_had(
    chat: SetupChat,
    double: BotApiDouble,
    engine: Engine,
    application: BotApplication,
) -> None:
    """Four past doses: the latest reminded at once, the rest in one question; none missed."""
    saved = await _set_up(chat, "21 Nov")
    assert saved == EN.text("setup-saved-asking-many", count=4)
    question = await double.wait_for(
        "sendMessage",
        predicate=lambda c: EN.text("setup-past-doses-ask") in (c.text or ""),
        since=0,
    )
    await double.wait_for("sendMessage", predicate=lambda c: "Time for" in (c.text or ""), since=0)
    await reminders_settled(application)
    assert not [text for text in _texts(double) if MISSED_WORDS in text]
    past = _doses(engine)[:4]
    assert [d.status for d in past] == [DoseStatus.SCHEDULED] * 4
    asked_at = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert {_missed_check_of(engine, d) for d in past} == {asked_at + timedelta(hours=12)}
    assert len([text for text in _texts(double) if "Time for" in text]) == 1
    assert EN.text("setup-past-doses-ask") in (question.text or "")
    ask = EN.text("setup-past-doses-ask")
    assert _labels(double, ask) == [
        EN.text("button-past-dose", day="Sat 21 Nov"),
        EN.text("button-past-dose", day="Sun 22 Nov"),
        EN.text("button-past-dose", day="Mon 23 Nov"),
        EN.text("button-past-doses-none"),
    ]
    await _press(double, ask, EN.text("button-past-dose", day="Sat 21 Nov"))
    await _press(double, ask, EN.text("button-past-dose", day="Mon 23 Nov"))
    assert _labels(double, ask) == [
        EN.text("button-past-dose", day="Sun 22 Nov"),
        EN.text("button-past-doses-none"),
    ]
    await _press(double, ask, EN.text("button-past-doses-none"))
    doses = _doses(engine)
    assert [d.status for d in doses[:3]] == [DoseStatus.DONE, DoseStatus.MISSED, DoseStatus.DONE]
    assert doses[0].taken_at == datetime(2026, 11, 21, 9, tzinfo=UTC)
    assert doses[3].status == DoseStatus.SCHEDULED
    assert not [text for text in _texts(double) if MISSED_WORDS in text]


async def test_a_plan_starting_tomorrow_is_unchanged(
    chat: SetupChat, double: BotApiDouble, engine: Engine, application: BotApplication
) -> None:
    """Nothing is due yet: the first reminder's time is named and nothing more is sent."""
    saved = await _set_up(chat, "tomorrow")
    assert saved == EN.text("setup-saved", when="Thu 26 Nov, 09:00")
    await reminders_settled(application)
    assert not [text for text in _texts(double) if "Time for" in text or MISSED_WORDS in text]
    assert all(d.status == DoseStatus.SCHEDULED for d in _doses(engine))


async def test_forged_past_dose_buttons_change_nothing(
    chat: SetupChat, double: BotApiDouble, engine: Engine, application: BotApplication
) -> None:
    """Malformed data and unknown doses are refused; nothing is recorded."""
    await _set_up(chat, "21 Nov")
    await reminders_settled(application)
    [first, *_] = _doses(engine)
    for data in (
        "pastdose:abc:none",
        "pastdose:999999:none",
        f"pastdose:{first.id}:999999",
        f"pastdose:{first.id}",
    ):
        assert await chat.press_data(data) == EN.text("dose-button-not-yours")
    assert [d.status for d in _doses(engine)[:4]] == [DoseStatus.SCHEDULED] * 4


@pytest.mark.both_databases
async def test_the_question_goes_out_through_the_ledger(
    chat: SetupChat,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
    application: BotApplication,
) -> None:
    """Asked by a reminder row of its own: a 500 puts it back, it goes out once after the wait."""
    ask = EN.text("setup-past-doses-ask")
    double.fail_next("sendMessage", ServerError(), chat_id=PATIENT, containing=ask)
    await _set_up(chat, "21 Nov")
    await reminders_settled(application)
    with Session(engine) as session:
        [row] = session.exec(select(Reminder).where(Reminder.kind == ReminderKind.PAST_DOSES))
    assert row.status == ReminderStatus.PENDING
    assert row.dose_id == _doses(engine)[2].id
    clock.advance(timedelta(seconds=5))
    await rearm_reminders(application)
    await reminders_settled(application)
    questions = [m for m in double.sent_messages(PATIENT) if ask in str(m.get("text", ""))]
    assert len(questions) == 1
    with Session(engine) as session:
        row = session.exec(select(Reminder).where(Reminder.kind == ReminderKind.PAST_DOSES)).one()
    assert (row.status, row.attempts) == (ReminderStatus.SENT, 2)
    assert row.telegram_message_id == questions[0]["message_id"]


async def test_the_last_injection_told_at_setup_is_not_asked_about(
    chat: SetupChat, double: BotApiDouble, application: BotApplication
) -> None:
    """Maintenance only, last injection Thu 17 Sep: 15 Oct is asked about, 17 Sep is not."""
    await chat.say("/start")
    await chat.press(EN.text("preset-maintenance-only-name"))
    await chat.say("1000 mcg")
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await chat.say("17 Sep")
    await chat.say("9am")
    await chat.press(EN.text("setup-button-confirm"))
    question = await double.wait_for(
        "sendMessage",
        predicate=lambda c: EN.text("setup-past-doses-ask") in (c.text or ""),
        since=0,
    )
    await reminders_settled(application)
    assert question.text == EN.text("setup-past-doses-ask")
    assert _labels(double, EN.text("setup-past-doses-ask")) == [
        EN.text("button-past-dose", day="Thu 15 Oct"),
        EN.text("button-past-doses-none"),
    ]
