"""Benchmark databases: one patient made by the bot's own code, copied N times in bulk.

The template patient is written by `adopt_plan` (and `record_done` for a history), so every
row looks exactly like the bot's; the copies go in with SQLAlchemy Core executemany, ten
thousand patients per statement batch, with ids and foreign keys shifted per copy.

    python -m bench.database startup --patients 100000 --out data/bench-startup.sqlite3
"""

import argparse
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlmodel import col, select

from bot.domain.presets import preset
from bot.domain.regimen import Dose, DoseUnit, Drug, Giver, Regimen, Route
from bot.features.doses.outcomes import record_done
from bot.features.symptoms.offer_plan import plan_symptom_offers
from bot.services.scheduling import adopt_plan
from storage.database import create_database_engine, session_scope
from storage.models import (
    DoseEvent,
    Patient,
    Phase,
    Reminder,
    ScheduledDose,
)
from storage.models import Regimen as RegimenRow
from storage.schema import upgrade_to_latest
from storage.types import UTCDateTime

# Every generated burst reminder is due at this placeholder until a run moves it (see due_at).
PLACEHOLDER_DUE = datetime(2100, 1, 4, 9, 0, tzinfo=UTC)
FIRST_CHAT = 10_000_000
# Part of the cached files' names: a change to the template patient makes new files.
TEMPLATE_VERSION = 2
CHUNK = 10_000
INTERVAL = timedelta(days=28)
# Doses already done per start-up patient: with the 4 upcoming ones, 10 dose rows each.
STARTUP_HISTORY = 6
# Copied in this order (foreign keys); each with the columns that point at a copied row.
TABLES: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (Patient, ()),
    (RegimenRow, ("patient_id",)),
    (Phase, ("regimen_id",)),
    (ScheduledDose, ("patient_id", "regimen_id")),
    (DoseEvent, ("dose_id", "patient_id")),
    (Reminder, ("patient_id", "dose_id")),
)
REFERS_TO = {
    "patient_id": Patient,
    "regimen_id": RegimenRow,
    "dose_id": ScheduledDose,
}


def make_database(path: Path, *, patients: int, history: int = 0) -> Path:
    """A migrated SQLite file at `path` with `patients` copies of the template patient."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    with TemporaryDirectory() as scratch:
        template = _template(Path(scratch) / "template.sqlite3", history)
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_to_latest(engine)
    try:
        _copy(engine, template, patients)
    finally:
        engine.dispose()
    return path


def cached_database(folder: Path, *, patients: int, history: int = 0) -> Path:
    """The database for this size, made once and kept in `folder` for later runs."""
    path = folder / f"bench-v{TEMPLATE_VERSION}-{patients}-h{history}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        print(f"making {path.name} ({patients:,} patients) …", file=sys.stderr, flush=True)
        make_database(path.with_suffix(".partial"), patients=patients, history=history)
        path.with_suffix(".partial").rename(path)
        print(f"  made in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return path


def fresh_copy(source: Path, target: Path) -> Path:
    """A copy of a prepared database for one run (runs change the ledger)."""
    target.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def move_burst(engine: Engine, due_at: datetime, *, every: timedelta | None = None) -> None:
    """Move every patient's whole plan so that their placeholder dose falls due at `due_at`.

    With `every`, patient number k (from 0) falls due k times `every` later instead: a steady
    stream rather than a burst. Every instant of a patient moves by the same amount, every
    date by the same number of days, and the reminder time becomes the new due time of day:
    each patient's stored doses stay exactly where the schedule engine puts them, so a "done"
    on time moves nothing (as for a real patient), instead of re-planning a dose found seventy
    years early.
    """
    step_ms = round(every / timedelta(milliseconds=1)) if every else 0
    if due_at.microsecond or (every and every != timedelta(milliseconds=step_ms)):
        raise ValueError("the burst instant must be a whole second, the step whole milliseconds")
    with engine.begin() as connection:
        patients: sa.Table = Patient.__table__  # type: ignore[attr-defined]
        count = connection.execute(sa.select(sa.func.count()).select_from(patients)).scalar_one()
        last = due_at + timedelta(milliseconds=step_ms * max(0, count - 1))
        if last.date() != due_at.date():
            raise ValueError("the stream would cross midnight UTC: run it again after midnight")
        shift = _Shift(
            seconds=round((due_at - PLACEHOLDER_DUE).total_seconds()),
            days=(due_at.date() - PLACEHOLDER_DUE.date()).days,
            step_ms=step_ms,
        )
        for model, _ in TABLES:
            table: sa.Table = model.__table__
            moved = {
                column.name: shift.moved(table, column)
                for column in table.columns
                if isinstance(column.type, UTCDateTime | sa.Date)
            }
            if moved:
                connection.execute(sa.update(table).values(moved))
        time_of_day = sa.func.strftime(
            "%H:%M:%f", due_at.replace(tzinfo=None), shift.offset(patients)
        )
        connection.execute(sa.update(patients).values(reminder_time=time_of_day.op("||")("000")))


@dataclass(frozen=True)
class _Shift:
    """How far each patient's plan moves: SQL expressions over SQLite's text forms."""

    seconds: int
    days: int
    step_ms: int

    def offset(self, table: sa.Table) -> sa.ColumnElement[str]:
        """The patient's own extra delay, as an SQLite date modifier ('+0.040 seconds')."""
        patient = table.c.id if table.name == "patient" else table.c.patient_id
        return sa.func.printf("%+.3f seconds", (patient - 1) * self.step_ms / 1000.0)

    def moved(self, table: sa.Table, column: sa.Column[Any]) -> sa.ColumnElement[Any]:
        """The column's value after the move."""
        if isinstance(column.type, sa.Date):
            return sa.func.date(column, f"{self.days:+d} days")
        # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff'; SQLite computes to the millisecond.
        shifted = sa.func.strftime(
            "%Y-%m-%d %H:%M:%f", column, f"{self.seconds:+d} seconds", self.offset(table)
        )
        return shifted.op("||")("000")


def count_rows(engine: Engine) -> dict[str, int]:
    """Rows per copied table (for the generator's summary)."""
    with engine.connect() as connection:
        return {
            model.__tablename__: connection.execute(
                sa.select(sa.func.count()).select_from(model.__table__)
            ).scalar_one()
            for model, _ in TABLES
        }


# -- the template patient -------------------------------------------------------------------


def _template(path: Path, history: int) -> dict[Any, list[dict[str, Any]]]:
    """One patient on 1,000 mcg every 28 days, `history` doses already done, rows by table.

    Saved as the setup conversation saves a plan: doses, their reminders and the first
    symptom check-in offer.
    """
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_to_latest(engine)
    started = PLACEHOLDER_DUE - INTERVAL * history
    plan = Regimen(
        preset("maintenance_only").build(dose=Dose(Decimal(1000), DoseUnit.MCG)),
        Drug.CYANOCOBALAMIN,
        Route.IM,
        Giver.SELF,
    )
    with session_scope(engine) as session:
        patient = Patient(chat_id=FIRST_CHAT, time_zone="UTC", reminder_time=started.time())
        session.add(patient)
        session.flush()
        adopt_plan(
            session,
            patient=patient,
            plan=plan,
            preset="maintenance_only",
            first_dose_on=None,
            last_dose_before_start_on=(started - INTERVAL).date(),
            now=started - timedelta(hours=1),
        )
        # As the setup conversation does when it saves a plan.
        plan_symptom_offers(session, patient=patient, now=started - timedelta(hours=1))
        for _ in range(history):
            dose = session.exec(
                select(ScheduledDose)
                .where(ScheduledDose.status == "scheduled")
                .order_by(col(ScheduledDose.due_at))
            ).first()
            assert dose is not None
            taken = dose.due_at + timedelta(hours=1)
            record_done(session, patient=patient, dose=dose, taken_at=taken, now=taken)
    rows = _rows(engine)
    engine.dispose()
    return rows


def _rows(engine: Engine) -> dict[Any, list[dict[str, Any]]]:
    """Every row of the copied tables, as column dictionaries in id order."""
    with engine.connect() as connection:
        return {
            model: [
                dict(row._mapping)
                for row in connection.execute(sa.select(model.__table__).order_by("id"))
            ]
            for model, _ in TABLES
        }


# -- bulk copies ----------------------------------------------------------------------------


def _copy(engine: Engine, template: dict[Any, list[dict[str, Any]]], patients: int) -> None:
    """Insert `patients` copies of the template, one transaction per chunk."""
    stride = {model: len(rows) for model, rows in template.items()}
    base = {model: min((row["id"] for row in rows), default=1) for model, rows in template.items()}
    for first in range(0, patients, CHUNK):
        copies = range(first, min(patients, first + CHUNK))
        with engine.begin() as connection:
            for model, references in TABLES:
                rows = list(_copies(template[model], copies, model, references, stride, base))
                if rows:
                    connection.execute(sa.insert(model.__table__), rows)


def _copies(
    rows: list[dict[str, Any]],
    copies: range,
    model: Any,
    references: tuple[str, ...],
    stride: dict[Any, int],
    base: dict[Any, int],
) -> Iterator[dict[str, Any]]:
    """The template rows of one table for each copy, with ids and references shifted."""
    for copy in copies:
        for row in rows:
            shifted = {**row, "id": _shift(row["id"], copy, model, stride, base)}
            for column in references:
                if row[column] is not None:
                    target = REFERS_TO[column]
                    shifted[column] = _shift(row[column], copy, target, stride, base)
            if model is Patient:
                shifted["chat_id"] = FIRST_CHAT + copy
            yield shifted


def _shift(row_id: int, copy: int, model: Any, stride: dict[Any, int], base: dict[Any, int]) -> int:
    """The id a template row gets in copy number `copy`."""
    return copy * stride[model] + (row_id - base[model]) + 1


def main(argv: list[str] | None = None) -> int:
    """Make the start-up benchmark's database (or any size) and print its row counts."""
    parser = argparse.ArgumentParser(prog="python -m bench.database", description=__doc__)
    parser.add_argument("kind", choices=["startup", "burst"])
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True)
    arguments = parser.parse_args(argv)
    history = STARTUP_HISTORY if arguments.kind == "startup" else 0
    started = time.perf_counter()
    path = make_database(arguments.out, patients=arguments.patients, history=history)
    engine = create_database_engine(f"sqlite:///{path}")
    for table, count in count_rows(engine).items():
        print(f"{table:>16} {count:>10,}")
    engine.dispose()
    print(f"made {path} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
