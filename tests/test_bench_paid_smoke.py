"""bench/paid.py end to end at a tiny size: every reminder once, paid where paid broadcasts
are on, none where off, and never a 429 from the double's limits."""

import argparse
import re
from pathlib import Path

import pytest

from bench import paid
from bench.database import cached_database
from bench.paid import FIGURES, paid_run


async def test_a_paid_burst_goes_paid_and_a_free_one_free(tmp_path: Path) -> None:
    """50 due at once with paid broadcasts on: 50 paid, each once, no 429, never more than
    30 free messages in a second; 20 with them off: none paid."""
    on = await paid_run(
        cached_database(tmp_path, patients=50), tmp_path, patients=50, paid=True, lead=2.0
    )
    assert (on["delivered"], on["lost"], on["doubled"], on["ledger mismatch"]) == (50, 0, 0, 0)
    assert on["paid sends"] == 50
    assert on["cost"] == pytest.approx(5.0)
    assert on["429 received"] == 0
    off = await paid_run(
        cached_database(tmp_path, patients=20), tmp_path, patients=20, paid=False, lead=2.0
    )
    assert (off["delivered"], off["lost"], off["doubled"]) == (20, 0, 0)
    assert (off["paid sends"], off["busiest second paid"], off["429 received"]) == (0, 0, 0)
    assert off["busiest second free"] <= 30


def test_the_table_and_the_labelled_extrapolation(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """From given figures: one row per figure, both designs, and the free design carried to
    the paid size, said to be extrapolated."""
    figures = {figure.name: 1.0 for figure in FIGURES}
    paid_figures = figures | {"reminders": 1000.0, "lateness max": 2.0}
    free_figures = figures | {"reminders": 100.0, "rate": 25.0}

    async def given_runs(arguments: argparse.Namespace) -> dict[str, list[dict[str, float]]]:
        """One run of each design, instead of running them."""
        return {"paid": [paid_figures], "free": [free_figures]}

    monkeypatch.setattr(paid, "run", given_runs)
    argv = ["--patients", "1000", "--free-patients", "100", "--workdir", str(tmp_path)]
    assert paid.main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    labels = {line[:28].strip() for line in lines}
    assert {f"{figure.name} {figure.unit}".strip() for figure in FIGURES} <= labels
    assert "(paid: 1 runs, free: 1 runs)" in lines
    [extrapolated] = [line for line in lines if "EXTRAPOLATED" in line]
    assert re.fullmatch(
        r"free design EXTRAPOLATED to 1,000 \(measured at 100: 25\.0 msg/s\): the last reminder "
        r"about 1 min after the due instant; paid, measured: 2 s",
        extrapolated,
    )
