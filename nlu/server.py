"""Run the Rasa NLU server as a supervised child process.

Rasa takes tens of seconds to start (TensorFlow import and model load), so it is started once,
waited on, and watched: if it dies, a monitor thread starts it again with a growing pause, while
the web app answers in degraded mode.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from nlu.training import PROJECT_ROOT, rasa_environment

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RasaServerConfig:
    venv: Path
    model: Path
    port: int
    token: str
    log_file: Path
    host: str = "127.0.0.1"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def command(self) -> list[str]:
        return [
            str(self.venv / "bin" / "rasa"),
            "run",
            "--enable-api",
            "--model",
            str(self.model),
            "--interface",
            self.host,
            "--port",
            str(self.port),
            f"--auth-token={self.token}",  # one word: a token may start with "-"
            "--log-file",
            str(self.log_file),
        ]


def is_healthy(url: str, timeout: float = 1.0) -> bool:
    """Rasa answers its root path with a greeting once the model is loaded."""
    try:
        return httpx.get(url + "/", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


class RasaServer:
    """One managed `rasa run` process, restarted when it exits on its own (unless no pauses are given)."""

    def __init__(self, config: RasaServerConfig, restart_pauses: tuple[float, ...] = (1, 2, 5, 10, 30)):
        self.config = config
        self._pauses = restart_pauses
        self._process: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self._monitor: threading.Thread | None = None
        self.restarts = 0

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def start(self) -> None:
        self._stopping.clear()
        self._spawn()
        self._monitor = threading.Thread(target=self._watch, name="rasa-monitor", daemon=True)
        self._monitor.start()

    def _spawn(self) -> None:
        self.config.log_file.parent.mkdir(parents=True, exist_ok=True)
        out = self.config.log_file.with_suffix(".out").open("ab")
        logger.info("starting Rasa NLU server on %s", self.config.url)
        self._process = subprocess.Popen(
            self.config.command(),
            cwd=PROJECT_ROOT,
            env=rasa_environment(self.config.venv.parent),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        out.close()

    def wait_healthy(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if is_healthy(self.config.url):
                return True
            if self._process is None or self._process.poll() is not None:
                return False
            time.sleep(0.5)
        return False

    def _watch(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            process = self._process
            if process is None or process.poll() is None:
                self._stopping.wait(1.0)
                continue
            if not self._pauses:
                logger.warning("Rasa NLU server exited with %s; not restarting", process.returncode)
                return
            pause = self._pauses[min(attempt, len(self._pauses) - 1)]
            logger.warning("Rasa NLU server exited with %s; restarting in %.0f s", process.returncode, pause)
            if self._stopping.wait(pause):
                return
            attempt += 1
            self.restarts += 1
            self._spawn()
            if self.wait_healthy(timeout=240):
                attempt = 0

    def stop(self, timeout: float = 15.0) -> None:
        self._stopping.set()
        process = self._process
        if process and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._monitor:
            self._monitor.join(timeout=5)
