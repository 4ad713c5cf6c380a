"""The benchmark scripts run end to end at a tiny size, and their audit finds nothing wrong."""

from pathlib import Path

from bench.burst import burst_run
from bench.database import STARTUP_HISTORY, cached_database
from bench.replies import replies_run
from bench.startup import startup_run

PATIENTS = 50


async def test_burst_delivers_each_reminder_once_in_both_designs(tmp_path: Path) -> None:
    """The real bot and the baseline each deliver a small burst exactly once."""
    source = cached_database(tmp_path, patients=PATIENTS)
    for design in ("ledger", "common"):
        figures = await burst_run(
            design, source, tmp_path, patients=PATIENTS, limited=False, lead=2.0
        )
        assert (figures["delivered"], figures["lost"], figures["doubled"]) == (PATIENTS, 0, 0)
        assert figures["ledger mismatch"] == 0


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
