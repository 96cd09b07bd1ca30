"""`hocvuso chat` drives the same engine from a terminal; button numbers press buttons."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from api.settings import Settings
from tests.conftest import built_vectors


def test_a_walkthrough_in_the_terminal_without_nlu(settings: Settings) -> None:
    env = {
        **os.environ,
        "HOCVUSO_VAR_DIR": str(settings.var_dir),
        "HOCVUSO_EMBEDDING_MODEL": settings.embedding_model,
        "HOCVUSO_INDEX_DIR": str(built_vectors(settings.var_dir / "index")),
    }
    script = "dang ky tam tru tren vneid\n1\ntiep\nma otp cua toi la 731904\n/quit\n"
    done = subprocess.run(
        [sys.executable, "-m", "api", "chat", "--no-nlu", "--user", "terminal-test"],
        input=script,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "[1] Hướng dẫn từng bước" in out
    assert out.index("Bước 1/8") < out.index("Bước 2/8")
    assert "⚠️ Tin nhắn của bạn có mã OTP" in out and "731904" not in out
    assert "degraded mode" in out


def test_a_volunteers_reply_is_printed_in_the_terminal(settings: Settings) -> None:
    from api.database import make_engine, migrate, session_factory
    from api.desk.store import DeskStore
    from api.workspace.accounts import Trainer
    from bot.state import ConversationState
    from bot.store import Line, SqlDialogueStore, TurnRecord

    migrate(settings.sqlalchemy_url)
    sessions = session_factory(make_engine(settings.sqlalchemy_url))
    asked = TurnRecord("vi", "handoff", 1.0, "handoff", handoff_reason="learner_asked")
    SqlDialogueStore(sessions).save_turn("terminal-desk", ConversationState(), asked)
    desk, lan = DeskStore(sessions, "all"), Trainer(1, "co.lan", "Cô Lan", "volunteer")
    desk.take(lan, desk.conversations(lan, "waiting")[0].id)
    env = {
        **os.environ,
        "HOCVUSO_VAR_DIR": str(settings.var_dir),
        "HOCVUSO_EMBEDDING_MODEL": settings.embedding_model,
        "HOCVUSO_INDEX_DIR": str(built_vectors(settings.var_dir / "index")),
    }
    chat = subprocess.Popen(
        [sys.executable, "-m", "api", "chat", "--no-nlu", "--user", "terminal-desk"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert chat.stdout is not None and chat.stdin is not None
    assert "Type a message" in chat.stdout.readline()
    held = desk.conversations(lan, "mine")[0].id
    desk.reply(lan, held, Line("person", "Chào bác, cô Lan đây.", author="Cô Lan"), None)
    time.sleep(6)
    out, _ = chat.communicate("/quit\n", timeout=120)
    assert "Cô Lan (a person): Chào bác, cô Lan đây." in out
