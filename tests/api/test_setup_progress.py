"""How setup shows a step in a CI log, and what it tells a newcomer at the end."""

from __future__ import annotations

import asyncio
import io
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from rich.console import Console
from starlette.types import Receive, Scope, Send
from typer.testing import CliRunner

from api.cli import app
from api.first_steps import first_steps, serving_line
from api.heartbeat import LogFollower
from api.settings import Settings
from api.setup_progress import ANNOUNCE_AFTER_S, AnnouncedServer, SetupSteps
from nlu.training_log import RasaTrainingSummary
from tests.conftest import free_port


@pytest.fixture
def log_console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=False, width=60), out


def timed_lines(out: io.StringIO) -> list[str]:
    return out.getvalue().splitlines()


def test_a_long_step_is_announced_then_reported_until_done(
    log_console: tuple[Console, io.StringIO], tmp_path: Path
) -> None:
    console, out = log_console
    log = tmp_path / "train-nlu.log"
    follow = LogFollower(log, RasaTrainingSummary(), first="loading Rasa and TensorFlow")

    def train() -> tuple[str, str]:
        time.sleep(ANNOUNCE_AFTER_S + 0.5)
        log.write_text("Epochs:  85%|████████▌ | 17/20 [05:11<00:48, 16.06s/it, i_acc=0.991]\r")
        time.sleep(0.7)
        return "model", "trained nlu-1234"

    result = SetupSteps(console, every=0.3).run(
        "Rasa NLU model", train, "Training the language model", "about 7 minutes on 2 cores", follow
    )

    lines = timed_lines(out)
    assert result == "model"
    assert lines[0] == "→ Training the language model (about 7 minutes on 2 cores)…"
    beats = lines[1:-1]
    assert beats and all(line.startswith("  … Training the language model: ") for line in beats)
    assert beats[0].endswith("loading Rasa and TensorFlow")
    assert beats[-1].endswith("classifier: epoch 17/20, accuracy 0.991, about 48 s left")
    assert lines[-1].startswith("✓ Rasa NLU model: trained nlu-1234 (")


def test_a_step_with_nothing_to_do_prints_only_its_result(log_console: tuple[Console, io.StringIO]) -> None:
    console, out = log_console

    SetupSteps(console, every=0.1).run("Embedding model", lambda: (None, "up to date"), "Rebuilding", "30 s")

    [line] = timed_lines(out)
    assert line.startswith("✓ Embedding model: up to date (")


def test_a_step_that_did_not_succeed_is_not_ticked(log_console: tuple[Console, io.StringIO]) -> None:
    console, out = log_console

    up = SetupSteps(console).run("Rasa NLU server", lambda: (False, "up"), failed=lambda healthy: not healthy)

    assert up is False
    assert timed_lines(out)[-1].startswith("! Rasa NLU server: not done")


def test_the_guide_names_the_pages_and_an_admin_command_the_cli_accepts() -> None:
    settings = Settings(host="0.0.0.0", port=8011)

    guide = Console(file=io.StringIO(), width=200).render_str(first_steps(settings)).plain

    for page in ("http://127.0.0.1:8011/", "http://127.0.0.1:8011/trainers/", "http://127.0.0.1:8011/docs"):
        assert page in guide
    command = next(line.split() for line in guide.splitlines() if "trainer add" in line)
    assert command[0] == "var/venv/bin/hocvuso"
    checked = CliRunner().invoke(app, [*command[1:], "--help"])
    assert checked.exit_code == 0, checked.output
    assert "--role" in checked.output


def test_the_server_says_where_it_serves_only_once_it_is_up() -> None:
    said = threading.Event()

    async def empty_app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})

    config = uvicorn.Config(empty_app, host="127.0.0.1", port=free_port(), log_level="warning")
    server = AnnouncedServer(config, said.set)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    try:
        assert said.wait(30), "the server never announced itself"
        assert server.started
    finally:
        server.should_exit = True
        thread.join(30)
    assert "chat http://127.0.0.1:8000/ · workspace http://127.0.0.1:8000/trainers/" in serving_line(
        Settings()
    )
