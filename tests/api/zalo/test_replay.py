"""Acceptance: 100 signed webhook deliveries, 20 of them redeliveries, give exactly 80 replies —
also when the app is killed (SIGKILL) and stopped (SIGTERM) half-way and started again.

The app runs as `python -m api serve` in its own process (NLU off: answers come from lessons),
Zalo is the fake server on loopback. Like Zalo, the sender redelivers whatever got no 200.
Each first-time event comes from its own Zalo user, so "exactly one reply per event" is: every
user got messages, and no user got the same message twice.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import httpx
import pytest

from tests.api.zalo.conftest import OA_SECRET, wait_until
from tests.api.zalo.events import signed, text_event
from tests.api.zalo.fake_zalo import FakeZalo
from tests.conftest import built_vectors, free_port

QUESTIONS = [
    "quên mật khẩu VNeID thì làm sao",
    "làm sao đăng ký tạm trú trên VNeID",
    "/handoff",
    "có người gọi bảo tôi đọc mã OTP",
    "xin chào",
]


class App:
    """The assistant as a separate process that can be killed."""

    def __init__(self, env: dict[str, str], log: Path, url: str) -> None:
        self.env, self.log, self.url = env, log, url
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "api", "serve"],
            env=self.env,
            cwd=Path(__file__).parents[3],
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("ab"),
        )
        wait_until(self._up, timeout=180)

    def _up(self) -> bool:
        assert self.process and self.process.poll() is None, self.log.read_text()[-3000:]
        try:
            return httpx.get(f"{self.url}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self, how: signal.Signals) -> None:
        assert self.process
        self.process.send_signal(how)
        self.process.wait(timeout=60)


def zalo_env(fake_zalo: FakeZalo) -> dict[str, str]:
    """The settings that point an app process at the fake Zalo server."""
    return {
        "HOCVUSO_ZALO_APP_ID": fake_zalo.app_id,
        "HOCVUSO_ZALO_OA_SECRET_KEY": OA_SECRET,
        "HOCVUSO_ZALO_APP_SECRET_KEY": fake_zalo.app_secret_key,
        "HOCVUSO_ZALO_ACCESS_TOKEN": fake_zalo.access_token,
        "HOCVUSO_ZALO_REFRESH_TOKEN": fake_zalo.refresh_token,
        "HOCVUSO_ZALO_API_URL": fake_zalo.url,
        "HOCVUSO_ZALO_OAUTH_URL": fake_zalo.url,
    }


@pytest.fixture
def app(tmp_path: Path, embedding_model_path: str, fake_zalo: FakeZalo):
    port = free_port()
    env = dict(os.environ) | {
        "HOCVUSO_VAR_DIR": str(tmp_path / "var"),
        "HOCVUSO_EMBEDDING_MODEL": embedding_model_path,
        "HOCVUSO_INDEX_DIR": str(built_vectors(tmp_path / "index")),
        "HOCVUSO_PORT": str(port),
        "HOCVUSO_NLU_MANAGED": "false",
        "HOCVUSO_NLU_URL": f"http://127.0.0.1:{free_port()}",
        **zalo_env(fake_zalo),
        "HOCVUSO_ZALO_RETRY_BASE_S": "0.1",
        "HOCVUSO_ZALO_RETRY_MAX_S": "0.5",
    }
    running = App(env, tmp_path / "serve.log", f"http://127.0.0.1:{port}")
    yield running
    if running.process and running.process.poll() is None:
        running.stop(signal.SIGTERM)


def deliveries(app_id: str) -> list[dict]:
    """80 distinct events (one per user) and 20 redeliveries of some of them, shuffled."""
    events = [
        text_event(app_id, f"70000000000000{n:05d}", QUESTIONS[n % len(QUESTIONS)], f"msg-{n}")
        for n in range(80)
    ]
    rng = random.Random(7)
    stream = events + rng.sample(events, 20)
    rng.shuffle(stream)
    return stream


def post_until_accepted(url: str, event: dict) -> None:
    """Zalo redelivers what got no 200; so does this sender."""
    body, headers = signed(event, OA_SECRET)
    for _ in range(100):
        try:
            if (
                httpx.post(
                    f"{url}/channels/zalo/webhook", content=body, headers=headers, timeout=5
                ).status_code
                == 200
            ):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    pytest.fail("the webhook never accepted an event")


def all_sent(var_dir: Path) -> bool:
    with sqlite3.connect(var_dir / "hocvuso.db") as db:
        waiting = db.execute("SELECT count(*) FROM zalo_inbound WHERE status = 'pending'").fetchone()[0]
        unsent = db.execute("SELECT count(*) FROM zalo_outbox WHERE status != 'sent'").fetchone()[0]
    return waiting == 0 and unsent == 0


def processed(var_dir: Path) -> int:
    with sqlite3.connect(var_dir / "hocvuso.db") as db:
        return db.execute("SELECT count(*) FROM zalo_inbound WHERE status = 'done'").fetchone()[0]


def test_100_deliveries_with_20_duplicates_give_exactly_80_replies_across_a_kill_and_a_stop(
    app: App, fake_zalo: FakeZalo, tmp_path: Path
) -> None:
    stream = deliveries(fake_zalo.app_id)
    users = {e["sender"]["id"] for e in stream}
    assert len(stream) == 100 and len(users) == 80

    app.start()
    fake_zalo.down = True  # nothing can be delivered before the kill: every reply waits in the outbox
    for event in stream[:40]:
        post_until_accepted(app.url, event)
    wait_until(lambda: processed(tmp_path / "var") >= 30, timeout=60)
    app.stop(signal.SIGKILL)

    fake_zalo.down = False
    app.start()
    for event in stream[40:70]:
        post_until_accepted(app.url, event)
    app.stop(signal.SIGTERM)  # mid-stream: replies are still being written and sent

    app.start()
    for event in stream[70:]:
        post_until_accepted(app.url, event)
    wait_until(lambda: {d.user_id for d in fake_zalo.delivered} == users, timeout=120)
    wait_until(lambda: all_sent(tmp_path / "var"), timeout=120)
    time.sleep(2)  # anything doubled would arrive now

    per_user = {user: [m["text"] for m in fake_zalo.to(user)] for user in users}
    doubled = {user: texts for user, texts in per_user.items() if len(texts) != len(set(texts))}
    assert doubled == {}
    assert len(per_user) == 80 and all(per_user.values())
    question_of = {e["sender"]["id"]: e["message"]["text"] for e in stream}
    sizes: dict[str, set[int]] = defaultdict(set)
    for user, texts in per_user.items():
        sizes[question_of[user]].add(len(texts))
    assert all(len(s) == 1 for s in sizes.values()), f"one question, one reply size: {dict(sizes)}"
