"""The caregiver's weekly summary through the double: Sunday 18:00 in the patient's zone.

The patient (London, common monthly plan: daily from Thu 26 Nov 09:00) links CAREGIVER "Tom",
who sees them as "Mum"; OTHER is a third chat that must never hear of it. The alerts about
unconfirmed doses are turned off on the link, so Tom's chat holds only what this file sends.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.context import BotApplication
from bot.services.caregiver_summaries import plan_weekly_summaries
from bot_api_double import BotApiDouble, RecordedCall
from storage.database import session_scope
from storage.models import (
    CaregiverLink,
    CaregiverLinkStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
)
from storage.reminders import claim_due_reminders
from tests.bot.conftest import advance_to, running_application
from tests.bot.patients import FIRST_DOSE_AT, maintenance_only, patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.bot.test_caregivers import CAREGIVER, OTHER, _accept, _invite, _linked
from tests.english import EN
from tests.fake_clock import FakeClock

PATIENT = 16101
# Sunday 29 November 2026, 18:00 in London (GMT): the first summary; the next a week later.
SUNDAY = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)
NEXT_SUNDAY = SUNDAY + timedelta(days=7)
DAY = timedelta(days=1)

# SQLite only, but for the test left to run on PostgreSQL too (it reads every new query).
SQLITE_ONLY = pytest.mark.parametrize("engine", ["sqlite"], indirect=True)


def _sent_to(double: BotApiDouble, chat_id: int, since: int = 0) -> list[RecordedCall]:
    """The messages sent to one chat since a mark (accepted or not)."""
    return [
        call
        for call in double.calls[since:]
        if call.method == "sendMessage" and call.chat_id == chat_id
    ]


def _weekly_rows(engine: Engine) -> list[Reminder]:
    """Every weekly-summary row, oldest first."""
    with session_scope(engine) as session:
        statement = (
            select(Reminder)
            .where(Reminder.kind == ReminderKind.CAREGIVER_WEEKLY)
            .order_by(col(Reminder.id))
        )
        return list(session.exec(statement))


def _pending(engine: Engine) -> list[Reminder]:
    """The weekly-summary rows still pending."""
    return [row for row in _weekly_rows(engine) if row.status == ReminderStatus.PENDING]


def _set_link(engine: Engine, **flags: bool) -> CaregiverLink:
    """Set the one link's flags directly (the toggles are another screen's job)."""
    with session_scope(engine) as session:
        [link] = session.exec(select(CaregiverLink)).all()
        for name, value in flags.items():
            setattr(link, name, value)
        session.add(link)
        return link


def _toggled(engine: Engine, clock: FakeClock, **flags: bool) -> CaregiverLink:
    """Set the link's flags and re-plan the summaries, as the toggle does."""
    link = _set_link(engine, **flags)
    with session_scope(engine) as session:
        patient = session.exec(select(Patient).where(Patient.chat_id == PATIENT)).one()
        plan_weekly_summaries(session, patient=patient, now=clock())
    return link


async def _weekly_link(double: BotApiDouble, engine: Engine, clock: FakeClock) -> CaregiverLink:
    """Mum links Tom and turns the weekly summary on (and the unconfirmed alerts off)."""
    await _linked(double)
    return _toggled(engine, clock, weekly_summary=True, alert_unconfirmed=False)


def _summary(**lines: str) -> str:
    """The summary Tom reads: the week of 23-29 Nov, the given count lines, and the next."""
    heading = EN.text(
        "caregiver-weekly-heading", name="Mum", first=lines.pop("first"), last=lines.pop("last")
    )
    return EN.text(
        "caregiver-weekly-summary", heading=heading, counts=lines["counts"], next=lines["next"]
    )


async def test_summary_on_sunday_evening_counts_done_skip_missed_and_open(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Done Thu, skipped Fri (with a reason), nothing Sat (missed at 21:00), nothing yet Sun:
    at 18:00 on Sunday Tom gets one summary with those counts and Monday's injection, never
    the reason; next Sunday's row is written, exactly one."""
    link = await _weekly_link(double, engine, clock)
    [row] = _pending(engine)
    assert (row.due_at, row.caregiver_link_id, row.dose_id) == (SUNDAY, link.id, None)
    since = double.mark()
    patient = SetupChat(double, PATIENT)
    await advance_to(application, clock, FIRST_DOSE_AT)
    assert "Recorded" in await patient.say("done")
    await advance_to(application, clock, FIRST_DOSE_AT + DAY)
    assert "unwell" in await patient.say("skip - unwell")
    for hours in (0, 3, 12):
        await advance_to(application, clock, FIRST_DOSE_AT + 2 * DAY + timedelta(hours=hours))
    for hours in (0, 3):
        await advance_to(application, clock, FIRST_DOSE_AT + 3 * DAY + timedelta(hours=hours))
    await advance_to(application, clock, SUNDAY - timedelta(minutes=1))
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    await advance_to(application, clock, SUNDAY)
    await double.idle(quiet=0.2)
    counts = "\n".join(
        [
            EN.text("caregiver-weekly-due", count=4),
            EN.text("caregiver-weekly-on-time", count=1),
            EN.text("caregiver-weekly-skipped", count=1),
            EN.text("caregiver-weekly-missed", count=1),
            EN.text("caregiver-weekly-open", count=1),
        ]
    )
    expected = _summary(
        first="Mon 23 Nov",
        last="Sun 29 Nov",
        counts=counts,
        next=EN.text("caregiver-weekly-next", when="Mon 30 Nov, 09:00"),
    )
    [summary] = _sent_to(double, CAREGIVER, since)
    assert summary.text == expected
    assert "unwell" not in expected
    assert "4 injections were due:\n✅ given on time: 1\n⏭ skipped: 1\n❌ missed: 1" in expected
    assert all(call.text != expected for call in _sent_to(double, PATIENT, since))
    assert _sent_to(double, OTHER) == []
    sent, following = _weekly_rows(engine)
    assert (sent.status, sent.attempts) == (ReminderStatus.SENT, 1)
    assert (following.status, following.due_at, following.caregiver_link_id) == (
        ReminderStatus.PENDING,
        NEXT_SUNDAY,
        link.id,
    )
    # Re-planning (a toggle, a zone change) keeps that one row as it is.
    _toggled(engine, clock, weekly_summary=True)
    assert [(r.id, r.due_at) for r in _pending(engine)] == [(following.id, NEXT_SUNDAY)]


@SQLITE_ONLY
async def test_doses_marked_missed_in_the_same_run_are_counted_missed(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """The bot was down from before Thursday's injection until Sunday 18:00: the summary comes
    with the note that marks Thu, Fri and Sat missed, and counts them as missed, not open."""
    await _weekly_link(double, engine, clock)
    since = double.mark()
    await advance_to(application, clock, SUNDAY)
    await double.idle(quiet=0.2)
    [summary] = _sent_to(double, CAREGIVER, since)
    counts = "\n".join(
        [
            EN.text("caregiver-weekly-due", count=4),
            EN.text("caregiver-weekly-missed", count=3),
            EN.text("caregiver-weekly-open", count=1),
        ]
    )
    assert summary.text == _summary(
        first="Mon 23 Nov",
        last="Sun 29 Nov",
        counts=counts,
        next=EN.text("caregiver-weekly-next", when="Mon 30 Nov, 09:00"),
    )
    told = [call.text or "" for call in _sent_to(double, PATIENT, since)]
    assert any("I marked 3 B12 injections as missed" in text for text in told)


@SQLITE_ONLY
async def test_a_restart_between_claim_and_send_neither_loses_nor_doubles_the_summary(
    double: BotApiDouble, clock: FakeClock, engine: Engine
) -> None:
    """A process claims Sunday's summary and dies before sending; the next sends it once and
    writes the week after once; a third process sends nothing more."""
    # A plan whose next injection is weeks away: on Sunday evening nothing else is due.
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=maintenance_only(),
        now=clock(),
        last_dose_before_start_on=date(2026, 11, 24),
    )
    async with running_application(double, engine, clock):
        await _weekly_link(double, engine, clock)
    clock.set(SUNDAY)
    with session_scope(engine) as session:
        claimed = claim_due_reminders(session, now=SUNDAY, limit=100)
    assert [reminder.kind for reminder in claimed] == [ReminderKind.CAREGIVER_WEEKLY]
    # Later than a claim may be held (10 minutes): the next process gives it back.
    clock.set(SUNDAY + timedelta(minutes=11))
    since = double.mark()
    async with running_application(double, engine, clock) as application:
        await advance_to(application, clock, SUNDAY + timedelta(minutes=12))
        await application.bot_data.dispatcher.deliver_due()
        await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
        await double.idle(quiet=0.2)
    async with running_application(double, engine, clock) as application:
        await advance_to(application, clock, SUNDAY + timedelta(hours=1))
        await double.idle(quiet=0.2)
    expected = _summary(
        first="Mon 23 Nov",
        last="Sun 29 Nov",
        counts=EN.text("caregiver-weekly-nothing-due"),
        next=EN.text("caregiver-weekly-next", when="Tue 22 Dec, 09:00"),
    )
    assert [call.text for call in _sent_to(double, CAREGIVER, since)] == [expected]
    sent, following = _weekly_rows(engine)
    assert (sent.status, sent.attempts) == (ReminderStatus.SENT, 2)
    assert (following.status, following.due_at) == (ReminderStatus.PENDING, NEXT_SUNDAY)


@SQLITE_ONLY
async def test_a_week_with_nothing_due_in_new_york_comes_at_18_there(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, engine: Engine
) -> None:
    """A New York patient between maintenance doses: 18:00 EST is 23:00 UTC; the summary says
    nothing was due and when the next injection is, in New York time; after a move to London
    the next one comes at 18:00 there."""
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=maintenance_only(),
        now=clock(),
        last_dose_before_start_on=date(2026, 11, 24),
        time_zone="America/New_York",
    )
    await _weekly_link(double, engine, clock)
    new_york_sunday = datetime(2026, 11, 29, 23, 0, tzinfo=UTC)
    [row] = _pending(engine)
    assert row.due_at == new_york_sunday
    since = double.mark()
    await advance_to(application, clock, SUNDAY)
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    await advance_to(application, clock, new_york_sunday)
    summary = await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    assert summary.text == _summary(
        first="Mon 23 Nov",
        last="Sun 29 Nov",
        counts=EN.text("caregiver-weekly-nothing-due"),
        next=EN.text("caregiver-weekly-next", when="Tue 22 Dec, 09:00"),
    )
    assert [r.due_at for r in _pending(engine)] == [new_york_sunday + timedelta(days=7)]
    # A move to London re-plans: next week's one row follows to 18:00 there.
    with session_scope(engine) as session:
        patient = session.exec(select(Patient).where(Patient.chat_id == PATIENT)).one()
        patient.time_zone = "Europe/London"
        session.add(patient)
    _toggled(engine, clock, weekly_summary=True)
    assert [r.due_at for r in _pending(engine)] == [NEXT_SUNDAY]


@SQLITE_ONLY
async def test_an_ended_link_gets_no_summary_and_no_next_row(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """Mum ends the link: the pending summary is withdrawn in that step, nothing on Sunday."""
    patient, _ = await _linked(double)
    _toggled(engine, clock, weekly_summary=True)
    await patient.say("/caregiver")
    await patient.press_quietly(EN.text("caregiver-button-end", number=1))
    await double.wait_for(
        "sendMessage", chat_id=CAREGIVER, predicate=lambda call: "ended" in (call.text or "")
    )
    assert [row.status for row in _weekly_rows(engine)] == [ReminderStatus.CANCELLED]
    since = double.mark()
    await advance_to(application, clock, SUNDAY + timedelta(minutes=5))
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    assert _pending(engine) == []


@SQLITE_ONLY
async def test_a_summary_turned_off_after_it_was_owed_is_not_sent_and_does_not_chain(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    monthly_patient: int,
) -> None:
    """The flag is off by the time the row comes due (no re-plan ran): settled unsent, no
    next week; a link that never had it on owes nothing at all."""
    await _weekly_link(double, engine, clock)
    _set_link(engine, weekly_summary=False)
    since = double.mark()
    await advance_to(application, clock, SUNDAY)
    await double.idle(quiet=0.2)
    assert _sent_to(double, CAREGIVER, since) == []
    assert [row.status for row in _weekly_rows(engine)] == [ReminderStatus.CANCELLED]
    _toggled(engine, clock, weekly_summary=False)
    assert _weekly_rows(engine)[1:] == []


@SQLITE_ONLY
async def test_a_link_confirmed_with_the_summary_on_owes_it_at_once(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """The summary chosen before Mum confirms: the confirmation writes Sunday's row."""
    double.set_user(CAREGIVER, "Tom")
    patient, code = await _invite(double)
    caregiver = SetupChat(double, CAREGIVER)
    await caregiver.say(f"/caregiver {code}")
    await _accept(caregiver)
    _set_link(engine, weekly_summary=True)
    assert _weekly_rows(engine) == []
    since = double.mark()
    await patient.press_quietly(EN.text("caregiver-button-confirm"))
    await double.wait_for("sendMessage", chat_id=CAREGIVER, since=since)
    with session_scope(engine) as session:
        [link] = session.exec(select(CaregiverLink)).all()
        assert link.status == CaregiverLinkStatus.ACTIVE
    assert [(row.due_at, row.status) for row in _weekly_rows(engine)] == [
        (SUNDAY, ReminderStatus.PENDING)
    ]
