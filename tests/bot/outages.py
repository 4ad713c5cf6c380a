"""A database outage for tests: the driver's own "unreachable" errors, switched on and off."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from sqlalchemy import Engine, event


class DatabaseOutage:
    """A switch: while on, every statement on the engine fails as in a database outage.

    The error is the driver's own for an unreachable database (SQLite's "database is locked"
    after its busy timeout, PostgreSQL's server gone), raised where the driver would raise it,
    so SQLAlchemy wraps it (and on PostgreSQL invalidates the connection) as in a real outage.
    """

    def __init__(self, engine: Engine) -> None:
        """Ready to cut this engine off; nothing fails until `on` is set."""
        self.engine = engine
        self.on = False

    def _fail(self, *_args: Any) -> None:
        """before_cursor_execute: raise the driver's outage error while on."""
        if self.on:
            raise self._driver_error()

    def _driver_error(self) -> Exception:
        """The error this engine's driver raises when its database cannot be reached."""
        if self.engine.dialect.name == "sqlite":
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorcode, error.sqlite_errorname = 5, "SQLITE_BUSY"
            return error
        return psycopg.OperationalError(
            "consuming input failed: server closed the connection unexpectedly"
        )

    @contextmanager
    def installed(self) -> Iterator["DatabaseOutage"]:
        """Listen to the engine's statements for the duration."""
        event.listen(self.engine, "before_cursor_execute", self._fail)
        try:
            yield self
        finally:
            event.remove(self.engine, "before_cursor_execute", self._fail)
