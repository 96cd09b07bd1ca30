"""The run command for real: `hocvuso serve` with its supervised Rasa server, over HTTP."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import BUILT, built_vectors, free_port

pytestmark = pytest.mark.rasa


def rasa_pids(port: int) -> list[int]:
    """Processes whose command line is `rasa run … --port <port>`."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if (
            b"run" in argv
            and b"--port" in argv
            and str(port).encode() in argv
            and any(b"rasa" in a for a in argv)
        ):
            pids.append(int(proc.name))
    return pids


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")


def health(url: str) -> dict:
    try:
        return httpx.get(f"{url}/health", timeout=5).json()
    except httpx.HTTPError:
        return {}


@pytest.fixture
def served(
    tmp_path: Path, embedding_model_path: str, request: pytest.FixtureRequest
) -> Iterator[tuple[str, int, subprocess.Popen]]:
    """`hocvuso serve`, with the extra arguments a test names by parametrizing this fixture."""
    extra = getattr(request, "param", [])
    app_port, nlu_port = free_port(), free_port()
    while nlu_port + 1 == app_port:  # a second Rasa server takes the next port
        nlu_port = free_port()
    env = dict(os.environ)
    env.update(
        HOCVUSO_VAR_DIR=str(tmp_path / "var"),
        HOCVUSO_EMBEDDING_MODEL=embedding_model_path,
        HOCVUSO_PORT=str(app_port),
        HOCVUSO_NLU_URL=f"http://127.0.0.1:{nlu_port}",
    )
    # The test's own var dir has no Rasa venv or NLU model: point it at the ones setup built.
    (tmp_path / "var" / "nlu").mkdir(parents=True)
    (tmp_path / "var" / "rasa-venv").symlink_to(BUILT.rasa_venv)
    (tmp_path / "var" / "nlu" / "models").symlink_to(BUILT.nlu_model_dir)
    built_vectors(tmp_path / "var" / "index")
    process = subprocess.Popen(
        [sys.executable, "-m", "api", "serve", *extra],
        env=env,
        cwd=Path(__file__).parents[2],
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "serve.log").open("wb"),
    )
    url = f"http://127.0.0.1:{app_port}"

    def up() -> bool:
        if process.poll() is not None:
            log = (tmp_path / "serve.log").read_text(errors="replace")[-2000:]
            pytest.fail(f"`hocvuso serve` exited with {process.returncode}:\n{log}")
        return health(url).get("nlu") == "ok"

    try:
        wait_for(up, 300, "the app and its NLU server")
        yield url, nlu_port, process
    finally:
        if process.poll() is None:
            process.kill()
        for pid in rasa_pids(nlu_port) + rasa_pids(nlu_port + 1):
            os.kill(pid, signal.SIGKILL)


def test_serve_answers_survives_a_dead_nlu_server_and_stops_cleanly(served) -> None:
    url, nlu_port, process = served
    ask = {"user_id": "e2e", "text": "quên mật khẩu VNeID thì làm sao"}
    body = httpx.post(f"{url}/api/v1/chat", json=ask, timeout=10).json()
    assert body["intent"]["name"] == "ask_how_to" and body["sources"]

    [rasa_pid] = rasa_pids(nlu_port)
    os.kill(rasa_pid, signal.SIGKILL)
    wait_for(lambda: health(url).get("status") == "degraded", 10, "/health to report degraded")
    started = time.perf_counter()
    body = httpx.post(f"{url}/api/v1/chat", json=ask, timeout=10).json()
    assert time.perf_counter() - started < 5
    assert body["degraded"] is True and body["entry_id"] == "vi.vneid.forgot-password"

    wait_for(lambda: health(url).get("nlu") == "ok", 300, "the supervisor to restart Rasa")
    assert rasa_pids(nlu_port) != [rasa_pid]

    process.send_signal(signal.SIGINT)  # what Ctrl-C sends
    assert process.wait(timeout=30) == 0
    wait_for(lambda: not rasa_pids(nlu_port), 20, "the Rasa server to stop with the app")


@pytest.mark.parametrize("served", [["--nlu-replicas", "2"]], indirect=True)
def test_two_rasa_servers_share_the_work_and_stop_with_the_app_on_sigterm(served) -> None:
    """SIGTERM is what a service manager sends; no Rasa server may outlive the app."""
    url, nlu_port, process = served
    wait_for(lambda: len(rasa_pids(nlu_port) + rasa_pids(nlu_port + 1)) == 2, 10, "two Rasa servers")
    ask = {"user_id": "e2e", "text": "quên mật khẩu VNeID thì làm sao"}
    replies = [httpx.post(f"{url}/api/v1/chat", json=ask, timeout=10).json() for _ in range(4)]
    assert all(r["intent"]["name"] == "ask_how_to" and not r["degraded"] for r in replies)

    [first] = rasa_pids(nlu_port)
    os.kill(first, signal.SIGKILL)  # the other server answers while this one restarts
    replies = [httpx.post(f"{url}/api/v1/chat", json=ask, timeout=10).json() for _ in range(4)]
    assert all(r["intent"]["name"] == "ask_how_to" and not r["degraded"] for r in replies)

    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0
    wait_for(lambda: not rasa_pids(nlu_port) + rasa_pids(nlu_port + 1), 20, "the Rasa servers to stop")
