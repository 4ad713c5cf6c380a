"""Engine and sessions: SQLite (WAL, foreign keys on) by default, PostgreSQL by URL.

Also what "the database is unreachable" means (`database_unreachable`) and a cheap probe for
when it answers again (`database_answers`).
"""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel import Session, create_engine

try:
    from psycopg import OperationalError as PostgresOperationalError

    POSTGRES_ERRORS: tuple[type[Exception], ...] = (PostgresOperationalError,)
except ImportError:  # PostgreSQL support is an optional extra
    POSTGRES_ERRORS = ()

# A server that does not answer must not stall the event loop for libpq's default of minutes.
POSTGRES_CONNECT_TIMEOUT = 10
# SQLite primary result codes (the low byte) that say "not now" about the file, not the
# statement: another connection holds the lock (BUSY, LOCKED), or it cannot be opened.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN = 5, 6, 14
# PostgreSQL SQLSTATEs that say "not now" about the server: connection exceptions (class 08),
# insufficient resources (class 53: too many connections, out of memory or disk), and the
# server shutting down, crashed or still starting (57P01-57P03).
POSTGRES_UNREACHABLE_CLASSES = ("08", "53")
POSTGRES_UNREACHABLE_STATES = frozenset({"57P01", "57P02", "57P03"})


def create_database_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for the URL, preparing SQLite's folder and pragmas."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # hide_parameters: as below, for PostgreSQL. A timeout in the URL wins over ours.
        connect_args = {} if "connect_timeout" in parsed.query else _POSTGRES_CONNECT_ARGS
        return create_engine(
            url, echo=echo, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args
        )
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    # hide_parameters: a database error logged with its traceback must not carry the values
    # (a skip reason, a symptom note) that the failing statement was writing.
    engine = create_engine(
        url, echo=echo, hide_parameters=True, connect_args={"check_same_thread": False}
    )
    event.listen(engine, "connect", _configure_sqlite_connection)
    return engine


_POSTGRES_CONNECT_ARGS = {"connect_timeout": POSTGRES_CONNECT_TIMEOUT}


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    """Turn on WAL, foreign keys and a busy timeout for every new SQLite connection."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# Where a session keeps the rows it owes, per table, until its transaction commits.
_OWED = "b12bot.owed_rows"


def owe_row(session: Session, table: sa.Table, row: dict[str, Any]) -> None:
    """Insert `row` into `table` when the unit commits, in one statement with the rest owed.

    For writes made many times in one unit that nothing in it reads back (a follow-up per
    reminder settled): no ORM object each, and one executemany instead of one insert each.
    The row may only refer to rows already written: it goes in before the unit's last flush.
    """
    session.info.setdefault(_OWED, {}).setdefault(table, []).append(row)


@event.listens_for(Session, "before_commit")
def _write_owed_rows(session: Session) -> None:
    """Insert the rows the unit owes, one executemany per table, before it commits."""
    owed: dict[sa.Table, list[dict[str, Any]]] = session.info.pop(_OWED, {})
    for table, rows in owed.items():
        session.connection().execute(sa.insert(table), rows)


@event.listens_for(Session, "after_rollback")
def _forget_owed_rows(session: Session) -> None:
    """Rows owed by a unit that rolled back are never written."""
    session.info.pop(_OWED, None)


# Tables whose writes someone wants to hear about as they commit, each with its callbacks.
_ON_COMMIT: dict[str, list[Callable[[], None]]] = {}
# Where a connection keeps the names of the watched tables its open transaction wrote.
_WRITTEN = "b12bot.written_tables"


def on_commit_writing(table: str, callback: Callable[[], None]) -> None:
    """Call `callback` (in the committing context) when a transaction that wrote `table` commits.

    Any statement counts: the ORM's flushes, ORM-enabled and Core insert, update and delete.
    A commit the database then refuses still calls it: listeners only ever do work that is
    harmless when nothing changed (such as re-arming a timer).
    """
    callbacks = _ON_COMMIT.setdefault(table, [])
    if callback not in callbacks:
        callbacks.append(callback)


@event.listens_for(Engine, "after_execute")
def _note_watched_write(
    connection: Any, statement: Any, _multi: Any, _params: Any, _options: Any, _result: Any
) -> None:
    """Remember that the open transaction wrote a watched table."""
    if not isinstance(statement, UpdateBase):
        return
    table = getattr(statement.table, "name", None)
    if table in _ON_COMMIT:
        connection.info.setdefault(_WRITTEN, set()).add(table)


@event.listens_for(Engine, "commit")
def _tell_watchers(connection: Any) -> None:
    """Call the callbacks of every watched table the committing transaction wrote."""
    for table in connection.info.pop(_WRITTEN, ()):
        for callback in _ON_COMMIT.get(table, ()):
            callback()


@event.listens_for(Engine, "rollback")
def _forget_writes(connection: Any) -> None:
    """Forget what a transaction wrote once it rolled back."""
    connection.info.pop(_WRITTEN, None)


def database_unreachable(error: BaseException) -> bool:
    """Whether `error` says the database cannot be reached now, so the same work may succeed later.

    True when SQLAlchemy found the connection dead (`connection_invalidated`) or could not get
    one (pool timeout, disconnect), or when the driver's error says so: SQLite busy or locked
    (after the busy timeout) or unable to open the file; a psycopg OperationalError without a
    SQLSTATE (no server answered: refused, reset, lost) or with one of the SQLSTATEs above.
    False for anything the database said about the statement itself (a constraint, a missing
    table, a value out of range): running it again would fail the same way.
    """
    for cause in _causes(error):
        if isinstance(cause, DBAPIError) and cause.connection_invalidated:
            return True
        if isinstance(cause, PoolTimeoutError | DisconnectionError):
            return True
        if isinstance(cause, sqlite3.OperationalError):
            code = getattr(cause, "sqlite_errorcode", None)
            return code is not None and code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN)
        if isinstance(cause, POSTGRES_ERRORS):
            state: str | None = getattr(cause, "sqlstate", None)
            return (
                state is None
                or state.startswith(POSTGRES_UNREACHABLE_CLASSES)
                or state in POSTGRES_UNREACHABLE_STATES
            )
    return False


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, then what it wraps: the driver's error and what each was raised from."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, DBAPIError) and isinstance(current.orig, BaseException):
            pending.append(current.orig)
        if current.__cause__ is not None:
            pending.append(current.__cause__)


def database_answers(engine: Engine) -> bool:
    """Whether the database takes work now: a cheap probe that writes nothing.

    On SQLite a SELECT needs no lock, so the probe asks for the write lock and gives it back:
    a file another writer holds is reported as not answering (after the busy timeout).
    """
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                connection.exec_driver_sql("ROLLBACK")
            else:
                connection.exec_driver_sql("SELECT 1")
    except Exception as error:
        if database_unreachable(error):
            return False
        raise
    return True
