"""What the trainers' overview shows: the most-asked topics, people waiting for a person, quiz
mastery by topic, and active learners per day. Every table also downloads as CSV (`csv_export`)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.tables import Handoff, TurnEvent
from bot.texts import topic_title
from knowledge.tables import EntryRow
from quizzes.ability import Ability
from quizzes.tables import TopicAbility

Table = list[dict[str, object]]


def most_asked_topics(sessions: sessionmaker[Session], days: int = 30) -> Table:
    """Answered questions per lesson topic and language, most first."""
    query = (
        select(EntryRow.topic, TurnEvent.language, func.count())
        .join(EntryRow, EntryRow.id == TurnEvent.entry_id)
        .where(TurnEvent.at >= _since(days))
        .group_by(EntryRow.topic, TurnEvent.language)
        .order_by(func.count().desc())
    )
    with sessions() as session:
        return [
            {"topic": t, "title": topic_title(t, "vi"), "language": lang, "questions": n}
            for t, lang, n in session.execute(query)
        ]


def waiting_handoffs(sessions: sessionmaker[Session]) -> Table:
    query = select(Handoff).where(Handoff.status == "waiting").order_by(Handoff.at)
    with sessions() as session:
        return [
            {
                "learner": h.learner_id,
                "since": h.at.isoformat(),
                "language": h.language,
                "message": h.text or "",
            }
            for h in session.scalars(query)
        ]


def mastery_by_topic(sessions: sessionmaker[Session]) -> Table:
    """Learners who practised each topic, and how many of them have mastered it (the quiz rule)."""
    practised: Counter[str] = Counter()
    mastered: Counter[str] = Counter()
    with sessions() as session:
        for row in session.scalars(select(TopicAbility)):
            practised[row.topic] += 1
            if Ability(row.mean, row.sd, row.answers).mastered:
                mastered[row.topic] += 1
    return [
        {"topic": t, "title": topic_title(t, "vi"), "learners": practised[t], "mastered": mastered[t]}
        for t in sorted(practised)
    ]


def active_learners(sessions: sessionmaker[Session], days: int = 30) -> Table:
    """Distinct learners who wrote on each of the last `days` days (days without anyone show 0)."""
    per_day: dict[str, set[str]] = defaultdict(set)
    with sessions() as session:
        for learner, at in session.execute(
            select(TurnEvent.learner_id, TurnEvent.at).where(TurnEvent.at >= _since(days))
        ):
            per_day[at.date().isoformat()].add(learner)
    today = dt.datetime.now(dt.UTC).date()
    span = [(today - dt.timedelta(days=d)).isoformat() for d in range(days - 1, -1, -1)]
    return [{"day": day, "learners": len(per_day.get(day, ()))} for day in span]


def _since(days: int) -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
