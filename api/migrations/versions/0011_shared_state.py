"""shared state: learner locks, replies to resent messages, the content version, Zalo claims

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-09

What one process used to keep in memory now lives here, so several app processes can serve
together. Rows of the Zalo queues get a claim (who, until when); existing rows have none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leases",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("holder", sa.String(length=100), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_leases")),
    )
    op.create_table(
        "turn_replies",
        sa.Column("learner_id", sa.String(length=200), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("reply", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("learner_id", "message_id", name=op.f("pk_turn_replies")),
    )
    op.create_index(op.f("ix_turn_replies_expires_at"), "turn_replies", ["expires_at"])
    content_version = op.create_table(
        "content_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_version")),
    )
    op.bulk_insert(content_version, [{"id": 1, "version": 0}])
    for table in ("zalo_inbound", "zalo_outbox"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("claimed_by", sa.String(length=100), nullable=True))
            batch.add_column(sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for table in ("zalo_outbox", "zalo_inbound"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("claimed_until")
            batch.drop_column("claimed_by")
    op.drop_table("content_version")
    op.drop_index(op.f("ix_turn_replies_expires_at"), table_name="turn_replies")
    op.drop_table("turn_replies")
    op.drop_table("leases")
