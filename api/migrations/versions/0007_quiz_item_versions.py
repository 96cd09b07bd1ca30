"""quiz item versions

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quiz_item_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_id", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("reviewed_by", sa.String(length=64), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_item_versions")),
        sa.UniqueConstraint("item_id", "version", name=op.f("uq_quiz_item_versions_item_id")),
    )
    with op.batch_alter_table("quiz_item_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quiz_item_versions_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quiz_item_versions_state"), ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("quiz_item_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quiz_item_versions_state"))
        batch_op.drop_index(batch_op.f("ix_quiz_item_versions_item_id"))

    op.drop_table("quiz_item_versions")
