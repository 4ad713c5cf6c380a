"""Conversation persistence: ConversationHandler states and user/chat data, in the database.

Writes are single-statement upserts (`INSERT … ON CONFLICT DO UPDATE`), so replicas sharing
one PostgreSQL never trip over each other's unique keys. Values must be JSON: tuples come back
as tuples for conversation states, but dictionary keys always come back as strings.
"""

import json
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from storage.models import ConversationState, HandlerData, HandlerDataKind, utc_now
from storage.tables import table_of

ConversationKey = tuple[int | str, ...]
_HANDLER_DATA = table_of(HandlerData)
# Asked before every update (has another replica changed this chat's data?): built once.
_HANDLER_DATA_VERSION = sa.select(_HANDLER_DATA.c.version).where(
    _HANDLER_DATA.c.kind == sa.bindparam("of_kind"),
    _HANDLER_DATA.c.owner_id == sa.bindparam("of_owner"),
)


def encode_key(key: ConversationKey) -> str:
    """A conversation key as stored text, e.g. "[123,456]"."""
    return json.dumps(list(key), separators=(",", ":"))


def decode_key(text: str) -> ConversationKey:
    """The conversation key stored as text."""
    return tuple(json.loads(text))


def _as_tuples(value: Any) -> Any:
    """JSON brings tuples back as lists; conversation states compare as tuples."""
    if isinstance(value, list):
        return tuple(_as_tuples(item) for item in value)
    return value


def load_conversations(session: Session, *, name: str) -> dict[ConversationKey, object]:
    """Every stored state of the named conversation handler, by key."""
    rows = session.exec(select(ConversationState).where(ConversationState.name == name))
    return {decode_key(row.key): _as_tuples(row.state) for row in rows}


def save_conversation_state(
    session: Session, *, name: str, key: ConversationKey, state: object | None
) -> None:
    """Store the conversation's new state; None (the conversation ended) removes it."""
    if state is None:
        session.execute(
            sa.delete(ConversationState).where(
                col(ConversationState.name) == name,
                col(ConversationState.key) == encode_key(key),
            )
        )
        return
    values = {"name": name, "key": encode_key(key), "state": state, "updated_at": utc_now()}
    statement = _insert(session, ConversationState).values(values)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["name", "key"],
            set_={"state": statement.excluded.state, "updated_at": statement.excluded.updated_at},
        )
    )


def list_handler_data(session: Session, *, kind: HandlerDataKind) -> list[HandlerData]:
    """Every stored user_data (or chat_data) row."""
    return list(session.exec(select(HandlerData).where(HandlerData.kind == kind)))


def handler_data_version(session: Session, *, kind: HandlerDataKind, owner_id: int) -> int | None:
    """The version of one owner's stored data row (None: no row), without reading the data."""
    parameters = {"of_kind": kind, "of_owner": owner_id}
    version = session.connection().execute(_HANDLER_DATA_VERSION, parameters).scalar()
    return None if version is None else int(version)


def get_handler_data(
    session: Session, *, kind: HandlerDataKind, owner_id: int
) -> HandlerData | None:
    """One owner's stored data row, if any."""
    return session.exec(
        select(HandlerData).where(HandlerData.kind == kind, HandlerData.owner_id == owner_id)
    ).first()


def save_handler_data(
    session: Session, *, kind: HandlerDataKind, owner_id: int, data: Mapping[Any, Any]
) -> int:
    """Store one owner's data object, replacing what was there; returns the row's new version."""
    if not all(isinstance(name, str) for name in data):
        # JSON would silently turn 1 into "1"; a handler reading data[1] later would miss it.
        raise TypeError(f"{kind} data for {owner_id} must have string keys to be stored")
    values = {"kind": kind, "owner_id": owner_id, "data": dict(data), "updated_at": utc_now()}
    statement = _insert(session, HandlerData).values(values)
    upsert = statement.on_conflict_do_update(
        index_elements=["kind", "owner_id"],
        set_={
            "data": statement.excluded.data,
            "updated_at": statement.excluded.updated_at,
            "version": col(HandlerData.version) + 1,
        },
    ).returning(col(HandlerData.version))
    return int(session.execute(upsert).scalar_one())


def drop_handler_data(session: Session, *, kind: HandlerDataKind, owner_id: int) -> None:
    """Forget one owner's data."""
    session.execute(
        sa.delete(HandlerData).where(
            col(HandlerData.kind) == kind, col(HandlerData.owner_id) == owner_id
        )
    )


def _insert(
    session: Session, table: type[ConversationState | HandlerData]
) -> postgresql.Insert | sqlite.Insert:
    """The dialect's INSERT, which knows ON CONFLICT (SQLite and PostgreSQL spell it alike)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"no upsert for the {dialect} dialect")
