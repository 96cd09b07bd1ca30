"""Tables owned by the Zalo channel: received events, the outbox of replies, the OA's tokens."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, Integer, MetaData, String, Text, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from knowledge.tables import NAMING_CONVENTION


class ZaloBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ZaloInbound(ZaloBase):
    """One received event, stored before the webhook answers 200; its key makes redeliveries no-ops."""

    __tablename__ = "zalo_inbound"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True, doc="Arrival order.")
    key: Mapped[str] = mapped_column(String(200), unique=True)
    event_name: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str | None] = mapped_column(Text, doc="Already through the safety guard.")
    redacted: Mapped[list] = mapped_column(JSON, default=list, doc="Kinds of secret removed (never values).")
    image_url: Mapped[str | None] = mapped_column(
        String(2000), doc="Where an image event's picture is downloaded from when it is answered."
    )
    status: Mapped[str] = mapped_column(String(16), index=True, doc="pending, done, skipped or failed")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(100), doc="The app process answering it.")
    claimed_until: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=True), doc="After this another process may take it over."
    )
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    processed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ZaloOutbox(ZaloBase):
    """One message to send. (event key, seq) is unique, so re-processing an event adds nothing."""

    __tablename__ = "zalo_outbox"
    __table_args__ = (UniqueConstraint("event_key", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_key: Mapped[str] = mapped_column(String(200))
    seq: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[str] = mapped_column(String(64), index=True)
    message: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), index=True, doc="pending, sending, sent, dropped, failed")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(String(200))
    claimed_by: Mapped[str | None] = mapped_column(String(100), doc="The app process sending it.")
    claimed_until: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=True), doc="After this another process may send it again."
    )
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ZaloToken(ZaloBase):
    """The OA's current token pair; one row. Zalo's refresh token is single-use, so it lives here."""

    __tablename__ = "zalo_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    access_token: Mapped[str] = mapped_column(Text)
    refresh_token: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
