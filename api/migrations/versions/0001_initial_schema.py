"""initial schema: knowledge entries, learners, turn events

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "knowledge_entries",
        sa.Column("id", sa.String(length=120), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source_file", sa.String(length=400), nullable=True),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_entries")),
    )
    with op.batch_alter_table("knowledge_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_knowledge_entries_language"), ["language"], unique=False)
        batch_op.create_index(batch_op.f("ix_knowledge_entries_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_knowledge_entries_topic"), ["topic"], unique=False)

    op.create_table(
        "learners",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "last_seen_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learners")),
    )
    op.create_table(
        "turn_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("learner_id", sa.String(length=128), nullable=False),
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("intent", sa.String(length=64), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("entry_id", sa.String(length=120), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("degraded", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_turn_events_learner_id_learners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_turn_events")),
    )
    with op.batch_alter_table("turn_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_turn_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_turn_events_learner_id"), ["learner_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("turn_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_turn_events_learner_id"))
        batch_op.drop_index(batch_op.f("ix_turn_events_at"))

    op.drop_table("turn_events")
    op.drop_table("learners")
    with op.batch_alter_table("knowledge_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_entries_topic"))
        batch_op.drop_index(batch_op.f("ix_knowledge_entries_status"))
        batch_op.drop_index(batch_op.f("ix_knowledge_entries_language"))

    op.drop_table("knowledge_entries")
