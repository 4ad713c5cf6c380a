"""Issue 15: the same journey in every language the bot speaks, over HTTP.

A new patient whose Telegram is set to the language sets up the common monthly plan, gets the
first reminder, answers it in words, asks for the next injection and reports a red flag. Every
text must come from that language's catalog, and the rows must be those English leaves.
"""

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, col, select

from bot.catalog.catalog import Catalog, catalog_for
from bot.catalog.vocabulary import spoken_languages
from bot.context import BotApplication
from bot.delivery.wake_timer import rearm_reminders
from bot.domain.regimen import Dose, DoseUnit
from bot_api_double import BotApiDouble
from storage.models import DoseStatus, Patient, RedFlagEvent, ScheduledDose
from tests.bot.conftest import eventually, reminders_settled
from tests.bot.setup_chat import SetupChat
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 15115
FIRST_DUE = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
# What a patient of each language types: Telegram's code for the language, "done", "when is
# my next injection?" and a sign of an allergic reaction (written as speakers write them).
PHRASES = {
    "en": ("en-GB", "done", "when's my next shot?", "my lips are swelling up"),
    "es": (
        "es-419",
        "ya me la puse",
        "¿cuándo es mi próxima inyección?",
        "se me hinchan los labios",
    ),
    "de": ("de-AT", "erledigt", "wann ist meine nächste Spritze?", "meine Lippen schwellen an"),
    "ru": ("ru", "сделал", "когда следующий укол?", "у меня опухают губы"),
}


def _opening(catalog: Catalog, message_id: str, *names: str) -> str:
    """A text's words before its first value: what every answer of that kind starts with."""
    marker = "\u0000"
    return catalog.text(message_id, **dict.fromkeys(names, marker)).split(marker)[0]


def test_every_spoken_language_has_its_journey() -> None:
    """A language the bot speaks is walked through here too."""
    assert set(spoken_languages()) <= set(PHRASES)


@pytest.mark.parametrize("language", spoken_languages())
async def test_the_whole_journey_in_the_patients_language(
    language: str,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
) -> None:
    """Setup, reminder, "done" in words, the next injection, a red flag: all in the language."""
    code, done, next_question, red_flag = PHRASES[language]
    text = catalog_for(language)
    double.set_user(PATIENT, "Ana", language_code=code)
    chat = SetupChat(double, PATIENT)
    assert text.text("setup-ask-preset") in await chat.say("/start")
    await chat.press(text.text("preset-common-monthly-name"))
    await chat.press(text.text("setup-button-matches"))
    await chat.press(text.text("setup-drug-cyanocobalamin"))
    await chat.press(text.text("setup-button-im"))
    await chat.press(text.text("setup-giver-self"))
    await chat.say("Europe/London", replies=2)
    await chat.press(text.text("setup-button-first-injection"))
    await chat.say("2026-11-26")
    await chat.say("9:00")
    saved = await chat.press(text.text("setup-button-confirm"))
    assert saved.startswith(_opening(text, "setup-saved", "when"))

    clock.set(FIRST_DUE)
    await rearm_reminders(application)
    reminder = await double.wait_for(
        "sendMessage",
        chat_id=PATIENT,
        predicate=lambda c: text.word("phase-names", "loading") in (c.text or ""),
    )
    await reminders_settled(application)
    assert reminder.text is not None
    assert text.dose(Dose(Decimal(1000), DoseUnit.MCG)) in reminder.text
    assert text.moment(FIRST_DUE, ZoneInfo("Europe/London")) in reminder.text

    recorded = await double.reply_to(PATIENT, done)
    assert recorded.startswith(_opening(text, "dose-done-reply", "dose", "due", "when"))
    answer = await double.reply_to(PATIENT, next_question)
    names = ("when", "countdown", "dose", "phase", "number")
    assert answer.startswith(_opening(text, "next-dose", *names))
    safety = await double.reply_to(PATIENT, red_flag)
    assert safety == text.one_of("red-flag", "emergency")

    session.expire_all()
    patient = session.exec(select(Patient).where(Patient.chat_id == PATIENT)).one()
    assert patient.language == language
    doses = session.exec(select(ScheduledDose).order_by(col(ScheduledDose.due_at))).all()
    assert [(d.local_date.isoformat(), d.status) for d in doses[:2]] == [
        ("2026-11-26", DoseStatus.DONE),
        ("2026-11-27", DoseStatus.SCHEDULED),
    ]

    def recorded_once() -> bool:
        session.expire_all()
        return [flag.level for flag in session.exec(select(RedFlagEvent)).all()] == ["emergency"]

    # The safety text goes out first; the sign is recorded just after.
    await eventually(recorded_once, "the red flag is recorded")
