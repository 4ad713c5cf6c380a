"""The migrations build exactly the schema the models describe, with SQLite's safety pragmas."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

from storage.schema import current_revision, head_revision


def test_migrated_database_matches_the_models(engine: Engine) -> None:
    """Autogenerate finds nothing to add: no table or column is missing from a migration."""
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_database_is_at_head_revision(engine: Engine) -> None:
    """Start-up migration leaves the database at the newest revision."""
    assert current_revision(engine) == head_revision() is not None


def test_pending_reminder_index_covers_only_pending_rows(engine: Engine) -> None:
    """The due-time index is partial, so sent rows never slow the wake-up scan."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            sql = connection.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_reminder_pending_due'")
            ).scalar_one()
        assert "WHERE ((status)::text = 'pending'::text)" in sql
        return
    with engine.connect() as connection:
        sql = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'ix_reminder_pending_due'")
        ).scalar_one()
        plan = connection.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM reminder "
                "WHERE status = 'pending' AND due_at <= '2026-01-01' ORDER BY due_at"
            )
        ).all()
    assert "WHERE status = 'pending'" in sql
    assert any("ix_reminder_pending_due" in str(row) for row in plan)


def test_sqlite_runs_with_wal_and_foreign_keys(engine: Engine) -> None:
    """Every SQLite connection has WAL journaling and enforced foreign keys."""
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    assert "reminder" in inspect(engine).get_table_names()
