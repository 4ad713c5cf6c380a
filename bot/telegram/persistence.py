"""python-telegram-bot persistence kept in the project's database, not in a pickle file.

Stores persistent ConversationHandler states, user_data and chat_data. bot_data is the
services object the composition root builds and callback_data is not used, so neither is
stored; with `store_data.bot_data` False, PTB never calls `get_bot_data` and never replaces
`application.bot_data`.

PTB writes to a persistence only in `Application.update_persistence` (every `update_interval`
seconds and at shutdown), not when a conversation changes state. Register
`write_through_handler()` to save each update's changes as soon as it has been handled.

A write the database cannot take because it is unreachable is kept (the latest per row) and
written before the next one, or at `flush()`: PTB hands each change over once only.
"""

import copy
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlmodel import Session
from telegram import Update
from telegram.ext import BasePersistence, CallbackContext, PersistenceInput, TypeHandler

from storage.conversations import (
    ConversationKey,
    drop_handler_data,
    get_handler_data,
    handler_data_version,
    list_handler_data,
    load_conversations,
    save_conversation_state,
    save_handler_data,
)
from storage.database import database_unreachable, session_scope
from storage.models import HandlerDataKind

Data = dict[Any, Any]
# PTB's callback-data cache shape (telegram.ext._utils.types.CallbackData, a private module).
CallbackData = tuple[list[tuple[str, float, dict[str, Any]]], dict[str, str]]
T = TypeVar("T")
# What a kept write replaces: the same row written again (a conversation's, or a user's or
# chat's data).
WriteKey = tuple[object, ...]

logger = logging.getLogger(__name__)

# Handlers in higher groups run later; this one must see every other group's changes.
WRITE_THROUGH_GROUP = 1_000_000


class DatabasePersistence(BasePersistence[Data, Data, Data]):
    """Conversation states, user_data and chat_data in the database (bot_data is not stored)."""

    def __init__(self, engine: Engine, *, update_interval: float = 5, shared: bool = True) -> None:
        """Persist through this engine, saving at least every `update_interval` seconds.

        `shared`: other processes (replicas on one PostgreSQL) write the same rows, so each
        update first checks whether its chat's and user's rows changed. One process owns a
        SQLite file, and its copies are always current.
        """
        super().__init__(
            store_data=PersistenceInput(bot_data=False, callback_data=False),
            update_interval=update_interval,
        )
        self._engine = engine
        self._shared = shared
        # The row version this process last read or wrote, to notice other replicas' writes.
        self._versions: dict[tuple[HandlerDataKind, int], int] = {}
        # What the stored row holds, as this process last read or wrote it: an update that
        # changed nothing (most of them) is not written again.
        self._stored: dict[tuple[HandlerDataKind, int], Data] = {}
        # Writes the database could not take while unreachable, oldest first.
        self._unsaved: dict[WriteKey, Callable[[], None]] = {}

    def _run(self, work: Callable[[Session], T]) -> T:
        """Run one short unit of work on the database."""
        with session_scope(self._engine) as session:
            return work(session)

    def _write(self, key: WriteKey, write: Callable[[], None]) -> None:
        """Write now, after any kept writes; keep it instead while the database is unreachable."""
        self._unsaved.pop(key, None)
        if self._write_unsaved():
            try:
                write()
                return
            except Exception as error:
                if not database_unreachable(error):
                    raise
        if not self._unsaved:
            logger.warning("database unreachable: conversation state kept to be saved later")
        self._unsaved[key] = write

    def _write_unsaved(self) -> bool:
        """Write the kept writes in order; False if the database is still unreachable."""
        while self._unsaved:
            key, write = next(iter(self._unsaved.items()))
            try:
                write()
            except Exception as error:
                if database_unreachable(error):
                    return False
                # Failing for its own sake (as it would have at once): reported, not retried.
                logger.exception("a kept conversation state could not be saved")
            del self._unsaved[key]
            if not self._unsaved:
                logger.info("conversation state kept during the outage is saved")
        return True

    async def get_user_data(self) -> dict[int, Data]:
        """Every stored user_data, loaded once at start-up."""
        return self._load(HandlerDataKind.USER)

    async def get_chat_data(self) -> dict[int, Data]:
        """Every stored chat_data, loaded once at start-up."""
        return self._load(HandlerDataKind.CHAT)

    async def update_user_data(self, user_id: int, data: Data) -> None:
        """Save one user's user_data."""
        self._save(HandlerDataKind.USER, user_id, data)

    async def update_chat_data(self, chat_id: int, data: Data) -> None:
        """Save one chat's chat_data."""
        self._save(HandlerDataKind.CHAT, chat_id, data)

    async def drop_user_data(self, user_id: int) -> None:
        """Forget one user's user_data."""
        self._drop(HandlerDataKind.USER, user_id)

    async def drop_chat_data(self, chat_id: int) -> None:
        """Forget one chat's chat_data."""
        self._drop(HandlerDataKind.CHAT, chat_id)

    async def refresh_user_data(self, user_id: int, user_data: Data) -> None:
        """Take over user_data another replica saved since this one last saw it."""
        self._refresh(HandlerDataKind.USER, user_id, user_data)

    async def refresh_chat_data(self, chat_id: int, chat_data: Data) -> None:
        """Take over chat_data another replica saved since this one last saw it."""
        self._refresh(HandlerDataKind.CHAT, chat_id, chat_data)

    async def get_conversations(self, name: str) -> dict[ConversationKey, object]:
        """The stored states of one persistent ConversationHandler."""
        return self._run(lambda session: load_conversations(session, name=name))

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        """Save a conversation's new state; None (ended) deletes it."""
        self._write(
            ("conversation", name, *key),
            lambda: self._run(
                lambda session: save_conversation_state(
                    session, name=name, key=key, state=new_state
                )
            ),
        )

    async def get_bot_data(self) -> Data:
        """Never called: bot_data is not stored (PTB checks `store_data.bot_data` first)."""
        return {}

    async def update_bot_data(self, data: Data) -> None:
        """bot_data is not stored."""

    async def refresh_bot_data(self, bot_data: Data) -> None:
        """bot_data is not stored."""

    async def get_callback_data(self) -> CallbackData | None:
        """callback_data is not stored."""
        return None

    async def update_callback_data(self, data: CallbackData) -> None:
        """callback_data is not stored."""

    async def flush(self) -> None:
        """Write what the database could not take while unreachable (all else is committed)."""
        if not self._write_unsaved():
            logger.warning(
                "%d conversation states not saved: the database is still unreachable",
                len(self._unsaved),
            )

    def _load(self, kind: HandlerDataKind) -> dict[int, Data]:
        """Every stored object of one kind, remembering the versions read."""
        rows = self._run(lambda session: list_handler_data(session, kind=kind))
        for row in rows:
            self._versions[kind, row.owner_id] = row.version
            self._stored[kind, row.owner_id] = copy.deepcopy(row.data)
        return {row.owner_id: row.data for row in rows}

    def _save(self, kind: HandlerDataKind, owner_id: int, data: Data) -> None:
        """Save one object, remembering the version written; unchanged data is not rewritten."""
        # No stored row (as last refreshed) holds the same as an empty object: nothing to write.
        if self._stored.get((kind, owner_id), {}) == data:
            # A kept write of a change since undone must not land later.
            self._unsaved.pop((kind, owner_id), None)
            return

        def save() -> None:
            """Write the row and remember what it now holds."""
            self._versions[kind, owner_id] = self._run(
                lambda session: save_handler_data(session, kind=kind, owner_id=owner_id, data=data)
            )
            self._stored[kind, owner_id] = copy.deepcopy(data)

        self._write((kind, owner_id), save)

    def _drop(self, kind: HandlerDataKind, owner_id: int) -> None:
        """Delete one object."""

        def drop() -> None:
            """Delete the row and forget what it held."""
            self._run(lambda session: drop_handler_data(session, kind=kind, owner_id=owner_id))
            self._versions.pop((kind, owner_id), None)
            self._stored.pop((kind, owner_id), None)

        self._write((kind, owner_id), drop)

    def _refresh(self, kind: HandlerDataKind, owner_id: int, data: Data) -> None:
        """Replace `data` in place when the stored row changed behind this process's back."""
        if not self._shared:
            return
        known = self._versions.get((kind, owner_id))
        # The version alone answers the usual cases (nothing stored, nothing changed).
        with session_scope(self._engine) as session:
            version = handler_data_version(session, kind=kind, owner_id=owner_id)
            changed = version is not None and version != known
            row = get_handler_data(session, kind=kind, owner_id=owner_id) if changed else None
        if version is None:
            # Unknown here and absent there: local changes not yet saved must survive.
            if known is not None:
                data.clear()
                del self._versions[kind, owner_id]
            self._stored.pop((kind, owner_id), None)
        elif row is not None:
            data.clear()
            data.update(row.data)
            self._versions[kind, owner_id] = row.version
            self._stored[kind, owner_id] = copy.deepcopy(row.data)


def write_through_handler() -> TypeHandler[Update, Any, None]:
    """A handler that saves every update's state changes at once; add in WRITE_THROUGH_GROUP."""
    return TypeHandler(Update, _write_through)


async def _write_through(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Save this update's conversation states and user/chat data now, not on the next timer."""
    application = context.application
    # PTB marks the update's user and chat for saving only after the last group has run.
    application.mark_data_for_update_persistence(
        chat_ids=update.effective_chat.id if update.effective_chat else None,
        user_ids=update.effective_user.id if update.effective_user else None,
    )
    await application.update_persistence()
