"""Caregiver alerts through the double: after the follow-up and its delay, and when missed.

The patient (London, common monthly plan, first injection Thu 26 Nov 09:00, follow-up 3 h
later at 12:00) links CAREGIVER "Tom", who sees them as "Mum"; the alert is due at 13:00.
"""

from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.context import BotApplication
from bot_api_double import BotApiDouble, RecordedCall
from storage.database import session_scope
from storage.models import (
    CaregiverLink,
    CaregiverLinkEnd,
    CaregiverLinkStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
)
from storage.reminders import claim_due_reminders
from tests.bot.conftest import advance_to, running_application
from tests.bot.patients import FIRST_DOSE_AT
from tests.bot.setup_chat import SetupChat
from tests.bot.test_caregivers import CAREGIVER, _linked
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 16101
FOLLOW_UP_AT = FIRST_DOSE_AT + timedelta(hours=3)
ALERT_AT = FOLLOW_UP_AT + timedelta(hours=1)
UNCONFIRMED = EN.text("caregiver-alert-unconfirmed", name="Mum", when="Thu 26 Nov, 09:00")


def _sent_to(double: BotApiDouble, chat_id: int, since: int = 0) -> list[RecordedCall]:
    """The messages sent to one chat since a mark (accepted or not)."""
    return [
        call
        for call in double.calls[since:]
        if call.method == "sendMessage" and call.chat_id == chat_id
    ]


def _alerts(
    engine: Engine, kind: ReminderKind = ReminderKind.CAREGIVER_UNCONFIRMED
) -> list[Reminder]:
    """The caregiver reminders of one kind, oldest first."""
    with session_scope(engine) as session:
        statement = select(Reminder).where(Reminder.kind == kind).order_by(col(Reminder.id))
        return list(session.exec(statement))


def _link(engine: Engine) -> CaregiverLink:
    """The one link."""
    with session_scope(engine) as session:
        [link] = session.exec(select(CaregiverLink)).all()
        return link


async def _prompted(application: BotApplication, clock: FakeClock, double: BotApiDouble) -> None:
    """The first dose's reminder goes out at 09:00 and nobody answers."""
    await advance_to(application, clock, FIRST_DOSE_AT)
    await double.wait_for("sendMessage", chat_id=PATIENT)


async def _put_off(double: BotApiDouble, engine: Engine, clock: FakeClock, choice: str) -> None:
    """At 10:00 the patient presses Late under the 09:00 reminder, then this late choice."""
    reminder = double.last_message(PATIENT)
    assert reminder is not None
    with session_scope(engine) as session:
        sent = select(Reminder).where(
            Reminder.kind == ReminderKind.DOSE, Reminder.status == ReminderStatus.SENT
        )
        [dose_id] = [row.dose_id for row in session.exec(sent)]
    clock.set(FIRST_DOSE_AT + timedelta(hours=1))
    await double.press_button(PATIENT, reminder["message_id"], f"dose:{dose_id}:late")
    await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "When will" in (c.text or "")
    )
    ask = double.last_message(PATIENT)
    assert ask is not None
    await double.press_button(PATIENT, ask["message_id"], f"late:{dose_id}:{choice}")
    await double.wait_for(
        "editMessageText",
        chat_id=PATIENT,
        predicate=lambda c: "remind you again" in (c.text or ""),
    )


@pytest.mark.both_databases
async def test_alert_arrives_once_after_follow_up_and_delay_to_the_caregiver_only(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Nothing before 13:00; at 13:00 one alert naming Mum and 09:00 London, to Tom alone."""
    await _linked(double)
    await _prompted(application, clock, double)
    since = double.mark()
    await advance_to(application, clock, FOLLOW_UP_AT)
    await advance_to(application, clock, ALERT_AT - timedelta(minutes=1))
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    await advance_to(application, clock, ALERT_AT)
    await double.idle(quiet=0.2)
    await advance_to(application, clock, ALERT_AT + timedelta(hours=2))
    await double.idle(quiet=0.2)
    [alert] = _sent_to(double, CAREGIVER, since)
    assert alert.text == UNCONFIRMED
    assert "reply_markup" not in alert.params
    assert all(call.text != UNCONFIRMED for call in _sent_to(double, PATIENT, since))
    [row] = _alerts(engine)
    assert (row.status, row.caregiver_link_id, row.due_at) == (
        ReminderStatus.SENT,
        _link(engine).id,
        ALERT_AT,
    )


async def test_no_alert_when_the_patient_confirmed_in_between(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Done pressed on the follow-up at 12:00: the 13:00 alert is withdrawn, never sent."""
    await _linked(double)
    await _prompted(application, clock, double)
    await advance_to(application, clock, FOLLOW_UP_AT)
    await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda call: "checking in" in (call.text or "")
    )
    since = double.mark()
    await SetupChat(double, PATIENT).press_quietly("✅ Done")
    await advance_to(application, clock, ALERT_AT + timedelta(minutes=5))
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    [row] = _alerts(engine)
    assert row.status == ReminderStatus.CANCELLED


async def test_missed_alert_goes_when_the_dose_is_marked_missed(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """No answer at all: the unconfirmed alert at 13:00, then the missed one with the patient's."""
    await _linked(double)
    await _prompted(application, clock, double)
    since = double.mark()
    await advance_to(application, clock, ALERT_AT)
    with session_scope(engine) as session:
        missed_at = min(
            reminder.due_at
            for reminder in session.exec(
                select(Reminder).where(Reminder.kind == ReminderKind.DOSE_MISSED)
            )
        )
    await advance_to(application, clock, missed_at)
    await double.idle(quiet=0.3)
    texts = [call.text for call in _sent_to(double, CAREGIVER, since)]
    missed = EN.text("caregiver-alert-missed", name="Mum", when="Thu 26 Nov, 09:00")
    assert texts == [UNCONFIRMED, missed]
    [row] = _alerts(engine, ReminderKind.CAREGIVER_MISSED)
    assert row.status == ReminderStatus.SENT


async def test_a_caregiver_who_blocked_the_bot_ends_only_that_link(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """403 on the alert: the link ends as blocked, the patient is told, their reminders go on."""
    await _linked(double)
    await _prompted(application, clock, double)
    await double.block_bot(CAREGIVER, announce=False)
    since = double.mark()
    await advance_to(application, clock, ALERT_AT)
    told = await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        since=since,
        predicate=lambda call: "blocked me" in (call.text or ""),
    )
    assert told.text == EN.text("caregiver-blocked-tell-patient", caregiver="Tom", name="Mum")
    link = _link(engine)
    assert (link.status, link.ended_by) == (CaregiverLinkStatus.ENDED, CaregiverLinkEnd.BLOCKED)
    [row] = _alerts(engine)
    assert row.status == ReminderStatus.FAILED
    with session_scope(engine) as session:
        patient = session.exec(select(Patient).where(Patient.chat_id == PATIENT)).one()
        assert patient.active
        next_due = min(
            reminder.due_at
            for reminder in session.exec(
                select(Reminder).where(
                    Reminder.kind == ReminderKind.DOSE,
                    Reminder.status == ReminderStatus.PENDING,
                )
            )
        )
    since = double.mark()
    await advance_to(application, clock, next_due)
    reminder = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert "B12 injection" in (reminder.text or "")
    await advance_to(application, clock, next_due + timedelta(hours=5))
    await double.idle(quiet=0.2)
    assert [call for call in _sent_to(double, CAREGIVER, since) if call.response_ok] == []


async def test_ending_the_link_cancels_the_pending_alert(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """The patient ends the link at 10:00: the 13:00 alert is cancelled in the same step."""
    patient, _ = await _linked(double)
    await _prompted(application, clock, double)
    assert _alerts(engine)[0].status == ReminderStatus.PENDING
    await patient.say("/caregiver")
    await patient.press_quietly(EN.text("caregiver-button-end", number=1))
    await double.wait_for(
        "sendMessage", chat_id=CAREGIVER, predicate=lambda call: "ended" in (call.text or "")
    )
    assert _alerts(engine)[0].status == ReminderStatus.CANCELLED
    since = double.mark()
    await advance_to(application, clock, ALERT_AT + timedelta(minutes=5))
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []


async def test_a_delay_changed_from_caregiver_moves_the_alert(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """1 h -> 2 h, chosen in place from the link's choices: the alert comes at 14:00, not
    13:00, and Tom is told his alerts now come 2 h after the check-in."""
    patient, _ = await _linked(double)
    await _prompted(application, clock, double)
    listed = await patient.say("/caregiver")
    assert "linked with Tom, who receives alerts 1 h after my check-in" in listed
    since = double.mark()
    await patient.press_quietly(EN.text("caregiver-button-choices", number=1))
    await double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    since = double.mark()
    await patient.press_quietly(EN.text("caregiver-button-delay", delay="1 h"))
    asked = await double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    assert asked.text == EN.text("caregiver-delay-ask", caregiver="Tom", delay="1 h")
    since = double.mark()
    await patient.press_quietly("2 h")
    edited = await double.wait_for("editMessageText", chat_id=PATIENT, since=since)
    assert "Alerts: an injection still unconfirmed 2 h after my check-in" in (edited.text or "")
    assert _link(engine).alert_delay_minutes == 120
    pending = [row for row in _alerts(engine) if row.status == ReminderStatus.PENDING]
    assert [row.due_at for row in pending] == [ALERT_AT + timedelta(hours=1)]
    since = double.mark()
    await advance_to(application, clock, ALERT_AT)
    await double.idle(quiet=0.2)
    told = EN.text(
        "caregiver-sharing-changed",
        name="Mum",
        receives=EN.text(
            "caregiver-bullet",
            item=EN.text("caregiver-receives-alerts", name="Mum", delay="2 h"),
        ),
    )
    assert [call.text for call in _sent_to(double, CAREGIVER, since)] == [told]
    since = double.mark()
    await advance_to(application, clock, ALERT_AT + timedelta(hours=1))
    alert = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    assert alert.text == UNCONFIRMED


async def test_a_link_confirmed_after_the_reminder_still_alerts(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Linked at 09:30, after the 09:00 reminder went out: the alert is planned for 13:00."""
    await _prompted(application, clock, double)
    clock.set(FIRST_DOSE_AT + timedelta(minutes=30))
    await _linked(double)
    [row] = _alerts(engine)
    assert (row.status, row.due_at) == (ReminderStatus.PENDING, ALERT_AT)


@pytest.mark.both_databases
async def test_a_restart_between_claim_and_send_neither_loses_nor_doubles_the_alert(
    double: BotApiDouble, clock: FakeClock, engine: Engine, monthly_patient: int
) -> None:
    """A process claims the alert and dies before sending; the next one sends it once."""
    async with running_application(double, engine, clock) as application:
        await _linked(double)
        await _prompted(application, clock, double)
        await advance_to(application, clock, FOLLOW_UP_AT)
        await double.idle(quiet=0.2)
    clock.set(ALERT_AT)
    with session_scope(engine) as session:
        claimed = claim_due_reminders(session, now=ALERT_AT, limit=100)
    assert [reminder.kind for reminder in claimed] == [ReminderKind.CAREGIVER_UNCONFIRMED]
    assert _alerts(engine)[0].status == ReminderStatus.SENDING
    # The next process starts later than a claim may be held (10 minutes: another replica may
    # still be sending it) and gives back what the dead one claimed.
    clock.set(ALERT_AT + timedelta(minutes=11))
    since = double.mark()
    async with running_application(double, engine, clock) as application:
        await advance_to(application, clock, ALERT_AT + timedelta(minutes=12))
        # With PostgreSQL start-up keeps claims another replica may hold; the periodic sweep
        # (every 30 s) gives back the ones older than that. Run it now.
        await application.bot_data.dispatcher.deliver_due()
        await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
        await double.idle(quiet=0.2)
    async with running_application(double, engine, clock) as application:
        await advance_to(application, clock, ALERT_AT + timedelta(hours=1))
        await double.idle(quiet=0.2)
    [alert] = _sent_to(double, CAREGIVER, since)
    assert alert.text == UNCONFIRMED
    [row] = _alerts(engine)
    assert (row.status, row.attempts) == (ReminderStatus.SENT, 2)


async def test_no_alert_when_the_patient_asked_to_be_reminded_later(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Late -> tomorrow at 10:00: the dose is answered for now; the 13:00 alert goes unsent."""
    await _linked(double)
    await _prompted(application, clock, double)
    await _put_off(double, engine, clock, "tomorrow")
    since = double.mark()
    await advance_to(application, clock, ALERT_AT + timedelta(minutes=5))
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    assert [row.status for row in _alerts(engine)] == [ReminderStatus.CANCELLED]


async def test_a_dose_put_off_and_still_unconfirmed_alerts_after_the_renewed_reminder(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Late -> in 3 hours at 10:00: no alert at 13:00, the reminder again at 13:00, and with
    no answer by then plus a follow-up's 3 h and the 1 h delay, one alert at 17:00 saying so."""
    await _linked(double)
    await _prompted(application, clock, double)
    await _put_off(double, engine, clock, "today")
    since = double.mark()
    renewed_at = FIRST_DOSE_AT + timedelta(hours=4)
    await advance_to(application, clock, renewed_at)
    await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    await advance_to(application, clock, renewed_at + timedelta(hours=4) - timedelta(minutes=1))
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    await advance_to(application, clock, renewed_at + timedelta(hours=4))
    await double.idle(quiet=0.2)
    [alert] = _sent_to(double, CAREGIVER, since)
    assert alert.text == EN.text(
        "caregiver-alert-unconfirmed-after-late",
        name="Mum",
        when="Thu 26 Nov, 09:00",
        again="Thu 26 Nov, 13:00",
    )
    assert [row.status for row in _alerts(engine)] == [
        ReminderStatus.CANCELLED,
        ReminderStatus.SENT,
    ]
