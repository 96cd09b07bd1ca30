"""Classes: a trainer (the mentor) creates one, learners join it in chat with its code, and the
mentor follows each learner's progress — the movement's mentor–mentee model. Codes are made and
read by `bot.class_codes` (8 characters, no look-alikes, any case)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.workspace.accounts import Trainer
from api.workspace.tables import TrainerAccount
from bot.class_codes import canonical, new_code
from bot.tables import ClassMember, ClassVolunteer, Learner, LearningClass, TurnEvent
from quizzes.ability import Ability
from quizzes.tables import TopicAbility


def create_class(sessions: sessionmaker[Session], name: str, mentor: str) -> dict:
    for _ in range(20):
        code = new_code()
        try:
            with transaction(sessions) as session:
                session.add(LearningClass(code=code, name=name, mentor=mentor))
        except IntegrityError:
            continue
        return {"code": code, "name": name, "mentor": mentor}
    raise RuntimeError("no free class code after 20 tries")


def classes_for(sessions: sessionmaker[Session], trainer: Trainer) -> list[dict]:
    """A mentor's own classes; an admin sees every class."""
    members = (
        select(ClassMember.class_code, func.count().label("n")).group_by(ClassMember.class_code).subquery()
    )
    query = select(LearningClass, members.c.n).outerjoin(members, members.c.class_code == LearningClass.code)
    if trainer.role != "admin":
        query = query.where(LearningClass.mentor == trainer.username)
    with sessions() as session:
        return [
            {"code": c.code, "name": c.name, "mentor": c.mentor, "learners": n or 0}
            for c, n in session.execute(query.order_by(LearningClass.created_at))
        ]


def find_class(sessions: sessionmaker[Session], code: str) -> LearningClass | None:
    """The class with this code, typed in any case, with or without its hyphen."""
    with sessions() as session:
        return session.get(LearningClass, canonical(code))


def mentor_display_name(session: Session, username: str) -> str | None:
    """What a learner who joins is told to call their mentor: never the login name."""
    return session.scalar(select(TrainerAccount.display_name).where(TrainerAccount.username == username))


def add_volunteer(sessions: sessionmaker[Session], code: str, username: str) -> list[str]:
    """The class's volunteers after adding one (adding twice changes nothing)."""
    code = canonical(code)
    with transaction(sessions) as session:
        if session.get(ClassVolunteer, (code, username)) is None:
            session.add(ClassVolunteer(class_code=code, username=username))
            session.flush()
        return sorted(
            session.scalars(select(ClassVolunteer.username).where(ClassVolunteer.class_code == code))
        )


def class_progress(sessions: sessionmaker[Session], code: str) -> list[dict]:
    """Per learner of the class: when they joined and were last seen, questions asked, topics
    practised in quizzes and topics mastered (the quiz mastery rule)."""
    with sessions() as session:
        members = session.scalars(select(ClassMember).where(ClassMember.class_code == canonical(code))).all()
        return [_progress(session, m) for m in sorted(members, key=lambda m: m.joined_at)]


def _progress(session: Session, member: ClassMember) -> dict:
    learner = session.get(Learner, member.learner_id)
    asked = session.scalar(select(func.count()).where(TurnEvent.learner_id == member.learner_id)) or 0
    abilities = session.scalars(
        select(TopicAbility).where(TopicAbility.learner_id == member.learner_id)
    ).all()
    mastered = [a.topic for a in abilities if Ability(a.mean, a.sd, a.answers).mastered]
    return {
        "learner": member.learner_id,
        "joined_at": member.joined_at,
        "last_seen": learner.last_seen_at if learner else None,
        "messages": asked,
        "practised": sorted(a.topic for a in abilities),
        "mastered": sorted(mastered),
    }
