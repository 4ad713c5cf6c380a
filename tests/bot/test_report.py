"""/report through the double: period buttons, then a PDF and a CSV whose figures match the rows.

The patient lives issue 13's loading journey (tests/bot/test_record_journey.py): 11 doses
due from Thu 26 Nov to Sun 3 Jan, 9 given (7 on time, 2 late), 1 skipped, 1 missed, two lab
results and four symptom check-ins; the report is asked on Tue 5 Jan 2027.
"""

import csv
import logging
import shutil
import subprocess
from datetime import date, timedelta
from io import BytesIO, StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.context import BotApplication
from bot.exports.report_csv import COLUMNS
from bot.features.report import command as report_command
from bot.features.report.command import button_data
from bot.features.report.period import Period
from bot_api_double import BotApiDouble, RecordedCall
from storage.models import DoseStatus, ScheduledDose
from tests.bot.conftest import advance_to, eventually
from tests.bot.patients import patient_on_common_monthly
from tests.bot.setup_chat import SetupChat
from tests.bot.test_record_journey import PATIENT, live_through_loading
from tests.english import EN
from tests.fake_clock import FakeClock

# Feature journeys: PostgreSQL runs the storage tests and those marked both_databases.
pytestmark = pytest.mark.sqlite_only

OTHER = 13014
LONDON = ZoneInfo("Europe/London")
REPORT_DAY = date(2027, 1, 5)


async def _ask_report(double: BotApiDouble, chat_id: int, period: Period) -> tuple[bytes, bytes]:
    """/report, press the period; the PDF's and the CSV's bytes."""
    chat = SetupChat(double, chat_id)
    assert await chat.say("/report") == EN.text("report-ask-period")
    label = EN.text(report_command.BUTTON_TEXTS[period])
    assert chat.labels() == [EN.text(text) for text in report_command.BUTTON_TEXTS.values()]
    since = double.mark()
    await chat.press_quietly(label)

    def documents() -> list[RecordedCall]:
        return [c for c in double.calls[since:] if c.method == "sendDocument"]

    await eventually(lambda: len(documents()) == 2, "the PDF and the CSV")
    pdf_call, csv_call = documents()
    ready = EN.text("report-ready", period=label)
    await eventually(
        lambda: any(
            c.method == "editMessageText" and c.params.get("text") == ready
            for c in double.calls[since:]
        ),
        "the working message says the files are below",
    )
    assert pdf_call.params["document"].filename.endswith(".pdf")
    assert csv_call.params["document"].filename.endswith(".csv")
    return pdf_call.params["document"].data, csv_call.params["document"].data


def _pdf_text(pdf: bytes) -> str:
    """Every page's text, whitespace made single spaces."""
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    return " ".join(text.split())


def _flat(text: str) -> str:
    """A catalog text as the PDF's text extraction spaces it."""
    return " ".join(text.split())


def _due_doses(session: Session) -> list[ScheduledDose]:
    """The patient's live doses whose day has come by the report's day."""
    session.expire_all()
    rows = session.exec(
        select(ScheduledDose)
        .where(ScheduledDose.status != DoseStatus.CANCELLED)
        .order_by(col(ScheduledDose.due_at))
    ).all()
    return [row for row in rows if row.local_date <= REPORT_DAY]


async def test_the_report_matches_the_record(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    session: Session,
    monthly_patient: int,
    tmp_path: Path,
) -> None:
    """CSV rows against the database; PDF text: doses, adherence, days covered, labs, zone."""
    await live_through_loading(application, double, clock)
    pdf, data = await _ask_report(double, PATIENT, Period.SINCE_START)
    rows = list(csv.DictReader(StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0].keys()) == COLUMNS
    doses = _due_doses(session)
    assert len(rows) == len(doses) == 11
    statuses = {DoseStatus.DONE: "done", DoseStatus.SKIPPED: "skipped", DoseStatus.MISSED: "missed"}
    for row, dose in zip(rows, doses, strict=True):
        assert row["dose_id"] == str(dose.id)
        assert row["phase"] == dose.phase_kind
        assert row["planned_local_date"] == dose.local_date.isoformat()
        assert row["due_at_utc"] == dose.due_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        if dose.status == DoseStatus.DONE:
            assert dose.taken_at is not None
            assert row["taken_at_utc"] == dose.taken_at.strftime("%Y-%m-%dT%H:%M:%SZ")
            assert row["taken_local_date"] == dose.taken_at.astimezone(LONDON).date().isoformat()
            assert row["outcome"] in ("on_time", "late")
        else:
            assert row["outcome"] == statuses[dose.status]
            assert row["taken_at_utc"] == ""
    outcomes = [row["outcome"] for row in rows]
    assert outcomes.count("on_time") == 7
    assert [(r["planned_local_date"], r["days_late"]) for r in rows if r["outcome"] == "late"] == [
        ("2026-12-09", "2"),
        ("2026-12-25", "2"),
    ]
    assert rows[2]["skip_reason"] == "unwell"
    assert [r["interval_since_previous_days"] for r in rows[7:]] == ["9", "7", "9", "7"]

    text = _pdf_text(pdf)
    assert "Europe/London" in text
    for dose in doses:
        assert dose.local_date.isoformat() in text
    summary = EN.text(
        "report-summary-doses",
        due=11,
        done=9,
        on_time=7,
        late=2,
        early=0,
        skipped=1,
        missed=1,
        open=0,
    )
    assert _flat(summary) in text
    # 35 of the 41 days from 26 Nov to 5 Jan: 28-29 Nov, 9-10 Dec and 25-26 Dec uncovered.
    assert EN.text("report-summary-pdc", percent="85.4") in text
    assert "loading 5 5 0 0 1 1 0" in text
    assert "transition 4 2 2 0 0 0 0" in text
    assert "250 ng/L" in text
    assert "45 ug/L" in text
    assert EN.text("report-summary-symptoms", count=4, latest=2, highest=18) in text
    _look_at_page_one(pdf, tmp_path)


def _look_at_page_one(pdf: bytes, folder: Path) -> None:
    """Page 1 as a PNG with pdftoppm (Debian's poppler-utils), where it is installed."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian package poppler-utils) is not installed: page 1 not drawn")
    (folder / "report.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", "report.pdf", "page"],
        cwd=folder,
        check=True,
    )
    png = (folder / "page.png").read_bytes()
    assert png.startswith(b"\x89PNG")
    assert len(png) > 10_000  # a page with text and a chart on it, not a blank one


@pytest.mark.both_databases
async def test_a_forged_press_from_another_chat_gets_nothing(
    application: BotApplication,
    double: BotApiDouble,
    engine: Engine,
    clock: FakeClock,
    monthly_patient: int,
) -> None:
    """Another patient pressing a button that names this patient's id is told it is stale."""
    patient_on_common_monthly(engine, chat_id=OTHER, now=clock())
    await advance_to(application, clock, clock() + timedelta(days=3))
    other = SetupChat(double, OTHER)
    assert await other.say("/report") == EN.text("report-ask-period")
    answer = await other.press_data(button_data(Period.SINCE_START, monthly_patient))
    assert answer == EN.text("report-stale-button")
    assert await other.press_data("report:all:x") == EN.text("report-stale-button")
    assert double.calls_to("sendDocument") == []


@pytest.mark.usefixtures("application", "monthly_patient")
async def test_no_dose_yet_is_a_sentence_not_an_empty_pdf(double: BotApiDouble) -> None:
    """Before the first dose is due (and for a stranger), /report says there is nothing yet."""
    assert await double.reply_to(PATIENT, "/report") == EN.text("report-no-doses")
    assert await double.reply_to(OTHER, "/report") == EN.text("report-no-doses")
    assert double.calls_to("sendDocument") == []


@pytest.mark.usefixtures("monthly_patient")
async def test_a_rendering_failure_is_apologised_for_and_logged_without_health_data(
    application: BotApplication,
    double: BotApiDouble,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The exception's type is logged, never its message; the patient gets the apology."""

    def broken(*_: object) -> None:
        raise ValueError("B12 level 250 ng/L")

    monkeypatch.setattr(report_command, "report_files", broken)
    await advance_to(application, clock, clock() + timedelta(days=2))
    chat = SetupChat(double, PATIENT)
    await chat.say("/report")
    since = double.mark()
    with caplog.at_level(logging.INFO):
        await chat.press_quietly(EN.text("button-report-3-months"))
        call = await double.wait_for("sendMessage", chat_id=PATIENT, since=since)
    assert call.params["text"] == EN.text("report-failed")
    assert "ValueError" in caplog.text
    # The message, not a number alone: a token or a port in the log may hold "250".
    assert "250 ng/L" not in caplog.text
    assert "B12 level" not in caplog.text
    assert double.calls_to("sendDocument") == []
