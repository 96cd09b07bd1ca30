"""Desk conversations in the database: who may see which, taking, replying, closing.

A conversation is a handoff row; its messages are the learner's transcript. A volunteer sees the
learners of the classes they mentor or help with (or everyone, when the deployment says so);
authors, reviewers and admins see every conversation. A reply and, for Zalo, its outbox message
are written in one transaction, so a crash after the volunteer pressed Send loses nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.workspace.accounts import Trainer
from bot.store import Line, add_lines, recent_lines
from bot.tables import ClassVolunteer, Handoff, LearningClass, TranscriptLine
from knowledge.tables import as_utc

View = Literal["waiting", "mine", "closed"]
# Queues a reply for a channel that delivers from the database (Zalo): (session, learner, key, line).
OutboxWriter = Callable[[Session, str, str, Line], None]
SHOWN_LINES = 30


class DeskError(Exception):
    """Said to the volunteer as is; `status` is the HTTP status that fits."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class DeskConversation:
    id: int
    learner: str
    channel: str
    language: str
    class_code: str | None
    status: str
    holder: str | None
    holder_name: str | None
    opened_at: dt.datetime
    taken_at: dt.datetime | None
    closed_at: dt.datetime | None
    waited_s: float


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class DeskStore:
    def __init__(
        self, sessions: sessionmaker[Session], volunteer_scope: str, transcript_lines: int = 60
    ) -> None:
        self._sessions = sessions
        self._scope = volunteer_scope
        self._keep = transcript_lines

    def conversations(self, trainer: Trainer, view: View) -> list[DeskConversation]:
        query = self._visible(trainer, select(Handoff))
        if view == "waiting":
            query = query.where(Handoff.status == "waiting").order_by(Handoff.at)
        elif view == "mine":
            query = query.where(Handoff.status == "taken", Handoff.holder == trainer.username).order_by(
                Handoff.at
            )
        else:
            query = query.where(Handoff.status == "closed").order_by(Handoff.closed_at.desc()).limit(100)
        with self._sessions() as session:
            return [_summary(row) for row in session.scalars(query)]

    def waiting_count(self, trainer: Trainer) -> int:
        with self._sessions() as session:
            rows = session.scalars(
                self._visible(trainer, select(Handoff.id)).where(Handoff.status == "waiting")
            )
            return len(rows.all())

    def pulse(self, trainer: Trainer) -> dict:
        """Changes whenever the desk this trainer sees changes: a new, taken or closed conversation,
        or a new message in an open one. Read from the database, so it works across processes."""
        with self._sessions() as session:
            visible = self._visible(trainer, select(Handoff)).subquery()
            open_learners = select(visible.c.learner_id).where(visible.c.status.in_(("waiting", "taken")))
            waiting, newest, taken = session.execute(
                select(
                    func.count().filter(visible.c.status == "waiting"),
                    func.max(visible.c.id),
                    func.count().filter(visible.c.status == "taken"),
                )
            ).one()
            line = session.scalar(
                select(func.max(TranscriptLine.id)).where(TranscriptLine.learner_id.in_(open_learners))
            )
        return {"waiting": waiting, "pulse": f"{newest}-{taken}-{line}"}

    def get(self, trainer: Trainer, handoff_id: int) -> DeskConversation:
        with self._sessions() as session:
            return _summary(self._get(session, trainer, handoff_id))

    def detail(self, trainer: Trainer, handoff_id: int) -> tuple[DeskConversation, list[TranscriptLine]]:
        with self._sessions() as session:
            row = self._get(session, trainer, handoff_id)
            return _summary(row), recent_lines(session, row.learner_id, SHOWN_LINES)

    def take(self, trainer: Trainer, handoff_id: int) -> DeskConversation:
        """Only a waiting conversation can be taken: two volunteers pressing at once get one winner."""
        with transaction(self._sessions) as session:
            row = self._get(session, trainer, handoff_id)
            taken = session.execute(
                update(Handoff)
                .where(Handoff.id == handoff_id, Handoff.status == "waiting")
                .values(
                    status="taken", holder=trainer.username, holder_name=trainer.display_name, taken_at=now()
                )
            )
            if taken.rowcount != 1:
                who = row.holder_name or "someone"
                raise DeskError(409, f"This conversation is {row.status} ({who}); pick another one.")
            session.refresh(row)
            return _summary(row)

    def reply(
        self, trainer: Trainer, handoff_id: int, line: Line, outbox: OutboxWriter | None
    ) -> DeskConversation:
        with transaction(self._sessions) as session:
            row = self._held_by(session, trainer, handoff_id)
            self._append(session, row.learner_id, line, outbox)
            return _summary(row)

    def close(
        self, trainer: Trainer, handoff_id: int, notice: Line, outbox: OutboxWriter | None
    ) -> DeskConversation:
        """The learner is back with the bot, and is told so."""
        with transaction(self._sessions) as session:
            row = self._held_by(session, trainer, handoff_id)
            row.status, row.closed_at = "closed", now()
            self._append(session, row.learner_id, notice, outbox)
            return _summary(row)

    def waiting_too_long(self, after: dt.timedelta) -> list[DeskConversation]:
        """Waiting conversations nobody took within `after` whose learner was not told yet."""
        query = select(Handoff).where(
            Handoff.status == "waiting", Handoff.noticed_at.is_(None), Handoff.at <= now() - after
        )
        with self._sessions() as session:
            return [_summary(row) for row in session.scalars(query)]

    def notice(self, handoff_id: int, line: Line, outbox: OutboxWriter | None) -> bool:
        """Tells a waiting learner nobody is free yet, once; False if someone took it meanwhile."""
        with transaction(self._sessions) as session:
            marked = session.execute(
                update(Handoff)
                .where(Handoff.id == handoff_id, Handoff.status == "waiting", Handoff.noticed_at.is_(None))
                .values(noticed_at=now())
            )
            if marked.rowcount != 1:
                return False
            learner = session.scalar(select(Handoff.learner_id).where(Handoff.id == handoff_id))
            self._append(session, learner, line, outbox)
            return True

    def _append(self, session: Session, learner_id: str, line: Line, outbox: OutboxWriter | None) -> None:
        add_lines(session, learner_id, [line], self._keep)
        if outbox is not None:
            newest = session.scalar(
                select(TranscriptLine.id)
                .where(TranscriptLine.learner_id == learner_id)
                .order_by(TranscriptLine.id.desc())
            )
            outbox(session, learner_id, f"desk:{newest}", line)

    def _held_by(self, session: Session, trainer: Trainer, handoff_id: int) -> Handoff:
        row = self._get(session, trainer, handoff_id)
        if row.status != "taken" or row.holder != trainer.username:
            raise DeskError(
                409, "Take the conversation first: only the person holding it replies or closes it."
            )
        return row

    def _get(self, session: Session, trainer: Trainer, handoff_id: int) -> Handoff:
        row = session.get(Handoff, handoff_id)
        if row is None:
            raise DeskError(404, f"No desk conversation {handoff_id}.")
        if session.scalar(self._visible(trainer, select(Handoff.id)).where(Handoff.id == handoff_id)) is None:
            raise DeskError(403, "This learner belongs to a class you do not help with.")
        return row

    def _visible(self, trainer: Trainer, query):
        if trainer.role != "volunteer" or self._scope == "all":
            return query
        mentored = select(LearningClass.code).where(LearningClass.mentor == trainer.username)
        helped = select(ClassVolunteer.class_code).where(ClassVolunteer.username == trainer.username)
        return query.where(or_(Handoff.class_code.in_(mentored), Handoff.class_code.in_(helped)))


def _summary(row: Handoff) -> DeskConversation:
    end = row.taken_at or row.closed_at or now()
    return DeskConversation(
        id=row.id,
        learner=row.learner_id,
        channel=row.channel,
        language=row.language,
        class_code=row.class_code,
        status=row.status,
        holder=row.holder,
        holder_name=row.holder_name,
        opened_at=as_utc(row.at),
        taken_at=as_utc(row.taken_at) if row.taken_at else None,
        closed_at=as_utc(row.closed_at) if row.closed_at else None,
        waited_s=max(0.0, (as_utc(end) - as_utc(row.at)).total_seconds()),
    )
