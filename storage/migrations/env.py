"""Alembic environment: runs migrations on the connection or URL the caller hands over."""

from typing import Any, Literal

import sqlalchemy as sa
from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

import storage.models  # noqa: F401  # registers every table on SQLModel.metadata
from storage.database import create_database_engine
from storage.location import configured_database_url
from storage.types import UTCDateTime

target_metadata = SQLModel.metadata


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write project column types as plain SQLAlchemy types so migrations stand alone."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(obj, AutoString):
        return f"sa.String(length={obj.length})" if obj.length else "sa.String()"
    return False


def run_with_connection(connection: sa.Connection) -> None:
    """Run the pending migrations inside one transaction on this connection."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_item=render_item,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Use the caller's connection when given, else open one from the configured URL."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_with_connection(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url") or configured_database_url()
    engine = create_database_engine(url)
    with engine.connect() as new_connection:
        run_with_connection(new_connection)
    engine.dispose()


run_online()
