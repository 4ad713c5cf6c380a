"""A trip in force per patient (zone, return day, how reminders follow); each dose's zone.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.add_column(sa.Column("travel_zone", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("travel_until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("travel_mode", sa.String(length=16), nullable=True))
    with op.batch_alter_table("scheduled_dose", schema=None) as batch_op:
        batch_op.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("scheduled_dose", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_column("travel_mode")
        batch_op.drop_column("travel_until")
        batch_op.drop_column("travel_zone")
