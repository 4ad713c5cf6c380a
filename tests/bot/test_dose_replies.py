"""Done, late and skip, by button and in words; back-dating; questions; the clinician's switch."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot.domain.presets import preset
from bot.domain.sites import ROTATION
from bot_api_double import BotApiDouble
from storage.models import (
    DoseEventKind,
    DoseStatus,
    Reminder,
    ReminderKind,
    ReminderStatus,
)
from tests.bot.conftest import dose_reminder_message_id, reminders_settled
from tests.bot.ledger import events_of, live_doses, text_of
from tests.bot.patients import (
    FIRST_DOSE_AT,
    FIRST_DOSE_DAY,
    common_monthly,
    maintenance_only,
    patient_with_plan,
)
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 4001
OTHER_PATIENT = 4002


@pytest.mark.usefixtures("monthly_patient")
async def test_done_button_records_and_edits_the_reminder_in_place(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """Done records the injection now, swaps the buttons for the site question in one edit."""
    message_id = await dose_reminder_message_id(
        application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT
    )
    clock.advance(timedelta(minutes=7))
    dose_id = live_doses(session)[0].id
    await double.press_button(PATIENT, message_id, f"dose:{dose_id}:done")
    answer = await double.wait_for("answerCallbackQuery")
    assert answer.params.get("text") == "Recorded."
    edit = await double.wait_for("editMessageText", chat_id=PATIENT)
    assert "dose 1 of 7" in text_of(edit)
    assert "✅ Done Thu 26 Nov, 09:07." in text_of(edit)
    assert EN.text("site-ask") in text_of(edit)
    [message] = double.sent_messages(PATIENT)
    buttons = [
        b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row
    ]
    [undo] = [e.id for e in events_of(session, dose_id)]
    assert buttons == [*(f"site:{dose_id}:{site}" for site in ROTATION), f"undo:{undo}"]
    await double.idle()
    assert len(double.calls_to("editMessageText")) == 1
    dose = live_doses(session)[0]
    assert dose.status == DoseStatus.DONE
    assert dose.taken_at == FIRST_DOSE_AT + timedelta(minutes=7)
    assert [e.kind for e in events_of(session, dose.id)] == [DoseEventKind.DONE]
    pending = session.exec(
        select(Reminder).where(
            Reminder.dose_id == dose.id, Reminder.status == ReminderStatus.PENDING
        )
    ).all()
    assert pending == []


@pytest.mark.usefixtures("monthly_patient")
async def test_done_in_words_and_reply_to_an_older_reminder(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """A reply to yesterday's reminder applies to that dose, not to today's."""
    first_message = await dose_reminder_message_id(
        application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT
    )
    await dose_reminder_message_id(
        application, double, clock, FIRST_DOSE_AT + timedelta(days=1), chat_id=PATIENT
    )
    clock.advance(timedelta(minutes=1))
    await double.send_text(PATIENT, "did it yesterday", reply_to=first_message)
    reply = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "Recorded" in (c.text or "")
    )
    assert "done Thu 26 Nov, 09:00" in text_of(reply)
    first, second = live_doses(session)[:2]
    assert first.status == DoseStatus.DONE
    assert second.status == DoseStatus.SCHEDULED

    await double.send_text(PATIENT, "✅")
    reply = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "Recorded" in (c.text or "")
    )
    assert "done Fri 27 Nov, 09:01" in text_of(reply)
    assert live_doses(session)[1].status == DoseStatus.DONE


async def test_back_dated_late_dose_moves_the_next_one(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Every 4 weeks from the last injection: done a day late moves the next dose a day."""
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=maintenance_only(),
        now=clock(),
        last_dose_before_start_on=date(2026, 10, 30),
    )
    due = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    await dose_reminder_message_id(application, double, clock, due, chat_id=PATIENT)
    clock.set(due + timedelta(days=2))
    await double.send_text(PATIENT, "done yesterday")
    reply = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "Recorded" in (c.text or "")
    )
    assert "done Sat 28 Nov, 09:00, 1 day after it was due" in text_of(reply)
    doses = live_doses(session)
    assert doses[0].taken_at == datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assert doses[1].local_date == date(2026, 12, 26)


@pytest.mark.both_databases
@pytest.mark.usefixtures("monthly_patient")
async def test_late_then_tomorrow_reminds_again_and_counts_late(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """Late → Tomorrow: reminded again tomorrow at 09:00; done then counts as late."""
    message_id = await dose_reminder_message_id(
        application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT
    )
    dose_id = live_doses(session)[0].id
    await double.press_button(PATIENT, message_id, f"dose:{dose_id}:late")
    ask = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert "When will you have it?" in text_of(ask)
    ask_id = double.last_message(PATIENT)
    assert ask_id is not None
    await double.press_button(PATIENT, ask_id["message_id"], f"late:{dose_id}:tomorrow")
    confirm = await double.wait_for(
        "editMessageText", chat_id=PATIENT, predicate=lambda c: "remind you again" in (c.text or "")
    )
    assert "Fri 27 Nov, 09:00" in text_of(confirm)
    await double.idle(quiet=0.2)
    late_again = session.exec(
        select(Reminder).where(Reminder.kind == ReminderKind.DOSE_LATE_AGAIN)
    ).one()
    assert late_again.due_at == FIRST_DOSE_AT + timedelta(days=1)
    assert live_doses(session)[0].status == DoseStatus.SCHEDULED

    clock.set(FIRST_DOSE_AT + timedelta(days=1))
    await rearm_reminders(application)
    again = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "As you asked" in (c.text or "")
    )
    assert again.params["reply_markup"]["inline_keyboard"]
    await double.send_text(PATIENT, "done")
    await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "Recorded" in (c.text or "")
    )
    status = await double.reply_to(PATIENT, "/status")
    assert "Injections done: 1 (late: 1)" in status


@pytest.mark.usefixtures("monthly_patient")
async def test_not_yet_then_pick_a_date(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """ "not yet" asks when; a typed day sets the next reminder at the usual time."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    dose_id = live_doses(session)[0].id
    ask = await double.reply_to(PATIENT, "not yet")
    assert "When will you have it?" in ask
    last = double.last_message(PATIENT)
    assert last is not None
    await double.press_button(PATIENT, last["message_id"], f"late:{dose_id}:pick")
    await double.wait_for("editMessageText", chat_id=PATIENT)
    assert "already passed" in await double.reply_to(PATIENT, "yesterday")
    answer = await double.reply_to(PATIENT, "Saturday")
    assert "I'll remind you again Sat 28 Nov, 09:00" in answer


@pytest.mark.usefixtures("monthly_patient")
async def test_skip_by_button_then_reason(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """Skip records at once; the reason typed afterwards is kept with it."""
    message_id = await dose_reminder_message_id(
        application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT
    )
    dose_id = live_doses(session)[0].id
    await double.press_button(PATIENT, message_id, f"dose:{dose_id}:skip")
    ask = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "Skipped your" in (c.text or "")
    )
    assert "No reason" in str(ask.params["reply_markup"])
    answer = await double.reply_to(PATIENT, "travelling <abroad>")
    assert answer == "Thanks, noted: travelling &lt;abroad&gt;."
    [event] = events_of(session, dose_id)
    assert (event.kind, event.reason) == (DoseEventKind.SKIPPED, "travelling <abroad>")
    assert live_doses(session)[0].status == DoseStatus.SKIPPED


@pytest.mark.usefixtures("monthly_patient")
async def test_skip_in_words_with_reason(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """ "skip - unwell" records the skip with its reason in one message."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    answer = await double.reply_to(PATIENT, "skip - unwell")
    assert "unwell" in answer
    [event] = events_of(session, live_doses(session)[0].id)
    assert (event.kind, event.reason) == (DoseEventKind.SKIPPED, "unwell")


@pytest.mark.usefixtures("monthly_patient")
async def test_forged_button_for_another_patients_dose_is_refused(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """A callback naming someone else's dose is refused and changes nothing."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    victim_dose = live_doses(session)[0].id
    patient_with_plan(
        engine,
        chat_id=OTHER_PATIENT,
        phases=common_monthly(),
        now=clock(),
        first_dose_on=FIRST_DOSE_DAY,
    )
    await double.send_text(OTHER_PATIENT, "/help")
    await double.wait_for("sendMessage", chat_id=OTHER_PATIENT)
    own = double.last_message(OTHER_PATIENT)
    assert own is not None
    for forged in (f"dose:{victim_dose}:done", f"late:{victim_dose}:today", "dose:x:done"):
        await double.press_button(OTHER_PATIENT, own["message_id"], forged, check=False)
        refused = await double.wait_for("answerCallbackQuery")
        assert refused.params["text"] == "That button does not belong to this chat."
    assert live_doses(session)[0].status == DoseStatus.SCHEDULED
    assert events_of(session, victim_dose) == []
    assert double.calls_to("editMessageText") == []


async def test_unknown_text_gets_examples(
    application: BotApplication, double: BotApiDouble, monthly_patient: int
) -> None:
    """A message the bot cannot place gets a short answer with examples."""
    answer = await double.reply_to(PATIENT, "the cat sat on the mat")
    assert "I didn't understand" in answer
    assert "done yesterday" in answer


@pytest.mark.usefixtures("monthly_patient")
async def test_next_shot_in_words_and_by_command(
    application: BotApplication, double: BotApiDouble, clock: FakeClock
) -> None:
    """The next injection with its local time, a countdown and the phase."""
    for question in ("when's my next shot?", "/next"):
        answer = await double.reply_to(PATIENT, question)
        assert "Your next injection: <b>Thu 26 Nov, 09:00</b> (tomorrow)" in answer
        assert "1,000 mcg, loading phase, dose 1 of 7" in answer


async def test_switch_starts_maintenance_from_that_day(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Alternate days until no further improvement; /switch starts 1 mg every 2 months."""
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=preset("uk_hydroxocobalamin_neuro").build(),
        now=clock(),
        first_dose_on=date(2026, 11, 20),
    )
    status = await double.reply_to(PATIENT, "/status")
    assert "until your clinician switches you" in status
    answer = await double.reply_to(PATIENT, "/switch")
    assert "switched you on Wed 25 Nov" in answer
    assert "Maintenance starts now" in answer
    assert "Mon 25 Jan, 09:00" in answer
    live = live_doses(session)
    assert all(d.local_date < date(2026, 11, 25) or d.phase_kind == "maintenance" for d in live)
    # The switch re-arms the timers: the late reminder of Tue's dose goes out first.
    await reminders_settled(application)
    assert "already recorded" in await double.reply_to(PATIENT, "/switch")


@pytest.mark.usefixtures("monthly_patient")
async def test_follow_up_delay_can_be_changed(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """/followup 90 minutes moves the one check-in after an unanswered reminder."""
    assert "after <b>3 h</b>" in await double.reply_to(PATIENT, "/followup")
    assert "12 hours" in await double.reply_to(PATIENT, "/followup 20 hours")
    assert "after <b>1 h 30 min</b>" in await double.reply_to(PATIENT, "/followup 90 minutes")
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    follow_up = session.exec(
        select(Reminder).where(Reminder.kind == ReminderKind.DOSE_FOLLOW_UP)
    ).one()
    assert follow_up.due_at == FIRST_DOSE_AT + timedelta(minutes=90)


async def test_status_shows_the_phase_counts_and_next_phase_day(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """/status: done, late, skipped and missed in the current phase, and when the next starts."""
    patient_with_plan(
        engine, chat_id=PATIENT, phases=common_monthly(), now=clock(), first_dose_on=FIRST_DOSE_DAY
    )
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    await double.reply_to(PATIENT, "done")
    await dose_reminder_message_id(
        application, double, clock, FIRST_DOSE_AT + timedelta(days=1), chat_id=PATIENT
    )
    await double.reply_to(PATIENT, "skip - unwell")
    status = await double.reply_to(PATIENT, "/status")
    assert "<b>Now: Loading phase</b>" in status
    assert "Injections done: 1 (late: 0)" in status
    assert "Skipped: 1" in status
    assert "Missed: 0" in status
    # 7 daily doses from Thu 26 Nov end on Wed 2 Dec; weekly doses start a week later.
    assert "Transition starts Wed 9 Dec." in status


@pytest.mark.usefixtures("monthly_patient")
async def test_done_at_a_time_records_that_time_and_a_time_to_come_records_nothing(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, session: Session
) -> None:
    """At 12:00, "done at 8:30pm" is still to come: nothing is recorded and the patient is told;
    "done at 9:40am" is recorded at 09:40 London, as the confirmation says."""
    await dose_reminder_message_id(application, double, clock, FIRST_DOSE_AT, chat_id=PATIENT)
    clock.set(FIRST_DOSE_AT + timedelta(hours=3))
    later = await double.reply_to(PATIENT, "done at 8:30pm")
    assert later == EN.text("dose-taken-in-future", when="Thu 26 Nov, 20:30")
    assert live_doses(session)[0].status == DoseStatus.SCHEDULED
    await double.send_text(PATIENT, "done at 9:40am")
    reply = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "Recorded" in (c.text or "")
    )
    assert "done Thu 26 Nov, 09:40" in text_of(reply)
    dose = live_doses(session)[0]
    assert dose.status == DoseStatus.DONE
    assert dose.taken_at == FIRST_DOSE_AT + timedelta(minutes=40)
    assert [event.occurred_at for event in events_of(session, dose.id)] == [dose.taken_at]
