"""Clinic booking reminders, /appointments, and /pause and /resume around the regimen's anchor."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.domain.presets import preset
from bot.domain.regimen import (
    Dose,
    DoseUnit,
    Drug,
    Giver,
    OnWeekdays,
    OpenEnded,
    Phase,
    PhaseKind,
    Regimen,
    Route,
)
from bot.services.scheduling import adopt_plan
from bot_api_double import BotApiDouble, RecordedCall
from storage.database import session_scope
from storage.models import (
    DoseStatus,
    Pause,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from storage.patients import get_or_create_patient
from tests.bot.conftest import advance_to
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 7101
LAST_INJECTION = date(2026, 11, 20)
# Every 28 days from the last injection: the next is Fri 18 Dec, 09:00 London (GMT).
NEXT_DOSE_AT = datetime(2026, 12, 18, 9, 0, tzinfo=UTC)
THOUSAND_MCG = Dose(Decimal(1000), DoseUnit.MCG)


def _save(engine: Engine, now: datetime, plan: Regimen, **start: date) -> None:
    """Give the patient a confirmed plan (09:00 London)."""
    with session_scope(engine) as session:
        patient, _ = get_or_create_patient(session, chat_id=PATIENT, time_zone="Europe/London")
        patient.reminder_time = time(9, 0)
        session.add(patient)
        adopt_plan(
            session,
            patient=patient,
            plan=plan,
            preset="test",
            first_dose_on=start.get("first"),
            last_dose_before_start_on=start.get("last"),
            now=now,
        )


def _maintenance(giver: Giver) -> Regimen:
    """1,000 mcg every 28 days, counted from the last injection."""
    phases = preset("maintenance_only").build(dose=THOUSAND_MCG)
    return Regimen(phases, Drug.HYDROXOCOBALAMIN, Route.IM, giver)


def _thursdays() -> Regimen:
    """1,000 mcg every Thursday, counted from the plan (a weekday cadence)."""
    phase = Phase(PhaseKind.MAINTENANCE, OnWeekdays(frozenset({3})), OpenEnded(), THOUSAND_MCG)
    return Regimen((phase,), Drug.CYANOCOBALAMIN, Route.IM, Giver.SELF)


def _reminders(session: Session, kind: ReminderKind) -> list[Reminder]:
    """Reminders of one kind, soonest first."""
    session.expire_all()
    statement = select(Reminder).where(Reminder.kind == kind).order_by(col(Reminder.due_at))
    return list(session.exec(statement).all())


def _doses(session: Session) -> list[ScheduledDose]:
    """Every dose row, in plan order."""
    session.expire_all()
    statement = select(ScheduledDose).order_by(col(ScheduledDose.sequence), col(ScheduledDose.id))
    return list(session.exec(statement).all())


def _texts(double: BotApiDouble, since: int) -> list[str]:
    """What the bot sent the patient since a mark."""
    return [
        c.text or "" for c in double.calls[since:] if c.method == "sendMessage" and c.response_ok
    ]


def _is_booking(call: RecordedCall) -> bool:
    """A booking reminder."""
    return "book your B12 injection" in (call.text or "")


@pytest.mark.both_databases
async def test_clinic_booking_reminder_comes_notice_days_before(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Default 7 days; /appointments 5 moves it to 5 days before; bad input is re-asked."""
    _save(engine, clock(), _maintenance(Giver.CLINIC), last=LAST_INJECTION)
    booking = _reminders(session, ReminderKind.BOOK_APPOINTMENT)[0]
    assert (booking.due_at, booking.status) == (
        NEXT_DOSE_AT - timedelta(days=7),
        ReminderStatus.PENDING,
    )

    chat = SetupChat(double, PATIENT)
    assert "<b>7 days</b> before" in await chat.say("/appointments")
    invalid = await chat.say("/appointments 0")
    assert "for example /appointments 5" in invalid
    assert "<b>5 days</b> before" in await chat.say("/appointments 5")
    bookings = [
        r for r in _reminders(session, ReminderKind.BOOK_APPOINTMENT) if r.due_at < NEXT_DOSE_AT
    ]
    assert [(r.due_at, r.status) for r in bookings] == [
        (NEXT_DOSE_AT - timedelta(days=7), ReminderStatus.CANCELLED),
        (NEXT_DOSE_AT - timedelta(days=5), ReminderStatus.PENDING),
    ]

    await advance_to(application, clock, NEXT_DOSE_AT - timedelta(days=7))
    await double.idle(quiet=0.2)
    assert not [c for c in double.calls_to("sendMessage") if _is_booking(c)]
    await advance_to(application, clock, NEXT_DOSE_AT - timedelta(days=5))
    call = await double.wait_for("sendMessage", chat_id=PATIENT, predicate=_is_booking)
    # A clinic dose is due on a day: 09:00 is only when the reminder comes, not an appointment.
    assert "due on <b>Fri 18 Dec</b> (in 5 days)" in (call.text or "")
    await double.idle(quiet=0.2)
    sent = [
        r.due_at
        for r in _reminders(session, ReminderKind.BOOK_APPOINTMENT)
        if r.status == ReminderStatus.SENT
    ]
    assert sent == [NEXT_DOSE_AT - timedelta(days=5)]


async def test_self_injection_gets_no_booking_reminder(
    application: BotApplication, clock: FakeClock, engine: Engine, session: Session
) -> None:
    """Only clinic-given doses need booking."""
    _save(engine, clock(), _maintenance(Giver.SELF), last=LAST_INJECTION)
    assert _reminders(session, ReminderKind.BOOK_APPOINTMENT) == []


async def test_pause_moves_a_from_last_injection_dose_to_the_resume_day(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Paused over the 18 Dec dose: nothing is sent or missed; it is due the day the pause ends."""
    _save(engine, clock(), _maintenance(Giver.SELF), last=LAST_INJECTION)
    chat = SetupChat(double, PATIENT)
    assert "Please give a day after today" in await chat.say("/pause today")
    paused = await chat.say("/pause 24 Dec")
    assert "Reminders paused until <b>Thu 24 Dec</b>" in paused
    assert "your next injection is due <b>Thu 24 Dec, 09:00</b>" in paused
    session.expire_all()
    [pause] = session.exec(select(Pause)).all()
    assert (pause.starts_on, pause.resumes_on) == (date(2026, 11, 25), date(2026, 12, 24))
    scheduled = [d.local_date for d in _doses(session) if d.status == DoseStatus.SCHEDULED]
    # The paused dose is due when the pause ends; the next counts 28 days on from it.
    assert scheduled[:2] == [date(2026, 12, 24), date(2027, 1, 21)]
    assert "⏸ Reminders are paused until Thu 24 Dec" in await chat.say("/next")
    assert "⏸ Reminders are paused until Thu 24 Dec" in await chat.say("/status")

    since = double.mark()
    await advance_to(application, clock, NEXT_DOSE_AT)
    await advance_to(application, clock, NEXT_DOSE_AT + timedelta(days=4))
    await double.idle(quiet=0.2)
    assert _texts(double, since) == []
    await advance_to(application, clock, datetime(2026, 12, 24, 9, 0, tzinfo=UTC))
    call = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "Time for" in (c.text or "")
    )
    assert "Due Thu 24 Dec, 09:00" in (call.text or "")
    # Nothing was marked missed (the injection before the plan is on record as done).
    assert DoseStatus.MISSED not in {d.status for d in _doses(session)}


@pytest.mark.both_databases
async def test_pause_withdraws_plan_doses_and_resume_brings_back_the_rest(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Thursdays from the plan: paused doses are withdrawn, not missed; /resume restores some."""
    _save(engine, clock(), _thursdays(), first=date(2026, 11, 26))
    chat = SetupChat(double, PATIENT)
    await chat.say("/pause 14 Dec")
    by_day = {d.local_date: d.status for d in _doses(session)}
    assert by_day[date(2026, 11, 26)] == DoseStatus.CANCELLED
    assert by_day[date(2026, 12, 3)] == DoseStatus.CANCELLED
    assert by_day[date(2026, 12, 10)] == DoseStatus.CANCELLED
    assert by_day[date(2026, 12, 17)] == DoseStatus.SCHEDULED
    pending_days = {
        r.due_at.date()
        for r in _reminders(session, ReminderKind.DOSE)
        if r.status == ReminderStatus.PENDING
    }
    assert min(pending_days) == date(2026, 12, 17)

    since = double.mark()
    await advance_to(application, clock, datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    await advance_to(application, clock, datetime(2026, 12, 2, 10, 0, tzinfo=UTC))
    await double.idle(quiet=0.2)
    assert _texts(double, since) == []

    resumed = await chat.say("/resume")
    assert "Reminders are back on." in resumed
    assert "Next injection: Thu 3 Dec, 09:00." in resumed
    assert "reminders aren't paused" in await chat.say("/resume")
    live = {d.local_date: d.status for d in _doses(session) if d.status != DoseStatus.CANCELLED}
    assert date(2026, 11, 26) not in live
    assert live[date(2026, 12, 3)] == DoseStatus.SCHEDULED
    assert live[date(2026, 12, 10)] == DoseStatus.SCHEDULED
    await advance_to(application, clock, datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    call = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "Time for" in (c.text or "")
    )
    assert "Due Thu 3 Dec, 09:00" in (call.text or "")
    missed = [d for d in _doses(session) if d.status == DoseStatus.MISSED]
    assert missed == []


# --- Booking the clinic: at once when the dose is near, Booked, Remind me tomorrow ------------

# Every 28 days from 1 Nov: the next clinic dose is Sun 29 Nov, nearer than the 7-day notice.
NEAR_LAST_INJECTION = date(2026, 11, 1)
NEAR_DOSE_ON = date(2026, 11, 29)
OTHER_CHAT = 7102


def _open_dose(session: Session, on: date) -> ScheduledDose:
    """The open dose planned for a day."""
    [dose] = [d for d in _doses(session) if d.local_date == on and d.status == "scheduled"]
    return dose


def _pending(session: Session, dose_id: int | None) -> list[tuple[ReminderKind, datetime]]:
    """A dose's pending reminders: kind and due time, soonest first."""
    session.expire_all()
    statement = (
        select(Reminder)
        .where(Reminder.dose_id == dose_id, Reminder.status == ReminderStatus.PENDING)
        .order_by(col(Reminder.due_at))
    )
    return [(ReminderKind(r.kind), r.due_at) for r in session.exec(statement).all()]


async def test_a_clinic_dose_nearer_than_the_notice_is_booked_at_once_with_buttons(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """Set up 4 days before a clinic dose: the booking reminder comes at once, with buttons;
    "Remind me tomorrow" asks again at 09:00 the next day; "Booked" takes the day and time,
    moves the dose reminder to 2 hours before the appointment and shows it in /next."""
    _save(engine, clock(), _maintenance(Giver.CLINIC), last=NEAR_LAST_INJECTION)
    dose = _open_dose(session, NEAR_DOSE_ON)
    assert (ReminderKind.BOOK_APPOINTMENT, clock()) in _pending(session, dose.id)
    await advance_to(application, clock, clock())
    booking = await double.wait_for("sendMessage", chat_id=PATIENT, predicate=_is_booking)
    assert "due on <b>Sun 29 Nov</b> (in 4 days)" in (booking.text or "")
    chat = SetupChat(double, PATIENT)
    assert chat.labels() == ["✅ Booked", "⏰ Remind me tomorrow"]

    await chat.press_quietly("⏰ Remind me tomorrow")
    edited = double.calls_to("editMessageText")[-1]
    assert "remind you again tomorrow, <b>Thu 26 Nov, 09:00</b>" in (edited.text or "")
    tomorrow = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert [due for kind, due in _pending(session, dose.id) if kind == "book_appointment"] == [
        tomorrow
    ]
    since = double.mark()
    await advance_to(application, clock, tomorrow)
    await double.wait_for("sendMessage", chat_id=PATIENT, predicate=_is_booking, since=since)

    asked = await chat.press("✅ Booked")
    assert "When is your appointment for the injection due on Sun 29 Nov?" in asked
    assert "<i>Sun 29 Nov 14:00</i>" in asked
    unclear = await chat.say("some time next week")
    assert "I couldn't read that as a day and time." in unclear
    assert "For example: <i>Sun 29 Nov 14:00</i>" in unclear
    assert "Is that in the morning or the afternoon?" in await chat.say("28 Nov at 2")
    saved = await chat.say("Sat 28 Nov 14:30")
    assert "Appointment booked: <b>Sat 28 Nov, 14:30</b>" in saved
    assert "remind you on Sat 28 Nov, 12:30, 2 hours before" in saved
    session.expire_all()
    dose = _open_dose(session, NEAR_DOSE_ON)
    appointment = datetime(2026, 11, 28, 14, 30, tzinfo=UTC)
    assert dose.appointment_at == appointment
    kinds = dict(_pending(session, dose.id))
    assert ReminderKind.BOOK_APPOINTMENT not in kinds
    assert kinds[ReminderKind.DOSE] == appointment - timedelta(hours=2)
    assert kinds[ReminderKind.DOSE_MISSED] > datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
    shown = double.sent_messages(PATIENT)
    assert any("Appointment booked: <b>Sat 28 Nov, 14:30</b>" in m["text"] for m in shown)

    shown_next = await chat.say("/next")
    assert "Your next injection: <b>due on Sun 29 Nov</b>" in shown_next
    assert "09:00" not in shown_next
    assert "📅 Appointment booked: Sat 28 Nov, 14:30." in shown_next
    since = double.mark()
    await advance_to(application, clock, appointment - timedelta(hours=2))
    reminder = await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        predicate=lambda c: "Time for" in (c.text or ""),
        since=since,
    )
    assert "Sent late" not in (reminder.text or "")
    # The dose reads by its day and its appointment, not by the reminder's 12:30 or 09:00.
    assert "Due on Sun 29 Nov (appointment Sat 28 Nov, 14:30)." in (reminder.text or "")
    since = double.mark()
    await chat.press_quietly("✅ Done")
    await double.idle(quiet=0.2)
    edits = [call for call in double.calls[since:] if call.method == "editMessageText"]
    [prompt] = [m for m in double.sent_messages(PATIENT) if "Time for" in m["text"]]
    # Only the dose's reminder is edited to show the answer; the booking messages stay.
    assert [call.params["message_id"] for call in edits] == [prompt["message_id"]]
    assert "Due on Sun 29 Nov (appointment Sat 28 Nov, 14:30)." in (edits[0].text or "")


async def test_booked_in_words_is_understood_and_buttons_are_checked_against_the_chat(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """ "booked it for the 16th at 2pm" books the next clinic dose (Fri 18 Dec); a booking
    button pressed from another chat changes nothing."""
    _save(engine, clock(), _maintenance(Giver.CLINIC), last=LAST_INJECTION)
    dose = _open_dose(session, date(2026, 12, 18))
    other = SetupChat(double, OTHER_CHAT)
    await other.say("/next")
    assert "not belong to this chat" in await other.press_data(f"appt:{dose.id}:booked")
    assert "not belong to this chat" in await other.press_data(f"appt:{dose.id}:tomorrow")
    assert "not belong to this chat" in await other.press_data("appt:x:booked")

    chat = SetupChat(double, PATIENT)
    asked = await chat.say("booked it for the 16th")
    assert "What time is it?" in asked
    assert "<i>Fri 18 Dec 14:00</i>" in asked
    saved = await chat.say("booked it for the 16th at 2pm")
    assert "Appointment booked: <b>Wed 16 Dec, 14:00</b>" in saved
    session.expire_all()
    dose = _open_dose(session, date(2026, 12, 18))
    assert dose.appointment_at == datetime(2026, 12, 16, 14, 0, tzinfo=UTC)
    assert dict(_pending(session, dose.id))[ReminderKind.DOSE] == datetime(
        2026, 12, 16, 12, 0, tzinfo=UTC
    )
    shown_next = await chat.say("/next")
    assert "📅 Appointment booked: Wed 16 Dec, 14:00." in shown_next
    # After an answer the chat is back to normal replies.
    assert "due on" in await chat.say("when's my next shot?")
    # The reminder comes 2 hours before the appointment, two days before the dose's day;
    # "done" in words answers it there and then.
    await advance_to(application, clock, datetime(2026, 12, 16, 12, 0, tzinfo=UTC))
    done = await chat.say("done")
    assert "Recorded: your 1,000 mcg injection of Fri 18 Dec, done Wed 16 Dec, 12:00." in done
    session.expire_all()
    [dose] = [d for d in _doses(session) if d.local_date == date(2026, 12, 18)]
    assert dose.status == DoseStatus.DONE


async def test_a_patient_who_injects_themselves_has_no_appointment_to_book(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, engine: Engine
) -> None:
    """ "booked it for the 16th at 2pm" from a self-injecting patient is answered plainly."""
    _save(engine, clock(), _maintenance(Giver.SELF), last=LAST_INJECTION)
    answer = await SetupChat(double, PATIENT).say("booked it for the 16th at 2pm")
    assert "injections given at a clinic" in answer


async def test_a_longer_notice_books_the_next_clinic_dose_at_once(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
    session: Session,
) -> None:
    """/appointments 30 with the next dose 23 days away: its booking reminder comes now."""
    _save(engine, clock(), _maintenance(Giver.CLINIC), last=LAST_INJECTION)
    chat = SetupChat(double, PATIENT)
    await chat.say("/appointments 30")
    dose = _open_dose(session, date(2026, 12, 18))
    assert (ReminderKind.BOOK_APPOINTMENT, clock()) in _pending(session, dose.id)
    await advance_to(application, clock, clock())
    booking = await double.wait_for("sendMessage", chat_id=PATIENT, predicate=_is_booking)
    assert "due on <b>Fri 18 Dec</b> (in 23 days)" in (booking.text or "")
    # The dose after it is booked 30 days ahead as usual.
    later = _open_dose(session, date(2027, 1, 15))
    assert [due for kind, due in _pending(session, later.id) if kind == "book_appointment"] == [
        datetime(2026, 12, 16, 9, 0, tzinfo=UTC)
    ]


async def test_a_clinic_plan_saved_names_the_booking_reminder_first(
    application: BotApplication, double: BotApiDouble, clock: FakeClock
) -> None:
    """Set up through the chat with a nurse or clinic giving it: the saved message says when
    the reminder to book comes, and that the injection is due on a day (no time)."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/start")
    await chat.press(EN.text("preset-maintenance-only-name"))
    await chat.say("1000 mcg")
    await chat.press(EN.text("setup-button-matches"))
    await chat.press(EN.text("setup-drug-cyanocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    await chat.press(EN.text("setup-giver-clinic"))
    await chat.say("London", replies=2)
    await chat.say("20 Nov")
    await chat.say("9am")
    saved = await chat.press(EN.text("setup-button-confirm"))
    assert saved == EN.text("setup-saved-book-later", when="Fri 11 Dec, 09:00", day="Fri 18 Dec")
    await advance_to(application, clock, datetime(2026, 12, 11, 9, 0, tzinfo=UTC))
    booking = await double.wait_for("sendMessage", chat_id=PATIENT, predicate=_is_booking)
    assert "due on <b>Fri 18 Dec</b>" in (booking.text or "")
