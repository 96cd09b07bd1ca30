"""quizzes: sessions, responses, abilities, review cards, calibrations

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_calibrations",
        sa.Column("item_id", sa.String(length=120), nullable=False),
        sa.Column("difficulty", sa.Float(), nullable=False),
        sa.Column("responses", sa.Integer(), nullable=False),
        sa.Column("calibrated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_item_calibrations")),
    )
    op.create_table(
        "quiz_responses",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.String(length=128), nullable=False),
        sa.Column("item_id", sa.String(length=120), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("chosen", sa.String(length=1), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("difficulty", sa.Float(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_responses")),
        sa.UniqueConstraint("session_id", "item_id", name=op.f("uq_quiz_responses_session_id")),
    )
    with op.batch_alter_table("quiz_responses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quiz_responses_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quiz_responses_learner_id"), ["learner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quiz_responses_session_id"), ["session_id"], unique=False)

    op.create_table(
        "quiz_sessions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("learner_id", sa.String(length=128), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=True),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("current_item", sa.String(length=120), nullable=True),
        sa.Column("current_is_review", sa.Boolean(), nullable=False),
        sa.Column(
            "started_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_sessions")),
    )
    with op.batch_alter_table("quiz_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quiz_sessions_learner_id"), ["learner_id"], unique=False)

    op.create_table(
        "review_cards",
        sa.Column("learner_id", sa.String(length=128), nullable=False),
        sa.Column("item_id", sa.String(length=120), nullable=False),
        sa.Column("card", sa.JSON(), nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("learner_id", "item_id", name=op.f("pk_review_cards")),
    )
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_cards_due"), ["due"], unique=False)

    op.create_table(
        "topic_abilities",
        sa.Column("learner_id", sa.String(length=128), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("mean", sa.Float(), nullable=False),
        sa.Column("sd", sa.Float(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("learner_id", "topic", name=op.f("pk_topic_abilities")),
    )


def downgrade() -> None:
    op.drop_table("topic_abilities")
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_cards_due"))

    op.drop_table("review_cards")
    with op.batch_alter_table("quiz_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quiz_sessions_learner_id"))

    op.drop_table("quiz_sessions")
    with op.batch_alter_table("quiz_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quiz_responses_session_id"))
        batch_op.drop_index(batch_op.f("ix_quiz_responses_learner_id"))
        batch_op.drop_index(batch_op.f("ix_quiz_responses_item_id"))

    op.drop_table("quiz_responses")
    op.drop_table("item_calibrations")
