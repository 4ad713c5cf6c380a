"""Shared fixtures: a migrated database (SQLite and PostgreSQL) and a Bot API double per test."""

import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlmodel import Session

from bot_api_double import BotApiDouble, running_double
from storage.database import create_database_engine
from storage.schema import upgrade_to_latest
from tests.postgres import PostgresServer, find_server, schema_fingerprint, truncate_all

# The bot opts in to python-telegram-bot's timedelta periods at start-up; tests do the same.
os.environ.setdefault("PTB_TIMEDELTA", "true")


POSTGRES_SERVER, POSTGRES_SKIP_REASON = find_server()


def pytest_report_header() -> str:
    """Say which PostgreSQL server the PostgreSQL variants use, or why they are skipped."""
    if POSTGRES_SERVER is None:
        return f"PostgreSQL tests skipped: {POSTGRES_SKIP_REASON}"
    return f"PostgreSQL tests on {POSTGRES_SERVER.admin_url.render_as_string()}"


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers that choose the databases a test runs on."""
    config.addinivalue_line(
        "markers",
        "sqlite_only: a feature journey run on SQLite alone; its SQL is run on PostgreSQL by "
        "the storage tests and by the module's tests marked both_databases",
    )
    config.addinivalue_line(
        "markers", "both_databases: run on SQLite and PostgreSQL even in a sqlite_only module"
    )


@pytest.hookimpl(tryfirst=True)
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Give a sqlite_only test (or one in such a module) the SQLite engine alone."""
    # Every test on both databases costs the suite about 40 % more time than the PostgreSQL
    # bugs it finds: those live in the storage layer, which keeps both everywhere.
    definition = metafunc.definition
    if (
        "engine" in metafunc.fixturenames
        and definition.get_closest_marker("sqlite_only") is not None
        and definition.get_closest_marker("both_databases") is None
    ):
        # A mark, not metafunc.parametrize: the mark is what tells pytest to leave the
        # fixture's own params out, and it is read after this hook.
        definition.add_marker(pytest.mark.parametrize("engine", ["sqlite"], indirect=True))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Repeat the skip at the end, where nobody can miss it."""
    if POSTGRES_SERVER is None:
        terminalreporter.write_line(f"PostgreSQL tests skipped: {POSTGRES_SKIP_REASON}")


@pytest.fixture(scope="session")
def postgres() -> PostgresServer:
    """The PostgreSQL server for this run (skips the test when there is none)."""
    if POSTGRES_SERVER is None:
        pytest.skip(f"PostgreSQL tests skipped: {POSTGRES_SKIP_REASON}")
    return POSTGRES_SERVER


class PostgresDatabases:
    """A migrated template and a working copy; the copy is emptied, or remade if a test
    changed its schema, before each test (much faster than a new database per test)."""

    def __init__(self, server: PostgresServer) -> None:
        """Create and migrate the template, then the first working copy."""
        self.server = server
        self.template = server.create_database("b12bot_template")
        template_engine = _engine(self.template)
        upgrade_to_latest(template_engine)
        template_engine.dispose()
        self.working = server.create_database(template=self.template)
        self.fingerprint = schema_fingerprint(probe := _engine(self.working))
        probe.dispose()

    def fresh_engine(self) -> Engine:
        """An engine on an empty working database with the migrated schema."""
        engine = _engine(self.working)
        if schema_fingerprint(engine) == self.fingerprint:
            truncate_all(engine)
            return engine
        engine.dispose()
        self.server.drop_database(self.working)
        self.working = self.server.create_database(template=self.template)
        return _engine(self.working)

    def drop(self) -> None:
        """Remove both databases."""
        self.server.drop_database(self.working)
        self.server.drop_database(self.template)


def _engine(url: URL) -> Engine:
    """The project's engine for a test database URL."""
    return create_database_engine(url.render_as_string(hide_password=False))


@pytest.fixture(scope="session")
def postgres_databases(postgres: PostgresServer) -> Iterator[PostgresDatabases]:
    """The session's PostgreSQL test databases, dropped at the end."""
    databases = PostgresDatabases(postgres)
    yield databases
    databases.drop()


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to the latest revision once, for each test to start a copy of."""
    path = tmp_path_factory.mktemp("migrated") / "template.sqlite3"
    template = create_database_engine(f"sqlite:///{path}")
    upgrade_to_latest(template)
    template.dispose()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(
    request: pytest.FixtureRequest, tmp_path: Path, migrated_sqlite_file: Path
) -> Iterator[Engine]:
    """A fresh, migrated database: a SQLite file, or the session's emptied PostgreSQL database."""
    if request.param == "sqlite":
        # A copy of the migrated file: running every migration again costs each test 0.1 s.
        database = tmp_path / "test.sqlite3"
        shutil.copyfile(migrated_sqlite_file, database)
        database_engine = create_database_engine(f"sqlite:///{database}")
    else:
        databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
        database_engine = databases.fresh_engine()
    yield database_engine
    database_engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on the test database, rolled back at the end."""
    with Session(engine, expire_on_commit=False) as database_session:
        yield database_session


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    """A Bot API double listening on 127.0.0.1 for this test."""
    async with running_double() as bot_api:
        yield bot_api
