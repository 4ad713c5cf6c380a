"""The scheduler lease's statements: a PostgreSQL advisory lock on a dedicated DBAPI connection.

The lease keeps one raw connection open for as long as it holds the lock (the server frees
the lock with the session), so these take that connection rather than a Session.
"""

from typing import Any


def try_advisory_lock(connection: Any, *, key: int) -> bool:
    """Try to take the advisory lock `key` once, without waiting; whether it was granted."""
    cursor = connection.cursor()
    cursor.execute(f"SELECT pg_try_advisory_lock({key})")
    granted = bool(cursor.fetchone()[0])
    connection.commit()
    return granted


def holds_advisory_lock(connection: Any, *, key: int) -> bool:
    """Whether this connection's session still holds the advisory lock `key`."""
    cursor = connection.cursor()
    cursor.execute(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
        "AND pid = pg_backend_pid() AND objid = %s AND granted",
        (key,),
    )
    held = bool(cursor.fetchone()[0])
    connection.commit()
    return held
