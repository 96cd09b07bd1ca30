"""`hocvuso purge` removes what is older than the retention period, and nothing newer or open."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update
from typer.testing import CliRunner

from api.cli import app
from api.database import make_engine, migrate, session_factory
from api.desk.retention import purge
from api.settings import Settings
from api.shared.replies import ReplyMemory
from api.shared.tables import TurnReply
from api.workspace.tables import SignInFailure
from api.zalo.tables import ZaloInbound, ZaloOutbox
from bot.replies import IntentInfo, Message, Reply
from bot.state import ConversationState
from bot.store import Line, SqlDialogueStore, TurnRecord
from bot.tables import Handoff, TranscriptLine, UnansweredQuestion


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
    assert "removed 2 transcript lines, 1 closed desk conversations, 0 Zalo events" in said
    assert "1 expired replies" in said
    with sessions() as session:
        assert session.scalars(select(TurnReply.learner_id)).all() == ["new"]
        assert session.scalars(select(TranscriptLine.learner_id)).all() == ["new"]
        assert sorted(session.scalars(select(Handoff.learner_id))) == ["new", "open"]
        assert (
            session.scalar(select(func.count()).select_from(Handoff).where(Handoff.status == "waiting")) == 1
        )


@pytest.mark.both_backends
def test_finished_zalo_traffic_old_questions_and_stale_sign_in_counts_go_too(settings: Settings) -> None:
    migrate(settings.sqlalchemy_url)
    sessions = session_factory(make_engine(settings.sqlalchemy_url))
    now = dt.datetime.now(dt.UTC)
    long_ago, lately = now - dt.timedelta(days=100), now - dt.timedelta(days=2)
    SqlDialogueStore(sessions).save_turn("q", ConversationState(), TurnRecord("vi", "x", 0.1, "out_of_scope"))
    with sessions() as session, session.begin():
        for key, status, at in [
            ("old-done", "done", long_ago),
            ("old-pending", "pending", long_ago),
            ("new-done", "done", lately),
        ]:
            session.add(ZaloInbound(key=key, event_name="user_send_text", status=status, received_at=at))
            sent = "sent" if status == "done" else "pending"
            session.add(
                ZaloOutbox(
                    event_key=key,
                    seq=0,
                    user_id="u",
                    message={},
                    status=sent,
                    created_at=at,
                    next_attempt_at=at,
                )
            )
        session.add_all(
            [
                UnansweredQuestion(
                    learner_id="q", language="vi", text=f"hỏi {d}", at=now - dt.timedelta(days=d)
                )
                for d in (5, 60, 95)
            ]
        )
        session.add_all(
            [
                SignInFailure(key_hash=k, failures=3, first_at=at)
                for k, at in [("stale", now - dt.timedelta(hours=2)), ("fresh", now)]
            ]
        )
    removed = purge(sessions, 30, now, sign_in_window=dt.timedelta(minutes=15))
    assert (removed["zalo_events"], removed["zalo_messages"], removed["unanswered_questions"]) == (1, 1, 1)
    with sessions() as session:
        assert sorted(session.scalars(select(ZaloInbound.key))) == ["new-done", "old-pending"]
        assert sorted(session.scalars(select(ZaloOutbox.event_key))) == ["new-done", "old-pending"]
        assert sorted(session.scalars(select(UnansweredQuestion.text))) == ["hỏi 5", "hỏi 60"]
        assert session.scalars(select(SignInFailure.key_hash)).all() == ["fresh"]
