"""Issue 11: several days in one reply, outcomes that name their dose with an Undo, plain questions.

Through the real Application and the Bot API double: what the patient reads and what is stored.
"""

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot_api_double import BotApiDouble, RecordedCall
from storage.models import (
    DoseEventKind,
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
)
from tests.bot.conftest import dose_reminder_message_id, reminders_settled
from tests.bot.ledger import events_of, live_doses, text_of
from tests.bot.patients import FIRST_DOSE_AT, common_monthly, patient_with_plan
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 4101
OTHER_PATIENT = 4102
DAY = timedelta(days=1)


async def _answer(double: BotApiDouble, text: str, wanted: str) -> RecordedCall:
    """Send `text` as the patient and return the bot's message that contains `wanted`."""
    since = double.mark()
    await double.send_text(PATIENT, text)
    return await double.wait_for(
        "sendMessage", chat_id=PATIENT, since=since, predicate=lambda c: wanted in (c.text or "")
    )


def _buttons(call: RecordedCall) -> list[str]:
    """The callback data of every button of a sent or edited message."""
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return [button["callback_data"] for row in markup["inline_keyboard"] for button in row]


def _message_id_of(double: BotApiDouble, call: RecordedCall) -> int:
    """The message id the double gave a sendMessage call."""
    found = [m for m in double.sent_messages(PATIENT) if m.get("text") == call.text]
    return int(found[-1]["message_id"])


def _pending(session: Session, dose_id: int | None) -> list[tuple[ReminderKind, datetime]]:
    """A dose's pending reminders as (kind, due), earliest first."""
    session.expire_all()
    rows = session.exec(
        select(Reminder).where(
            Reminder.dose_id == dose_id, Reminder.status == ReminderStatus.PENDING
        )
    ).all()
    return sorted(((ReminderKind(r.kind), r.due_at) for r in rows), key=lambda kd: kd[1])


def _has(wanted: str) -> Callable[[RecordedCall], bool]:
    """A predicate: the call's text contains `wanted`."""
    return lambda call: wanted in (call.text or "")


# --- Item 5: several days in one reply ------------------------------------------------------------


@pytest.mark.usefixtures("monthly_patient")
async def test_every_day_named_is_recorded_and_confirmed_in_one_message(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """ "I did it on Thursday and Friday too" records both doses, each with its own day."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT + DAY, chat_id=PATIENT)
    clock.advance(timedelta(minutes=5))
    reply = await _answer(double, "I did it on Thursday and Friday too", "Recorded")
    assert text_of(reply) == (
        "✅ Recorded:"
        "\n• your 1,000 mcg injection of Thu 26 Nov, done Thu 26 Nov, 09:00"
        "\n• your 1,000 mcg injection of Fri 27 Nov, done Fri 27 Nov, 09:05"
    )
    thursday, friday = live_doses(session)[:2]
    assert (thursday.status, friday.status) == (DoseStatus.DONE, DoseStatus.DONE)
    assert thursday.taken_at == FIRST_DOSE_AT
    assert friday.taken_at == FIRST_DOSE_AT + DAY + timedelta(minutes=5)
    [thursday_done] = [e for e in events_of(session, thursday.id) if e.kind == DoseEventKind.DONE]
    [friday_done] = events_of(session, friday.id)
    assert _buttons(reply) == [f"undo:{thursday_done.id}", f"undo:{friday_done.id}"]
    assert _pending(session, friday.id) == []

    again = await _answer(double, "done thursday and friday", "couldn't record")
    assert "Thu 26 Nov: your injection of that day is already recorded" in text_of(again)
    assert "Fri 27 Nov: your injection of that day is already recorded" in text_of(again)
    assert len(events_of(session, friday.id)) == 1


@pytest.mark.usefixtures("monthly_patient")
async def test_a_day_with_no_dose_gets_its_own_line(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """ "done on 20 and 26 Nov": the plan's first dose is recorded; 20 Nov is said to match none."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    reply = await _answer(double, "done on the 20th and 26th of November", "Recorded")
    assert "• your 1,000 mcg injection of Thu 26 Nov, done Thu 26 Nov, 09:00" in text_of(reply)
    assert "Fri 20 Nov: no open injection was planned near that day" in text_of(reply)
    first, second = live_doses(session)[:2]
    assert (first.status, second.status) == (DoseStatus.DONE, DoseStatus.SCHEDULED)


# --- Item 6: every outcome names its dose and can be undone ---------------------------------------


@pytest.mark.usefixtures("monthly_patient")
async def test_late_evening_skip_names_tomorrows_dose_and_undo_brings_its_reminder_back(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """ "skip - travelling" at 22:08 names Fri's dose; Undo gives Fri its reminder back."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    await double.reply_to(PATIENT, "done")
    clock.set(datetime(2026, 11, 26, 22, 8, tzinfo=UTC))
    reply = await _answer(double, "skip - travelling", "Skipped")
    assert text_of(reply) == (
        "⏭ Skipped your 1,000 mcg injection of Fri 27 Nov (tomorrow): travelling."
    )
    friday = live_doses(session)[1]
    assert friday.status == DoseStatus.SKIPPED
    assert _pending(session, friday.id) == []
    [skip] = events_of(session, friday.id)
    assert _buttons(reply) == [f"undo:{skip.id}"]

    reply_id = _message_id_of(double, reply)
    await double.press_button(PATIENT, reply_id, f"undo:{skip.id}")
    popup = await double.wait_for("answerCallbackQuery")
    assert popup.params["text"] == EN.text("undo-recorded")
    edit = await double.wait_for("editMessageText", chat_id=PATIENT, predicate=_has("Undone"))
    assert "Undone. Your 1,000 mcg injection of Fri 27 Nov (tomorrow) is waiting" in text_of(edit)
    assert "reply_markup" not in edit.params
    friday = live_doses(session)[1]
    assert friday.status == DoseStatus.SCHEDULED
    assert [e.kind for e in events_of(session, friday.id)] == [
        DoseEventKind.SKIPPED,
        DoseEventKind.UNDONE,
    ]
    assert _pending(session, friday.id) == [
        (ReminderKind.DOSE, FIRST_DOSE_AT + DAY),
        (ReminderKind.DOSE_MISSED, FIRST_DOSE_AT + DAY + timedelta(hours=12)),
    ]
    # A second press (a double tap) changes nothing.
    await double.press_button(PATIENT, reply_id, f"undo:{skip.id}", check=False)
    refused = await double.wait_for("answerCallbackQuery", predicate=lambda c: c is not popup)
    assert refused.params["text"] == EN.text("undo-too-late")
    assert len(events_of(session, friday.id)) == 2

    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT + DAY, chat_id=PATIENT)


@pytest.mark.usefixtures("monthly_patient")
async def test_undo_of_a_done_button_reopens_the_dose_and_counts_the_ampoule_back(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """Done under the reminder, then Undo: the reminder's buttons return, so does the ampoule."""
    await double.reply_to(PATIENT, "/stock 5")
    message_id = await dose_reminder_message_id(
        application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT
    )
    dose = live_doses(session)[0]
    await double.press_button(PATIENT, message_id, f"dose:{dose.id}:done")
    done_edit = await double.wait_for("editMessageText", chat_id=PATIENT)
    assert "Due Thu 26 Nov, 09:00" in text_of(done_edit)
    [done] = events_of(session, dose.id)
    assert f"undo:{done.id}" in _buttons(done_edit)
    session.expire_all()
    assert session.exec(select(Patient)).one().ampoules_at_hand == 4

    clock.advance(timedelta(minutes=2))
    await double.press_button(PATIENT, message_id, f"undo:{done.id}")
    edit = await double.wait_for("editMessageText", chat_id=PATIENT, predicate=_has("Undone"))
    assert _buttons(edit) == [
        f"dose:{dose.id}:done",
        f"dose:{dose.id}:late",
        f"dose:{dose.id}:skip",
    ]
    dose = live_doses(session)[0]
    assert (dose.status, dose.taken_at) == (DoseStatus.SCHEDULED, None)
    assert _pending(session, dose.id) == [
        (ReminderKind.DOSE_MISSED, FIRST_DOSE_AT + timedelta(hours=12))
    ]
    session.expire_all()
    assert session.exec(select(Patient)).one().ampoules_at_hand == 5
    assert "Injections done: 0" in await double.reply_to(PATIENT, "/status")


@pytest.mark.both_databases
@pytest.mark.usefixtures("monthly_patient")
async def test_late_names_the_dose_and_undo_restores_its_reminders(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """Late → Tomorrow names the dose; Undo drops the extra reminder, restores the missed check."""
    message_id = await dose_reminder_message_id(
        application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT
    )
    dose = live_doses(session)[0]
    await double.press_button(PATIENT, message_id, f"dose:{dose.id}:late")
    await double.wait_for("sendMessage", chat_id=PATIENT, predicate=_has("When will you"))
    ask = double.last_message(PATIENT)
    assert ask is not None
    await double.press_button(PATIENT, ask["message_id"], f"late:{dose.id}:tomorrow")
    confirm = await double.wait_for(
        "editMessageText", chat_id=PATIENT, predicate=_has("Okay, your")
    )
    assert text_of(confirm) == (
        "⏰ Okay, your 1,000 mcg injection of Thu 26 Nov is late: "
        "I'll remind you again Fri 27 Nov, 09:00."
    )
    [late] = events_of(session, dose.id)
    assert _buttons(confirm) == [f"undo:{late.id}"]

    await double.press_button(PATIENT, ask["message_id"], f"undo:{late.id}")
    await double.wait_for("editMessageText", chat_id=PATIENT, predicate=_has("Undone"))
    assert _pending(session, dose.id) == [
        (ReminderKind.DOSE_MISSED, FIRST_DOSE_AT + timedelta(hours=12))
    ]
    assert live_doses(session)[0].status == DoseStatus.SCHEDULED
    # Done on the day after the undone "late": /status counts it on time.
    await double.press_button(PATIENT, message_id, f"dose:{dose.id}:done")
    await double.wait_for("editMessageText", chat_id=PATIENT, predicate=_has("✅ Done"))
    status = await double.reply_to(PATIENT, "/status")
    assert "Injections done: 1 (late: 0)" in status


async def test_an_undo_from_another_chat_is_refused(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """Undo data naming someone else's answer changes nothing."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    await double.reply_to(PATIENT, "done")
    dose = live_doses(session)[0]
    [done] = events_of(session, dose.id)
    patient_with_plan(
        engine,
        chat_id=OTHER_PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=date(2026, 12, 1),
    )
    await double.send_text(OTHER_PATIENT, "/help")
    await double.wait_for("sendMessage", chat_id=OTHER_PATIENT)
    own = double.last_message(OTHER_PATIENT)
    assert own is not None
    for forged in (f"undo:{done.id}", "undo:x", f"undo:{done.id}:1"):
        since = double.mark()
        await double.press_button(OTHER_PATIENT, own["message_id"], forged, check=False)
        refused = await double.wait_for("answerCallbackQuery", since=since)
        assert refused.params["text"] == EN.text("dose-button-not-yours")
    assert [e.kind for e in events_of(session, dose.id)] == [DoseEventKind.DONE]
    assert live_doses(session)[0].status == DoseStatus.DONE


# --- Item 11: plain questions reach their flow ------------------------------------------------


@pytest.mark.usefixtures("monthly_patient")
async def test_how_many_have_i_missed_gets_the_history(
    application: BotApplication, double: BotApiDouble
) -> None:
    """ "how many have I missed" is answered like /history (issue 13), its summary per phase."""
    answer = await double.reply_to(PATIENT, "how many have I missed")
    assert answer == await double.reply_to(PATIENT, "/history")


@pytest.mark.usefixtures("monthly_patient")
async def test_i_missed_my_injection_yesterday_offers_to_record_it_back_dated(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """The missed-dose flow: name the dose, offer Done now or another day, record the day typed."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    clock.set(FIRST_DOSE_AT + DAY - timedelta(hours=1))
    await rearm_reminders(application)
    await reminders_settled(application)
    thursday = live_doses(session)[0]
    assert thursday.status == DoseStatus.MISSED
    offer = await _answer(double, "I missed my injection yesterday", "marked missed")
    assert "Your 1,000 mcg injection of Thu 26 Nov is marked missed" in text_of(offer)
    assert _buttons(offer) == [f"dose:{thursday.id}:done", f"donedate:{thursday.id}"]

    await double.press_button(PATIENT, _message_id_of(double, offer), f"donedate:{thursday.id}")
    await double.wait_for("sendMessage", chat_id=PATIENT, predicate=_has("Which day"))
    recorded = await _answer(double, "yesterday", "Recorded")
    assert text_of(recorded).startswith(
        "✅ Recorded: your 1,000 mcg injection of Thu 26 Nov, done Thu 26 Nov, 09:00."
    )
    thursday = live_doses(session)[0]
    assert (thursday.status, thursday.taken_at) == (DoseStatus.DONE, FIRST_DOSE_AT)


@pytest.mark.usefixtures("monthly_patient")
async def test_i_forgot_my_shot_offers_done_now_late_or_skip(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """An open dose forgotten: Done now records it now; nothing is recorded by the question."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    clock.advance(timedelta(hours=2))
    offer = await _answer(double, "I forgot my shot", "not recorded yet")
    dose = live_doses(session)[0]
    assert "Your 1,000 mcg injection of Thu 26 Nov is not recorded yet" in text_of(offer)
    assert _buttons(offer) == [
        f"dose:{dose.id}:done",
        f"donedate:{dose.id}",
        f"dose:{dose.id}:late",
        f"dose:{dose.id}:skip",
    ]
    assert events_of(session, dose.id) == []
    await double.press_button(PATIENT, _message_id_of(double, offer), f"dose:{dose.id}:done")
    await double.wait_for(
        "editMessageText", chat_id=PATIENT, predicate=_has("Done Thu 26 Nov, 11:00")
    )
    assert live_doses(session)[0].taken_at == FIRST_DOSE_AT + timedelta(hours=2)


@pytest.mark.usefixtures("monthly_patient")
async def test_ill_do_it_tonight_keeps_the_reminders_and_not_yet_stays_late(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """ "I'll do it tonight" names the dose, changes nothing; "I haven't done it yet" asks when."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    dose = live_doses(session)[0]
    before = _pending(session, dose.id)
    answer = await double.reply_to(PATIENT, "I'll do it tonight")
    assert answer == EN.text("dose-will-do-today", dose="1,000 mcg", due="Thu 26 Nov")
    assert _pending(session, dose.id) == before
    assert events_of(session, dose.id) == []
    assert "When will you have it?" in await double.reply_to(PATIENT, "I haven't done it yet")
    assert live_doses(session)[0].status == DoseStatus.SCHEDULED

    later = await double.reply_to(PATIENT, "I'll take it tomorrow")
    assert later.startswith("⏰ Okay, your 1,000 mcg injection of Thu 26 Nov is late")
    assert "Fri 27 Nov, 09:00" in later
