"""Database tables owned by the quizzes: sessions, answers, per-topic abilities, review cards,
item difficulties re-estimated from real answers, and items written in the trainers' workspace."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, DateTime, Float, Integer, MetaData, String, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, synonym

from knowledge.tables import NAMING_CONVENTION, VersionColumns


class QuizBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class QuizSession(QuizBase):
    __tablename__ = "quiz_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(String(128), index=True)
    language: Mapped[str] = mapped_column(String(8))
    topic: Mapped[str | None] = mapped_column(String(32), doc="None for a mixed quiz.")
    length: Mapped[int] = mapped_column(Integer)
    current_item: Mapped[str | None] = mapped_column(String(120))
    current_is_review: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class QuizResponse(QuizBase):
    """One answer. The unique (session, item) pair is what stops a double tap counting twice."""

    __tablename__ = "quiz_responses"
    __table_args__ = (UniqueConstraint("session_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(Integer, index=True)
    learner_id: Mapped[str] = mapped_column(String(128), index=True)
    item_id: Mapped[str] = mapped_column(String(120), index=True)
    topic: Mapped[str] = mapped_column(String(32))
    chosen: Mapped[str] = mapped_column(String(1))
    correct: Mapped[bool] = mapped_column(Boolean)
    difficulty: Mapped[float] = mapped_column(Float, doc="The difficulty used when it was asked.")
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class TopicAbility(QuizBase):
    __tablename__ = "topic_abilities"

    learner_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    topic: Mapped[str] = mapped_column(String(32), primary_key=True)
    mean: Mapped[float] = mapped_column(Float)
    sd: Mapped[float] = mapped_column(Float)
    answers: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ReviewCard(QuizBase):
    __tablename__ = "review_cards"

    learner_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    card: Mapped[dict] = mapped_column(JSON)
    due: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class ItemCalibration(QuizBase):
    __tablename__ = "item_calibrations"

    item_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    difficulty: Mapped[float] = mapped_column(Float)
    responses: Mapped[int] = mapped_column(Integer)
    calibrated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class QuizItemVersion(VersionColumns, QuizBase):
    """A saved state of a quiz item written in the trainers' workspace. The newest published
    version of an item is what learners are asked, until `hocvuso quiz export` writes it to the
    YAML bank (`exported_at`), which is its source again."""

    __tablename__ = "quiz_item_versions"
    __table_args__ = (UniqueConstraint("item_id", "version"),)

    item_id: Mapped[str] = mapped_column(String(120), index=True)
    exported_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    content_id = synonym("item_id")  # the name the shared authoring workflow uses
