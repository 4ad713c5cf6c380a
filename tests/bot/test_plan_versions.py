"""Issue 11, items 3, 4 and 9: /next and /status tell the truth across plan versions and switches.

A new plan version carries the patient's phase on (or starts it again, as they choose); the
phase after a clinician's switch counts from the last injection; a last injection given at
setup is a done dose.
"""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot.domain.presets import preset
from bot_api_double import BotApiDouble
from storage.models import DoseStatus, Regimen, ScheduledDose
from tests.bot.conftest import reminders_settled
from tests.bot.patients import patient_with_plan
from tests.bot.setup_chat import SetupChat
from tests.bot.test_setup import PATIENT, chat, dated, details, first_injection
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

__all__ = ["chat"]


def _versions(engine: Engine) -> list[Regimen]:
    """Every plan version, oldest first."""
    with Session(engine) as session:
        return list(session.exec(select(Regimen).order_by(col(Regimen.id))).all())


def _doses(engine: Engine, regimen_id: int) -> list[ScheduledDose]:
    """One version's doses not withdrawn, in plan order."""
    with Session(engine) as session:
        statement = (
            select(ScheduledDose)
            .where(
                ScheduledDose.regimen_id == regimen_id,
                ScheduledDose.status != DoseStatus.CANCELLED,
            )
            .order_by(col(ScheduledDose.sequence))
        )
        return list(session.exec(statement).all())


async def _done_at(
    application: BotApplication, double: BotApiDouble, clock: FakeClock, at: datetime
) -> None:
    """Move to `at`, let the reminder go out, and say "done" to it."""
    clock.set(at)
    await rearm_reminders(application)
    await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        predicate=lambda c: "Time for" in (c.text or "") and "B12" in (c.text or ""),
    )
    await reminders_settled(application)
    since = double.mark()
    await double.send_text(PATIENT, "done")
    await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    await reminders_settled(application)


async def _monthly_with_dose_one_done(
    chat: SetupChat, application: BotApplication, double: BotApiDouble, clock: FakeClock
) -> str:
    """Common monthly from today 09:00, dose 1 done; then /regimen with the same plan.

    Returns the question asked after the zone.
    """
    await chat.say("/start")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await first_injection(chat)
    await chat.press(EN.text("setup-button-confirm"))
    await _done_at(application, double, clock, datetime(2026, 11, 25, 9, 30, tzinfo=UTC))
    await chat.say("/regimen")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    return await details(chat)


async def test_changing_only_the_time_carries_the_loading_phase_on(
    chat: SetupChat,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
) -> None:
    """Same plan, 10:00 instead of 09:00: dose 2 of 7 next, and the done dose still counts."""
    question = await _monthly_with_dose_one_done(chat, application, double, clock)
    assert "<b>Loading phase, dose 1 of 7</b> (Wed 25 Nov)" in question
    assert chat.labels() == [
        EN.text("setup-button-carry-on"),
        EN.text("setup-button-restart-phase", phase="loading"),
    ]
    assert await chat.press(EN.text("setup-button-carry-on")) == EN.text("setup-ask-time")
    summary = await chat.say("10am")
    assert dated(summary)[:2] == ["Thu 26 Nov, 10:00", "Fri 27 Nov, 10:00"]
    saved = await chat.press(EN.text("setup-button-confirm"))
    assert saved == EN.text("setup-saved", when="Thu 26 Nov, 10:00")

    next_answer = await double.reply_to(PATIENT, "/next")
    assert "<b>Thu 26 Nov, 10:00</b>" in next_answer
    assert "loading phase, dose 2 of 7" in next_answer
    status = await double.reply_to(PATIENT, "/status")
    assert "<b>Now: Loading phase</b>\nInjections done: 1 (late: 0)" in status
    assert "Before this phase" not in status

    old, new = _versions(engine)
    assert old.id is not None
    assert new.id is not None
    assert (new.start_position, new.numbered_after, new.continues_position) == (0, 1, 0)
    assert new.last_dose_before_start_on == date(2026, 11, 25)
    [kept] = _doses(engine, old.id)
    assert (kept.status, kept.number_in_phase) == (DoseStatus.DONE, 1)
    planned = _doses(engine, new.id)
    loading = [dose for dose in planned if dose.phase_kind == "loading"]
    assert [(d.number_in_phase, d.count_in_phase) for d in loading] == [(n, 7) for n in range(2, 8)]
    assert planned[len(loading)].phase_kind == "transition"


async def test_starting_the_phase_again_keeps_the_done_dose_in_status(
    chat: SetupChat,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
) -> None:
    """Start loading again from Fri 27 Nov: dose 1 of 7 then; the earlier dose is still shown."""
    await _monthly_with_dose_one_done(chat, application, double, clock)
    restart = EN.text("setup-button-restart-phase", phase="loading")
    assert await chat.press(restart) == EN.text("setup-ask-first-date")
    await chat.say("27 Nov")
    summary = await chat.say("9am")
    assert dated(summary)[0] == "Fri 27 Nov, 09:00"
    await chat.press(EN.text("setup-button-confirm"))

    assert "loading phase, dose 1 of 7" in await double.reply_to(PATIENT, "/next")
    status = await double.reply_to(PATIENT, "/status")
    assert "Injections done: 0" in status
    assert EN.text("status-earlier") in status
    assert "\nLoading phase: 1 done, 0 skipped, 0 missed" in status
    new = _versions(engine)[1]
    assert (new.start_position, new.numbered_after, new.continues_position) == (0, 0, None)


async def test_switch_after_a_dose_that_day_counts_two_months_from_it(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
) -> None:
    """Done Wed 3 and Fri 5 Feb, /switch on Fri 5 Feb: dose 1 on Mon 5 Apr (09:00 BST)."""
    clock.set(datetime(2027, 2, 3, 8, 0, tzinfo=UTC))
    patient_with_plan(
        engine,
        chat_id=PATIENT,
        phases=preset("uk_hydroxocobalamin_neuro").build(),
        now=clock(),
        first_dose_on=date(2027, 2, 3),
    )
    await _done_at(application, double, clock, datetime(2027, 2, 3, 9, 30, tzinfo=UTC))
    await _done_at(application, double, clock, datetime(2027, 2, 5, 9, 30, tzinfo=UTC))

    answer = await double.reply_to(PATIENT, "/switch")
    assert "switched you on Fri 5 Feb" in answer
    assert "your next injection: <b>Mon 5 Apr, 09:00</b>" in answer
    next_answer = await double.reply_to(PATIENT, "/next")
    assert "maintenance phase, dose 1." in next_answer
    again = await double.reply_to(PATIENT, "/switch")
    assert again == EN.text("switch-last-phase", phase="maintenance")
    assert "planned end" not in again
    status = await double.reply_to(PATIENT, "/status")
    assert "<b>Now: Maintenance phase</b>\nInjections done: 0" in status
    assert "\nLoading phase: 2 done, 0 skipped, 0 missed" in status

    [regimen] = _versions(engine)
    assert regimen.id is not None
    doses = _doses(engine, regimen.id)
    assert [(d.phase_kind, d.number_in_phase, d.status) for d in doses[:3]] == [
        ("loading", 1, DoseStatus.DONE),
        ("loading", 2, DoseStatus.DONE),
        ("maintenance", 1, DoseStatus.SCHEDULED),
    ]
    assert doses[2].due_at == datetime(2027, 4, 5, 8, 0, tzinfo=UTC)


@pytest.mark.both_databases
async def test_maintenance_only_counts_the_last_injection_given_at_setup(
    chat: SetupChat, double: BotApiDouble, engine: Engine
) -> None:
    """Last injection Fri 20 Nov: it is done dose 1, the next is dose 2 on Fri 18 Dec."""
    await chat.say("/start")
    await chat.press(EN.text("preset-maintenance-only-name"))
    await chat.say("1000 mcg")
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await chat.say("20 Nov")
    await chat.say("9am")
    await chat.press(EN.text("setup-button-confirm"))

    next_answer = await double.reply_to(PATIENT, "/next")
    assert "<b>Fri 18 Dec, 09:00</b>" in next_answer
    assert "maintenance phase, dose 2." in next_answer
    status = await double.reply_to(PATIENT, "/status")
    assert "Injections done: 1 (late: 0)" in status
    [regimen] = _versions(engine)
    assert regimen.id is not None
    last = _doses(engine, regimen.id)[0]
    assert (last.local_date, last.status, last.sequence) == (date(2026, 11, 20), "done", -1)


async def test_a_reminder_from_before_a_plan_change_still_answers_its_injection(
    chat: SetupChat,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    engine: Engine,
) -> None:
    """Dose 2's reminder came under the old version; after "carry on" it is not sent again,
    and Done on it records the same injection (same day, phase, number) in the new version."""
    await _monthly_with_dose_one_done(chat, application, double, clock)
    await chat.press(EN.text("setup-button-carry-on"))
    await chat.say("10am")
    await chat.press(EN.text("setup-button-confirm"))
    clock.set(datetime(2026, 11, 26, 10, 0, tzinfo=UTC))
    await rearm_reminders(application)
    old_reminder = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "dose 2 of 7" in (c.text or "")
    )
    await reminders_settled(application)
    message = [m for m in double.sent_messages(PATIENT) if "dose 2 of 7" in m["text"]][-1]
    assert old_reminder.text == message["text"]

    clock.set(datetime(2026, 11, 26, 10, 30, tzinfo=UTC))
    await chat.say("/regimen")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await chat.press(EN.text("setup-button-carry-on"))
    await chat.say("10am")
    saved = await chat.press(EN.text("setup-button-confirm"))
    await reminders_settled(application)
    assert saved == EN.text("setup-saved-reminder-stands", days="Thu 26 Nov") + EN.text(
        "setup-saved-next", when="Fri 27 Nov, 10:00"
    )
    # The injection is not reminded about a second time.
    reminders = [m for m in double.sent_messages(PATIENT) if "dose 2 of 7" in m["text"]]
    assert len(reminders) == 1

    rows = message["reply_markup"]["inline_keyboard"]
    [done] = [
        b["callback_data"] for row in rows for b in row if b["text"] == EN.text("button-done")
    ]
    since = double.mark()
    await double.press_button(PATIENT, message["message_id"], done)
    answer = await double.wait_for("answerCallbackQuery", since=since)
    assert answer.params.get("text") == EN.text("dose-button-recorded")
    *_, newest = _versions(engine)
    assert newest.id is not None
    second = [
        dose
        for dose in _doses(engine, newest.id)
        if (dose.phase_kind, dose.number_in_phase) == ("loading", 2)
    ]
    assert [(dose.local_date, dose.status) for dose in second] == [
        (date(2026, 11, 26), DoseStatus.DONE)
    ]
