"""Upgrading a database of the first release keeps every row, on SQLite and PostgreSQL."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from storage.database import create_database_engine
from storage.schema import current_revision, head_revision, upgrade_to_latest
from tests.postgres import PostgresServer

FIRST_REVISION = "0001"
ROWS_PER_TABLE = 2


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database of its own (the shared test database is already at head)."""
    if request.param == "sqlite":
        engine = create_database_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        yield engine
        engine.dispose()
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.create_database("b12bot_migration")
    engine = create_database_engine(url.render_as_string(hide_password=False))
    yield engine
    engine.dispose()
    server.drop_database(url)


def test_upgrading_from_the_first_revision_keeps_every_row(empty_engine: Engine) -> None:
    """Rows written at 0001 are all there, unchanged, after upgrading to head."""
    upgrade_to_latest(empty_engine, revision=FIRST_REVISION)
    old_tables = _reflect(empty_engine)
    written = _fill(empty_engine, old_tables)

    upgrade_to_latest(empty_engine)

    assert current_revision(empty_engine) == head_revision()
    new_tables = _reflect(empty_engine)
    for name, rows in written.items():
        assert name in new_tables, f"table {name} disappeared"
        kept = [column for column in rows[0] if column in new_tables[name].columns]
        assert set(kept) == set(rows[0]), f"{name} lost columns {set(rows[0]) - set(kept)}"
        assert _read(empty_engine, new_tables[name], kept) == rows, f"{name} rows changed"


def _reflect(engine: Engine) -> dict[str, sa.Table]:
    """Every application table as the database has it now."""
    metadata = sa.MetaData()
    metadata.reflect(engine)
    return {name: table for name, table in metadata.tables.items() if name != "alembic_version"}


def _fill(engine: Engine, tables: dict[str, sa.Table]) -> dict[str, list[dict[str, Any]]]:
    """Write ROWS_PER_TABLE rows into every table, parents first; return what was written."""
    metadata = next(iter(tables.values())).metadata
    written: dict[str, list[dict[str, Any]]] = {}
    with engine.begin() as connection:
        for table in metadata.sorted_tables:
            if table.name not in tables:
                continue
            rows = [_row(table, index, written) for index in range(1, ROWS_PER_TABLE + 1)]
            connection.execute(table.insert(), rows)
            written[table.name] = rows
    return written


def _row(table: sa.Table, index: int, written: dict[str, Any]) -> dict[str, Any]:
    """One row with a distinct, type-appropriate value in every column."""
    row = {column.name: _value(column, index) for column in table.columns}
    for foreign_key in table.foreign_keys:
        parent = foreign_key.column.table.name
        row[foreign_key.parent.name] = index if parent in written else None
    return row


def _value(column: sa.Column[Any], index: int) -> Any:
    """A value for `column` in row `index`."""
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return index % 2 == 0
    if isinstance(kind, sa.Integer):
        return index if column.primary_key else 100 + index
    if isinstance(kind, sa.Numeric):
        return Decimal("1000") + index
    if isinstance(kind, sa.DateTime):
        return datetime(2026, 11, 20 + index, 9, 0, tzinfo=UTC)
    if isinstance(kind, sa.Date):
        return date(2026, 11, 20 + index)
    if isinstance(kind, sa.Time):
        return time(9, index)
    if isinstance(kind, sa.JSON):
        return {"row": index}
    length = getattr(kind, "length", None) or 32
    return f"{column.name[:4]}{index}"[:length]


def _read(engine: Engine, table: sa.Table, columns: list[str]) -> list[dict[str, Any]]:
    """The rows of `table`, only `columns`, in primary-key order, normalised for comparison."""
    order = [table.c[column.name] for column in table.primary_key.columns]
    statement = sa.select(*(table.c[name] for name in columns)).order_by(*order)
    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(statement)]
    return [{name: _normalise(value) for name, value in row.items()} for row in rows]


def _normalise(value: Any) -> Any:
    """SQLite hands datetimes back naive (they are stored in UTC) and numerics as floats."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    if isinstance(value, float):
        return Decimal(str(value))
    return value
