"""zalo: inbound events, outbox, tokens

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "zalo_inbound",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("event_name", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("redacted", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column(
            "received_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zalo_inbound")),
        sa.UniqueConstraint("key", name=op.f("uq_zalo_inbound_key")),
    )
    with op.batch_alter_table("zalo_inbound", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_zalo_inbound_status"), ["status"], unique=False)

    op.create_table(
        "zalo_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_key", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("message", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zalo_outbox")),
        sa.UniqueConstraint("event_key", "seq", name=op.f("uq_zalo_outbox_event_key")),
    )
    with op.batch_alter_table("zalo_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_zalo_outbox_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_zalo_outbox_user_id"), ["user_id"], unique=False)

    op.create_table(
        "zalo_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("access_token", sa.Text(), nullable=False),
        sa.Column("refresh_token", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zalo_tokens")),
    )


def downgrade() -> None:
    op.drop_table("zalo_tokens")
    with op.batch_alter_table("zalo_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_zalo_outbox_user_id"))
        batch_op.drop_index(batch_op.f("ix_zalo_outbox_status"))

    op.drop_table("zalo_outbox")
    with op.batch_alter_table("zalo_inbound", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_zalo_inbound_status"))

    op.drop_table("zalo_inbound")
