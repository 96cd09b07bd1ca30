"""Database tables owned by the dialogue: learners, where each conversation stands, what happened.

A turn event keeps the intent, flow, language and chosen lesson, never the learner's words. The
learner text kept (an unanswered question, a handoff request, the recent transcript a chat window
restores and a volunteer reads) is stored only after the safety guard has redacted it, and the
transcript is trimmed per learner and purged after the retention period (`hocvuso purge`).
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


# The Gaps page shows the open questions of this many days; `hocvuso purge` removes older ones.
QUESTION_DAYS = 90


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
    """A learner asked for a person: a desk conversation, waiting until a volunteer takes it, then
    held by them (the bot stays quiet but for safety) until they close it."""

    __tablename__ = "handoffs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), index=True)
    language: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(String(32))
    text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(
        String(16), default="waiting", index=True, doc="waiting, taken, closed"
    )
    channel: Mapped[str] = mapped_column(String(16), default="web", doc="web, zalo or terminal")
    class_code: Mapped[str | None] = mapped_column(String(12), index=True)
    holder: Mapped[str | None] = mapped_column(String(64), doc="The volunteer's username while taken.")
    holder_name: Mapped[str | None] = mapped_column(String(120))
    taken_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    noticed_at: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=True), doc="When the learner was told nobody was free yet."
    )


class TranscriptLine(BotBase):
    """One message of a learner's recent conversation, as a chat window shows it: the learner's
    words after the guard, the bot's replies (with their buttons), a volunteer's replies."""

    __tablename__ = "transcript_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    learner_id: Mapped[str] = mapped_column(String(128), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), index=True)
    role: Mapped[str] = mapped_column(String(16), doc="learner, bot, person or notice")
    author: Mapped[str | None] = mapped_column(String(120), doc="A person's display name.")
    text: Mapped[str] = mapped_column(Text)
    buttons: Mapped[list] = mapped_column(JSON, default=list)
    entry_id: Mapped[str | None] = mapped_column(String(120))


class ClassVolunteer(BotBase):
    """A volunteer who answers the desk for a class's learners (besides its mentor)."""

    __tablename__ = "class_volunteers"

    class_code: Mapped[str] = mapped_column(ForeignKey("learning_classes.code"), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), primary_key=True)


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
