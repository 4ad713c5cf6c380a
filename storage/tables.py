"""The Core table behind a SQLModel class, for the few statements written in Core."""

from typing import cast

import sqlalchemy as sa
from sqlmodel import SQLModel


def table_of(model: type[SQLModel]) -> sa.Table:
    """The table a table model maps to."""
    return cast(sa.Table, model.__table__)  # type: ignore[attr-defined]
