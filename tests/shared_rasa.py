"""One Rasa server per test run, also when pytest-xdist spreads the tests over worker processes:
the first test that needs it starts it and writes where it listens to a file in the run's shared
folder, the others read that file, and the process that began the run stops it at the end."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

from nlu.server import RasaServer, RasaServerConfig

STATE = "rasa-server.json"


def find_or_start(shared: Path, start: Callable[[], RasaServer]) -> RasaServerConfig:
    """The running server's settings; `start` (which waits until it is healthy) runs at most once."""
    with (shared / "rasa-server.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        state = shared / STATE
        if state.is_file():
            return _config(json.loads(state.read_text()))
        server = start()
        state.write_text(json.dumps(_fields(server.config) | {"pid": server.pid}))
        return server.config


def stop(shared: Path, timeout: float = 15.0) -> None:
    """SIGTERM to the server's process group (it runs in a session of its own), SIGKILL if it lingers."""
    state = shared / STATE
    if not state.is_file():
        return
    pid = json.loads(state.read_text())["pid"]
    deadline = time.monotonic() + timeout
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if not _alive(pid):
            return


def _alive(pid: int) -> bool:
    try:
        reaped, _ = os.waitpid(pid, os.WNOHANG)  # our own child when this process started it
        if reaped:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _fields(config: RasaServerConfig) -> dict:
    return {
        "venv": str(config.venv),
        "model": str(config.model),
        "port": config.port,
        "token": config.token,
        "log_file": str(config.log_file),
    }


def _config(fields: dict) -> RasaServerConfig:
    return RasaServerConfig(
        venv=Path(fields["venv"]),
        model=Path(fields["model"]),
        port=fields["port"],
        token=fields["token"],
        log_file=Path(fields["log_file"]),
    )
