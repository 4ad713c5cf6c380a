"""Benchmark databases: one patient made by the bot's own code, copied N times in bulk.

The template patient is written by `adopt_plan` (and `record_done` for a history), so every
row looks exactly like the bot's; the copies go in with SQLAlchemy Core executemany, ten
thousand patients per statement batch, with ids and foreign keys shifted per copy.

On PostgreSQL the same rows go into a template database (migrated by the bot's Alembic
path, then written with COPY), and each run gets its own `CREATE DATABASE … TEMPLATE`
copy (`Prepared.copy`), dropped after the run.

    python -m bench.database startup --patients 100000 --out data/bench-startup.sqlite3
"""

import argparse
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
from storage.schema import head_revision, upgrade_to_latest
from storage.types import UTCDateTime
from tests.postgres import PostgresServer

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
TABLES_REFERENCES = dict(TABLES)
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
    """The database for this size, made once and kept in `folder` for later runs.

    Named by the schema revision too: a run never waits for the bot to migrate its copy.
    """
    name = f"bench-v{TEMPLATE_VERSION}-{patients}-h{history}-r{head_revision()}.sqlite3"
    path = folder / name
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
        shift_type = _PostgresShift if connection.dialect.name == "postgresql" else _Shift
        shift = shift_type(
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
        connection.execute(
            sa.update(patients).values(reminder_time=shift.time_of_day(patients, due_at))
        )


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

    def time_of_day(self, patients: sa.Table, due_at: datetime) -> sa.ColumnElement[Any]:
        """Each patient's new reminder time: the due instant plus their own delay, as text."""
        time_of_day = sa.func.strftime(
            "%H:%M:%f", due_at.replace(tzinfo=None), self.offset(patients)
        )
        return time_of_day.op("||")("000")


@dataclass(frozen=True)
class _PostgresShift:
    """The same move over PostgreSQL's types: timestamptz + interval, date + days, time."""

    seconds: int
    days: int
    step_ms: int

    def offset(self, table: sa.Table, *, seconds: int = 0) -> sa.ColumnElement[Any]:
        """`seconds` plus the patient's own extra delay, as an interval."""
        patient = table.c.id if table.name == "patient" else table.c.patient_id
        own = (
            (patient - 1)
            * self.step_ms
            * sa.literal_column("interval '1 millisecond'", sa.Interval)
        )
        return sa.literal_column(f"interval '{seconds} seconds'", sa.Interval) + own

    def moved(self, table: sa.Table, column: sa.Column[Any]) -> sa.ColumnElement[Any]:
        """The column's value after the move."""
        if isinstance(column.type, sa.Date):
            return column + sa.literal_column(str(self.days), type_=sa.Integer)
        return column + self.offset(table, seconds=self.seconds)

    def time_of_day(self, patients: sa.Table, due_at: datetime) -> sa.ColumnElement[Any]:
        """Each patient's new reminder time: the due instant plus their own delay."""
        instant = sa.cast(sa.literal(due_at.replace(tzinfo=None).isoformat()), sa.DateTime)
        return sa.cast(instant + self.offset(patients), sa.Time)


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


# -- the databases a run can use ---------------------------------------------------------


@dataclass(frozen=True)
class RunDatabase:
    """One run's own copy: the bot's DATABASE_URL, and the file its log and folder go by."""

    url: str
    # The SQLite file itself; for PostgreSQL only the name of the log beside it.
    path: Path


@dataclass(frozen=True)
class Prepared:
    """A benchmark database made once: a SQLite file, or a PostgreSQL template database."""

    database: str
    path: Path | None = None
    server: PostgresServer | None = None
    template: str | None = None

    @contextmanager
    def copy(self, workdir: Path, name: str) -> Iterator[RunDatabase]:
        """A fresh copy for one run (runs change the ledger), removed after it."""
        # The process id: two benchmarks on one machine never share a copy.
        stem = f"{name}-{self.database}-{os.getpid()}"
        if self.server is None:
            assert self.path is not None
            path = fresh_copy(self.path, workdir / f"{stem}.sqlite3")
            try:
                yield RunDatabase(f"sqlite:///{path.resolve()}", path)
            finally:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            return
        assert self.template is not None
        template = self.server.database_url(self.template)
        url = self.server.create_database("b12bench_run", template=template)
        try:
            yield RunDatabase(url.render_as_string(hide_password=False), workdir / stem)
        finally:
            self.server.drop_database(url)


def prepared(
    database: str,
    folder: Path,
    *,
    patients: int,
    history: int = 0,
    server: PostgresServer | None = None,
) -> Prepared:
    """The benchmark database for this size on `database` ("sqlite" or "postgres"), made once."""
    if database == "sqlite":
        return Prepared(database, path=cached_database(folder, patients=patients, history=history))
    if server is None:
        raise ValueError("PostgreSQL needs a server")
    return Prepared(
        database,
        server=server,
        template=cached_template(server, patients=patients, history=history),
    )


def template_name(*, patients: int, history: int) -> str:
    """The template database's name: what it holds, and the schema revision it was made at."""
    kind = "startup" if history else "burst"
    return f"b12bench_{kind}_{patients}_v{TEMPLATE_VERSION}_h{history}_{head_revision()}"


def cached_template(server: PostgresServer, *, patients: int, history: int = 0) -> str:
    """The PostgreSQL template database for this size, made once and kept on the server."""
    name = template_name(patients=patients, history=history)
    with _admin(server) as admin:
        exists = admin.execute(
            sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
        ).first()
    if exists:
        return name
    started = time.perf_counter()
    print(f"making PostgreSQL {name} ({patients:,} patients) …", file=sys.stderr, flush=True)
    partial = f"{name}_partial"
    with _admin(server) as admin:
        admin.execute(sa.text(f'DROP DATABASE IF EXISTS "{partial}" WITH (FORCE)'))
        admin.execute(sa.text(f'CREATE DATABASE "{partial}"'))
    make_postgres_database(
        server.database_url(partial).render_as_string(hide_password=False),
        patients=patients,
        history=history,
    )
    with _admin(server) as admin:
        admin.execute(sa.text(f'ALTER DATABASE "{partial}" RENAME TO "{name}"'))
    print(f"  made in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return name


def make_postgres_database(url: str, *, patients: int, history: int = 0) -> None:
    """Migrate the empty database at `url` and COPY in `patients` copies of the template.

    Through the bot's own migrations; then, for speed, the secondary indexes are dropped
    and made again after the rows are in, and foreign keys are not checked row by row
    (session_replication_role): the copies are consistent by construction.
    """
    with TemporaryDirectory() as scratch:
        template = _template(Path(scratch) / "template.sqlite3", history)
    engine = create_database_engine(url)
    try:
        upgrade_to_latest(engine)
        connection = engine.raw_connection()
        try:
            _copy_into_postgres(connection.driver_connection, template, patients)
        finally:
            connection.close()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as autocommit:
            autocommit.exec_driver_sql("VACUUM (ANALYZE)")
    finally:
        engine.dispose()


def _copy_into_postgres(
    connection: Any, template: dict[Any, list[dict[str, Any]]], patients: int
) -> None:
    """The copies through COPY, in one transaction, with ids and references shifted."""
    stride = {model: len(rows) for model, rows in template.items()}
    base = {model: min((row["id"] for row in rows), default=1) for model, rows in template.items()}
    names = [model.__tablename__ for model, _ in TABLES]
    with connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)",
            (names,),
        )
        indexes = cursor.fetchall()
        for index, _ in indexes:
            cursor.execute(f'DROP INDEX "{index}"')
        for model, _ in TABLES:
            rows = template[model]
            if not rows:
                continue
            columns = list(rows[0])
            listed = ", ".join(f'"{column}"' for column in columns)
            with cursor.copy(f'COPY "{model.__tablename__}" ({listed}) FROM STDIN') as copy:
                for first in range(0, patients, CHUNK):
                    copies = range(first, min(patients, first + CHUNK))
                    for row in _copies(rows, copies, model, TABLES_REFERENCES[model], stride, base):
                        copy.write_row([row[column] for column in columns])
        for _, definition in indexes:
            cursor.execute(definition)
        for name in names:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f'(SELECT coalesce(max(id), 0) + 1 FROM "{name}"), false)'
            )
        cursor.execute("SET session_replication_role = DEFAULT")
    connection.commit()


@contextmanager
def _admin(server: PostgresServer) -> Iterator[sa.Connection]:
    """An autocommit connection to the server's admin database (CREATE/DROP DATABASE)."""
    engine = sa.create_engine(server.admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


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
