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
