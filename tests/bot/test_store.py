"""What the dialogue store keeps about a learner between turns."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from api.database import make_engine, migrate, session_factory
from api.settings import Settings
from api.shared.replies import ReplyMemory
from bot.state import ConversationState, Walkthrough
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


def test_a_reply_is_kept_with_the_state_it_produced_or_not_at_all(settings: Settings) -> None:
    """A crash between saving the state and keeping the reply would let a resend run the turn
    again ("tiếp" moving two steps): both are written in one transaction."""
    migrate(settings.sqlalchemy_url)
    sessions = session_factory(make_engine(settings.sqlalchemy_url))
    memory = ReplyMemory(sessions, keep_s=3600)
    reply = {"messages": [{"text": "Bước 2/6"}], "intent": {"name": "x", "confidence": 1.0}, "lang": "vi"}
    turn = TurnRecord(
        language="vi", intent=None, confidence=None, flow="walkthrough", message_id="m-2", reply=reply
    )

    def crash(*_args) -> None:
        raise RuntimeError("the process died here")

    at_step_two = ConversationState(walkthrough=Walkthrough(entry_id="vi.vneid.forgot-password", step=2))
    with pytest.raises(RuntimeError):
        SqlDialogueStore(sessions, keep_reply=crash).save_turn("lan", at_step_two, turn)
    assert SqlDialogueStore(sessions).load("lan").walkthrough is None and memory.recall("lan", "m-2") is None

    SqlDialogueStore(sessions, keep_reply=memory.keep).save_turn("lan", at_step_two, turn)
    assert SqlDialogueStore(sessions).load("lan").walkthrough.step == 2
    assert memory.recall("lan", "m-2").messages[0].text == "Bước 2/6"
