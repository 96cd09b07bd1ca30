"""Persistence for the dialogue: conversation state, turn events, unanswered questions, handoffs.

One `save_turn` call writes a turn's state and records in a single transaction, so a crash never
leaves a conversation half-moved (state on step 3, event still on step 2).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.class_codes import canonical
from bot.state import ConversationState
from bot.tables import (
    ClassMember,
    Conversation,
    Handoff,
    Learner,
    LearningClass,
    TranscriptLine,
    TurnEvent,
    UnansweredQuestion,
)
from knowledge.tables import as_utc

OPEN = ("waiting", "taken")


@dataclass(frozen=True)
class Line:
    """One transcript message; `text` has been through the safety guard."""

    role: str
    text: str
    buttons: list[dict] = field(default_factory=list)
    entry_id: str | None = None
    author: str | None = None


def channel_of(learner_id: str) -> str:
    return "zalo" if learner_id.startswith("zalo:") else "web"


@dataclass
class TurnRecord:
    """Everything one turn writes. Texts here have already been through the safety guard."""

    language: str
    intent: str | None
    confidence: float | None
    flow: str
    entry_id: str | None = None
    degraded: bool = False
    unanswered: str | None = None
    handoff_reason: str | None = None
    handoff_text: str | None = None
    transcript: list[Line] = field(default_factory=list)
    message_id: str | None = None
    """The id the channel gave the learner's message: the reply is kept under it in the same
    transaction as the new state, so a resend after a crash gets this reply, never a second turn."""
    reply: dict | None = None


class DialogueStore(Protocol):
    def load(self, learner_id: str) -> ConversationState: ...

    def holder(self, learner_id: str) -> str | None:
        """The display name of the person holding this learner's conversation, if one is."""
        ...

    def typical_wait_minutes(self) -> int | None:
        """How long learners lately waited for a person (median), or None without enough cases."""
        ...

    def save_turn(self, learner_id: str, state: ConversationState, record: TurnRecord) -> None: ...

    def join_class(self, learner_id: str, code: str) -> tuple[str, str | None] | None:
        """(class name, the mentor's display name if known) of the class joined, or None for an
        unknown code."""
        ...


class SqlDialogueStore:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        unanswered_per_day: int = 20,
        transcript_lines: int = 60,
        mentor_name: Callable[[Session, str], str | None] = lambda _session, _username: None,
        keep_reply: Callable[[Session, str, str, dict], None] | None = None,
    ) -> None:
        """`unanswered_per_day`: questions kept per learner per day; one learner typing the same
        unanswerable thing a thousand times must not bury everyone else's in the Gaps view.
        `transcript_lines`: the recent messages kept per learner, for their chat window and the desk.
        `mentor_name`: a class mentor's display name from their username (accounts live outside the
        bot); a learner who joins is never shown a login name. `keep_reply(session, learner, message
        id, reply)`: where replies to messages with an id are kept (the channels' resend memory)."""
        self.sessions = sessions
        self.unanswered_per_day = unanswered_per_day
        self.transcript_lines = transcript_lines
        self.mentor_name = mentor_name
        self.keep_reply = keep_reply

    def holder(self, learner_id: str) -> str | None:
        with self.sessions() as session:
            return session.scalar(
                select(Handoff.holder_name).where(Handoff.learner_id == learner_id, Handoff.status == "taken")
            )

    def load(self, learner_id: str) -> ConversationState:
        with self.sessions() as session:
            row = session.get(Conversation, learner_id)
            return ConversationState.model_validate(row.state) if row else ConversationState()

    def typical_wait_minutes(self, recent: int = 20, days: int = 14) -> int | None:
        since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
        with self.sessions() as session:
            rows = session.execute(
                select(Handoff.at, Handoff.taken_at)
                .where(Handoff.taken_at.is_not(None), Handoff.at >= since)
                .order_by(Handoff.id.desc())
                .limit(recent)
            ).all()
        if len(rows) < 3:
            return None
        waits = sorted((as_utc(taken) - as_utc(asked)).total_seconds() for asked, taken in rows)
        return max(1, math.ceil(waits[len(waits) // 2] / 60))

    def save_turn(self, learner_id: str, state: ConversationState, record: TurnRecord) -> None:
        with self.sessions() as session, session.begin():
            learner = session.get(Learner, learner_id)
            if learner is None:
                session.add(Learner(id=learner_id, language=record.language))
                session.flush()
            else:
                learner.language = record.language
                learner.last_seen_at = dt.datetime.now(dt.UTC)
            conversation = session.get(Conversation, learner_id)
            if conversation is None:
                session.add(Conversation(learner_id=learner_id, state=state.model_dump(mode="json")))
            else:
                conversation.state = state.model_dump(mode="json")
            session.add(
                TurnEvent(
                    learner_id=learner_id,
                    language=record.language,
                    intent=record.intent,
                    confidence=record.confidence,
                    entry_id=record.entry_id,
                    degraded=record.degraded,
                    flow=record.flow,
                )
            )
            if record.unanswered and self._may_keep_unanswered(session, learner_id):
                session.add(
                    UnansweredQuestion(
                        learner_id=learner_id,
                        language=record.language,
                        text=record.unanswered,
                        intent=record.intent,
                        status="open",
                    )
                )
            if record.handoff_reason:
                self._open_handoff(session, learner_id, record)
            add_lines(session, learner_id, record.transcript, self.transcript_lines)
            if record.message_id is not None and record.reply is not None and self.keep_reply:
                self.keep_reply(session, learner_id, record.message_id, record.reply)

    def _open_handoff(self, session: Session, learner_id: str, record: TurnRecord) -> None:
        """One open desk conversation per learner: asking again does not queue them twice."""
        already = session.scalar(
            select(Handoff.id).where(Handoff.learner_id == learner_id, Handoff.status.in_(OPEN))
        )
        if already is not None:
            return
        class_code = session.scalar(
            select(ClassMember.class_code)
            .where(ClassMember.learner_id == learner_id)
            .order_by(ClassMember.joined_at.desc())
        )
        session.add(
            Handoff(
                learner_id=learner_id,
                language=record.language,
                reason=record.handoff_reason,
                text=record.handoff_text,
                status="waiting",
                channel=channel_of(learner_id),
                class_code=class_code,
            )
        )

    def _may_keep_unanswered(self, session: Session, learner_id: str) -> bool:
        since = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        kept = session.scalar(
            select(func.count())
            .select_from(UnansweredQuestion)
            .where(UnansweredQuestion.learner_id == learner_id, UnansweredQuestion.at >= since)
        )
        return (kept or 0) < self.unanswered_per_day

    def join_class(self, learner_id: str, code: str) -> tuple[str, str | None] | None:
        with self.sessions() as session, session.begin():
            found = session.get(LearningClass, canonical(code))
            if found is None:
                return None
            if session.get(ClassMember, (found.code, learner_id)) is None:
                session.add(ClassMember(class_code=found.code, learner_id=learner_id))
            return found.name, self.mentor_name(session, found.mentor)


def add_lines(session: Session, learner_id: str, lines: list[Line], keep: int) -> None:
    """Append to a learner's transcript and drop what is older than the last `keep` lines."""
    if not lines:
        return
    session.add_all(
        TranscriptLine(
            learner_id=learner_id,
            role=line.role,
            author=line.author,
            text=_shown_as(session, learner_id, line),
            buttons=line.buttons,
            entry_id=line.entry_id,
        )
        for line in lines
    )
    session.flush()
    oldest_kept = session.scalar(
        select(TranscriptLine.id)
        .where(TranscriptLine.learner_id == learner_id)
        .order_by(TranscriptLine.id.desc())
        .offset(keep - 1)
        .limit(1)
    )
    if oldest_kept is not None:
        session.execute(
            delete(TranscriptLine).where(
                TranscriptLine.learner_id == learner_id, TranscriptLine.id < oldest_kept
            )
        )


def _shown_as(session: Session, learner_id: str, line: Line) -> str:
    """A pressed button reads as its title (what the learner saw), not as its payload."""
    if line.role != "learner" or not line.text.startswith("/"):
        return line.text
    for buttons in session.scalars(
        select(TranscriptLine.buttons)
        .where(TranscriptLine.learner_id == learner_id, TranscriptLine.role.in_(("bot", "person")))
        .order_by(TranscriptLine.id.desc())
        .limit(12)
    ):
        title = next((b["title"] for b in buttons or [] if b.get("payload") == line.text), None)
        if title:
            return f"▸ {title}"
    return "▸"


def recent_lines(session: Session, learner_id: str, limit: int) -> list[TranscriptLine]:
    rows = session.scalars(
        select(TranscriptLine)
        .where(TranscriptLine.learner_id == learner_id)
        .order_by(TranscriptLine.id.desc())
        .limit(limit)
    ).all()
    return list(reversed(rows))
