"""A new patient's whole first journey, for every preset, entirely over HTTP:
/start → a saved plan → the first reminder → "done" → "when's my next shot?"."""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import pytest

from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot_api_double import BotApiDouble
from tests.bot.conftest import reminders_settled
from tests.bot.setup_chat import SetupChat
from tests.english import EN
from tests.fake_clock import FakeClock

PATIENT = 6060


async def _common_monthly(chat: SetupChat) -> None:
    """Pick the common monthly plan as it is."""
    await chat.press(EN.text("preset-common-monthly-name"))


async def _uk_every_three_months(chat: SetupChat) -> None:
    """Pick the UK hydroxocobalamin plan, maintenance every 3 months."""
    await chat.press(EN.text("preset-uk-hydroxocobalamin-name"))
    await chat.press(EN.text("setup-button-every-n-months", months=3))


async def _uk_nerve_symptoms(chat: SetupChat) -> None:
    """Pick the UK plan for nerve symptoms (alternate days until no further improvement)."""
    await chat.press(EN.text("preset-uk-hydroxocobalamin-neuro-name"))


async def _maintenance_only(chat: SetupChat) -> None:
    """Pick maintenance only, with the prescribed dose."""
    await chat.press(EN.text("preset-maintenance-only-name"))
    await chat.say("1000 mcg")


# Each preset, how it is chosen, how its start is dated, and what its first reminder says.
JOURNEYS: list[tuple[str, Callable[[SetupChat], Awaitable[None]], str, str, str]] = [
    ("common monthly", _common_monthly, "first", "2026-11-26", "loading phase, dose 1 of 7"),
    (
        "UK every 3 months",
        _uk_every_three_months,
        "first",
        "2026-11-30",
        "loading phase, dose 1 of 6",
    ),
    ("UK nerve symptoms", _uk_nerve_symptoms, "first", "2026-11-26", "loading phase, dose 1"),
    # The last injection given at setup is dose 1 (issue 11, item 9).
    ("maintenance only", _maintenance_only, "last", "2026-10-29", "maintenance phase, dose 2"),
]


@pytest.mark.parametrize(
    ("choose", "dated_by", "day", "first_reminder"),
    [journey[1:] for journey in JOURNEYS],
    ids=[journey[0] for journey in JOURNEYS],
)
async def test_from_start_to_the_next_shot(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    choose: Callable[[SetupChat], Awaitable[None]],
    dated_by: str,
    day: str,
    first_reminder: str,
) -> None:
    """Set up, get the first reminder at 09:00 London time, answer it, ask what is next."""
    chat = SetupChat(double, PATIENT)
    assert EN.text("setup-ask-preset") in await chat.say("/start")
    await choose(chat)
    await chat.press(EN.text("setup-button-matches"))
    await chat.press(EN.text("setup-drug-cyanocobalamin"))
    await chat.press(EN.text("setup-button-im"))
    await chat.press(EN.text("setup-giver-self"))
    await chat.say("London", replies=2)
    if dated_by == "first":
        await chat.press(EN.text("setup-button-first-injection"))
    await chat.say(day)
    await chat.say("9am")
    saved = await chat.press(EN.text("setup-button-confirm"))
    assert saved.startswith("Saved.")

    first_due = _first_due(day, dated_by)
    clock.set(first_due)
    await rearm_reminders(application)
    reminder = await double.wait_for(
        "sendMessage", chat_id=PATIENT, predicate=lambda c: "Time for" in (c.text or "")
    )
    assert reminder.text is not None
    assert first_reminder in reminder.text
    assert "09:00" in reminder.text
    await reminders_settled(application)

    recorded = await double.reply_to(PATIENT, "done")
    assert recorded.startswith("✅ Recorded")
    answer = await double.reply_to(PATIENT, "when's my next shot?")
    assert answer.startswith("💉 Your next injection: <b>")
    assert "phase" in answer


def _first_due(day: str, dated_by: str) -> datetime:
    """09:00 London (GMT in winter) on the first planned day."""
    year, month, date_of_month = (int(part) for part in day.split("-"))
    if dated_by == "last":
        # Every 4 weeks from the last injection on Thu 29 Oct: Thu 26 Nov.
        return datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    return datetime(year, month, date_of_month, 9, 0, tzinfo=UTC)
