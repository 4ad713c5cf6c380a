"""What a caregiver may receive beyond alerts: the dose a caregiver recorded, the red flag an
alert is about, and which link notice a ledger row carries.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 20:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.add_column(sa.Column("red_flag_event_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("notice", sa.String(length=24), nullable=True))
        batch_op.create_foreign_key(
            "fk_reminder_red_flag_event_id_red_flag_event",
            "red_flag_event",
            ["red_flag_event_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("dose_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recorded_by_link_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_dose_event_recorded_by_link_id_caregiver_link",
            "caregiver_link",
            ["recorded_by_link_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("dose_event", schema=None) as batch_op:
        batch_op.drop_constraint(
            "fk_dose_event_recorded_by_link_id_caregiver_link", type_="foreignkey"
        )
        batch_op.drop_column("recorded_by_link_id")
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_constraint("fk_reminder_red_flag_event_id_red_flag_event", type_="foreignkey")
        batch_op.drop_column("notice")
        batch_op.drop_column("red_flag_event_id")
