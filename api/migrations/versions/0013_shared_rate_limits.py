"""shared rate limits: messages counted per limit and window, for every app process at once

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-11

With several app processes each counting in its own memory, a learner could send the chat limit
once per process; counted here, the limit holds whichever process gets the message.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_hits",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("window_start", sa.BigInteger(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("key", "window_start", name=op.f("pk_rate_hits")),
    )
    op.create_index(op.f("ix_rate_hits_expires_at"), "rate_hits", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_rate_hits_expires_at"), table_name="rate_hits")
    op.drop_table("rate_hits")
