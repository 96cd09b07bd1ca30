"""volunteer desk: handoffs become conversations, a transcript, class volunteers

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("channel", sa.String(length=16), nullable=False, server_default="web"))
        batch.add_column(sa.Column("class_code", sa.String(length=12), nullable=True))
        batch.add_column(sa.Column("holder", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("holder_name", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("noticed_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index(batch.f("ix_handoffs_class_code"), ["class_code"])
    op.execute("UPDATE handoffs SET status = 'closed' WHERE status NOT IN ('waiting', 'taken', 'closed')")
    op.create_table(
        "transcript_lines",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("learner_id", sa.String(length=128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=False),
        sa.Column("entry_id", sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcript_lines")),
    )
    op.create_index(op.f("ix_transcript_lines_learner_id"), "transcript_lines", ["learner_id"])
    op.create_index(op.f("ix_transcript_lines_at"), "transcript_lines", ["at"])
    op.create_table(
        "class_volunteers",
        sa.Column("class_code", sa.String(length=12), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_code"],
            ["learning_classes.code"],
            name=op.f("fk_class_volunteers_class_code_learning_classes"),
        ),
        sa.PrimaryKeyConstraint("class_code", "username", name=op.f("pk_class_volunteers")),
    )


def downgrade() -> None:
    op.drop_table("class_volunteers")
    op.drop_index(op.f("ix_transcript_lines_at"), table_name="transcript_lines")
    op.drop_index(op.f("ix_transcript_lines_learner_id"), table_name="transcript_lines")
    op.drop_table("transcript_lines")
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_index(batch.f("ix_handoffs_class_code"))
        for column in (
            "noticed_at",
            "closed_at",
            "taken_at",
            "holder_name",
            "holder",
            "class_code",
            "channel",
        ):
            batch.drop_column(column)
