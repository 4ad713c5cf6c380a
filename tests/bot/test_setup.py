"""The setup conversation through the real Application: what the patient reads, what is saved."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.app import build_application
from bot.context import BotApplication
from bot_api_double import BotApiDouble
from storage.models import Patient, Phase, Regimen, Reminder, ReminderKind, ScheduledDose
from tests.bot.conftest import settings_for
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

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
    await chat.press(EN.text("setup-drug-cyanocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    await chat.press(EN.text("setup-giver-self"))
    return await chat.say(zone, replies=2)


async def first_injection(chat: SetupChat, day: str = "today", at: str = "9am") -> str:
    """Date the plan by its first injection; returns the summary."""
    await chat.press(EN.text("setup-button-first-injection"))
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
    assert EN.text("setup-ask-preset") in first
    review = await chat.press(EN.text("preset-common-monthly-name"))
    assert "Langan and Goodbred" in review
    assert "1. Loading: 1,000 mcg every day for 7 injections" in review
    assert "2. Transition: 1,000 mcg every week for 4 injections" in review
    assert "3. Maintenance: 1,000 mcg every 4 weeks" in review
    await chat.press(EN.text("setup-button-matches"))
    assert EN.text("setup-ask-start-from") in await details(chat)
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
    saved = await chat.press(EN.text("setup-button-confirm"))
    assert saved == EN.text("setup-saved", when="Wed 25 Nov, 09:00")

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
    asked = await chat.press(EN.text("preset-uk-hydroxocobalamin-name"))
    assert asked == EN.text("preset-needs-months")
    review = await chat.press(EN.text("setup-button-every-n-months", months=months))
    assert "British National Formulary" in review
    assert "1. Loading: 1 mg every Mon, Wed and Fri for 2 weeks" in review
    assert f"2. Maintenance: 1 mg every {months} months" in review
    await chat.press(EN.text("setup-button-matches"))
    await details(chat, zone="Europe/Berlin")
    summary = await first_injection(chat, day="2026-11-30", at="21:30")
    # Berlin is UTC+1 in winter: 21:30 local is stored as 20:30 UTC.
    assert dated(summary)[:3] == ["Mon 30 Nov, 21:30", "Wed 2 Dec, 21:30", "Fri 4 Dec, 21:30"]
    maintenance = "Thu 11 Feb" if months == 2 else "Thu 11 Mar"
    assert f"<b>Maintenance starts:</b> {maintenance}" in summary
    await chat.press(EN.text("setup-button-confirm"))
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
    review = await chat.press(EN.text("preset-uk-hydroxocobalamin-neuro-name"))
    assert "until your clinician sees no further improvement" in review
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    summary = await first_injection(chat, day="tomorrow", at="8:15")
    assert dated(summary) == [
        "Thu 26 Nov, 08:15",
        "Sat 28 Nov, 08:15",
        "Mon 30 Nov, 08:15",
        "Wed 2 Dec, 08:15",
        "Fri 4 Dec, 08:15",
    ]
    assert EN.text("setup-maintenance-on-switch") in summary
    await chat.press(EN.text("setup-button-confirm"))
    _, phases, _, _ = rows(engine)
    assert [p.end for p in phases] == ["until_no_further_improvement", "open_ended"]


async def test_maintenance_only_asks_dose_and_last_injection(
    chat: SetupChat, engine: Engine
) -> None:
    """The dose is asked (a bare number gets the unit question); the date is the last injection."""
    await chat.say("/regimen")
    assert await chat.press(EN.text("preset-maintenance-only-name")) == EN.text(
        "setup-ask-preset-dose"
    )
    reasked = await chat.say("1000")
    assert reasked.startswith(EN.text("dose-needs-unit"))
    assert reasked.endswith(EN.text("setup-ask-preset-dose"))
    review = await chat.say("1 mg")
    assert "1. Maintenance: 1 mg every 4 weeks" in review
    await chat.press(EN.text("setup-button-matches"))
    assert await details(chat) == EN.text("setup-ask-last-date")
    assert (await chat.say("tomorrow")).startswith(EN.text("date-in-future"))
    await chat.say("20 November")
    summary = await chat.say("9am")
    assert dated(summary)[:2] == ["Fri 18 Dec, 09:00", "Fri 15 Jan, 09:00"]
    assert EN.text("setup-maintenance-from-start") in summary
    await chat.press(EN.text("setup-button-confirm"))
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
    await chat.press(EN.text("preset-maintenance-only-name"))
    await chat.say("1000 mcg")
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    question = await chat.say("3/4/26")
    assert question == EN.text(
        "setup-ask-which-date", first="Fri 3 Apr 2026", second="Wed 4 Mar 2026"
    )
    assert chat.labels() == ["Fri 3 Apr 2026", "Wed 4 Mar 2026"]
    assert await chat.press("Wed 4 Mar 2026") == EN.text("setup-ask-time")
    summary = await chat.say("9am")
    assert dated(summary)[0] == "Wed 1 Apr, 09:00"
    assert "already due on Wed 1 Apr" in summary
    assert "ask your clinician or nurse" in summary


@pytest.mark.both_databases
async def test_custom_plan_with_weekdays_and_a_second_phase(
    chat: SetupChat, engine: Engine
) -> None:
    """Phase by phase: kind, weekday ticks, a count, a dose; then monthly maintenance."""
    await chat.say("/regimen")
    await chat.press(EN.text("preset-custom-name"))
    await chat.press(EN.text("plan-kind-loading"))
    await chat.press(EN.text("setup-button-weekdays"))
    for day in ("Tue", "Thu", "Sat"):
        await chat.press_quietly(day)
    await chat.press_quietly("✓ Sat")  # untick
    assert "✓ Tue" in chat.labels()
    assert "Sat" in chat.labels()
    await chat.press(EN.text("setup-button-done"))
    await chat.press(EN.text("setup-button-end-injections"))
    await chat.say("6")
    more = await chat.say("1000 mcg")
    assert "1. Loading: 1,000 mcg every Tue and Thu for 6 injections" in more
    await chat.press(EN.text("setup-button-add-another"))
    await chat.press(EN.text("plan-kind-maintenance"))
    await chat.press(EN.text("setup-button-months"))
    await chat.say("1")
    await chat.press(EN.text("setup-button-end-open"))
    more = await chat.press(EN.text("setup-button-same-dose", position=1, dose="1,000 mcg"))
    assert "2. Maintenance: 1,000 mcg every month" in more
    await chat.press(EN.text("setup-button-thats-all"))
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
    await chat.press(EN.text("setup-button-confirm"))
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
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-change-numbers"))
    await chat.press(EN.text("setup-button-change-phase", position=1))
    await chat.press(EN.text("setup-button-keep", value="every day"))
    await chat.press(EN.text("setup-button-end-injections"))
    await chat.say("5")
    editor = await chat.press(EN.text("setup-button-keep", value="1,000 mcg"))
    assert "1. Loading: 1,000 mcg every day for 5 injections" in editor
    await chat.press(EN.text("setup-button-add-phase"))
    await chat.press(EN.text("plan-kind-loading"))
    await chat.press(EN.text("setup-button-daily"))
    await chat.press(EN.text("setup-button-end-injections"))
    await chat.say("3")
    await chat.press(EN.text("setup-button-same-dose", position=3, dose="1,000 mcg"))
    refused = await chat.press(EN.text("setup-button-done"))
    assert refused.startswith(
        EN.text("setup-plan-problem", problem=EN.text("maintenance-not-last", position=3))
    )
    await chat.press(EN.text("setup-button-remove-phase", position=4))
    assert await chat.press(EN.text("setup-button-done")) == EN.text(
        "setup-ask-drug-suggested", drug="cyanocobalamin"
    )


# --- Wrong answers, route, zone -----------------------------------------------------------------


async def test_every_free_text_step_re_asks_with_an_example(chat: SetupChat) -> None:
    """A wrong answer gets what was wrong and the same question; the next good one goes on."""
    await chat.say("/regimen")
    await chat.press(EN.text("preset-custom-name"))
    await chat.press(EN.text("plan-kind-loading"))
    await chat.press(EN.text("setup-button-other-days"))
    wrong = await chat.say("often")
    assert wrong == f"{EN.text('count-unrecognised')}\n\n{EN.text('setup-ask-interval-days')}"
    await chat.say("3")
    await chat.press(EN.text("setup-button-end-duration"))
    wrong = await chat.say("2 months")
    assert (
        wrong == f"{EN.text('setup-duration-in-days-or-weeks')}\n\n{EN.text('setup-ask-duration')}"
    )
    await chat.say("2 weeks")
    wrong = await chat.say("a lot")
    assert wrong.startswith(EN.text("dose-unrecognised"))
    assert "Phase 1 (loading): how much is each injection?" in wrong
    more = await chat.say("1000 mcg")
    assert "1. Loading: 1,000 mcg every 3 days for 2 weeks" in more
    await chat.press(EN.text("setup-button-add-another"))
    await chat.press(EN.text("plan-kind-maintenance"))
    await chat.press(EN.text("setup-button-months"))
    assert (await chat.say("99")).startswith(
        EN.text("count-out-of-range", minimum=1, maximum=24, example=7)
    )
    await chat.say("2")
    await chat.press(EN.text("setup-button-end-injections"))
    assert (await chat.say("none")).startswith(EN.text("count-unrecognised"))
    await chat.say("10")
    await chat.say("1 mg")
    await chat.press(EN.text("setup-button-thats-all"))
    await chat.press(EN.text("setup-drug-hydroxocobalamin"))
    wrong = await chat.say("in my arm somehow")
    assert wrong == f"{EN.text('setup-route-unrecognised')}\n\n{EN.text('setup-ask-route')}"
    assert await chat.say("deep SC") == EN.text("setup-ask-giver")
    await chat.press(EN.text("setup-giver-clinic"))
    assert (await chat.say("Middle of nowhere")).startswith(EN.text("zone-unrecognised"))
    assert await chat.say("Mountain") == EN.text("setup-ask-zone-choice")
    assert chat.labels() == [
        "America/Denver",
        "America/Phoenix",
        EN.text("setup-button-none-of-these"),
    ]
    assert await chat.press("America/Phoenix", replies=2) == EN.text("setup-ask-start-from")
    assert await chat.say("/back") == EN.text("setup-ask-zone-choice")
    assert await chat.say("/back") == EN.text("setup-ask-zone")
    await chat.say("Tokyo", replies=2)
    await chat.press(EN.text("setup-button-first-injection"))
    assert (await chat.say("soonish")).startswith(EN.text("date-unrecognised"))
    assert (await chat.say("31 February")).startswith("February has no day 31")
    await chat.say("1 Dec")
    wrong = await chat.say("25:00")
    assert wrong == f"{EN.text('time-bad-hour')}\n\n{EN.text('setup-ask-time')}"
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
    assert reply.startswith(EN.text("setup-use-buttons"))
    assert EN.text("preset-common-monthly-name") in chat.labels()


async def test_tablets_get_a_kind_explanation(chat: SetupChat, engine: Engine) -> None:
    """'tablets' at the route step: the bot is for injections; the route buttons stay."""
    await chat.say("/regimen")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await chat.press(EN.text("setup-drug-cyanocobalamin"))
    reply = await chat.say("I take tablets")
    assert reply == EN.text("setup-route-not-injection")
    assert chat.labels() == [EN.text("setup-button-im"), EN.text("setup-button-deep-sc")]
    assert await chat.press(EN.text("setup-button-im")) == EN.text("setup-ask-giver")
    assert rows(engine)[0] == []


async def test_location_at_sea_offers_utc_offsets(
    chat: SetupChat, double: BotApiDouble, engine: Engine
) -> None:
    """A shared location with no land zone (mid-Atlantic) falls back to UTC-12 … UTC+14."""
    await chat.say("/regimen")
    await chat.press(EN.text("preset-uk-hydroxocobalamin-neuro-name"))
    await chat.press(EN.text("setup-button-matches"))
    await chat.press(EN.text("setup-drug-hydroxocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    zone_question = await chat.press(EN.text("setup-giver-caregiver"))
    assert zone_question == EN.text("setup-ask-zone")
    asked = double.calls_to("sendMessage")[-1].params["reply_markup"]
    assert asked["keyboard"][0][0] == {
        "text": EN.text("setup-button-share-location"),
        "request_location": True,
    }
    since = double.mark()
    await double.send_location(PATIENT, 30.0, -40.0)
    offered = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert offered.text == EN.text("setup-zone-from-location-unknown", utc="08:00")
    labels = chat.labels()
    assert (labels[0], labels[12], labels[-1], len(labels)) == ("UTC-12", "UTC", "UTC+14", 27)
    assert chat.button("UTC-5")[1] == "setup:zone:Etc/GMT+5"
    confirmed = await chat.press("UTC-5", replies=2)
    assert confirmed == EN.text("setup-ask-start-from")
    summary = await first_injection(chat, day="today", at="9am")
    assert dated(summary)[0] == "Wed 25 Nov, 09:00"
    await chat.press(EN.text("setup-button-confirm"))
    assert patient_row(engine).time_zone == "Etc/GMT+5"
    assert rows(engine)[2][0].due_at == datetime(2026, 11, 25, 14, tzinfo=UTC)


@pytest.mark.both_databases
async def test_shared_location_sets_the_zone_of_that_city(
    chat: SetupChat, double: BotApiDouble, engine: Engine
) -> None:
    """A location shared from New York sets America/New_York and shows the time there."""
    await chat.say("/regimen")
    await chat.press(EN.text("preset-uk-hydroxocobalamin-neuro-name"))
    await chat.press(EN.text("setup-button-matches"))
    await chat.press(EN.text("setup-drug-hydroxocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    await chat.press(EN.text("setup-giver-caregiver"))
    since = double.mark()
    await double.send_location(PATIENT, 40.7128, -74.0060)
    confirmed = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert confirmed.text is not None
    assert "America/New_York" in confirmed.text or "New York" in confirmed.text
    assert "03:00" in confirmed.text
    await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        predicate=lambda c: c.text == EN.text("setup-ask-start-from"),
    )
    summary = await first_injection(chat, day="today", at="9am")
    assert dated(summary)[0] == "Wed 25 Nov, 09:00"
    await chat.press(EN.text("setup-button-confirm"))
    assert patient_row(engine).time_zone == "America/New_York"


# --- Leaving, going back, restarting, stale buttons ---------------------------------------------


async def test_cancel_leaves_and_saves_nothing(chat: SetupChat, engine: Engine) -> None:
    """/cancel at a late step: nothing is saved and answers are no longer taken as setup."""
    await chat.say("/start")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await chat.press(EN.text("setup-button-first-injection"))
    await chat.say("today")
    assert await chat.say("/cancel") == EN.text("setup-cancelled")
    assert rows(engine) == ([], [], [], [])
    assert await chat.press_data("setup:summary:ok") == EN.text("setup-finished-button")
    assert rows(engine)[0] == []


async def test_back_returns_one_step_at_a_time(chat: SetupChat) -> None:
    """/back re-asks the previous question with its earlier answers undone."""
    await chat.say("/regimen")
    assert await chat.say("/back") == (
        f"{EN.text('setup-nothing-to-go-back')}\n\n{EN.text('setup-ask-preset')}"
    )
    await chat.press(EN.text("preset-uk-hydroxocobalamin-name"))
    await chat.press(EN.text("setup-button-every-n-months", months=3))
    assert await chat.say("/back") == EN.text("preset-needs-months")
    review = await chat.press(EN.text("setup-button-every-n-months", months=2))
    assert "every 2 months" in review
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await chat.press(EN.text("setup-button-last-injection"))
    await chat.say("yesterday")
    assert await chat.say("/back") == EN.text("setup-ask-last-date")
    assert await chat.say("/back") == EN.text("setup-ask-start-from")
    await chat.press(EN.text("setup-button-first-injection"))
    resumed = await chat.say("/start")
    assert resumed.startswith("Welcome back, Patient.")
    assert resumed.endswith(f"{EN.text('setup-resume')}\n\n{EN.text('setup-ask-first-date')}")
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
        await chat.press(EN.text("preset-common-monthly-name"))
        await chat.press(EN.text("setup-button-matches"))
        await details(chat, zone="America/New_York")
        await chat.press(EN.text("setup-button-first-injection"))
        assert await chat.say("30 Nov") == EN.text("setup-ask-time")
    async with running(double, engine, clock):
        summary = await chat.say("6pm")
        assert dated(summary)[0] == "Mon 30 Nov, 18:00"
        assert "America/New_York" in summary
        assert "Cyanocobalamin" in summary
        await chat.press(EN.text("setup-button-confirm"))
    regimens, _, doses, _ = rows(engine)
    assert regimens[0].first_dose_on == date(2026, 11, 30)
    assert doses[0].due_at == datetime(2026, 11, 30, 23, tzinfo=UTC)


async def test_stale_and_forged_buttons_change_nothing(chat: SetupChat, engine: Engine) -> None:
    """Buttons of earlier steps or with made-up values get a note; the step stays as it was."""
    await chat.say("/regimen")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-change-numbers"))
    for forged in ("setup:editor:c9", "setup:editor:r0x", "setup:preset:common_monthly"):
        assert await chat.press_data(forged) == EN.text("setup-stale-button")
    assert await chat.press_data("setup:kind:loading") == EN.text("setup-stale-button")
    await chat.press(EN.text("setup-button-done"))
    for forged in ("setup:drug:aspirin", "setup:summary:ok", "setup:zone:Etc/GMT-2"):
        assert await chat.press_data(forged) == EN.text("setup-stale-button")
    await chat.press(EN.text("setup-drug-cyanocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    await chat.press(EN.text("setup-giver-self"))
    await chat.say("London", replies=2)
    await chat.press(EN.text("setup-button-first-injection"))
    await chat.say("1/2/27")
    assert await chat.press_data("setup:date:2027-05-05") == EN.text("setup-stale-button")
    await chat.press("Mon 1 Feb 2027")
    summary = await chat.say("9am")
    assert dated(summary)[0] == "Mon 1 Feb, 09:00"
    assert rows(engine)[0] == []


async def test_regimen_with_a_plan_saves_a_new_version(chat: SetupChat, engine: Engine) -> None:
    """A change asks where the new plan starts, keeps history and withdraws the old open doses."""
    await chat.say("/start")
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await first_injection(chat)
    await chat.press(EN.text("setup-button-confirm"))
    assert (await chat.say("/start")).startswith("Welcome back")
    first = await chat.say("/regimen")
    assert first.startswith(EN.text("setup-intro-change"))
    await chat.press(EN.text("preset-maintenance-only-name"))
    await chat.say("1000 mcg")
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await chat.say("today")
    summary = await chat.say("9am")
    assert dated(summary)[0] == "Wed 23 Dec, 09:00"
    await chat.press(EN.text("setup-button-confirm"))
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
    await chat.press(EN.text("preset-common-monthly-name"))
    await chat.press(EN.text("setup-button-matches"))
    await details(chat)
    await first_injection(chat)
    await chat.press(EN.text("setup-button-confirm"))
    await chat.say("/regimen")
    await chat.press(EN.text("preset-uk-hydroxocobalamin-neuro-name"))
    await chat.press(EN.text("setup-button-matches"))
    assert await details(chat) == EN.text("setup-ask-start-from-change")
    await chat.press(EN.text("setup-button-from-next"))
    await chat.say("27 Nov")
    summary = await chat.say("9am")
    assert dated(summary)[0] == "Fri 27 Nov, 09:00"
    assert await chat.say("/cancel") == EN.text("setup-cancelled-plan-kept")
    assert [r.preset for r in rows(engine)[0]] == ["common_monthly"]
