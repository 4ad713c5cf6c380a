"""/settings through the double: the menu card edited in place, typed answers, travel, words.

The patient lives in London on the common monthly plan, reminders at 09:00; it is Wed 25 Nov
08:00 and the first injection is Thu 26 Nov 09:00 (GMT, so UTC too).
"""

from datetime import UTC, datetime, time

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.context import BotApplication
from bot_api_double import BotApiDouble
from storage.database import session_scope
from storage.models import DoseStatus, Regimen, ScheduledDose
from tests.bot.patients import patient_row
from tests.bot.setup_chat import SetupChat
from tests.english import EN

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 14101
FIRST = "Thu 26 Nov, 09:00 London time"


def _data(chat: SetupChat) -> list[str]:
    """The callback data of the latest keyboard."""
    rows = chat.keyboard_message()["reply_markup"]["inline_keyboard"]
    return [button["callback_data"] for row in rows for button in row]


async def _tap(chat: SetupChat, label: str) -> str:
    """Press a button of the latest keyboard; the text its message is edited to."""
    message, data = chat.button(label)
    since = chat.double.mark()
    await chat.double.press_button(chat.user, message["message_id"], data)
    call = await chat.double.wait_for("editMessageText", chat_id=chat.user, since=since)
    await chat.double.wait_for("answerCallbackQuery", since=since)
    return call.text or ""


def _first_open_due(engine: Engine) -> datetime:
    """When the first open dose is due."""
    with session_scope(engine) as session:
        dose = session.exec(
            select(ScheduledDose)
            .where(ScheduledDose.status == DoseStatus.SCHEDULED)
            .order_by(col(ScheduledDose.due_at))
        ).first()
        assert dose is not None
        return dose.due_at.astimezone(UTC)


async def test_the_menu_shows_every_value_and_a_button_per_setting(
    application: BotApplication, double: BotApiDouble, monthly_patient: int
) -> None:
    """Zone with its time now, reminder time, check-in delay, language, the next injection."""
    chat = SetupChat(double, PATIENT)
    card = await chat.say("/settings")
    assert "Time zone: <b>Europe/London</b> (it is 08:00 there now)" in card
    assert "Reminder time: <b>09:00</b>" in card
    assert "Check-in after an unanswered reminder: <b>3 h</b>" in card
    assert "Language: <b>English</b>" in card
    assert f"Next injection: {FIRST}" in card
    # Self-injecting: no booking notice; at home: no trip to end.
    assert "book the clinic" not in card
    assert _data(chat) == [
        "set:zone",
        "set:time",
        "set:followup",
        "set:trip",
        "lang:choose",
        "set:close",
    ]
    assert "Settings closed" in await _tap(chat, EN.text("settings-button-close"))


async def test_a_reminder_time_typed_after_a_bad_one_is_confirmed_then_changed(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """25:00 gets an example; 19:30 is asked back, and yes moves the next injection."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/settings")
    question = await _tap(chat, EN.text("settings-button-time"))
    assert "Now: <b>09:00</b>" in question
    assert "set:time:0700" in _data(chat)
    assert "set:time:2000" in _data(chat)
    assert "for example <i>21:30</i>" in await chat.say("25:00")
    confirm = await chat.say("19:30")
    assert confirm == "Change your reminder time from 09:00 to 19:30?"
    done = await _tap(chat, EN.text("settings-button-yes"))
    assert done == (
        f"Done: your next injection moves from {FIRST} to Thu 26 Nov, 19:30 London time."
    )
    assert patient_row(engine, monthly_patient).reminder_time == time(19, 30)
    assert _first_open_due(engine) == datetime(2026, 11, 26, 19, 30, tzinfo=UTC)


async def test_a_quick_pick_and_no_keeps_the_time(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """07:00 from the buttons, then No: nothing changes."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/settings")
    await _tap(chat, EN.text("settings-button-time"))
    assert await _tap(chat, "07:00") == "Change your reminder time from 09:00 to 07:00?"
    assert await _tap(chat, EN.text("settings-button-no")) == "Nothing changed."
    assert patient_row(engine, monthly_patient).reminder_time == time(9, 0)


async def test_moving_to_new_york(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """A typed city, "I moved", yes: the home zone changes and the reminder follows it."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/settings")
    assert "Which time zone" in await _tap(chat, EN.text("settings-button-zone"))
    assert "Have you moved to New York, or are you travelling?" in await chat.say("New York")
    assert chat.labels() == [
        "I moved: use New York time",
        "Travelling: keep London time",
        "Travelling: follow New York time",
        EN.text("settings-button-back"),
    ]
    confirm = await _tap(chat, "I moved: use New York time")
    assert confirm == (
        "Change your time zone from London to New York? Reminders will come at 09:00 New York time."
    )
    done = await _tap(chat, EN.text("settings-button-yes"))
    assert done == (
        f"Done: your next injection moves from {FIRST} to Thu 26 Nov, 09:00 New York time."
    )
    assert patient_row(engine, monthly_patient).time_zone == "America/New_York"
    assert _first_open_due(engine) == datetime(2026, 11, 26, 14, 0, tzinfo=UTC)


@pytest.mark.both_databases
async def test_a_trip_that_keeps_home_time_then_its_end(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """Where, until when (a past day refused), keep London time; the card shows it; end it."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/settings")
    assert "Where are you going?" in await _tap(chat, EN.text("settings-button-trip"))
    assert "On which day are you back home?" in await chat.say("New York")
    assert "after today" in await chat.say("today")
    mode = await chat.say("21 Dec")
    assert "should reminders keep London time or follow New York time?" in mode
    assert "09:00 London time is 04:00 in New York" in mode
    confirm = await _tap(chat, "Keep London time")
    assert "In New York until Mon 21 Dec, keep reminders at 09:00 London time" in confirm
    done = await _tap(chat, EN.text("settings-button-yes"))
    assert done == f"Done: your next injection stays at {FIRST} (04:00 in New York)."
    row = patient_row(engine, monthly_patient)
    assert (row.travel_zone, row.travel_mode) == ("America/New_York", "keep_home")
    card = await chat.say("/settings")
    assert "In New York until Mon 21 Dec — reminders keep London time" in card
    assert f"Next injection: {FIRST} (04:00 in New York)" in card
    assert "set:tripend" in _data(chat)
    assert "set:trip" not in _data(chat)
    confirm = await _tap(chat, EN.text("settings-button-trip-end"))
    assert confirm == "End your trip to New York? Reminders will follow London time again."
    done = await _tap(chat, EN.text("settings-button-yes"))
    assert done == (
        f"🏠 Welcome back: reminders follow London time again; your next injection: {FIRST}."
    )
    assert patient_row(engine, monthly_patient).travel_zone is None


async def test_a_trip_that_follows_local_time(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """Following New York time: the next reminder comes at 09:00 there."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/settings")
    await _tap(chat, EN.text("settings-button-trip"))
    await chat.say("New York")
    await chat.say("21 Dec")
    confirm = await _tap(chat, "Follow New York time")
    assert confirm == "In New York until Mon 21 Dec, move reminders to 09:00 New York time?"
    done = await _tap(chat, EN.text("settings-button-yes"))
    assert done == (
        f"Done: your next injection moves from {FIRST} to Thu 26 Nov, 09:00 New York time."
    )
    assert _first_open_due(engine) == datetime(2026, 11, 26, 14, 0, tzinfo=UTC)


async def test_settings_in_words(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """A time, a move and a place the patient is in, each said in words."""
    chat = SetupChat(double, PATIENT)
    assert await chat.say("remind me at 7pm") == "Change your reminder time from 09:00 to 19:00?"
    await _tap(chat, EN.text("settings-button-yes"))
    assert patient_row(engine, monthly_patient).reminder_time == time(19, 0)
    # Said to have moved: no need to ask whether it is a trip.
    confirm = await chat.say("I moved to Berlin")
    assert confirm.startswith("Change your time zone from London to Berlin?")
    await _tap(chat, EN.text("settings-button-yes"))
    assert patient_row(engine, monthly_patient).time_zone == "Europe/Berlin"
    now_in = await chat.say("I'm in New York now")
    assert now_in.endswith("Have you moved to New York, or are you travelling?")
    assert "in Berlin, your home time zone" in now_in
    assert "Travelling: keep Berlin time" in chat.labels()
    assert "for example <i>21:30</i>" in await chat.say("remind me at 25:00")


async def test_forged_and_stale_presses_and_cancel(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """A yes with no change waiting, an unknown zone, a made-up field: stale; /cancel."""
    chat = SetupChat(double, PATIENT)
    await chat.say("/settings")
    stale = EN.text("settings-stale-button")
    assert await chat.press_data("set:yes") == stale
    assert await chat.press_data("set:zone:Nowhere/Atlantis") == stale
    assert await chat.press_data("set:time:2599") == stale
    assert await chat.press_data("set:bogus:1:2") == stale
    await _tap(chat, EN.text("settings-button-time"))
    # A stale press changes nothing: the question still waits for its time.
    assert await chat.press_data("set:no") == stale
    assert await chat.say("19:30") == "Change your reminder time from 09:00 to 19:30?"
    assert await chat.say("/cancel") == "Nothing changed."
    assert await chat.press_data("set:yes") == stale
    assert patient_row(engine, monthly_patient).reminder_time == time(9, 0)


async def test_no_plan_yet(application: BotApplication, double: BotApiDouble) -> None:
    """Before any plan there are no settings to show."""
    chat = SetupChat(double, PATIENT + 1)
    assert await chat.say("/settings") == EN.text("no-plan-yet")


async def test_a_trip_said_in_words_skips_what_was_given(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """Place and return day in one message: only keep-or-follow is left to ask."""
    chat = SetupChat(double, PATIENT)
    mode = await chat.say("I'm travelling to Paris until 21 Dec")
    assert "should reminders keep London time or follow Paris time?" in mode
    confirm = await _tap(chat, "Follow Paris time")
    assert confirm == "In Paris until Mon 21 Dec, move reminders to 09:00 Paris time?"
    assert "moves from" in await _tap(chat, EN.text("settings-button-yes"))
    assert patient_row(engine, monthly_patient).travel_zone == "Europe/Paris"
    assert await chat.say("I'm back home") == (
        "End your trip to Paris? Reminders will follow London time again."
    )
    assert "Welcome back" in await _tap(chat, EN.text("settings-button-yes"))
    assert await chat.say("I'm back home") == (
        "You're not travelling: reminders follow London time."
    )


async def test_a_return_day_too_far_away_and_a_misspelt_place(
    application: BotApplication, double: BotApiDouble, monthly_patient: int
) -> None:
    """A misspelling offers the zone it resembles; a return day beyond a year is refused."""
    chat = SetupChat(double, PATIENT)
    await chat.say("I'm going to Tokyo")
    too_far = await chat.say("1 Dec 2027")
    assert too_far.startswith("A trip can last up to 366 days")
    await chat.say("/settings")
    await _tap(chat, EN.text("settings-button-zone"))
    assert "Which time zone do you mean?" in await chat.say("Lodnon")
    assert "London (Europe/London)" in chat.labels()
    assert "already your time zone" in await _tap(chat, "London (Europe/London)")


async def test_follow_up_and_booking_notice(
    application: BotApplication, double: BotApiDouble, engine: Engine, monthly_patient: int
) -> None:
    """A clinic patient sees the booking notice; both are typed, confirmed and changed."""
    with session_scope(engine) as session:
        for regimen in session.exec(select(Regimen)).all():
            regimen.giver = "clinic"
            session.add(regimen)
    chat = SetupChat(double, PATIENT)
    card = await chat.say("/settings")
    assert "Reminder to book the clinic: <b>7 days</b> before each injection" in card
    await _tap(chat, EN.text("settings-button-follow-up"))
    assert "between 15 minutes and 12 hours" in await chat.say("5 minutes")
    confirm = await chat.say("2 hours")
    assert confirm == "Change the check-in after an unanswered reminder from 3 h to 2 h?"
    done = await _tap(chat, EN.text("settings-button-yes"))
    assert done == "Done: if you don't answer a reminder, I'll check in once after <b>2 h</b>."
    await chat.say("/settings")
    await _tap(chat, EN.text("settings-button-notice"))
    assert "from 1 to 28" in await chat.say("40")
    assert "from 7 days to 10 days" in await chat.say("10 days")
    await _tap(chat, EN.text("settings-button-yes"))
    row = patient_row(engine, monthly_patient)
    assert (row.follow_up_after_minutes, row.appointment_notice_days) == (120, 10)


async def test_a_shared_location(
    application: BotApplication, double: BotApiDouble, monthly_patient: int
) -> None:
    """In London: nothing to change; in New York: moved or travelling?"""
    since = double.mark()
    await double.send_location(PATIENT, 51.5074, -0.1278)
    same = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert same.text == "You're on London time already: nothing to change."
    since = double.mark()
    await double.send_location(PATIENT, 40.7128, -74.0060)
    other = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert other.text == (
        "It is 03:00 in New York now and 08:00 in London, your home time zone. "
        "Have you moved to New York, or are you travelling?"
    )
