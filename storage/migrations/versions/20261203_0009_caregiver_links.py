"""Caregiver links: a patient's consented link to a caregiver's chat, the invite code as SHA-256.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "caregiver_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("caregiver_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("caregiver_name", sa.String(length=64), nullable=True),
        sa.Column("caregiver_language", sa.String(length=16), nullable=True),
        sa.Column("shared_name", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_by", sa.String(length=16), nullable=True),
        sa.Column("alert_unconfirmed", sa.Boolean(), nullable=False),
        sa.Column("alert_delay_minutes", sa.Integer(), nullable=False),
        sa.Column("send_reminders", sa.Boolean(), nullable=False),
        sa.Column("weekly_summary", sa.Boolean(), nullable=False),
        sa.Column("share_red_flags", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_caregiver_link_patient_id_patient"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caregiver_link")),
    )
    with op.batch_alter_table("caregiver_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caregiver_link_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caregiver_link_caregiver_chat_id"), ["caregiver_chat_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_caregiver_link_code_hash"), ["code_hash"], unique=True)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("caregiver_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caregiver_link_code_hash"))
        batch_op.drop_index(batch_op.f("ix_caregiver_link_caregiver_chat_id"))
        batch_op.drop_index(batch_op.f("ix_caregiver_link_patient_id"))
    op.drop_table("caregiver_link")
