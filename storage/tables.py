"""Helpers for the statements written close to the SQL: Core tables and constant statuses."""

from enum import StrEnum
from typing import cast

import sqlalchemy as sa
from sqlmodel import SQLModel


def table_of(model: type[SQLModel]) -> sa.Table:
    """The table a table model maps to."""
    return cast(sa.Table, model.__table__)  # type: ignore[attr-defined]


def constant(value: StrEnum) -> sa.ColumnElement[str]:
    """A fixed status written into the SQL itself, not bound as a parameter.

    SQLite plans a statement again on every run when a bound value could decide whether a
    partial index applies (the reminder ledger's indexes each cover one status); a constant
    in the text is planned once, and matches the index's own condition.
    """
    text = str(value)
    if not text.isidentifier():
        raise ValueError(f"not a plain status word: {text!r}")
    return sa.literal_column(f"'{text}'")
