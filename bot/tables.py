"""Database tables owned by the dialogue: learners, where each conversation stands, what happened.

A turn event keeps the intent, flow, language and chosen lesson, never the learner's words. The
only learner text kept is an unanswered question or a handoff request, and it is stored after
the safety guard has redacted it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, MetaData, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from knowledge.tables import NAMING_CONVENTION


class BotBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Learner(BotBase):
    __tablename__ = "learners"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class TurnEvent(BotBase):
    __tablename__ = "turn_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), index=True)
    language: Mapped[str] = mapped_column(String(8))
    intent: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float | None] = mapped_column(Float)
    entry_id: Mapped[str | None] = mapped_column(String(120))
    score: Mapped[float | None] = mapped_column(Float)
    degraded: Mapped[bool] = mapped_column(default=False)
    flow: Mapped[str | None] = mapped_column(String(32))


class Conversation(BotBase):
    """Where one learner's conversation stands (walkthrough step, pending choice…), as JSON."""

    __tablename__ = "conversations"

    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"), primary_key=True)
    state: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class UnansweredQuestion(BotBase):
    """A question no lesson answered: the trainers' to-do list."""

    __tablename__ = "unanswered_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), index=True)
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    intent: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)


class Handoff(BotBase):
    """A learner asked for a person; trainers see it until they close it."""

    __tablename__ = "handoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), index=True)
    language: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(32))
    text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="waiting", index=True)


class LearningClass(BotBase):
    """A trainer's class: learners join it in chat with its code ("mã lớp 482913")."""

    __tablename__ = "learning_classes"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    mentor: Mapped[str] = mapped_column(String(64), index=True, doc="The trainer's username.")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ClassMember(BotBase):
    """A learner in a class. No foreign key to learners: joining can be the learner's first message."""

    __tablename__ = "class_members"

    class_code: Mapped[str] = mapped_column(ForeignKey("learning_classes.code"), primary_key=True)
    learner_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    joined_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
