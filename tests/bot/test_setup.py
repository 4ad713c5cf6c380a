"""The setup conversation through the real Application: what the patient reads, what is saved."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.app import build_application
from bot.catalog import texts
from bot.context import BotApplication
from bot_api_double import BotApiDouble
from storage.models import Patient, Phase, Regimen, Reminder, ReminderKind, ScheduledDose
from tests.bot.conftest import settings_for
from tests.bot.setup_chat import SetupChat
from tests.fake_clock import FakeClock

PATIENT = 5150


@pytest.fixture
def chat(double: BotApiDouble, application: BotApplication) -> SetupChat:
    """The patient's side of the chat, with the bot running."""
    return SetupChat(double, PATIENT)


@asynccontextmanager
async def running(double: BotApiDouble, engine: Engine, clock: FakeClock) -> AsyncIterator[None]:
    """A b12bot process of its own, stopped completely when the block ends."""
    app = build_application(settings_for(double, str(engine.url)), engine, clock=clock)
    await app.initialize()
    assert app.post_init is not None
    assert app.updater is not None
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=timedelta(seconds=1))
    try:
        yield
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


def rows(engine: Engine) -> tuple[list[Regimen], list[Phase], list[ScheduledDose], list[Reminder]]:
    """Everything the plan wrote, read in a fresh session."""
    with Session(engine) as session:
        return (
            list(session.exec(select(Regimen).order_by(col(Regimen.id))).all()),
            list(session.exec(select(Phase).order_by(col(Phase.regimen_id), col(Phase.position)))),
            list(session.exec(select(ScheduledDose).order_by(col(ScheduledDose.sequence)))),
            list(session.exec(select(Reminder).order_by(col(Reminder.due_at)))),
        )


def patient_row(engine: Engine) -> Patient:
    """The one patient."""
    with Session(engine) as session:
        return session.exec(select(Patient)).one()


async def details(chat: SetupChat, *, zone: str = "London") -> str:
    """Drug, route and giver by button, then the zone as text; returns the next question."""
    await chat.press(texts.SETUP_DRUG_CYANOCOBALAMIN)
    await chat.press(texts.SETUP_BUTTON_IM)
    await chat.press(texts.SETUP_GIVER_SELF)
    return await chat.say(zone, replies=2)


async def first_injection(chat: SetupChat, day: str = "today", at: str = "9am") -> str:
    """Date the plan by its first injection; returns the summary."""
    await chat.press(texts.SETUP_BUTTON_FIRST_INJECTION)
    await chat.say(day)
    return await chat.say(at)


def dated(summary: str) -> list[str]:
    """The dates listed in the summary."""
    return [line[2:] for line in summary.splitlines() if line.startswith("• ")]


# --- Presets ----------------------------------------------------------------------------------


async def test_common_monthly_from_start_to_saved_rows(chat: SetupChat, engine: Engine) -> None:
    """/start goes straight into setup; the preset's source and numbers are shown; all is saved."""
    first = await chat.say("/start")
    assert first.startswith("Hello, Patient!")
    assert texts.SETUP_ASK_PRESET in first
    review = await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
    assert "Langan and Goodbred" in review
    assert "1. Loading: 1,000 mcg every day for 7 injections" in review
    assert "2. Transition: 1,000 mcg every week for 4 injections" in review
    assert "3. Maintenance: 1,000 mcg every 4 weeks" in review
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    assert texts.SETUP_ASK_START_FROM in await details(chat)
    summary = await first_injection(chat)
    assert (
        "1,000 mcg every day for 7 injections, then every week for 4 injections, "
        "then every 4 weeks (maintenance)" in summary
    )
    assert dated(summary) == [
        "Wed 25 Nov, 09:00",
        "Thu 26 Nov, 09:00",
        "Fri 27 Nov, 09:00",
        "Sat 28 Nov, 09:00",
        "Sun 29 Nov, 09:00",
    ]
    assert "<b>Maintenance starts:</b> Tue 26 Jan" in summary
    assert "into the muscle (IM), by yourself" in summary
    assert "Europe/London" in summary
    assert "⚠️" not in summary
    saved = await chat.press(texts.SETUP_BUTTON_CONFIRM)
    assert saved == texts.SETUP_SAVED.format(when="Wed 25 Nov, 09:00")

    regimens, phases, doses, reminders = rows(engine)
    (regimen,) = regimens
    assert (regimen.preset, regimen.drug, regimen.route, regimen.giver) == (
        "common_monthly",
        "cyanocobalamin",
        "im",
        "self",
    )
    assert (regimen.first_dose_on, regimen.last_dose_before_start_on) == (date(2026, 11, 25), None)
    assert [(p.kind, p.cadence, p.interval, p.end, p.end_value) for p in phases] == [
        ("loading", "every_n_days", 1, "after_doses", 7),
        ("transition", "every_n_days", 7, "after_doses", 4),
        ("maintenance", "every_n_days", 28, "open_ended", None),
    ]
    assert all(p.dose_amount == Decimal(1000) and p.dose_unit == "mcg" for p in phases)
    assert doses[0].due_at == datetime(2026, 11, 25, 9, tzinfo=UTC)
    assert [d.local_date for d in doses[7:12]] == [
        date(2026, 12, 8),
        date(2026, 12, 15),
        date(2026, 12, 22),
        date(2026, 12, 29),
        date(2027, 1, 26),
    ]
    dose_reminders = [r for r in reminders if r.kind == ReminderKind.DOSE]
    assert len(dose_reminders) == len(doses)
    assert dose_reminders[0].due_at == datetime(2026, 11, 25, 9, tzinfo=UTC)
    patient = patient_row(engine)
    assert (patient.time_zone, patient.reminder_time) == ("Europe/London", time(9))


@pytest.mark.parametrize("months", [2, 3])
async def test_uk_hydroxocobalamin_asks_for_the_maintenance_interval(
    chat: SetupChat, engine: Engine, months: int
) -> None:
    """The UK preset never assumes 2 or 3 months; the answer is shown and saved."""
    await chat.say("/regimen")
    asked = await chat.press(texts.PRESET_UK_HYDROXOCOBALAMIN_NAME)
    assert asked == texts.PRESET_NEEDS_MONTHS
    review = await chat.press(texts.SETUP_BUTTON_EVERY_N_MONTHS.format(months=months))
    assert "British National Formulary" in review
    assert "1. Loading: 1 mg every Mon, Wed and Fri for 2 weeks" in review
    assert f"2. Maintenance: 1 mg every {months} months" in review
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await details(chat, zone="Europe/Berlin")
    summary = await first_injection(chat, day="2026-11-30", at="21:30")
    # Berlin is UTC+1 in winter: 21:30 local is stored as 20:30 UTC.
    assert dated(summary)[:3] == ["Mon 30 Nov, 21:30", "Wed 2 Dec, 21:30", "Fri 4 Dec, 21:30"]
    maintenance = "Thu 11 Feb" if months == 2 else "Thu 11 Mar"
    assert f"<b>Maintenance starts:</b> {maintenance}" in summary
    await chat.press(texts.SETUP_BUTTON_CONFIRM)
    _, phases, doses, _ = rows(engine)
    assert [(p.cadence, p.interval, p.weekdays) for p in phases] == [
        ("on_weekdays", None, "0,2,4"),
        ("every_n_months", months, None),
    ]
    assert doses[0].due_at == datetime(2026, 11, 30, 20, 30, tzinfo=UTC)
    assert patient_row(engine).time_zone == "Europe/Berlin"


async def test_uk_neuro_maintenance_waits_for_the_clinician(
    chat: SetupChat, engine: Engine
) -> None:
    """An open-ended loading phase: maintenance starts when the clinician switches the patient."""
    await chat.say("/regimen")
    review = await chat.press(texts.PRESET_UK_HYDROXOCOBALAMIN_NEURO_NAME)
    assert "until your clinician sees no further improvement" in review
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await details(chat)
    summary = await first_injection(chat, day="tomorrow", at="8:15")
    assert dated(summary) == [
        "Thu 26 Nov, 08:15",
        "Sat 28 Nov, 08:15",
        "Mon 30 Nov, 08:15",
        "Wed 2 Dec, 08:15",
        "Fri 4 Dec, 08:15",
    ]
    assert texts.SETUP_MAINTENANCE_ON_SWITCH in summary
    await chat.press(texts.SETUP_BUTTON_CONFIRM)
    _, phases, _, _ = rows(engine)
    assert [p.end for p in phases] == ["until_no_further_improvement", "open_ended"]


async def test_maintenance_only_asks_dose_and_last_injection(
    chat: SetupChat, engine: Engine
) -> None:
    """The dose is asked (a bare number gets the unit question); the date is the last injection."""
    await chat.say("/regimen")
    assert await chat.press(texts.PRESET_MAINTENANCE_ONLY_NAME) == texts.SETUP_ASK_PRESET_DOSE
    reasked = await chat.say("1000")
    assert reasked.startswith(texts.DOSE_NEEDS_UNIT)
    assert reasked.endswith(texts.SETUP_ASK_PRESET_DOSE)
    review = await chat.say("1 mg")
    assert "1. Maintenance: 1 mg every 4 weeks" in review
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    assert await details(chat) == texts.SETUP_ASK_LAST_DATE
    assert (await chat.say("tomorrow")).startswith(texts.DATE_IN_FUTURE)
    await chat.say("20 November")
    summary = await chat.say("9am")
    assert dated(summary)[:2] == ["Fri 18 Dec, 09:00", "Fri 15 Jan, 09:00"]
    assert texts.SETUP_MAINTENANCE_FROM_START in summary
    await chat.press(texts.SETUP_BUTTON_CONFIRM)
    regimens, phases, doses, _ = rows(engine)
    assert (regimens[0].first_dose_on, regimens[0].last_dose_before_start_on) == (
        None,
        date(2026, 11, 20),
    )
    assert (phases[0].dose_amount, phases[0].dose_unit, phases[0].anchor) == (
        Decimal(1),
        "mg",
        "from_last_injection",
    )
    # The last injection is a done dose of maintenance; the plan's own doses follow it.
    last, first = doses[:2]
    assert (last.sequence, last.status, last.number_in_phase) == (-1, "done", 1)
    assert last.local_date == date(2026, 11, 20)
    assert last.taken_at == datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    assert (first.local_date, first.number_in_phase, first.status) == (
        date(2026, 12, 18),
        2,
        "scheduled",
    )
    assert regimens[0].numbered_after == 1


async def test_an_ambiguous_date_is_asked_back_and_a_long_gap_is_flagged(chat: SetupChat) -> None:
    """'3/4/26' offers both readings; a dose overdue by weeks is said plainly, not advised."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_MAINTENANCE_ONLY_NAME)
    await chat.say("1000 mcg")
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await details(chat)
    question = await chat.say("3/4/26")
    assert question == texts.SETUP_ASK_WHICH_DATE.format(
        first="Fri 3 Apr 2026", second="Wed 4 Mar 2026"
    )
    assert chat.labels() == ["Fri 3 Apr 2026", "Wed 4 Mar 2026"]
    assert await chat.press("Wed 4 Mar 2026") == texts.SETUP_ASK_TIME
    summary = await chat.say("9am")
    assert dated(summary)[0] == "Wed 1 Apr, 09:00"
    assert "already due on Wed 1 Apr" in summary
    assert "ask your clinician or nurse" in summary


async def test_custom_plan_with_weekdays_and_a_second_phase(
    chat: SetupChat, engine: Engine
) -> None:
    """Phase by phase: kind, weekday ticks, a count, a dose; then monthly maintenance."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_CUSTOM_NAME)
    await chat.press(texts.PLAN_KIND_LOADING)
    await chat.press(texts.SETUP_BUTTON_WEEKDAYS)
    for day in ("Tue", "Thu", "Sat"):
        await chat.press_quietly(day)
    await chat.press_quietly("✓ Sat")  # untick
    assert "✓ Tue" in chat.labels()
    assert "Sat" in chat.labels()
    await chat.press(texts.SETUP_BUTTON_DONE)
    await chat.press(texts.SETUP_BUTTON_END_INJECTIONS)
    await chat.say("6")
    more = await chat.say("1000 mcg")
    assert "1. Loading: 1,000 mcg every Tue and Thu for 6 injections" in more
    await chat.press(texts.SETUP_BUTTON_ADD_ANOTHER)
    await chat.press(texts.PLAN_KIND_MAINTENANCE)
    await chat.press(texts.SETUP_BUTTON_MONTHS)
    await chat.say("1")
    await chat.press(texts.SETUP_BUTTON_END_OPEN)
    more = await chat.press(texts.SETUP_BUTTON_SAME_DOSE.format(position=1, dose="1,000 mcg"))
    assert "2. Maintenance: 1,000 mcg every month" in more
    await chat.press(texts.SETUP_BUTTON_THATS_ALL)
    await details(chat, zone="UTC+2")
    summary = await first_injection(chat, day="today", at="7pm")
    assert dated(summary) == [
        "Thu 26 Nov, 19:00",
        "Tue 1 Dec, 19:00",
        "Thu 3 Dec, 19:00",
        "Tue 8 Dec, 19:00",
        "Thu 10 Dec, 19:00",
    ]
    assert "<b>Maintenance starts:</b> Fri 15 Jan" in summary
    assert "UTC+2" in summary
    await chat.press(texts.SETUP_BUTTON_CONFIRM)
    regimens, phases, doses, _ = rows(engine)
    assert regimens[0].preset == "custom"
    assert [(p.kind, p.cadence, p.weekdays, p.interval, p.end, p.end_value) for p in phases] == [
        ("loading", "on_weekdays", "1,3", None, "after_doses", 6),
        ("maintenance", "every_n_months", None, 1, "open_ended", None),
    ]
    assert doses[0].due_at == datetime(2026, 11, 26, 17, tzinfo=UTC)
    assert patient_row(engine).time_zone == "Etc/GMT-2"


async def test_editing_a_preset_number_and_a_plan_the_domain_refuses(chat: SetupChat) -> None:
    """Change one phase's count, keeping the rest; a phase out of order is explained."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
    await chat.press(texts.SETUP_BUTTON_CHANGE_NUMBERS)
    await chat.press(texts.SETUP_BUTTON_CHANGE_PHASE.format(position=1))
    await chat.press(texts.SETUP_BUTTON_KEEP.format(value="every day"))
    await chat.press(texts.SETUP_BUTTON_END_INJECTIONS)
    await chat.say("5")
    editor = await chat.press(texts.SETUP_BUTTON_KEEP.format(value="1,000 mcg"))
    assert "1. Loading: 1,000 mcg every day for 5 injections" in editor
    await chat.press(texts.SETUP_BUTTON_ADD_PHASE)
    await chat.press(texts.PLAN_KIND_LOADING)
    await chat.press(texts.SETUP_BUTTON_DAILY)
    await chat.press(texts.SETUP_BUTTON_END_INJECTIONS)
    await chat.say("3")
    await chat.press(texts.SETUP_BUTTON_SAME_DOSE.format(position=3, dose="1,000 mcg"))
    refused = await chat.press(texts.SETUP_BUTTON_DONE)
    assert refused.startswith(
        texts.SETUP_PLAN_PROBLEM.format(problem=texts.MAINTENANCE_NOT_LAST.format(position=3))
    )
    await chat.press(texts.SETUP_BUTTON_REMOVE_PHASE.format(position=4))
    assert await chat.press(texts.SETUP_BUTTON_DONE) == texts.SETUP_ASK_DRUG_SUGGESTED.format(
        drug="cyanocobalamin"
    )


# --- Wrong answers, route, zone -----------------------------------------------------------------


async def test_every_free_text_step_re_asks_with_an_example(chat: SetupChat) -> None:
    """A wrong answer gets what was wrong and the same question; the next good one goes on."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_CUSTOM_NAME)
    await chat.press(texts.PLAN_KIND_LOADING)
    await chat.press(texts.SETUP_BUTTON_OTHER_DAYS)
    wrong = await chat.say("often")
    assert wrong == f"{texts.COUNT_UNRECOGNISED}\n\n{texts.SETUP_ASK_INTERVAL_DAYS}"
    await chat.say("3")
    await chat.press(texts.SETUP_BUTTON_END_DURATION)
    wrong = await chat.say("2 months")
    assert wrong == f"{texts.SETUP_DURATION_IN_DAYS_OR_WEEKS}\n\n{texts.SETUP_ASK_DURATION}"
    await chat.say("2 weeks")
    wrong = await chat.say("a lot")
    assert wrong.startswith(texts.DOSE_UNRECOGNISED)
    assert "Phase 1 (loading): how much is each injection?" in wrong
    more = await chat.say("1000 mcg")
    assert "1. Loading: 1,000 mcg every 3 days for 2 weeks" in more
    await chat.press(texts.SETUP_BUTTON_ADD_ANOTHER)
    await chat.press(texts.PLAN_KIND_MAINTENANCE)
    await chat.press(texts.SETUP_BUTTON_MONTHS)
    assert (await chat.say("99")).startswith(
        texts.COUNT_OUT_OF_RANGE.format(minimum=1, maximum=24, example=7)
    )
    await chat.say("2")
    await chat.press(texts.SETUP_BUTTON_END_INJECTIONS)
    assert (await chat.say("none")).startswith(texts.COUNT_UNRECOGNISED)
    await chat.say("10")
    await chat.say("1 mg")
    await chat.press(texts.SETUP_BUTTON_THATS_ALL)
    await chat.press(texts.SETUP_DRUG_HYDROXOCOBALAMIN)
    wrong = await chat.say("in my arm somehow")
    assert wrong == f"{texts.SETUP_ROUTE_UNRECOGNISED}\n\n{texts.SETUP_ASK_ROUTE}"
    assert await chat.say("deep SC") == texts.SETUP_ASK_GIVER
    await chat.press(texts.SETUP_GIVER_CLINIC)
    assert (await chat.say("Middle of nowhere")).startswith(texts.ZONE_UNRECOGNISED)
    assert await chat.say("Mountain") == texts.SETUP_ASK_ZONE_CHOICE
    assert chat.labels() == ["America/Denver", "America/Phoenix", texts.SETUP_BUTTON_NONE_OF_THESE]
    assert await chat.press("America/Phoenix", replies=2) == texts.SETUP_ASK_START_FROM
    assert await chat.say("/back") == texts.SETUP_ASK_ZONE_CHOICE
    assert await chat.say("/back") == texts.SETUP_ASK_ZONE
    await chat.say("Tokyo", replies=2)
    await chat.press(texts.SETUP_BUTTON_FIRST_INJECTION)
    assert (await chat.say("soonish")).startswith(texts.DATE_UNRECOGNISED)
    assert (await chat.say("31 February")).startswith("February has no day 31")
    await chat.say("1 Dec")
    wrong = await chat.say("25:00")
    assert wrong == f"{texts.TIME_BAD_HOUR}\n\n{texts.SETUP_ASK_TIME}"
    summary = await chat.say("7:30")
    assert (
        "1,000 mcg every 3 days for 2 weeks, then 1 mg every 2 months for 10 injections" in summary
    )
    assert "deep under the skin (deep SC), by a nurse or clinic" in summary
    assert dated(summary)[0] == "Tue 1 Dec, 07:30"


async def test_buttons_only_steps_ask_for_a_button(chat: SetupChat) -> None:
    """Text where a choice is expected shows the buttons again instead of going elsewhere."""
    await chat.say("/regimen")
    reply = await chat.say("the monthly one")
    assert reply.startswith(texts.SETUP_USE_BUTTONS)
    assert texts.PRESET_COMMON_MONTHLY_NAME in chat.labels()


async def test_tablets_get_a_kind_explanation(chat: SetupChat, engine: Engine) -> None:
    """'tablets' at the route step: the bot is for injections; the route buttons stay."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await chat.press(texts.SETUP_DRUG_CYANOCOBALAMIN)
    reply = await chat.say("I take tablets")
    assert reply == texts.SETUP_ROUTE_NOT_INJECTION
    assert chat.labels() == [texts.SETUP_BUTTON_IM, texts.SETUP_BUTTON_DEEP_SC]
    assert await chat.press(texts.SETUP_BUTTON_IM) == texts.SETUP_ASK_GIVER
    assert rows(engine)[0] == []


async def test_location_at_sea_offers_utc_offsets(
    chat: SetupChat, double: BotApiDouble, engine: Engine
) -> None:
    """A shared location with no land zone (mid-Atlantic) falls back to UTC-12 … UTC+14."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_UK_HYDROXOCOBALAMIN_NEURO_NAME)
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await chat.press(texts.SETUP_DRUG_HYDROXOCOBALAMIN)
    await chat.press(texts.SETUP_BUTTON_IM)
    zone_question = await chat.press(texts.SETUP_GIVER_CAREGIVER)
    assert zone_question == texts.SETUP_ASK_ZONE
    asked = double.calls_to("sendMessage")[-1].params["reply_markup"]
    assert asked["keyboard"][0][0] == {
        "text": texts.SETUP_BUTTON_SHARE_LOCATION,
        "request_location": True,
    }
    since = double.mark()
    await double.send_location(PATIENT, 30.0, -40.0)
    offered = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert offered.text == texts.SETUP_ZONE_FROM_LOCATION_UNKNOWN.format(utc="08:00")
    labels = chat.labels()
    assert (labels[0], labels[12], labels[-1], len(labels)) == ("UTC-12", "UTC", "UTC+14", 27)
    assert chat.button("UTC-5")[1] == "setup:zone:Etc/GMT+5"
    confirmed = await chat.press("UTC-5", replies=2)
    assert confirmed == texts.SETUP_ASK_START_FROM
    summary = await first_injection(chat, day="today", at="9am")
    assert dated(summary)[0] == "Wed 25 Nov, 09:00"
    await chat.press(texts.SETUP_BUTTON_CONFIRM)
    assert patient_row(engine).time_zone == "Etc/GMT+5"
    assert rows(engine)[2][0].due_at == datetime(2026, 11, 25, 14, tzinfo=UTC)


async def test_shared_location_sets_the_zone_of_that_city(
    chat: SetupChat, double: BotApiDouble, engine: Engine
) -> None:
    """A location shared from New York sets America/New_York and shows the time there."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_UK_HYDROXOCOBALAMIN_NEURO_NAME)
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await chat.press(texts.SETUP_DRUG_HYDROXOCOBALAMIN)
    await chat.press(texts.SETUP_BUTTON_IM)
    await chat.press(texts.SETUP_GIVER_CAREGIVER)
    since = double.mark()
    await double.send_location(PATIENT, 40.7128, -74.0060)
    confirmed = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert confirmed.text is not None
    assert "America/New_York" in confirmed.text or "New York" in confirmed.text
    assert "03:00" in confirmed.text
    await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: c.text == texts.SETUP_ASK_START_FROM
    )
    summary = await first_injection(chat, day="today", at="9am")
    assert dated(summary)[0] == "Wed 25 Nov, 09:00"
    await chat.press(texts.SETUP_BUTTON_CONFIRM)
    assert patient_row(engine).time_zone == "America/New_York"


# --- Leaving, going back, restarting, stale buttons ---------------------------------------------


async def test_cancel_leaves_and_saves_nothing(chat: SetupChat, engine: Engine) -> None:
    """/cancel at a late step: nothing is saved and answers are no longer taken as setup."""
    await chat.say("/start")
    await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await details(chat)
    await chat.press(texts.SETUP_BUTTON_FIRST_INJECTION)
    await chat.say("today")
    assert await chat.say("/cancel") == texts.SETUP_CANCELLED
    assert rows(engine) == ([], [], [], [])
    assert await chat.press_data("setup:summary:ok") == texts.SETUP_FINISHED_BUTTON
    assert rows(engine)[0] == []


async def test_back_returns_one_step_at_a_time(chat: SetupChat) -> None:
    """/back re-asks the previous question with its earlier answers undone."""
    await chat.say("/regimen")
    assert await chat.say("/back") == (
        f"{texts.SETUP_NOTHING_TO_GO_BACK}\n\n{texts.SETUP_ASK_PRESET}"
    )
    await chat.press(texts.PRESET_UK_HYDROXOCOBALAMIN_NAME)
    await chat.press(texts.SETUP_BUTTON_EVERY_N_MONTHS.format(months=3))
    assert await chat.say("/back") == texts.PRESET_NEEDS_MONTHS
    review = await chat.press(texts.SETUP_BUTTON_EVERY_N_MONTHS.format(months=2))
    assert "every 2 months" in review
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await details(chat)
    await chat.press(texts.SETUP_BUTTON_LAST_INJECTION)
    await chat.say("yesterday")
    assert await chat.say("/back") == texts.SETUP_ASK_LAST_DATE
    assert await chat.say("/back") == texts.SETUP_ASK_START_FROM
    await chat.press(texts.SETUP_BUTTON_FIRST_INJECTION)
    resumed = await chat.say("/start")
    assert resumed.startswith("Welcome back, Patient.")
    assert resumed.endswith(f"{texts.SETUP_RESUME}\n\n{texts.SETUP_ASK_FIRST_DATE}")
    await chat.say("today")
    summary = await chat.say("10:00")
    assert "then every 2 months (maintenance)" in summary
    assert dated(summary)[0] == "Wed 25 Nov, 10:00"


async def test_a_restart_mid_setup_resumes_at_the_same_step(
    double: BotApiDouble, engine: Engine, clock: FakeClock
) -> None:
    """Stop the bot after the date, start a new one on the same database: the time is next."""
    chat = SetupChat(double, PATIENT)
    async with running(double, engine, clock):
        await chat.say("/start")
        await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
        await chat.press(texts.SETUP_BUTTON_MATCHES)
        await details(chat, zone="America/New_York")
        await chat.press(texts.SETUP_BUTTON_FIRST_INJECTION)
        assert await chat.say("30 Nov") == texts.SETUP_ASK_TIME
    async with running(double, engine, clock):
        summary = await chat.say("6pm")
        assert dated(summary)[0] == "Mon 30 Nov, 18:00"
        assert "America/New_York" in summary
        assert "Cyanocobalamin" in summary
        await chat.press(texts.SETUP_BUTTON_CONFIRM)
    regimens, _, doses, _ = rows(engine)
    assert regimens[0].first_dose_on == date(2026, 11, 30)
    assert doses[0].due_at == datetime(2026, 11, 30, 23, tzinfo=UTC)


async def test_stale_and_forged_buttons_change_nothing(chat: SetupChat, engine: Engine) -> None:
    """Buttons of earlier steps or with made-up values get a note; the step stays as it was."""
    await chat.say("/regimen")
    await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
    await chat.press(texts.SETUP_BUTTON_CHANGE_NUMBERS)
    for forged in ("setup:editor:c9", "setup:editor:r0x", "setup:preset:common_monthly"):
        assert await chat.press_data(forged) == texts.SETUP_STALE_BUTTON
    assert await chat.press_data("setup:kind:loading") == texts.SETUP_STALE_BUTTON
    await chat.press(texts.SETUP_BUTTON_DONE)
    for forged in ("setup:drug:aspirin", "setup:summary:ok", "setup:zone:Etc/GMT-2"):
        assert await chat.press_data(forged) == texts.SETUP_STALE_BUTTON
    await chat.press(texts.SETUP_DRUG_CYANOCOBALAMIN)
    await chat.press(texts.SETUP_BUTTON_IM)
    await chat.press(texts.SETUP_GIVER_SELF)
    await chat.say("London", replies=2)
    await chat.press(texts.SETUP_BUTTON_FIRST_INJECTION)
    await chat.say("1/2/27")
    assert await chat.press_data("setup:date:2027-05-05") == texts.SETUP_STALE_BUTTON
    await chat.press("Mon 1 Feb 2027")
    summary = await chat.say("9am")
    assert dated(summary)[0] == "Mon 1 Feb, 09:00"
    assert rows(engine)[0] == []


async def test_regimen_with_a_plan_saves_a_new_version(chat: SetupChat, engine: Engine) -> None:
    """A change asks where the new plan starts, keeps history and withdraws the old open doses."""
    await chat.say("/start")
    await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await details(chat)
    await first_injection(chat)
    await chat.press(texts.SETUP_BUTTON_CONFIRM)
    assert (await chat.say("/start")).startswith("Welcome back")
    first = await chat.say("/regimen")
    assert first.startswith(texts.SETUP_INTRO_CHANGE)
    await chat.press(texts.PRESET_MAINTENANCE_ONLY_NAME)
    await chat.say("1000 mcg")
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await details(chat)
    await chat.say("today")
    summary = await chat.say("9am")
    assert dated(summary)[0] == "Wed 23 Dec, 09:00"
    await chat.press(texts.SETUP_BUTTON_CONFIRM)
    regimens, _, doses, reminders = rows(engine)
    assert [r.preset for r in regimens] == ["common_monthly", "maintenance_only"]
    assert regimens[0].replaced_at is not None
    assert regimens[1].replaced_at is None
    old = [d for d in doses if d.regimen_id == regimens[0].id]
    assert old
    assert all(d.status == "cancelled" for d in old)
    live = [r for r in reminders if r.status == "pending" and r.dose_id is not None]
    assert {r.dose_id for r in live} <= {d.id for d in doses if d.regimen_id == regimens[1].id}
    offers = [r for r in reminders if r.status == "pending" and r.kind == "symptom_check_in"]
    assert len(offers) == 1


async def test_change_mid_treatment_can_start_from_the_next_injection(
    chat: SetupChat, engine: Engine
) -> None:
    """With a plan in force, the start question offers next or last injection."""
    await chat.say("/start")
    await chat.press(texts.PRESET_COMMON_MONTHLY_NAME)
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    await details(chat)
    await first_injection(chat)
    await chat.press(texts.SETUP_BUTTON_CONFIRM)
    await chat.say("/regimen")
    await chat.press(texts.PRESET_UK_HYDROXOCOBALAMIN_NEURO_NAME)
    await chat.press(texts.SETUP_BUTTON_MATCHES)
    assert await details(chat) == texts.SETUP_ASK_START_FROM_CHANGE
    await chat.press(texts.SETUP_BUTTON_FROM_NEXT)
    await chat.say("27 Nov")
    summary = await chat.say("9am")
    assert dated(summary)[0] == "Fri 27 Nov, 09:00"
    assert await chat.say("/cancel") == texts.SETUP_CANCELLED_PLAN_KEPT
    assert [r.preset for r in rows(engine)[0]] == ["common_monthly"]
