"""Caregiver alerts in the reminder ledger: the link each caregiver reminder is about.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.add_column(sa.Column("caregiver_link_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_reminder_caregiver_link_id", ["caregiver_link_id"])
        batch_op.create_foreign_key(
            "fk_reminder_caregiver_link_id_caregiver_link",
            "caregiver_link",
            ["caregiver_link_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_constraint("fk_reminder_caregiver_link_id_caregiver_link", type_="foreignkey")
        batch_op.drop_index("ix_reminder_caregiver_link_id")
        batch_op.drop_column("caregiver_link_id")
