"""dialogue: conversation state, unanswered questions, handoffs, the flow of each turn

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NOW = sa.text("(CURRENT_TIMESTAMP)")


def upgrade() -> None:
    with op.batch_alter_table("turn_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flow", sa.String(length=32), nullable=True))

    op.create_table(
        "conversations",
        sa.Column("learner_id", sa.String(length=128), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_conversations_learner_id_learners")
        ),
        sa.PrimaryKeyConstraint("learner_id", name=op.f("pk_conversations")),
    )
    for table, extra in (
        ("unanswered_questions", [sa.Column("intent", sa.String(length=64), nullable=True)]),
        (
            "handoffs",
            [sa.Column("reason", sa.String(length=32), nullable=False)],
        ),
    ):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
            sa.Column("learner_id", sa.String(length=128), nullable=False),
            sa.Column("at", sa.DateTime(timezone=True), server_default=NOW, nullable=False),
            sa.Column("language", sa.String(length=8), nullable=False),
            sa.Column("text", sa.Text(), nullable=table == "handoffs"),
            *extra,
            sa.Column("status", sa.String(length=16), nullable=False),
            sa.ForeignKeyConstraint(
                ["learner_id"], ["learners.id"], name=op.f(f"fk_{table}_learner_id_learners")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in ("at", "learner_id", "status"):
                batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def downgrade() -> None:
    for table in ("handoffs", "unanswered_questions"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in ("status", "learner_id", "at"):
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
    op.drop_table("conversations")
    with op.batch_alter_table("turn_events", schema=None) as batch_op:
        batch_op.drop_column("flow")
