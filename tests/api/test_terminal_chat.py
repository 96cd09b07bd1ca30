"""`hocvuso chat` drives the same engine from a terminal; button numbers press buttons."""

from __future__ import annotations

import os
import subprocess
import sys

from api.settings import Settings


def test_a_walkthrough_in_the_terminal_without_nlu(settings: Settings) -> None:
    env = {
        **os.environ,
        "HOCVUSO_VAR_DIR": str(settings.var_dir),
        "HOCVUSO_EMBEDDING_MODEL": settings.embedding_model,
        "HOCVUSO_INDEX_DIR": str(settings.index_dir),
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
