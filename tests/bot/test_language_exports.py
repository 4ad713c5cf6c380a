"""Issue 15: /history, the calendar and the clinician report in the patient's language."""

from io import BytesIO

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.catalog.catalog import catalog_for
from bot.catalog.vocabulary import spoken_languages
from bot.context import BotApplication
from bot.exports.report_csv import COLUMNS
from bot.features.report import command as report_command
from bot.features.report.period import Period
from bot_api_double import BotApiDouble, RecordedCall
from storage.models import Patient
from tests.bot.conftest import advance_to, eventually
from tests.bot.patients import FIRST_DOSE_AT, patient_on_common_monthly
from tests.bot.setup_chat import SetupChat
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

PATIENT = 15215


@pytest.fixture
def patient_in(request: pytest.FixtureRequest, engine: Engine, clock: FakeClock) -> str:
    """The patient on the common monthly plan, speaking the test's language."""
    language: str = request.param
    patient_on_common_monthly(engine, chat_id=PATIENT, now=clock())
    with Session(engine) as session:
        patient = session.exec(select(Patient).where(Patient.chat_id == PATIENT)).one()
        patient.language = language
        session.add(patient)
        session.commit()
    return language


def _documents(double: BotApiDouble, since: int) -> list[RecordedCall]:
    """The files sent since a mark."""
    return [c for c in double.calls[since:] if c.method == "sendDocument"]


@pytest.mark.parametrize("patient_in", spoken_languages(), indirect=True)
async def test_history_calendar_and_report_speak_the_language(
    patient_in: str,
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
) -> None:
    """Each export's words come from the patient's catalog; Cyrillic survives the PDF."""
    text = catalog_for(patient_in)
    await advance_to(application, clock, FIRST_DOSE_AT)
    chat = SetupChat(double, PATIENT)
    history = await chat.say("/history")
    assert history.startswith(text.text("history-title", page=1, pages=1).split("(")[0].strip())

    since = double.mark()
    await double.send_text(PATIENT, "/calendar")
    call = await double.wait_for("sendDocument", chat_id=PATIENT, ok=True, since=since)
    calendar = Calendar.from_ical(call.params["document"].data)
    assert str(calendar["X-WR-CALNAME"]) == text.text("calendar-name")

    assert await chat.say("/report") == text.text("report-ask-period")
    since = double.mark()
    await chat.press_quietly(text.text(report_command.BUTTON_TEXTS[Period.THREE_MONTHS]))
    await eventually(lambda: len(_documents(double, since)) == 2, "the PDF and the CSV")
    pdf = _documents(double, since)[0].params["document"].data
    pages = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert " ".join(text.text("report-title").split()) in " ".join(pages.split())
    table = _documents(double, since)[1].params["document"].data.decode("utf-8-sig")
    header = table.splitlines()[0].split(",")
    assert header == [text.one_of("report-csv-column", column) for column in COLUMNS]
