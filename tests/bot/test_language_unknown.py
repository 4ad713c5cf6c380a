"""Issue 15: a message in a language the bot does not speak is told which languages it speaks."""

import pytest
from sqlmodel import Session

from bot.catalog.catalog import catalog_for
from bot.features.language.command import languages_spoken
from bot_api_double import BotApiDouble
from storage.models import Patient

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 15215
GERMAN = catalog_for("de")
UNKNOWN = GERMAN.text("unknown-reply")
NAMED = UNKNOWN + GERMAN.text("languages-spoken", languages=languages_spoken(GERMAN))


@pytest.fixture
def german_patient(session: Session, monthly_patient: int) -> int:
    """The monthly patient, with German saved as their language."""
    patient = session.get(Patient, monthly_patient)
    assert patient is not None
    patient.language = "de"
    session.add(patient)
    session.commit()
    return monthly_patient


@pytest.mark.usefixtures("application", "german_patient")
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Bonjour, je ne comprends rien", NAMED),
        ("Non capisco niente", NAMED),
        ("我不明白", NAMED),
        ("Das verstehe ich leider nicht", UNKNOWN),
        ("the weather is lovely today", UNKNOWN),
        ("no entiendo nada", UNKNOWN),
        ("не понимаю", UNKNOWN),
        ("🙂🙂", UNKNOWN),
    ],
)
async def test_only_a_foreign_message_is_told_the_languages(
    double: BotApiDouble, message: str, expected: str
) -> None:
    """Answered in German; the spoken languages named only when no spoken language is seen."""
    since = double.mark()
    await double.send_text(PATIENT, message)
    reply = await double.wait_for("sendMessage", chat_id=PATIENT, ok=True, since=since)
    assert reply.text == expected
