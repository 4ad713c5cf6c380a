"""The reminder loop's indexes carry the id and the status: claim, wake-up and backlog read
the index alone, and a million reminders due at one instant are claimed 100 at a time
without reading them all (bench plans).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 22:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING = sa.text("status = 'pending'")
SENDING = sa.text("status = 'sending'")


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index("ix_reminder_pending_due")
        batch_op.drop_index("ix_reminder_sending_claimed")
        batch_op.create_index(
            "ix_reminder_pending_due",
            ["due_at", "id", "status"],
            unique=False,
            sqlite_where=PENDING,
            postgresql_where=PENDING,
        )
        batch_op.create_index(
            "ix_reminder_sending_claimed",
            ["claimed_at", "status"],
            unique=False,
            sqlite_where=SENDING,
            postgresql_where=SENDING,
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index("ix_reminder_pending_due")
        batch_op.drop_index("ix_reminder_sending_claimed")
        batch_op.create_index(
            "ix_reminder_pending_due",
            ["due_at"],
            unique=False,
            sqlite_where=PENDING,
            postgresql_where=PENDING,
        )
        batch_op.create_index(
            "ix_reminder_sending_claimed",
            ["claimed_at"],
            unique=False,
            sqlite_where=SENDING,
            postgresql_where=SENDING,
        )
