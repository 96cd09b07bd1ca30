"""Persistence for the dialogue: conversation state, turn events, unanswered questions, handoffs.

One `save_turn` call writes a turn's state and records in a single transaction, so a crash never
leaves a conversation half-moved (state on step 3, event still on step 2).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.state import ConversationState
from bot.tables import (
    ClassMember,
    Conversation,
    Handoff,
    Learner,
    LearningClass,
    TurnEvent,
    UnansweredQuestion,
)


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


class DialogueStore(Protocol):
    def load(self, learner_id: str) -> ConversationState: ...

    def save_turn(self, learner_id: str, state: ConversationState, record: TurnRecord) -> None: ...

    def join_class(self, learner_id: str, code: str) -> tuple[str, str] | None:
        """(class name, mentor) of the class joined, or None for an unknown code."""
        ...


class SqlDialogueStore:
    def __init__(self, sessions: sessionmaker[Session], unanswered_per_day: int = 20) -> None:
        """`unanswered_per_day`: questions kept per learner per day; one learner typing the same
        unanswerable thing a thousand times must not bury everyone else's in the Gaps view."""
        self.sessions = sessions
        self.unanswered_per_day = unanswered_per_day

    def load(self, learner_id: str) -> ConversationState:
        with self.sessions() as session:
            row = session.get(Conversation, learner_id)
            return ConversationState.model_validate(row.state) if row else ConversationState()

    def save_turn(self, learner_id: str, state: ConversationState, record: TurnRecord) -> None:
        with self.sessions() as session, session.begin():
            learner = session.get(Learner, learner_id)
            if learner is None:
                session.add(Learner(id=learner_id, language=record.language))
                session.flush()
            else:
                learner.language = record.language
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
                session.add(
                    Handoff(
                        learner_id=learner_id,
                        language=record.language,
                        reason=record.handoff_reason,
                        text=record.handoff_text,
                        status="waiting",
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

    def join_class(self, learner_id: str, code: str) -> tuple[str, str] | None:
        with self.sessions() as session, session.begin():
            found = session.get(LearningClass, code)
            if found is None:
                return None
            if session.get(ClassMember, (code, learner_id)) is None:
                session.add(ClassMember(class_code=code, learner_id=learner_id))
            return found.name, found.mentor
