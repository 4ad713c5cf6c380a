"""The benchmark scripts run end to end at a tiny size, and their audit finds nothing wrong."""

import argparse
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from bench import burst, plans
from bench.burst import FIGURES, burst_run
from bench.database import (
    STARTUP_HISTORY,
    Prepared,
    cached_database,
    move_burst,
    prepared,
)
from bench.fuzz import fuzz_run
from bench.peak import peak_run
from bench.replies import replies_run
from bench.startup import startup_run
from bot.services.scheduling import sync_schedule
from storage.database import create_database_engine, session_scope
from storage.models import (
    DoseStatus,
    Patient,
    Reminder,
    ReminderKind,
    ReminderStatus,
    ScheduledDose,
)
from tests.postgres import PostgresServer

PATIENTS = 50


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest) -> str:
    """The database a benchmark runs on (PostgreSQL skipped, with why, when none is found)."""
    if request.param == "postgres":
        request.getfixturevalue("postgres")
    return str(request.param)


def _prepared(request: pytest.FixtureRequest, database: str, folder: Path, **size: int) -> Prepared:
    """The benchmark database of this size on `database` (a template on the tests' server)."""
    server: PostgresServer | None = (
        request.getfixturevalue("postgres") if database == "postgres" else None
    )
    return prepared(database, folder, server=server, **size)


async def test_burst_delivers_each_reminder_once_and_the_baseline_runs(
    request: pytest.FixtureRequest, tmp_path: Path, database: str
) -> None:
    """The real bot delivers a small burst exactly once; the baseline runs and is audited.

    What the baseline delivers depends on how loaded the machine is (a job per reminder in
    memory, lost if they fall behind): its figures are the benchmark's, not a test's.
    """
    source = _prepared(request, database, tmp_path, patients=PATIENTS)
    figures = await burst_run(
        "ledger", source, tmp_path, patients=PATIENTS, limited=False, lead=2.0
    )
    assert (figures["delivered"], figures["lost"], figures["doubled"]) == (PATIENTS, 0, 0)
    assert figures["ledger mismatch"] == 0
    # The bare loop of the same stack ran against the same double, after the bot.
    assert figures["bare rate"] > 0
    assert figures["bot ÷ bare"] == pytest.approx(figures["rate"] / figures["bare rate"])
    baseline = await burst_run(
        "common", source, tmp_path, patients=PATIENTS, limited=False, lead=2.0
    )
    # Counted, whatever the count: each reminder either reached its chat or was lost.
    assert baseline["delivered"] + baseline["lost"] == PATIENTS
    assert baseline["doubled"] >= 0
    assert {figure.name for figure in FIGURES} - {"% of limit", "bare rate", "bot ÷ bare"} <= (
        baseline.keys()
    )


@pytest.mark.parametrize(
    ("baseline_delivered", "ratio_line"),
    [
        (25, "ratio ledger : common on sqlite, delivered: 2.00"),
        (0, "ratio ledger : common on sqlite, delivered: none (common: 0, ledger: 50)"),
    ],
)
def test_burst_prints_its_table_and_the_ratio_to_the_baseline(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    baseline_delivered: int,
    ratio_line: str,
) -> None:
    """The script's output, from given figures: title, one row per figure, machine, ratios.

    Whatever the baseline delivered on this machine (none at all under load), the output says it.
    """
    ledger = {figure.name: 1.0 for figure in FIGURES} | {"delivered": 50.0, "rate": 100.0}
    common = ledger | {"delivered": float(baseline_delivered), "rate": 50.0}

    async def given_runs(arguments: argparse.Namespace) -> dict[str, list[dict[str, float]]]:
        """The figures of one run of each design, instead of running them."""
        return {"ledger sqlite": [ledger], "common sqlite": [common]}

    monkeypatch.setattr(burst, "run", given_runs)
    command = ["--patients", "50", "--runs", "1", "--workdir", str(tmp_path)]
    assert burst.main([*command, "--databases", "sqlite"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(
        r"burst: 50 reminders due at one instant \(no rate limit anywhere; load average "
        r"\d+\.\d\d on \d+ cores\)",
        lines[1],
    )
    labels = {line[:28].strip() for line in lines}
    assert {f"{figure.name} {figure.unit}".strip() for figure in FIGURES} <= labels
    assert "(ledger sqlite: 1 runs, common sqlite: 1 runs)" in lines
    assert any(line.startswith("machine: ") for line in lines)
    assert ratio_line in lines
    assert "ratio ledger : common on sqlite, rate: 2.00" in lines
    bare_line = (
        "ratio bot ÷ bare stack on sqlite, rate: 1.00 (1.00..1.00, each run against its own "
        "bare loop)"
    )
    assert bare_line in lines


async def test_a_faulty_burst_loses_nothing_and_every_repeat_follows_a_lost_answer(
    tmp_path: Path,
) -> None:
    """With 20 % of sends faulty, every reminder arrives; a repeat only where Telegram took a
    send whose answer was lost (at-least-once), and the audit counts those."""
    source = prepared("sqlite", tmp_path, patients=PATIENTS)
    figures = await burst_run(
        "ledger", source, tmp_path, patients=PATIENTS, limited=False, lead=2.0, faults=0.2
    )
    assert (figures["delivered"], figures["lost"], figures["ledger mismatch"]) == (PATIENTS, 0, 0)
    assert figures["faults injected"] > 0
    assert figures["repeated"] == figures["repeated after lost answer"] <= figures["answers lost"]
    assert figures["delivered once"] + figures["repeated"] == PATIENTS


async def test_a_limited_peak_with_presses_answers_every_done_without_a_429(
    tmp_path: Path,
) -> None:
    """A small burst under the double's 30/s and 1/chat/s while every patient presses Done
    0-2 s after their reminder: each reminder once, each Done edited, never a 429, never more
    than 30 limited calls in a rolling second."""
    source = cached_database(tmp_path, patients=PATIENTS)
    figures = await peak_run(source, tmp_path, patients=PATIENTS, press_within=2.0, lead=2.0)
    assert (figures["delivered"], figures["lost"], figures["doubled"]) == (PATIENTS, 0, 0)
    assert figures["ledger mismatch"] == 0
    assert figures["replies answered"] == PATIENTS
    assert figures["429 received"] == 0
    assert figures["busiest second"] <= 30
    assert figures["presses during burst"] > 0


async def test_startup_answers_the_first_message(
    request: pytest.FixtureRequest, tmp_path: Path, database: str
) -> None:
    """The bot starts on a generated database and answers a message queued before."""
    source = _prepared(request, database, tmp_path, patients=PATIENTS, history=STARTUP_HISTORY)
    figures = await startup_run(source, tmp_path)
    assert 0 < figures["ready"] <= figures["first reply"]
    assert figures["peak RSS"] > 0


async def test_replies_record_every_done(
    request: pytest.FixtureRequest, tmp_path: Path, database: str
) -> None:
    """Every patient's Done is recorded and shown, after a burst delivered exactly once."""
    source = _prepared(request, database, tmp_path, patients=PATIENTS)
    figures = await replies_run(source, tmp_path, PATIENTS)
    assert figures["doses done"] == PATIENTS
    assert (figures["reminders lost"], figures["reminders doubled"]) == (0, 0)
    assert figures["replies"] > 0


async def test_a_steady_stream_is_delivered_once_each_at_its_own_time(tmp_path: Path) -> None:
    """Reminders due one every 20 ms reach each chat once; lateness is per reminder."""
    source = prepared("sqlite", tmp_path, patients=PATIENTS)
    figures = await burst_run(
        "ledger",
        source,
        tmp_path,
        patients=PATIENTS,
        limited=False,
        lead=2.0,
        every=timedelta(milliseconds=20),
    )
    assert (figures["delivered"], figures["lost"], figures["doubled"]) == (PATIENTS, 0, 0)
    assert 0 <= figures["lateness p50"] <= figures["lateness max"]


def test_moved_plans_are_where_the_schedule_puts_them(
    request: pytest.FixtureRequest, tmp_path: Path, database: str
) -> None:
    """After a move (burst or stream) the stored doses are exactly the computed ones, and
    the reminder time is each patient's new due time of day (SQLite text or PostgreSQL
    intervals and dates)."""
    source = _prepared(request, database, tmp_path, patients=5)
    with source.copy(tmp_path, "moved") as copy:
        engine = create_database_engine(copy.url)
        due = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
        move_burst(engine, due, every=timedelta(milliseconds=250))
        with session_scope(engine) as session:
            for patient in session.exec(select(Patient).order_by(col(Patient.id))):
                assert patient.id is not None
                offset = timedelta(milliseconds=250) * (patient.id - 1)
                stored = _open_doses(session, patient.id)
                assert stored[0][1] == due + offset
                assert patient.reminder_time == (due + offset).time()
                sync_schedule(session, patient=patient, now=due)
                assert _open_doses(session, patient.id) == stored
        engine.dispose()


def test_a_run_copy_is_removed_after_the_run(tmp_path: Path) -> None:
    """A run's SQLite copy (and its WAL files) is gone after the run; the source stays."""
    source = prepared("sqlite", tmp_path, patients=2)
    with source.copy(tmp_path, "gone") as copy:
        engine = create_database_engine(copy.url)
        move_burst(engine, datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
        engine.dispose()
        assert copy.path.exists()
    assert not copy.path.exists()
    assert [path.name for path in tmp_path.iterdir() if "gone" in path.name] == []
    assert source.path is not None
    assert source.path.exists()


def _open_doses(session: Session, patient_id: int) -> list[tuple[int, datetime]]:
    """(sequence, due time) of a patient's doses still to be done."""
    statement = select(ScheduledDose).where(
        ScheduledDose.patient_id == patient_id, ScheduledDose.status == DoseStatus.SCHEDULED
    )
    return sorted((dose.sequence, dose.due_at) for dose in session.exec(statement))


async def test_fuzz_walks_and_reports_every_input(tmp_path: Path) -> None:
    """A tiny fuzz walk sends every input, each one handled, and prints the whole table."""
    report = await fuzz_run(tmp_path, inputs=30, seed=1)
    assert report.inputs == 30
    assert report.stuck == []
    table = report.table()
    for row in ("inputs sent", "states reached", "handler errors", "unanswered", "machine"):
        assert row in table


def test_plans_explain_every_step_of_the_loop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The plans script captures the bot's own statements for each step of a peak and
    explains each one; a table read whole is named with its size."""
    assert plans.main(["--patients", "5", "--workdir", str(tmp_path), "--databases", "sqlite"]) == 0
    out = capsys.readouterr().out
    steps = {line.split("]")[0].lstrip("[") for line in out.splitlines() if line.startswith("[")}
    assert steps == {"wake-up", "claim", "backlog", "plan", "settle", "done"}
    assert "FROM reminder WHERE reminder.status = 'pending' AND reminder.due_at <=" in out
    # Every statement shown has its plan under it.
    blocks = out.split("\n[")[1:]
    assert all("(node " in block for block in blocks)
    assert [path.name for path in tmp_path.iterdir() if "plans" in path.name] == []


def test_a_full_scan_is_told_from_an_index_search() -> None:
    """SQLite's SCAN of a table and PostgreSQL's Seq Scan are full scans; searches are not."""
    sizes = {"reminder": 26, "patient": 1}
    assert plans.verdict(["SCAN reminder  (node 3, under 0)"], sizes) == (
        "FULL SCAN of reminder (26 rows)"
    )
    assert plans.verdict(["  ->  Seq Scan on patient  (cost=0.25..53.25 rows=100)"], sizes) == (
        "FULL SCAN of patient (1 rows)"
    )
    assert plans.verdict(["SEARCH reminder USING COVERING INDEX ix (status=?)"], sizes) == (
        "index-only"
    )
    assert plans.verdict(["SEARCH reminder USING INDEX ix (due_at<?)"], sizes) == "index"
    assert plans.verdict(["SCAN (subquery-3)", "SCAN anon_1"], sizes) == "index"
    # A scan of a partial index reads only the rows it holds (those being sent), not the table.
    partial = "SCAN reminder USING COVERING INDEX ix_reminder_sending_claimed  (node 4, under 0)"
    assert plans.verdict([partial], sizes) == "index-only"
    whole = "SCAN reminder USING COVERING INDEX ix_reminder_dose_id  (node 4, under 0)"
    assert plans.verdict([whole], sizes) == "FULL SCAN of reminder (26 rows)"


def test_one_day_of_a_four_weekly_population(tmp_path: Path) -> None:
    """Spread over 28 days, what is due on the day is the doses of one patient in 28, and
    nothing older is left pending (the days before sent theirs)."""
    source = prepared("sqlite", tmp_path, patients=56, history=STARTUP_HISTORY)
    with source.copy(tmp_path, "day") as copy:
        engine = create_database_engine(copy.url)
        plans.spread_over_days(engine, 28)
        with session_scope(engine) as session:
            pending = session.exec(
                select(Reminder).where(Reminder.status == ReminderStatus.PENDING)
            ).all()
        engine.dispose()
    due = [r for r in pending if r.due_at <= plans.NOW]
    assert sorted((r.patient_id, r.kind) for r in due) == [
        (28, ReminderKind.DOSE),
        (56, ReminderKind.DOSE),
    ]
    assert min(r.due_at for r in pending) >= plans.NOW.replace(hour=0, minute=0, second=0)
