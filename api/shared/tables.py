"""Tables that let several app processes (on one host or many) act as one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, BigInteger, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from knowledge.tables import NAMING_CONVENTION


class SharedBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Lease(SharedBase):
    """A named lock held until `until`: a process that dies holding it only delays the next holder."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    holder: Mapped[str] = mapped_column(String(100))
    until: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class TurnReply(SharedBase):
    """The reply a learner's message got, so a resend of it (to any process) gets it again."""

    __tablename__ = "turn_replies"

    learner_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    reply: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class ContentVersion(SharedBase):
    """One row, bumped in the transaction that publishes or rolls back content; every process
    reloads its lessons and quiz items when it sees the number move."""

    __tablename__ = "content_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class RateHits(SharedBase):
    """Messages counted against one rate limit in one fixed window, shared by every process so a
    learner cannot send N times the limit through N processes."""

    __tablename__ = "rate_hits"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # seconds since the epoch
    hits: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[int] = mapped_column(BigInteger, index=True)
