"""account security: disabled accounts, expiring tokens, sign-in counts per scope, audit log

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08

Tokens made before this revision never expired; they now expire 90 days after the upgrade.
Sign-in counts are keyed differently, so the old ones are dropped (they last 15 minutes anyway).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("trainer_accounts") as batch:
        batch.add_column(sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True))

    credentials = sa.table("trainer_credentials", sa.column("expires_at", sa.DateTime(timezone=True)))
    op.execute(
        credentials.update()
        .where(credentials.c.expires_at.is_(None))
        .values(expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=90))
    )
    with op.batch_alter_table("trainer_credentials") as batch:
        batch.alter_column("expires_at", existing_type=sa.DateTime(timezone=True), nullable=False)

    op.execute("DELETE FROM sign_in_failures")
    with op.batch_alter_table("sign_in_failures") as batch:
        batch.add_column(sa.Column("account_key", sa.String(length=64), nullable=True))
        batch.create_index(batch.f("ix_sign_in_failures_account_key"), ["account_key"])

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.String(length=400), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index(op.f("ix_audit_events_at"), "audit_events", ["at"])
    op.create_index(op.f("ix_audit_events_action"), "audit_events", ["action"])


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_events_action"), table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_at"), table_name="audit_events")
    op.drop_table("audit_events")
    with op.batch_alter_table("sign_in_failures") as batch:
        batch.drop_index(batch.f("ix_sign_in_failures_account_key"))
        batch.drop_column("account_key")
    with op.batch_alter_table("trainer_credentials") as batch:
        batch.alter_column("expires_at", existing_type=sa.DateTime(timezone=True), nullable=True)
    with op.batch_alter_table("trainer_accounts") as batch:
        batch.drop_column("disabled_at")
