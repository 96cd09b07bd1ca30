"""`hocvuso serve --workers 2 --no-nlu-server`: two app processes on one port, one database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.test_serve import health, wait_for
from tests.conftest import built_vectors, free_port


def children(pid: int) -> set[int]:
    """The worker processes `pid` started (multiprocessing's helper process is not one)."""
    found = set()
    for proc in Path("/proc").iterdir():
        try:
            parent = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if parent == pid and b"spawn_main" in (proc / "cmdline").read_bytes():
                found.add(int(proc.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


@pytest.fixture
def served(tmp_path: Path, embedding_model_path: str) -> Iterator[tuple[str, subprocess.Popen]]:
    port = free_port()
    env = dict(os.environ) | {
        "HOCVUSO_VAR_DIR": str(tmp_path / "var"),
        "HOCVUSO_EMBEDDING_MODEL": embedding_model_path,
        "HOCVUSO_INDEX_DIR": str(built_vectors(tmp_path / "index")),
        "HOCVUSO_NLU_URL": f"http://127.0.0.1:{free_port()}",  # nothing there: degraded answers
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "api", "serve", "--workers", "2", "--no-nlu-server", "--port", str(port)],
        env=env,
        cwd=Path(__file__).parents[2],
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "serve.log").open("wb"),
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: health(url).get("status") in ("ok", "degraded"), 180, "the workers to serve")
        yield url, process
    finally:
        for pid in children(process.pid):
            os.kill(pid, signal.SIGKILL)
        if process.poll() is None:
            process.kill()


def ask(url: str) -> dict:
    body = {"user_id": "w", "text": "quên mật khẩu VNeID thì làm sao"}
    return httpx.post(f"{url}/api/v1/chat", json=body, timeout=30).json()


def test_two_workers_answer_replace_a_dead_one_and_stop_together(served) -> None:
    url, process = served
    workers = children(process.pid)
    assert len(workers) == 2
    assert ask(url)["entry_id"] == "vi.vneid.forgot-password"

    os.kill(min(workers), signal.SIGKILL)
    wait_for(lambda: len(children(process.pid) - {min(workers)}) == 2, 120, "a new worker in its place")
    wait_for(lambda: health(url).get("status") in ("ok", "degraded"), 120, "the port to answer")
    assert ask(url)["entry_id"] == "vi.vneid.forgot-password"

    left = children(process.pid)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0
    time.sleep(0.5)
    assert not [pid for pid in left if Path(f"/proc/{pid}").exists()], "a worker outlived the server"
