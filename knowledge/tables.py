"""Database tables owned by the knowledge package."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, Integer, MetaData, String, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, synonym

# Knowledge is the lowest layer every other package may import, so the shared convention lives here.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def as_utc(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; every time stored here was written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class KnowledgeBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class EntryRow(KnowledgeBase):
    """The stored form of an entry: searchable columns plus the whole validated entry as JSON."""

    __tablename__ = "knowledge_entries"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), index=True)
    topic: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    title: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    source_file: Mapped[str | None] = mapped_column(String(400))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class VersionColumns:
    """What every saved version of workspace content records: who, when, what, and where it stands
    (draft → review → published, or rejected). Lessons and quiz items share it."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), index=True, doc="draft, review, published, rejected")
    author: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(String(400))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class EntryVersion(VersionColumns, KnowledgeBase):
    """A saved state of a lesson written in the trainers' workspace. Published versions are copied
    into `knowledge_entries`, which is what learners are answered from."""

    __tablename__ = "entry_versions"
    __table_args__ = (UniqueConstraint("entry_id", "version"),)

    entry_id: Mapped[str] = mapped_column(String(120), index=True)
    content_id = synonym("entry_id")  # the name the shared authoring workflow uses
