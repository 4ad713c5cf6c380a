"""A clinic-given dose keeps the appointment the patient booked for it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 07:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("scheduled_dose", schema=None) as batch_op:
        batch_op.add_column(sa.Column("appointment_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("scheduled_dose", schema=None) as batch_op:
        batch_op.drop_column("appointment_at")
