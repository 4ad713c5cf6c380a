"""Symptom check-ins: offered through the ledger, answered by buttons, notes, trend."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot.domain.symptoms import SYMPTOMS
from bot_api_double import BotApiDouble
from storage.models import RedFlagEvent, ReminderKind, ReminderStatus, SymptomCheckIn
from tests.bot.conftest import reminders_settled
from tests.bot.ledger import reminders_of_kind
from tests.bot.patients import maintenance_only, patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 8001
# Maintenance every 28 days from the last injection on Fri 20 Nov: next due Fri 18 Dec, 09:00.
LAST_BEFORE = date(2026, 11, 20)
NEXT_DUE = datetime(2026, 12, 18, 9, 0, tzinfo=UTC)


def _check_ins(session: Session) -> list[SymptomCheckIn]:
    """Every check-in, oldest first."""
    session.expire_all()
    return list(session.exec(select(SymptomCheckIn).order_by(col(SymptomCheckIn.id))).all())


async def _rate_all(chat: SetupChat, scores: list[int]) -> None:
    """Press one scale button per symptom, in order."""
    for score in scores:
        await chat.press_quietly(f"{score} {EN.word('symptom-scale', str(score))}")


@pytest.fixture
def patient_id(engine: Engine, clock: FakeClock) -> int:
    """A patient in maintenance, next injection Fri 18 Dec."""
    return patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=maintenance_only(),
        now=clock(),
        last_dose_before_start_on=LAST_BEFORE,
    )


@pytest.mark.both_databases
@pytest.mark.usefixtures("application", "patient_id")
async def test_symptoms_command_buttons_note_and_trend(
    double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """Six taps and a note are stored; the second check-in shows better and worse."""
    chat = SetupChat(double, PATIENT)
    first = await chat.say("/symptoms")
    assert "<b>Tiredness (fatigue)</b>" in first
    assert "(1 of 6)" in first
    assert chat.labels() == ["0 None", "1 Mild", "2 Moderate", "3 Severe", "Stop"]
    await _rate_all(chat, [2, 1, 0, 0, 1, 1])
    assert chat.keyboard_message()["text"] == EN.text("symptom-note-ask")
    since = double.mark()
    await double.send_text(PATIENT, "tired after work, tongue a bit sore")
    saved = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert saved.text == EN.text("symptom-saved")
    trend = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert "Tiredness (fatigue): 2" in (trend.text or "")
    assert "tired after work, tongue a bit sore" in (trend.text or "")
    [check_in] = _check_ins(session)
    assert [getattr(check_in, s) for s in SYMPTOMS] == [2, 1, 0, 0, 1, 1]
    assert check_in.note == "tired after work, tongue a bit sore"
    assert check_in.completed_at == clock()

    clock.advance(timedelta(days=7))
    await chat.say("/symptoms")
    await _rate_all(chat, [1, 2, 0, 0, 1, 1])
    await chat.press_quietly(EN.text("button-no-note"))
    trend = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "last 2 check-ins" in (c.text or "")
    )
    assert "Tiredness (fatigue): 2 → 1 ↘ better" in (trend.text or "")
    assert "Tingling or numbness: 1 → 2 ↗ worse" in (trend.text or "")
    assert "Balance problems: 0 → 0 → same" in (trend.text or "")
    assert await double.reply_to(PATIENT, "/symptoms trend") == trend.text
    # The check-in is over: "done" is a dose reply again, not a note.
    assert "injection" in await double.reply_to(PATIENT, "done")
    assert _check_ins(session)[-1].note is None


@pytest.mark.usefixtures("application", "patient_id")
async def test_a_note_with_a_red_flag_gets_the_safety_text_and_is_kept(
    double: BotApiDouble, session: Session
) -> None:
    """Mid check-in the note is screened like any message, recorded as from the check-in."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/symptoms")
    since = double.mark()
    await double.send_text(PATIENT, "the numbness is spreading to my hands")
    safety = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert safety.text == EN.text("red-flag-urgent-care")
    noted = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert noted.text == EN.text("symptom-note-saved")
    assert _check_ins(session)[0].note == "the numbness is spreading to my hands"
    [flag] = session.exec(select(RedFlagEvent)).all()
    assert (flag.sign, flag.source) == ("numbness_new_or_spreading", "check_in")


async def test_offers_come_weekly_and_before_the_maintenance_dose(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    patient_id: int,
) -> None:
    """After a check-in the next offer is a week on; each offer sent writes the next one."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/symptoms")
    await chat.press_quietly(EN.text("button-stop-check-in"))
    await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "/symptoms" in (c.text or "")
    )
    # Asked Wed 25 Nov: the next offer is 3 days before the dose of Fri 18 Dec only if that
    # comes before a week has passed; here the weekly one (Wed 2 Dec, 09:00) comes first.
    [offer] = [r for r in reminders_of_kind(session, ReminderKind.SYMPTOM_CHECK_IN)]
    assert offer.due_at == datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    assert offer.status == ReminderStatus.PENDING

    clock.set(offer.due_at)
    await rearm_reminders(application)
    sent = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "weekly symptom" in (c.text or "")
    )
    await reminders_settled(application)
    assert "<b>Tiredness (fatigue)</b>" in (sent.text or "")
    offers = reminders_of_kind(session, ReminderKind.SYMPTOM_CHECK_IN)
    assert [o.status for o in offers] == [ReminderStatus.SENT, ReminderStatus.PENDING]
    assert offers[0].symptom_check_in_id == _check_ins(session)[-1].id
    # Next: a week on would be Wed 9 Dec; then Tue 15 Dec, 3 days before the dose.
    assert offers[1].due_at == datetime(2026, 12, 9, 9, 0, tzinfo=UTC)

    await chat.press_quietly(f"1 {EN.word('symptom-scale', str(1))}")
    assert _check_ins(session)[-1].fatigue == 1

    clock.set(offers[1].due_at)
    await rearm_reminders(application)
    await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        predicate=lambda c: "weekly symptom" in (c.text or "") and "reply_markup" in c.params,
    )
    await reminders_settled(application)
    pre_dose = reminders_of_kind(session, ReminderKind.SYMPTOM_CHECK_IN)[-1]
    assert pre_dose.due_at == NEXT_DUE - timedelta(days=3)
    clock.set(pre_dose.due_at)
    await rearm_reminders(application)
    before = await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        predicate=lambda c: "next injection is due" in (c.text or ""),
    )
    assert "Fri 18 Dec, 09:00" in (before.text or "")


@pytest.mark.usefixtures("application", "patient_id")
async def test_an_abandoned_check_in_lets_dose_replies_through(
    double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """Two days after a check-in was left half done, typed text is a normal reply again."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/symptoms")
    await _rate_all(chat, [1])
    clock.advance(timedelta(days=2, minutes=1))
    assert await double.reply_to(PATIENT, "when's my next shot?") != EN.text("symptom-note-saved")
    [check_in] = _check_ins(session)
    assert check_in.note is None
    assert check_in.fatigue == 1


@pytest.mark.usefixtures("application", "patient_id")
async def test_a_dose_question_mid_check_in_is_answered_not_kept_as_a_note(
    double: BotApiDouble, session: Session
) -> None:
    """ "when's my next shot?" during a check-in gets its answer; the check-in goes on."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/symptoms")
    answer = await double.reply_to(PATIENT, "when's my next shot?")
    assert answer.startswith("💉 Your next injection: <b>Fri 18 Dec, 09:00</b>")
    assert _check_ins(session)[0].note is None
    await _rate_all(chat, [0, 0, 0, 0, 0, 0])
    assert chat.keyboard_message()["text"] == EN.text("symptom-note-ask")
