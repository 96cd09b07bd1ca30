"""Persistence for quizzes. Each answer is written with its ability update and review card in one
transaction; the unique (session, item) key makes a repeated answer a no-op, so a double tap, a
retried request or a restart in the middle never counts an answer twice."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from knowledge.tables import as_utc
from quizzes.ability import Ability
from quizzes.review import new_card, review
from quizzes.tables import ItemCalibration, QuizResponse, QuizSession, ReviewCard, TopicAbility


@dataclass(frozen=True)
class Answer:
    session_id: int
    learner_id: str
    item_id: str
    topic: str
    chosen: str
    correct: bool
    difficulty: float
    at: dt.datetime


class SqlQuizStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def open_session(self, learner_id: str) -> QuizSession | None:
        with self.sessions() as session:
            return session.scalars(
                select(QuizSession)
                .where(QuizSession.learner_id == learner_id, QuizSession.finished_at.is_(None))
                .order_by(QuizSession.id.desc())
            ).first()

    def start(self, learner_id: str, language: str, topic: str | None, length: int) -> QuizSession:
        with self.sessions() as session, session.begin():
            for stale in session.scalars(
                select(QuizSession).where(
                    QuizSession.learner_id == learner_id, QuizSession.finished_at.is_(None)
                )
            ):
                stale.finished_at = func.now()
            quiz = QuizSession(learner_id=learner_id, language=language, topic=topic, length=length)
            session.add(quiz)
        return quiz

    def set_current(self, session_id: int, item_id: str | None, is_review: bool, finished_at=None) -> None:
        with self.sessions() as session, session.begin():
            quiz = session.get(QuizSession, session_id)
            quiz.current_item, quiz.current_is_review = item_id, is_review
            quiz.finished_at = finished_at

    def asked(self, session_id: int) -> list[QuizResponse]:
        with self.sessions() as session:
            return list(
                session.scalars(
                    select(QuizResponse)
                    .where(QuizResponse.session_id == session_id)
                    .order_by(QuizResponse.id)
                )
            )

    def abilities(self, learner_id: str, now: dt.datetime) -> dict[str, Ability]:
        with self.sessions() as session:
            rows = session.scalars(select(TopicAbility).where(TopicAbility.learner_id == learner_id))
            return {
                r.topic: Ability(r.mean, r.sd, r.answers).after_days_away(
                    (now - as_utc(r.updated_at)).total_seconds() / 86400
                )
                for r in rows
            }

    def due_items(self, learner_id: str, now: dt.datetime) -> dict[str, dt.datetime]:
        with self.sessions() as session:
            rows = session.execute(
                select(ReviewCard.item_id, ReviewCard.due).where(ReviewCard.learner_id == learner_id)
            ).all()
        return {item_id: as_utc(due) for item_id, due in rows if as_utc(due) <= now}

    def next_due(self, learner_id: str) -> dt.datetime | None:
        with self.sessions() as session:
            due = session.scalar(select(func.min(ReviewCard.due)).where(ReviewCard.learner_id == learner_id))
        return as_utc(due) if due else None

    def record(self, answer: Answer, before: Ability) -> Ability | None:
        """Store the answer, the new ability and the review card; None if it was already stored."""
        after = before.updated(answer.difficulty, answer.correct)
        try:
            with self.sessions() as session, session.begin():
                session.add(QuizResponse(**vars(answer)))
                session.flush()
                self._save_ability(session, answer, after)
                self._save_card(session, answer)
        except IntegrityError:
            return None
        return after

    def _save_ability(self, session: Session, answer: Answer, after: Ability) -> None:
        row = session.get(TopicAbility, (answer.learner_id, answer.topic))
        if row is None:
            row = TopicAbility(learner_id=answer.learner_id, topic=answer.topic)
            session.add(row)
        row.mean, row.sd, row.answers, row.updated_at = after.mean, after.sd, after.answers, answer.at

    def _save_card(self, session: Session, answer: Answer) -> None:
        row = session.get(ReviewCard, (answer.learner_id, answer.item_id))
        card, due = review(row.card if row else new_card(), answer.correct, answer.at)
        if row is None:
            session.add(ReviewCard(learner_id=answer.learner_id, item_id=answer.item_id, card=card, due=due))
        else:
            row.card, row.due = card, due

    def calibrations(self) -> dict[str, float]:
        with self.sessions() as session:
            return dict(session.execute(select(ItemCalibration.item_id, ItemCalibration.difficulty)).all())

    def all_responses(self) -> list[QuizResponse]:
        with self.sessions() as session:
            return list(session.scalars(select(QuizResponse)))

    def save_calibrations(self, difficulties: dict[str, tuple[float, int]], at: dt.datetime) -> None:
        with self.sessions() as session, session.begin():
            for item_id, (difficulty, responses) in difficulties.items():
                row = session.get(ItemCalibration, item_id) or ItemCalibration(item_id=item_id)
                row.difficulty, row.responses, row.calibrated_at = difficulty, responses, at
                session.add(row)
