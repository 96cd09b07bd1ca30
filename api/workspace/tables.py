"""Trainer accounts, login sessions and API tokens. Passwords and tokens are stored hashed."""

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


class TrainerCredential(WorkspaceBase):
    """A login session (kind "session", expires) or an API token for scripts (kind "token")."""

    __tablename__ = "trainer_credentials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("trainer_accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class SignInFailure(WorkspaceBase):
    """Failed sign-ins per account name and client, so a password guesser is slowed down. The key
    is hashed: neither the name tried nor the client's address is kept."""

    __tablename__ = "sign_in_failures"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
