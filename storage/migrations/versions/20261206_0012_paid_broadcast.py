"""Paid broadcasts: how many paid messages each UTC day's budget has given out.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "paid_broadcast_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reserved", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_paid_broadcast_day")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("paid_broadcast_day")
