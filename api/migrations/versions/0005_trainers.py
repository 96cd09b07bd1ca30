"""trainers: accounts, credentials, entry versions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.String(length=120), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_versions")),
        sa.UniqueConstraint("entry_id", "version", name=op.f("uq_entry_versions_entry_id")),
    )
    with op.batch_alter_table("entry_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_versions_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entry_versions_state"), ["state"], unique=False)

    op.create_table(
        "trainer_accounts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_accounts")),
        sa.UniqueConstraint("username", name=op.f("uq_trainer_accounts_username")),
    )
    op.create_table(
        "trainer_credentials",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["trainer_accounts.id"],
            name=op.f("fk_trainer_credentials_account_id_trainer_accounts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainer_credentials")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_trainer_credentials_token_hash")),
    )
    with op.batch_alter_table("trainer_credentials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trainer_credentials_account_id"), ["account_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trainer_credentials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trainer_credentials_account_id"))

    op.drop_table("trainer_credentials")
    op.drop_table("trainer_accounts")
    with op.batch_alter_table("entry_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_versions_state"))
        batch_op.drop_index(batch_op.f("ix_entry_versions_entry_id"))

    op.drop_table("entry_versions")
