"""Reminders from the database ledger, delivered through the real Application over HTTP."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.app import REMINDER_PLANNERS as PLANNERS
from bot.context import BotApplication
from bot_api_double import (
    Blocked,
    BotApiDouble,
    ServerError,
    Timeout,
    TooManyRequests,
)
from storage.database import session_scope
from storage.models import (
    DoseEvent,
    DoseEventKind,
    DoseStatus,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.reminders import claim_due_reminders
from tests.bot.conftest import advance_to, reminders_settled
from tests.bot.ledger import reminders_of_kind, text_of
from tests.bot.patients import FIRST_DOSE_AT, common_monthly, patient_row, patient_with_plan
from tests.delivery_audit import audit_delivery, due_reminder_ids
from tests.fake_clock import FakeClock

PATIENT = 3001


def _first_dose(session: Session) -> ScheduledDose:
    """The first planned dose."""
    session.expire_all()
    statement = select(ScheduledDose).order_by(col(ScheduledDose.due_at))
    dose = session.exec(statement).first()
    assert dose is not None
    return dose


async def test_reminder_arrives_at_local_time_with_buttons(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """The first loading dose is announced at 09:00 local, with Done / Late / Skip."""
    await advance_to(application, clock, FIRST_DOSE_AT - timedelta(minutes=1))
    await double.idle(quiet=0.3)
    assert double.calls_to("sendMessage") == []

    await advance_to(application, clock, FIRST_DOSE_AT)
    call = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert "<b>1,000 mcg B12 injection</b>, loading phase, dose 1 of 7" in text_of(call)
    assert "Due Thu 26 Nov, 09:00" in text_of(call)
    assert "Sent late" not in text_of(call)
    buttons = [b["text"] for b in call.params["reply_markup"]["inline_keyboard"][0]]
    assert buttons == ["✅ Done", "⏰ Late", "⏭ Skip"]
    await double.idle(quiet=0.2)
    [reminder] = reminders_of_kind(session, ReminderKind.DOSE)[:1]
    assert reminder.status == ReminderStatus.SENT
    last_message = double.last_message(PATIENT)
    assert last_message is not None
    assert reminder.telegram_message_id == last_message["message_id"]


@pytest.mark.parametrize(
    ("zone", "before", "after"),
    [
        # London: GMT until 28 Mar 2027, then BST (UTC+1).
        (
            "Europe/London",
            datetime(2027, 3, 21, 9, tzinfo=UTC),
            datetime(2027, 3, 28, 8, tzinfo=UTC),
        ),
        # New York: EST (UTC-5) until 14 Mar 2027, then EDT (UTC-4).
        (
            "America/New_York",
            datetime(2027, 3, 7, 14, tzinfo=UTC),
            datetime(2027, 3, 14, 13, tzinfo=UTC),
        ),
    ],
)
async def test_weekly_reminder_stays_at_nine_across_dst(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    zone: str,
    before: datetime,
    after: datetime,
) -> None:
    """A weekly 09:00 reminder is sent at 09:00 local on both sides of the clock change."""
    clock.set(before - timedelta(days=1))
    weekly = common_monthly()[1:2]
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=weekly,
        now=clock(),
        first_dose_on=before.date(),
        time_zone=zone,
    )
    for due in (before, after):
        await advance_to(application, clock, due - timedelta(minutes=1))
        await double.idle(quiet=0.2)
        await advance_to(application, clock, due)
        call = await double.wait_for(
            "sendMessage", chat_id=PATIENT, predicate=lambda c: "Time for" in (c.text or "")
        )
        assert ", 09:00." in text_of(call)
        assert "Sent late" not in text_of(call)


async def test_follow_up_then_missed_and_told_kindly(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """No answer: one follow-up after 3 hours, then missed at the grace end, never silently."""
    await advance_to(application, clock, FIRST_DOSE_AT)
    await double.wait_for("sendMessage", chat_id=PATIENT)

    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(hours=3))
    follow_up = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert "Just checking in" in text_of(follow_up)
    assert follow_up.params["reply_markup"]["inline_keyboard"]

    # Daily loading doses are missed 12 hours after their time.
    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(hours=12))
    missed = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "missed" in (c.text or "")
    )
    assert "I marked your B12 injection due Thu 26 Nov, 09:00 as missed" in text_of(missed)
    assert "ask your clinician" in text_of(missed)
    await double.idle(quiet=0.2)
    dose = _first_dose(session)
    assert dose.status == DoseStatus.MISSED
    events = session.exec(select(DoseEvent).where(DoseEvent.dose_id == dose.id)).all()
    assert [e.kind for e in events] == [DoseEventKind.MISSED]
    assert [r.status for r in reminders_of_kind(session, ReminderKind.DOSE_FOLLOW_UP)] == [
        ReminderStatus.SENT
    ]


async def test_429_is_honoured_and_the_reminder_sent_once(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """Telegram's 429 with retry_after delays the message; it still arrives exactly once."""
    double.fail_next("sendMessage", TooManyRequests(retry_after=1))
    await advance_to(application, clock, FIRST_DOSE_AT)
    first = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert not first.response_ok
    second = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    assert second.at - first.at >= 1.0
    assert double.count_429 == 1
    await double.idle(quiet=0.3)
    assert sum(1 for c in double.calls_to("sendMessage") if c.response_ok) == 1
    assert reminders_of_kind(session, ReminderKind.DOSE)[0].status == ReminderStatus.SENT


async def test_server_error_is_retried_with_back_off(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """A 500 puts the reminder back in the ledger; it goes out after the back-off."""
    double.fail_next("sendMessage", ServerError())
    await advance_to(application, clock, FIRST_DOSE_AT)
    failed = await double.wait_for("sendMessage", chat_id=PATIENT)
    assert not failed.response_ok
    await double.idle(quiet=0.3)
    reminder = reminders_of_kind(session, ReminderKind.DOSE)[0]
    assert reminder.status == ReminderStatus.PENDING
    assert reminder.due_at == FIRST_DOSE_AT + timedelta(seconds=5)

    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(seconds=5))
    sent = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    assert "dose 1 of 7" in text_of(sent)
    await double.idle(quiet=0.2)
    reminder = reminders_of_kind(session, ReminderKind.DOSE)[0]
    assert (reminder.status, reminder.attempts) == (ReminderStatus.SENT, 2)


async def test_blocked_patient_is_marked_inactive_not_retried(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """403 ends the reminder, marks the patient inactive, and later reminders are not sent."""
    patient_id = monthly_patient
    double.fail_next("sendMessage", Blocked(), times=100, chat_id=PATIENT)
    await advance_to(application, clock, FIRST_DOSE_AT)
    await double.wait_for("sendMessage", chat_id=PATIENT)
    await double.idle(quiet=0.3)
    patient = patient_row(engine, patient_id)
    assert (patient.active, patient.inactive_reason) == (False, "blocked")
    assert reminders_of_kind(session, ReminderKind.DOSE)[0].status == ReminderStatus.FAILED

    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(days=1))
    await double.idle(quiet=0.3)
    assert len(double.calls_to("sendMessage")) == 1
    assert reminders_of_kind(session, ReminderKind.DOSE)[1].status == ReminderStatus.FAILED


async def test_timeout_is_retried_and_the_reminder_arrives(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """Telegram not answering in time (TimedOut) puts the reminder back; it goes out later."""
    # Longer than python-telegram-bot's 5 s read timeout, so the client gives up.
    double.fail_next("sendMessage", Timeout(seconds=5.5))
    await advance_to(application, clock, FIRST_DOSE_AT)
    reminder = reminders_of_kind(session, ReminderKind.DOSE)[0]
    assert reminder.status == ReminderStatus.PENDING
    assert "TimedOut" in (reminder.last_error or "")

    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(seconds=5))
    sent = await double.wait_for(
        "sendMessage", chat_id=PATIENT, ok=True, predicate=lambda c: "dose 1 of 7" in (c.text or "")
    )
    assert sent.response_ok
    await reminders_settled(application)
    assert reminders_of_kind(session, ReminderKind.DOSE)[0].status == ReminderStatus.SENT


async def test_a_send_whose_answer_was_lost_is_sent_again_and_the_audit_counts_it(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """At-least-once: Telegram took the message but the answer was a 500, so the bot cannot
    know and sends it again; the patient has it twice and the audit reports that repeat."""
    due_ids = due_reminder_ids(engine, due_by=FIRST_DOSE_AT)
    double.fail_next("sendMessage", ServerError(delivered=True))
    await advance_to(application, clock, FIRST_DOSE_AT)
    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(seconds=5))
    retried = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    await reminders_settled(application)

    first, second = double.sent_messages(PATIENT)
    assert first["text"] == second["text"] == retried.text
    reminder = reminders_of_kind(session, ReminderKind.DOSE)[0]
    assert (reminder.status, reminder.attempts) == (ReminderStatus.SENT, 2)
    assert reminder.telegram_message_id == second["message_id"]
    audit = audit_delivery(engine, double.calls, due_ids)
    assert (audit.delivered_once, audit.doubled, audit.doubled_after_lost_answer) == (0, 1, 1)
    assert (audit.lost, audit.lost_answers, audit.ledger_mismatch) == (0, 1, 0)


async def test_a_batch_that_cannot_be_planned_is_retried_not_lost(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
    monthly_patient: int,
) -> None:
    """An error while composing reminders puts them back with back-off; they go out later."""
    real_planner = PLANNERS[ReminderKind.DOSE]
    failures = iter([RuntimeError("database hiccup")])

    def flaky_planner(*arguments: Any) -> Any:
        """Fail once, then plan as usual."""
        if (failure := next(failures, None)) is not None:
            raise failure
        return real_planner(*arguments)

    monkeypatch.setitem(PLANNERS, ReminderKind.DOSE, flaky_planner)
    await advance_to(application, clock, FIRST_DOSE_AT)
    reminder = reminders_of_kind(session, ReminderKind.DOSE)[0]
    assert (reminder.status, reminder.last_error) == (ReminderStatus.PENDING, "planning failed")
    assert double.calls_to("sendMessage") == []

    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(seconds=5))
    sent = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    assert "dose 1 of 7" in text_of(sent)


async def test_a_claim_never_settled_is_given_back_while_running(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    monthly_patient: int,
) -> None:
    """A reminder left in "sending" for over 10 minutes is requeued by a later run and sent."""
    with session_scope(engine) as claiming:
        [stuck] = claim_due_reminders(claiming, now=FIRST_DOSE_AT, limit=1)
    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(minutes=5))
    assert double.calls_to("sendMessage") == []
    assert reminders_of_kind(session, ReminderKind.DOSE)[0].status == ReminderStatus.SENDING

    # The periodic sweep (every 30 s) is what finds stuck claims; run it now.
    clock.set(FIRST_DOSE_AT + timedelta(minutes=11))
    await application.bot_data.dispatcher.deliver_due()
    sent = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True)
    assert "dose 1 of 7" in text_of(sent)
    await reminders_settled(application)
    assert reminders_of_kind(session, ReminderKind.DOSE)[0].id == stuck.id
    assert reminders_of_kind(session, ReminderKind.DOSE)[0].status == ReminderStatus.SENT
