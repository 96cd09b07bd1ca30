"""Replies to messages that carried a message id, kept for a while so that a resend, to any
process, gets the first reply instead of a second turn."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.shared.tables import TurnReply
from bot.replies import Reply


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ReplyMemory:
    def __init__(self, sessions: sessionmaker[Session], keep_s: float) -> None:
        self._sessions = sessions
        self._keep = dt.timedelta(seconds=keep_s)

    def recall(self, learner_id: str, message_id: str) -> Reply | None:
        with self._sessions() as session:
            stored = session.scalar(
                select(TurnReply.reply).where(
                    TurnReply.learner_id == learner_id,
                    TurnReply.message_id == message_id,
                    TurnReply.expires_at > now(),
                )
            )
        return None if stored is None else Reply.model_validate(stored)

    def remember(self, learner_id: str, message_id: str, reply: Reply) -> None:
        with transaction(self._sessions) as session:
            self.keep(session, learner_id, message_id, reply.model_dump(mode="json"))

    def keep(self, session: Session, learner_id: str, message_id: str, reply: dict) -> None:
        """Within the caller's transaction: the dialogue store keeps a reply with the state it
        produced, so no crash can leave one without the other."""
        moment = now()
        session.merge(
            TurnReply(
                learner_id=learner_id,
                message_id=message_id,
                reply=reply,
                created_at=moment,
                expires_at=moment + self._keep,
            )
        )


def purge_expired(session: Session, moment: dt.datetime) -> int:
    return session.execute(delete(TurnReply).where(TurnReply.expires_at <= moment)).rowcount
