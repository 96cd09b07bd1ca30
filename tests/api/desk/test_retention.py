"""`hocvuso purge` removes what is older than the retention period, and nothing newer or open."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update
from typer.testing import CliRunner

from api.cli import app
from api.database import make_engine, migrate, session_factory
from api.settings import Settings
from api.shared.replies import ReplyMemory
from api.shared.tables import TurnReply
from bot.replies import IntentInfo, Message, Reply
from bot.state import ConversationState
from bot.store import Line, SqlDialogueStore, TurnRecord
from bot.tables import Handoff, TranscriptLine


def test_old_transcripts_and_closed_conversations_are_purged(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    migrate(settings.sqlalchemy_url)
    sessions = session_factory(make_engine(settings.sqlalchemy_url))
    store = SqlDialogueStore(sessions)
    for learner in ("old", "new", "open"):
        record = TurnRecord(
            "vi",
            "handoff",
            1.0,
            "handoff",
            handoff_reason="learner_asked",
            transcript=[Line("learner", "xin gặp người")],
        )
        store.save_turn(learner, ConversationState(), record)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    with sessions() as session, session.begin():
        session.execute(
            update(TranscriptLine).where(TranscriptLine.learner_id.in_(("old", "open"))).values(at=old)
        )
        session.execute(
            update(Handoff)
            .where(Handoff.learner_id.in_(("old", "new")))
            .values(status="closed", closed_at=old)
        )
        session.execute(
            update(Handoff).where(Handoff.learner_id == "new").values(closed_at=dt.datetime.now(dt.UTC))
        )
    reply = Reply(messages=[Message(text="ok")], intent=IntentInfo(name="x", confidence=1), lang="vi")
    ReplyMemory(sessions, keep_s=-1).remember("old", "m1", reply)
    ReplyMemory(sessions, keep_s=3600).remember("new", "m1", reply)
    monkeypatch.setenv("HOCVUSO_VAR_DIR", str(settings.var_dir))
    result = CliRunner().invoke(app, ["purge", "--days", "30"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "removed 2 transcript lines and 1 closed desk conversations; 1 expired replies" in said
    with sessions() as session:
        assert session.scalars(select(TurnReply.learner_id)).all() == ["new"]
        assert session.scalars(select(TranscriptLine.learner_id)).all() == ["new"]
        assert sorted(session.scalars(select(Handoff.learner_id))) == ["new", "open"]
        assert (
            session.scalar(select(func.count()).select_from(Handoff).where(Handoff.status == "waiting")) == 1
        )
