"""One reminder loop among several replicas: a lease on a PostgreSQL advisory lock.

Every replica answers patients, but only the holder of the lease claims and sends reminders.
The lock lives on a dedicated connection kept open; when the holder dies, the server ends
its session and frees the lock, and a standby (retrying every few seconds) takes over and
requeues whatever the dead leader had claimed but not sent. On SQLite there is one process,
so the lease is trivially held.
"""

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import Engine

from storage.leases import holds_advisory_lock, try_advisory_lock

logger = logging.getLogger(__name__)

# Any fixed 64-bit number works; this one spells "b12" so it is recognisable in pg_locks.
LEASE_KEY = 0x623132
RETRY_SECONDS = 3.0

Callback = Callable[[], Awaitable[None]]


class SchedulerLease:
    """Whether this process may run the reminder loop, kept up to date in the background."""

    def __init__(self, engine: Engine, *, retry_seconds: float = RETRY_SECONDS) -> None:
        """Prepare the lease for `engine`'s database; nothing is taken until start()."""
        self.engine = engine
        self.retry_seconds = retry_seconds
        self.held = False
        self._connection: Any = None
        self._task: asyncio.Task[None] | None = None

    @property
    def shared(self) -> bool:
        """Whether several processes can share the database (PostgreSQL), so a lock is needed."""
        return self.engine.dialect.name == "postgresql"

    @property
    def role(self) -> str:
        """ "leader" or "standby", for health and logs."""
        return "leader" if self.held else "standby"

    async def start(self, *, on_acquired: Callback, on_lost: Callback) -> None:
        """Take the lease now if free; otherwise keep trying in the background."""
        if self._try_acquire():
            await on_acquired()
        if self.shared:
            self._task = asyncio.create_task(self._keep(on_acquired, on_lost))

    async def stop(self) -> None:
        """Stop trying, and give the lease up so a standby takes over at once."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self._close()

    async def _keep(self, on_acquired: Callback, on_lost: Callback) -> None:
        """Standby: retry the lock. Leader: check the session still holds it."""
        while True:
            await asyncio.sleep(self.retry_seconds)
            if self.held and not self._still_held():
                logger.warning("scheduler lease lost; this replica stops sending reminders")
                await on_lost()
            elif not self.held and self._try_acquire():
                await on_acquired()

    def _try_acquire(self) -> bool:
        """Try the advisory lock once on a dedicated connection (always granted on SQLite)."""
        if not self.shared:
            self.held = True
            return True
        try:
            if self._connection is None:
                self._connection = self.engine.raw_connection()
            self.held = try_advisory_lock(self._connection, key=LEASE_KEY)
        except Exception:  # noqa: BLE001  # the database is away: stay standby, retry later
            logger.warning("scheduler lease: database unreachable, will retry")
            self._close()
        if self.held:
            logger.info("scheduler lease taken; this replica sends reminders")
        return self.held

    def _still_held(self) -> bool:
        """Whether our session is alive and still holds the lock."""
        try:
            alive = holds_advisory_lock(self._connection, key=LEASE_KEY)
        except Exception:  # noqa: BLE001  # a broken connection has lost its lock
            alive = False
        if not alive:
            self._close()
        return alive

    def _close(self) -> None:
        """Close the lease connection; the server releases the lock with the session."""
        self.held = False
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.invalidate()
            self._connection = None
