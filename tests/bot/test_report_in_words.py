"""The clinician report asked for in words, in the patient's language (issue 15)."""

from datetime import timedelta

import pytest
from sqlmodel import Session

from bot.catalog.catalog import catalog_for
from bot.context import BotApplication
from bot.features.report.command import BUTTON_TEXTS
from bot_api_double import BotApiDouble
from storage.models import Patient
from tests.bot.conftest import advance_to
from tests.bot.setup_chat import SetupChat
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 15315


@pytest.mark.parametrize(
    ("language", "request_words"),
    [
        ("en", "I need a report for my doctor"),
        ("es", "quiero un informe para mi médico"),
        ("de", "ich brauche einen Bericht für meinen Arzt"),
        ("ru", "нужен отчёт для врача"),
        ("de", "can I have the report please"),
    ],
)
async def test_a_report_asked_for_in_words_asks_for_its_period(
    language: str,
    request_words: str,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    monthly_patient: int,
) -> None:
    """The words lead to /report's question, with its period buttons, in the language."""
    patient = session.get(Patient, monthly_patient)
    assert patient is not None
    patient.language = language
    session.add(patient)
    session.commit()
    await advance_to(application, clock, clock() + timedelta(days=3))
    chat = SetupChat(double, PATIENT)
    catalog = catalog_for(language)
    assert await chat.say(request_words) == catalog.text("report-ask-period")
    assert chat.labels() == [catalog.text(text) for text in BUTTON_TEXTS.values()]
