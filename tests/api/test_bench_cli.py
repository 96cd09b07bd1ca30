"""`hocvuso bench attack` measures a live server and refuses other machines unless told."""

from __future__ import annotations

import json

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
