"""zalo images: where a screenshot a learner sent on Zalo can be downloaded

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-10

An image event is answered by reading the screenshot; the worker downloads it from this address
when it answers, so the image itself is never stored.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("zalo_inbound", schema=None) as batch_op:
        batch_op.add_column(sa.Column("image_url", sa.String(length=2000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("zalo_inbound", schema=None) as batch_op:
        batch_op.drop_column("image_url")
