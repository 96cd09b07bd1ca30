"""`hocvuso bench attack` measures a live server and refuses other machines unless told."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from api.app import create_app
from api.cli import app
from api.settings import Settings
from tests.conftest import StaticNlu, serve


def test_bench_attack_reports_health_latency_under_attack(settings: Settings, embedder) -> None:
    with serve(create_app(settings, nlu=StaticNlu(), embedder=embedder)) as live:
        result = CliRunner().invoke(
            app,
            [
                "bench",
                "attack",
                "--url",
                live.url,
                "--senders",
                "2",
                "--probes",
                "20",
                "--chars",
                "300",
                "--json",
            ],
        )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert 0 < figures["p50_ms"] <= figures["p99_ms"] <= figures["max_ms"]
    assert figures["attacks_sent"] > 0 and set(figures["attack_statuses"]) <= {"200", "429"}


def test_bench_attack_stays_on_this_machine_unless_told() -> None:
    result = CliRunner().invoke(app, ["bench", "attack", "--url", "http://192.0.2.1:8000"])
    assert result.exit_code != 0 and "--remote" in result.output


def test_bench_chat_runs_learners_briefly_and_reports_the_servers_stages(
    settings: Settings, embedder
) -> None:
    """Only proves the command works (a few seconds); the figures in the README come from runs by hand."""
    with serve(create_app(settings, nlu=StaticNlu(), embedder=embedder)) as live:
        for transport in ([], ["--ws"]):
            result = CliRunner().invoke(
                app,
                ["bench", "chat", "--url", live.url, "--learners", "3", "--turns", "4", "--json", *transport],
            )
            assert result.exit_code == 0, result.output
            figures = json.loads(result.output)
            assert figures["turns"] == 12 and figures["errors"] == {}, figures
            assert 0 < figures["p50_ms"] <= figures["p95_ms"]
            assert {"redaction", "retrieval", "database"} <= set(figures["server_stage_mean_ms"])


def test_bench_chat_stays_on_this_machine_unless_told() -> None:
    result = CliRunner().invoke(app, ["bench", "chat", "--url", "http://192.0.2.1:8000"])
    assert result.exit_code == 2 and "--remote" in result.output


def test_bench_chat_sends_screenshots_meanwhile_when_asked(settings: Settings, embedder, tmp_path) -> None:
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (600, 160), "white")
    ImageDraw.Draw(picture).text((20, 60), "Your parcel is held: pay 25,000 VND now", fill="black")
    picture.resize((1800, 480)).save(tmp_path / "sms.png")
    with serve(create_app(settings, nlu=StaticNlu(), embedder=embedder)) as live:
        result = CliRunner().invoke(
            app,
            [
                *("bench", "chat", "--url", live.url, "--learners", "2", "--turns", "6", "--json"),
                *("--image-senders", "1", "--images", str(tmp_path)),
            ],
        )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["turns"] == 12 and figures["errors"] == {}, figures
    assert figures["images_read"] >= 1 and figures["image_p50_ms"] > 0


def test_bench_chat_names_the_command_that_draws_screenshots_when_the_folder_has_none(tmp_path) -> None:
    result = CliRunner().invoke(app, ["bench", "chat", "--image-senders", "2", "--images", str(tmp_path)])
    words = " ".join(re.sub("[│╭╮╰╯─]", " ", result.output).split())  # however Rich's panel wraps it
    assert result.exit_code == 2 and "hocvuso images build" in words
