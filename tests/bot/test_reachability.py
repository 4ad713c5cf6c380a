"""A patient who blocks the bot is marked unreachable at once and resumes when they come back."""

import logging
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot_api_double import BotApiDouble, RecordedCall
from storage.models import DoseStatus, ReminderKind, ReminderStatus, ScheduledDose
from tests.bot.conftest import advance_to, eventually, reminders_settled
from tests.bot.ledger import reminders_of_kind
from tests.bot.patients import FIRST_DOSE_AT, patient_row
from tests.fake_clock import FakeClock

PATIENT = 3101
TO_A_CHAT = ("send", "edit", "copy", "forward")


@pytest.fixture
def patient_id(monthly_patient: int) -> int:
    """A London patient on the common monthly plan, first (daily) injection Thu 26 Nov 09:00."""
    return monthly_patient


def _active(engine: Engine, patient_id: int) -> Callable[[], bool]:
    """Whether the patient is stored as reachable, read afresh at each call."""
    return lambda: patient_row(engine, patient_id).active


def _to_patient(double: BotApiDouble, since: int) -> list[RecordedCall]:
    """Every message the bot tried to send or edit in the patient's chat since a mark."""
    return [
        call
        for call in double.calls[since:]
        if call.chat_id == PATIENT and call.method.startswith(TO_A_CHAT)
    ]


def _delivered_texts(double: BotApiDouble, since: int) -> list[str]:
    """The texts of the messages the patient received since a mark."""
    return [
        call.text or ""
        for call in _to_patient(double, since)
        if call.method == "sendMessage" and call.response_ok
    ]


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every ERROR (or worse) logged, with its logger."""
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


def _handler_errors(application: BotApplication) -> float:
    """The handler-error counter of the metrics."""
    registry = application.bot_data.dispatcher.metrics.registry
    return registry.get_sample_value("b12bot_handler_errors_total") or 0.0


def _dose(session: Session, number: int) -> ScheduledDose:
    """The patient's dose of a loading-phase number, as stored now."""
    session.expire_all()
    statement = select(ScheduledDose).where(
        col(ScheduledDose.phase_position) == 0, col(ScheduledDose.number_in_phase) == number
    )
    doses = [dose for dose in session.exec(statement).all() if dose.status != DoseStatus.CANCELLED]
    assert len(doses) == 1, doses
    return doses[0]


async def test_a_block_marks_the_patient_unreachable_and_nothing_is_sent_to_them(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    patient_id: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """my_chat_member "kicked" is recorded at once; a reminder due then is not even tried."""
    await double.block_bot(PATIENT)
    await eventually(lambda: not _active(engine, patient_id)(), "the block is recorded")
    assert patient_row(engine, patient_id).inactive_reason == "blocked"

    since = double.mark()
    await advance_to(application, clock, FIRST_DOSE_AT)
    await double.idle(quiet=0.3)
    assert _to_patient(double, since) == []
    assert reminders_of_kind(session, ReminderKind.DOSE)[0].status != ReminderStatus.SENT
    assert _errors(caplog) == []
    assert _handler_errors(application) == 0


async def test_a_reply_refused_with_403_marks_the_patient_unreachable_without_an_apology(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    patient_id: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A block Telegram did not announce: the one refused reply is the last message tried."""
    await double.block_bot(PATIENT, announce=False)
    since = double.mark()
    await double.send_text(PATIENT, "/next")
    refused = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert not refused.response_ok
    await eventually(lambda: not _active(engine, patient_id)(), "the 403 is recorded")
    await double.idle(quiet=0.3)
    assert _to_patient(double, since) == [refused]
    assert patient_row(engine, patient_id).inactive_reason == "blocked"

    await advance_to(application, clock, FIRST_DOSE_AT)
    await double.idle(quiet=0.3)
    assert _to_patient(double, since) == [refused]
    assert _errors(caplog) == []
    assert _handler_errors(application) == 0


@pytest.mark.parametrize("comes_back_by", ["unblocking", "/start"])
async def test_a_patient_who_comes_back_gets_one_summary_then_their_reminders(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
    patient_id: int,
    caplog: pytest.LogCaptureFixture,
    comes_back_by: str,
) -> None:
    """Back after two days: the dose missed meanwhile is summarised once, never sent stale;
    today's open dose is sent (marked late), and the next day's reminder arrives on time."""
    # Unannounced, so the first reminder's 403 is what marks them (the path that came first).
    await double.block_bot(PATIENT, announce=False)
    await advance_to(application, clock, FIRST_DOSE_AT)
    assert not patient_row(engine, patient_id).active
    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(days=1))
    await double.idle(quiet=0.3)
    assert _delivered_texts(double, 0) == []

    clock.set(FIRST_DOSE_AT + timedelta(days=1, hours=1))
    since = double.mark()
    if comes_back_by == "unblocking":
        await double.unblock_bot(PATIENT)
    else:
        await double.unblock_bot(PATIENT, announce=False)
        await double.send_text(PATIENT, "/start")
        await double.wait_for("sendMessage", chat_id=PATIENT, ok=True, since=since)
    await eventually(_active(engine, patient_id), "the patient is reachable again")
    await eventually(
        lambda: any("dose 2 of 7" in text for text in _delivered_texts(double, since)),
        "today's open dose is sent",
    )
    await reminders_settled(application)
    await double.idle(quiet=0.3)
    delivered = _delivered_texts(double, since)
    [missed] = [text for text in delivered if "as missed" in text]
    assert "injection due Thu 26 Nov, 09:00 as missed" in missed
    assert not any("dose 1 of 7" in text for text in delivered)
    [today] = [text for text in delivered if "dose 2 of 7" in text]
    assert "Sent late" in today
    assert _dose(session, 1).status == DoseStatus.MISSED
    first_reminder = reminders_of_kind(session, ReminderKind.DOSE)[0]
    assert first_reminder.status == ReminderStatus.EXPIRED

    since = double.mark()
    await advance_to(application, clock, FIRST_DOSE_AT + timedelta(days=2))
    await eventually(
        lambda: any("dose 3 of 7" in text for text in _delivered_texts(double, since)),
        "the next reminder arrives",
    )
    assert _errors(caplog) == []
