"""Engine and sessions: SQLite (WAL, foreign keys on) by default, PostgreSQL by URL."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session, create_engine


def create_database_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for the URL, preparing SQLite's folder and pragmas."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # hide_parameters: as below, for PostgreSQL.
        return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    # hide_parameters: a database error logged with its traceback must not carry the values
    # (a skip reason, a symptom note) that the failing statement was writing.
    engine = create_engine(
        url, echo=echo, hide_parameters=True, connect_args={"check_same_thread": False}
    )
    event.listen(engine, "connect", _configure_sqlite_connection)
    return engine


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
