"""classes: trainers' classes and their learners

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learning_classes",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("mentor", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_learning_classes")),
    )
    with op.batch_alter_table("learning_classes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_learning_classes_mentor"), ["mentor"], unique=False)

    op.create_table(
        "class_members",
        sa.Column("class_code", sa.String(length=12), nullable=False),
        sa.Column("learner_id", sa.String(length=128), nullable=False),
        sa.Column(
            "joined_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["class_code"],
            ["learning_classes.code"],
            name=op.f("fk_class_members_class_code_learning_classes"),
        ),
        sa.PrimaryKeyConstraint("class_code", "learner_id", name=op.f("pk_class_members")),
    )


def downgrade() -> None:
    op.drop_table("class_members")
    with op.batch_alter_table("learning_classes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_learning_classes_mentor"))

    op.drop_table("learning_classes")
