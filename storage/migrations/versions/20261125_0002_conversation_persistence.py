"""conversation persistence: persistent ConversationHandler states, user_data and chat_data

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 08:23:28.106338
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "conversation_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_state")),
        sa.UniqueConstraint("name", "key", name=op.f("uq_conversation_state_name_key")),
    )
    op.create_table(
        "handler_data",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handler_data")),
        sa.UniqueConstraint("kind", "owner_id", name=op.f("uq_handler_data_kind_owner_id")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("handler_data")
    op.drop_table("conversation_state")
