"""Find the PostgreSQL server the tests use, and give each test session its own database.

The server comes from B12BOT_TEST_POSTGRES_URL (deploy/local.py sets it after finding or
starting one), else a local server on 127.0.0.1:5432 with trust authentication. Without
either, the PostgreSQL variants are skipped with the reason, and SQLite still runs.
"""

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url

URL_VARIABLE = "B12BOT_TEST_POSTGRES_URL"
LOCAL_CANDIDATES = (
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "postgresql+psycopg://root@127.0.0.1:5432/test",
    "postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
)


@dataclass(frozen=True)
class PostgresServer:
    """A reachable server: its admin URL (no password; libpq reads PGPASSWORD)."""

    admin_url: URL

    def database_url(self, name: str) -> URL:
        """The URL of database `name` on this server."""
        return self.admin_url.set(database=name)

    def create_database(self, prefix: str = "b12bot_test", *, template: URL | None = None) -> URL:
        """Create a database with a unique name (empty, or a copy of `template`)."""
        name = f"{prefix}_{os.getpid()}_{secrets.token_hex(4)}"
        copy = f' TEMPLATE "{template.database}" STRATEGY FILE_COPY' if template else ""
        with _autocommit(self.admin_url) as admin:
            admin.execute(sa.text(f'CREATE DATABASE "{name}"{copy}'))
        return self.database_url(name)

    def drop_database(self, url: URL) -> None:
        """Drop a database made by create_database, ending whatever is still connected."""
        with _autocommit(self.admin_url) as admin:
            admin.execute(sa.text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))


def find_server() -> tuple[PostgresServer | None, str]:
    """The server to test against, or None and why not."""
    configured = os.environ.get(URL_VARIABLE, "").strip()
    candidates = [configured] if configured else list(LOCAL_CANDIDATES)
    problems = []
    for candidate in candidates:
        url = _without_password(make_url(candidate))
        try:
            with _autocommit(url) as connection:
                connection.execute(sa.text("SELECT 1"))
        except Exception as error:  # noqa: BLE001  # any failure means "not usable", with why
            problems.append(f"{url.render_as_string()}: {type(error).__name__}")
            continue
        return PostgresServer(url), ""
    if configured:
        raise RuntimeError(f"{URL_VARIABLE} is set but unusable: {'; '.join(problems)}")
    return None, f"no server configured ({URL_VARIABLE}) and none on 127.0.0.1:5432"


def schema_fingerprint(engine: Engine) -> str:
    """Every table, column and index name: tells whether a test changed the schema."""
    with engine.connect() as connection:
        return str(
            connection.execute(
                sa.text(
                    "SELECT (SELECT string_agg(table_name || '.' || column_name, ',' "
                    "ORDER BY table_name, column_name) FROM information_schema.columns "
                    "WHERE table_schema = 'public') || '|' || (SELECT string_agg(indexname, ',' "
                    "ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'public')"
                )
            ).scalar_one()
        )


def truncate_all(engine: Engine) -> None:
    """Empty every table but Alembic's, and end every other session (leaked leases)."""
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
        tables = connection.execute(
            sa.text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'"
            )
        ).scalars()
        names = ", ".join(f'"{name}"' for name in tables)
        if names:
            connection.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


def _without_password(url: URL) -> URL:
    """Move a password to PGPASSWORD, so URLs handed to child processes can be printed."""
    url = url.set(drivername="postgresql+psycopg")
    if url.password:
        os.environ["PGPASSWORD"] = str(url.password)
        url = url.set(password=None)
    return url


@contextmanager
def _autocommit(url: URL) -> Iterator[sa.Connection]:
    """A short-lived autocommit connection (CREATE/DROP DATABASE cannot run in a transaction)."""
    engine = sa.create_engine(
        url,
        isolation_level="AUTOCOMMIT",
        poolclass=sa.NullPool,
        connect_args={"connect_timeout": 3},
    )
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()
