"""Trainer accounts, login sessions and API tokens (stored hashed), sign-in failure counts, and
the audit log of who did what to accounts, credentials and published content."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from knowledge.tables import NAMING_CONVENTION


class WorkspaceBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TrainerAccount(WorkspaceBase):
    __tablename__ = "trainer_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), doc="volunteer, author, reviewer or admin")
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    disabled_at: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=True), doc="Set while an admin has disabled the account: no sign-in, no token."
    )


class TrainerCredential(WorkspaceBase):
    """A login session (kind "session") or an API token for scripts (kind "token"); both expire."""

    __tablename__ = "trainer_credentials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("trainer_accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class SignInFailure(WorkspaceBase):
    """Sign-in attempts in the current window, per name and address, per name, and per address,
    so a password guesser is slowed down. Keys are hashes: neither the name tried nor the client's
    address is kept here. `account_key` (the per-name key) lets an admin clear a name's counts."""

    __tablename__ = "sign_in_failures"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_key: Mapped[str | None] = mapped_column(String(64), index=True)
    failures: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class AuditEvent(WorkspaceBase):
    """One thing done to an account, a credential or published content: who, what, to what, when,
    from which client address. Rows are only ever added."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str | None] = mapped_column(String(80), doc="A username, 'cli:<user>', or none.")
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(String(400), default="")
    client: Mapped[str | None] = mapped_column(String(64))
