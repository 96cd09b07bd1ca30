"""What the dialogue store keeps about a learner between turns."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from api.database import make_engine, migrate, session_factory
from api.settings import Settings
from bot.state import ConversationState
from bot.store import SqlDialogueStore, TurnRecord
from bot.tables import Learner

pytestmark = pytest.mark.both_backends  # a store contract: the same on SQLite and PostgreSQL


def test_a_learners_last_visit_moves_with_each_turn(settings: Settings) -> None:
    migrate(settings.sqlalchemy_url)
    sessions = session_factory(make_engine(settings.sqlalchemy_url))
    store = SqlDialogueStore(sessions)
    turn = TurnRecord(language="vi", intent=None, confidence=None, flow="answer")
    store.save_turn("lan", ConversationState(), turn)
    long_ago = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with sessions() as session, session.begin():
        session.execute(update(Learner).values(last_seen_at=long_ago))

    store.save_turn("lan", ConversationState(), turn)

    with sessions() as session:
        seen = session.get(Learner, "lan").last_seen_at
    assert seen.replace(tzinfo=dt.UTC) > long_ago + dt.timedelta(days=300)
