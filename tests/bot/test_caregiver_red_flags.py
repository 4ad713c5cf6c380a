"""Red-flag alerts the patient shares with a caregiver, through the double.

The patient (London, common monthly plan) links CAREGIVER "Tom", who sees them as "Mum"; OTHER
is a third chat with no plan. Tom receives the level and the fixed safety text the patient was
sent, never the sign or the patient's words, and only while Mum shares her red flags with him.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.features.caregivers.red_flag_alerts import plan_red_flag_deliveries
from bot_api_double import BotApiDouble, RecordedCall
from storage.caregivers import add_red_flag_alert
from storage.database import session_scope
from storage.models import (
    CaregiverLink,
    Patient,
    RedFlagEvent,
    RedFlagLevel,
    Reminder,
    ReminderKind,
    ReminderStatus,
)
from storage.red_flags import record_red_flag
from tests.bot.conftest import running_application
from tests.bot.test_caregivers import CAREGIVER, OTHER, _linked
from tests.english import EN
from tests.fake_clock import FakeClock

PATIENT = 16101
# Rosie, zumba, class, since: words only the patient wrote, in no text the caregiver may read.
EMERGENCY = "Rosie here, since the zumba class my lips are swelling and I can't breathe"
TWO_LEVELS = "leg cramps and short of breath, also blury vison"

# SQLite only, but for the test left to run on PostgreSQL too (it reads every new query).
SQLITE_ONLY = pytest.mark.parametrize("engine", ["sqlite"], indirect=True)


def _sent_to(double: BotApiDouble, chat_id: int, since: int = 0) -> list[RecordedCall]:
    """The messages sent to one chat since a mark (accepted or not)."""
    return [
        call
        for call in double.calls[since:]
        if call.method == "sendMessage" and call.chat_id == chat_id
    ]


def _alert(level: RedFlagLevel, written_at: datetime) -> str:
    """What Tom reads for a red flag of this level Mum wrote at that instant (London)."""
    return EN.text(
        "caregiver-red-flag-alert",
        name="Mum",
        level=EN.one_of("caregiver-red-flag-level", level.value),
        when=EN.moment(written_at, ZoneInfo("Europe/London")),
        safety=EN.one_of("red-flag", level.value),
    )


def _share(engine: Engine, *, on: bool) -> CaregiverLink:
    """Set whether the one link shares red flags (the toggle is another screen's job)."""
    with session_scope(engine) as session:
        [link] = session.exec(select(CaregiverLink)).all()
        link.share_red_flags = on
        session.add(link)
        return link


def _rows(engine: Engine) -> list[Reminder]:
    """Every red-flag alert row, oldest first."""
    with session_scope(engine) as session:
        statement = (
            select(Reminder)
            .where(Reminder.kind == ReminderKind.CAREGIVER_RED_FLAG)
            .order_by(col(Reminder.id))
        )
        return list(session.exec(statement))


def _events(engine: Engine) -> list[RedFlagEvent]:
    """Every red-flag event, oldest first."""
    with session_scope(engine) as session:
        return list(session.exec(select(RedFlagEvent).order_by(col(RedFlagEvent.id))))


@SQLITE_ONLY
@pytest.mark.usefixtures("application", "monthly_patient")
async def test_an_emergency_sign_reaches_the_caregiver_as_level_and_safety_text_only(
    double: BotApiDouble, engine: Engine
) -> None:
    """Mum gets the safety text as always; Tom gets the header and the same text, none of her
    words; OTHER gets nothing."""
    await _linked(double)
    link = _share(engine, on=True)
    since = double.mark()
    safety = await double.reply_to(PATIENT, EMERGENCY)
    assert safety == EN.text("red-flag-emergency")
    told = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    await double.idle(quiet=0.2)
    events = _events(engine)
    assert told.text == _alert(RedFlagLevel.EMERGENCY, events[0].occurred_at)
    assert (told.text or "").startswith("⚠️ <b>Mum</b> wrote something on ")
    # Exactly the header and the fixed text: so none of what only Mum wrote.
    for word in ("Rosie", "zumba", "class", "since", "can't"):
        assert word not in (told.text or "")
    assert [call.text for call in _sent_to(double, CAREGIVER, since)] == [told.text]
    assert _sent_to(double, OTHER) == []
    events = _events(engine)
    assert {event.level for event in events} == {RedFlagLevel.EMERGENCY}
    [row] = _rows(engine)
    assert (row.status, row.caregiver_link_id, row.red_flag_event_id) == (
        ReminderStatus.SENT,
        link.id,
        events[0].id,
    )


@pytest.mark.usefixtures("application", "monthly_patient")
async def test_two_levels_in_one_message_make_one_alert_at_the_highest(
    double: BotApiDouble, engine: Engine
) -> None:
    """Cramps and breathlessness (call the clinician) with blurred vision (urgent care): one
    message to Tom, at urgent care, about the urgent-care event."""
    await _linked(double)
    _share(engine, on=True)
    since = double.mark()
    assert await double.reply_to(PATIENT, TWO_LEVELS) == EN.text("red-flag-urgent-care")
    await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    await double.idle(quiet=0.2)
    events = _events(engine)
    assert [call.text for call in _sent_to(double, CAREGIVER, since)] == [
        _alert(RedFlagLevel.URGENT_CARE, events[0].occurred_at)
    ]
    assert {event.level for event in events} == {
        RedFlagLevel.URGENT_CARE,
        RedFlagLevel.CALL_CLINICIAN,
    }
    [row] = _rows(engine)
    [event] = [event for event in events if event.id == row.red_flag_event_id]
    assert event.level == RedFlagLevel.URGENT_CARE


@SQLITE_ONLY
@pytest.mark.usefixtures("application", "monthly_patient")
async def test_nothing_reaches_a_caregiver_the_patient_does_not_share_with(
    double: BotApiDouble, engine: Engine
) -> None:
    """Sharing off (the default): Mum gets her safety text and the record; Tom nothing."""
    await _linked(double)
    since = double.mark()
    assert await double.reply_to(PATIENT, EMERGENCY) == EN.text("red-flag-emergency")
    await double.idle(quiet=0.3)
    assert _sent_to(double, CAREGIVER, since) == []
    assert _sent_to(double, OTHER) == []
    assert _events(engine)
    assert _rows(engine) == []


@SQLITE_ONLY
@pytest.mark.usefixtures("application", "monthly_patient")
async def test_a_stranger_writing_a_sign_is_answered_and_nobody_else_is_told(
    double: BotApiDouble, engine: Engine
) -> None:
    """OTHER has no plan: the safety text, no record, no alert to anyone."""
    await _linked(double)
    _share(engine, on=True)
    since = double.mark()
    assert await double.reply_to(OTHER, EMERGENCY) == EN.text("red-flag-emergency")
    await double.idle(quiet=0.3)
    assert _sent_to(double, CAREGIVER, since) == []
    assert _sent_to(double, PATIENT, since) == []
    assert _events(engine) == []
    assert _rows(engine) == []


@SQLITE_ONLY
@pytest.mark.usefixtures("monthly_patient")
async def test_an_alert_no_longer_shared_is_settled_unsent(
    double: BotApiDouble, engine: Engine, clock: FakeClock
) -> None:
    """Owed while shared, then sharing turned off before it went out: nothing to send."""
    async with running_application(double, engine, clock):
        await _linked(double)
    link = _share(engine, on=True)
    now = clock()
    with session_scope(engine) as session:
        patient = session.exec(select(Patient).where(Patient.chat_id == PATIENT)).one()
        assert patient.id is not None
        event = record_red_flag(
            session,
            patient_id=patient.id,
            level=RedFlagLevel.EMERGENCY,
            sign="hives",
            source="message",
            occurred_at=now,
        )
        assert event.id is not None
        add_red_flag_alert(session, link=link, red_flag_event_id=event.id, due_at=now)
        session.flush()
        [row] = session.exec(
            select(Reminder).where(Reminder.kind == ReminderKind.CAREGIVER_RED_FLAG)
        ).all()
        [shared] = plan_red_flag_deliveries(session, [(row, patient)], now)
        assert shared.outgoing is not None
        assert (shared.outgoing.chat_id, shared.outgoing.text) == (
            CAREGIVER,
            _alert(RedFlagLevel.EMERGENCY, now),
        )
        assert shared.to is not None
        assert shared.to.id == link.id
        stored = session.get(CaregiverLink, link.id)
        assert stored is not None
        stored.share_red_flags = False
        [unshared] = plan_red_flag_deliveries(session, [(row, patient)], now)
        assert (unshared.outgoing, unshared.unsent_status) == (None, ReminderStatus.CANCELLED)
