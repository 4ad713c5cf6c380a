"""The clinician report over years: PDF and CSV size and rendering time, against 3 months.

The record is built in memory (no database: the figure is the renderers'): 1 year of daily
1,000 mcg doses, then 4 years weekly, with late and early doses, skips with a reason, missed
doses, a lab panel every 3 months, a symptom check-in every week, some drift events, red
flags and pauses. Each run renders the report "since the start" (5 years) and the baseline
"last 3 months" of the same record, one after the other, so the ratio is of the same run.

    python -m bench.report --runs 5
"""

import argparse
import random
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from io import BytesIO

from pypdf import PdfReader

from bench.harness import machine, machine_load
from bot.catalog.catalog import catalog_for
from bot.domain.record import (
    DoseLine,
    DoseState,
    DriftLine,
    LabLine,
    PatientRecord,
    PauseLine,
    PlanVersion,
    RedFlagLine,
    SymptomLine,
    with_planned_gaps,
)
from bot.domain.regimen import (
    AfterDoses,
    Dose,
    DoseUnit,
    Drug,
    EveryNDays,
    Giver,
    OpenEnded,
    Phase,
    PhaseKind,
    Regimen,
    Route,
)
from bot.domain.symptoms import SYMPTOMS
from bot.features.report.build import ReportFiles, report_files
from bot.features.report.period import Period

ZONE = "Europe/London"
FIRST_DAY = date(2021, 12, 1)
DAILY_DOSES = 365
WEEKLY_YEARS = 4
SEED = 13
REGIMEN_ID = 1
# (test, unit, typical value) of the panel taken every 3 months.
LAB_PANEL = (
    ("b12", "ng/L", 420),
    ("full_blood_count", "g/L", 135),
    ("ferritin", "ug/L", 60),
    ("folate", "ug/L", 9),
    ("mma", "umol/L", 0.25),
)


def five_year_plan() -> Regimen:
    """Daily for a year, then weekly for good."""
    dose = Dose(Decimal(1000), DoseUnit.MCG)
    return Regimen(
        (
            Phase(PhaseKind.LOADING, EveryNDays(1), AfterDoses(DAILY_DOSES), dose),
            Phase(PhaseKind.MAINTENANCE, EveryNDays(7), OpenEnded(), dose),
        ),
        Drug.CYANOCOBALAMIN,
        Route.IM,
        Giver.SELF,
    )


def _at(day: date, hour: int = 9) -> datetime:
    """An instant on a day (London is near enough UTC for a benchmark's record)."""
    return datetime.combine(day, clock_time(hour), tzinfo=UTC)


def synthetic_doses(
    planned: Sequence[tuple[date, int, int, int | None]], seed: int
) -> list[DoseLine]:
    """Doses on the planned days (day, phase position, number, count), with a patient's habits."""
    chance = random.Random(seed)
    doses = []
    for dose_id, (day, position, number, count) in enumerate(planned, start=1):
        roll = chance.random()
        state: DoseState = DoseState.DONE
        taken_on: date | None = day
        reason: str | None = None
        if roll < 0.03:
            state, taken_on, reason = DoseState.SKIPPED, None, "unwell, will ask the nurse"
        elif roll < 0.05:
            state, taken_on = DoseState.MISSED, None
        elif roll < 0.15:
            taken_on = day + timedelta(days=chance.randint(1, 4))
        elif roll < 0.18:
            taken_on = day - timedelta(days=1)
        doses.append(
            DoseLine(
                dose_id=dose_id,
                regimen_id=REGIMEN_ID,
                phase_position=position,
                phase_kind=("loading", "maintenance")[position],
                number_in_phase=number,
                count_in_phase=count,
                planned_on=day,
                due_at=_at(day),
                amount=Decimal(1000),
                unit="mcg",
                state=state,
                taken_at=_at(taken_on, 10) if taken_on else None,
                taken_on=taken_on,
                site=chance.choice(("left_arm", "right_arm", "left_thigh")) if taken_on else None,
                skip_reason=reason,
            )
        )
    return doses


def five_year_record(today: date | None = None, *, seed: int = SEED) -> PatientRecord:
    """The benchmark's patient: 1 year daily, 4 years weekly, and everything around it."""
    planned: list[tuple[date, int, int, int | None]] = [
        (FIRST_DAY + timedelta(days=n), 0, n + 1, DAILY_DOSES) for n in range(DAILY_DOSES)
    ]
    weekly_start = FIRST_DAY + timedelta(days=DAILY_DOSES)
    weeks = 52 * WEEKLY_YEARS
    planned += [(weekly_start + timedelta(weeks=n), 1, n + 1, None) for n in range(weeks)]
    last = today or planned[-1][0]
    doses = with_planned_gaps(
        synthetic_doses(planned, seed), {(REGIMEN_ID, 0): 1, (REGIMEN_ID, 1): 7}
    )
    chance = random.Random(seed + 1)
    return PatientRecord(
        patient_id=1,
        time_zone=ZONE,
        language="en",
        today=last,
        versions=(
            PlanVersion(
                REGIMEN_ID,
                1,
                "custom",
                "cyanocobalamin",
                "im",
                "self",
                five_year_plan(),
                FIRST_DAY,
                None,
                {0: weekly_start},
            ),
        ),
        doses=tuple(doses),
        labs=tuple(_labs(last, chance)),
        symptoms=tuple(_check_ins(last, chance)),
        red_flags=(
            RedFlagLine(
                _at(FIRST_DAY + timedelta(days=40)),
                FIRST_DAY + timedelta(days=40),
                "urgent_care",
                "numbness_spreading",
            ),
            RedFlagLine(
                _at(last - timedelta(days=30)),
                last - timedelta(days=30),
                "call_clinician",
                "breathlessness",
            ),
        ),
        drifts=tuple(
            DriftLine(weekly_start + timedelta(days=200 * n), 7, (9, 10, 11)) for n in range(1, 7)
        ),
        pauses=(
            PauseLine(FIRST_DAY + timedelta(days=500), FIRST_DAY + timedelta(days=514)),
            PauseLine(
                last - timedelta(days=60), last - timedelta(days=50), last - timedelta(days=55)
            ),
        ),
        ampoules_at_hand=6,
    )


def _labs(last: date, chance: random.Random) -> list[LabLine]:
    """The panel every 3 months, each value wandering a little."""
    labs: list[LabLine] = []
    day = FIRST_DAY + timedelta(days=14)
    while day <= last:
        for test, unit, typical in LAB_PANEL:
            value = Decimal(str(round(typical * chance.uniform(0.8, 1.2), 2)))
            labs.append(LabLine(len(labs) + 1, test, day, "done", day, value, unit, True))
        day += timedelta(days=91)
    return labs


def _check_ins(last: date, chance: random.Random) -> list[SymptomLine]:
    """A check-in every week, each symptom scored 0 to 3."""
    lines: list[SymptomLine] = []
    day = FIRST_DAY + timedelta(days=3)
    while day <= last:
        scores = {symptom: chance.choice((0, 0, 1, 1, 2, 3)) for symptom in SYMPTOMS}
        lines.append(SymptomLine(len(lines) + 1, _at(day, 20), day, scores))
        day += timedelta(days=7)
    return lines


def render(record: PatientRecord, period: Period) -> tuple[ReportFiles, float]:
    """The report's files and the seconds they took."""
    started = time.perf_counter()
    files = report_files(catalog_for("en"), record, period, _at(record.today, 12))
    elapsed = time.perf_counter() - started
    assert files is not None
    return files, elapsed


def main(argv: list[str] | None = None) -> int:
    """Render both reports `--runs` times and print sizes, median times and the ratio."""
    parser = argparse.ArgumentParser(prog="bench report", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args(argv)
    record = five_year_record()
    render(record, Period.THREE_MONTHS)  # warm-up: fonts, matplotlib, the catalog
    results: dict[Period, list[float]] = {Period.SINCE_START: [], Period.THREE_MONTHS: []}
    files: dict[Period, ReportFiles] = {}
    for number in range(arguments.runs):
        for period in results:
            files[period], elapsed = render(record, period)
            results[period].append(elapsed)
        print(f"run {number + 1}: " + ", ".join(f"{p}: {t[-1]:.3f} s" for p, t in results.items()),
              file=sys.stderr, flush=True)  # fmt: skip
    print(f"\nreport: {len(record.doses)} doses, {len(record.symptoms)} check-ins, "
          f"{len(record.labs)} lab results over 5 years ({machine_load()})")  # fmt: skip
    print(f"machine: {machine()}")
    print(f"{'report':<24}{'PDF bytes':>12}{'pages':>7}{'CSV bytes':>12}{'CSV rows':>10}"
          f"{'median s':>10}{'min..max s':>16}")  # fmt: skip
    for period, seconds in results.items():
        found = files[period]
        pages = len(PdfReader(BytesIO(found.pdf)).pages)
        rows = found.csv.count(b"\r\n") - 1
        print(f"{period.name.lower():<24}{len(found.pdf):>12,}{pages:>7}{len(found.csv):>12,}"
              f"{rows:>10,}{statistics.median(seconds):>10.3f}"
              f"{f'{min(seconds):.3f}..{max(seconds):.3f}':>16}")  # fmt: skip
    ratio = statistics.median(results[Period.SINCE_START]) / statistics.median(
        results[Period.THREE_MONTHS]
    )
    print(f"ratio 5 years : 3 months, median time: {ratio:.2f} ({arguments.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
