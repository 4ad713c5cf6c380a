"""A plan version can take over mid-treatment: its start phase and the doses counted before.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 07:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("regimen", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("start_position", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("numbered_after", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("continues_position", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("phase_began_on", sa.Date(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("regimen", schema=None) as batch_op:
        batch_op.drop_column("phase_began_on")
        batch_op.drop_column("continues_position")
        batch_op.drop_column("numbered_after")
        batch_op.drop_column("start_position")
