"""The benchmark scripts run end to end at a tiny size, and their audit finds nothing wrong."""

import argparse
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from bench import burst
from bench.burst import FIGURES, burst_run
from bench.database import STARTUP_HISTORY, cached_database, fresh_copy, move_burst
from bench.fuzz import fuzz_run
from bench.peak import peak_run
from bench.replies import replies_run
from bench.startup import startup_run
from bot.services.scheduling import sync_schedule
from storage.database import create_database_engine, session_scope
from storage.models import DoseStatus, Patient, ScheduledDose

PATIENTS = 50


async def test_burst_delivers_each_reminder_once_and_the_baseline_runs(tmp_path: Path) -> None:
    """The real bot delivers a small burst exactly once; the baseline runs and is audited.

    What the baseline delivers depends on how loaded the machine is (a job per reminder in
    memory, lost if they fall behind): its figures are the benchmark's, not a test's.
    """
    source = cached_database(tmp_path, patients=PATIENTS)
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
        (25, "ratio ledger : common, delivered: 2.00"),
        (0, "ratio ledger : common, delivered: none (common: 0, ledger: 50)"),
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
        return {"ledger": [ledger], "common": [common]}

    monkeypatch.setattr(burst, "run", given_runs)
    assert burst.main(["--patients", "50", "--runs", "1", "--workdir", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(
        r"burst: 50 reminders due at one instant \(no rate limit anywhere; load average "
        r"\d+\.\d\d on \d+ cores\)",
        lines[1],
    )
    labels = {line[:28].strip() for line in lines}
    assert {f"{figure.name} {figure.unit}".strip() for figure in FIGURES} <= labels
    assert "(ledger: 1 runs, common: 1 runs)" in lines
    assert any(line.startswith("machine: ") for line in lines)
    assert ratio_line in lines
    assert "ratio ledger : common, rate: 2.00" in lines
    bare_line = (
        "ratio bot ÷ bare stack, rate: 1.00 (1.00..1.00, each run against its own bare loop)"
    )
    assert bare_line in lines


async def test_a_faulty_burst_loses_nothing_and_every_repeat_follows_a_lost_answer(
    tmp_path: Path,
) -> None:
    """With 20 % of sends faulty, every reminder arrives; a repeat only where Telegram took a
    send whose answer was lost (at-least-once), and the audit counts those."""
    source = cached_database(tmp_path, patients=PATIENTS)
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


async def test_startup_answers_the_first_message(tmp_path: Path) -> None:
    """The bot starts on a generated database and answers a message queued before."""
    source = cached_database(tmp_path, patients=PATIENTS, history=STARTUP_HISTORY)
    figures = await startup_run(source, tmp_path)
    assert 0 < figures["ready"] <= figures["first reply"]
    assert figures["peak RSS"] > 0


async def test_replies_record_every_done(tmp_path: Path) -> None:
    """Every patient's Done is recorded and shown, after a burst delivered exactly once."""
    source = cached_database(tmp_path, patients=PATIENTS)
    figures = await replies_run(source, tmp_path, PATIENTS)
    assert figures["doses done"] == PATIENTS
    assert (figures["reminders lost"], figures["reminders doubled"]) == (0, 0)
    assert figures["replies"] > 0


async def test_a_steady_stream_is_delivered_once_each_at_its_own_time(tmp_path: Path) -> None:
    """Reminders due one every 20 ms reach each chat once; lateness is per reminder."""
    source = cached_database(tmp_path, patients=PATIENTS)
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


def test_moved_plans_are_where_the_schedule_puts_them(tmp_path: Path) -> None:
    """After a move (burst or stream) the stored doses are exactly the computed ones."""
    source = cached_database(tmp_path, patients=5)
    engine = create_database_engine(f"sqlite:///{fresh_copy(source, tmp_path / 'moved.db')}")
    due = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    move_burst(engine, due, every=timedelta(milliseconds=250))
    with session_scope(engine) as session:
        for patient in session.exec(select(Patient).order_by(col(Patient.id))):
            assert patient.id is not None
            offset = timedelta(milliseconds=250) * (patient.id - 1)
            stored = _open_doses(session, patient.id)
            assert stored[0][1] == due + offset
            sync_schedule(session, patient=patient, now=due)
            assert _open_doses(session, patient.id) == stored
    engine.dispose()


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
