"""`hocvuso eval quiz` on the shipped bank: the figures it prints and the options it refuses."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from api.cli import app


def test_eval_quiz_prints_every_rule_for_the_exact_posterior() -> None:
    result = CliRunner().invoke(
        app, ["eval", "quiz", "--json", "--learners", "8", "--estimator", "posterior"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["estimator"] == "posterior"
    assert set(report["rmse_at_10"]) == {"adaptive", "fixed", "random", "oracle"}
    assert all(0 < value < 3 for value in report["rmse_at_10"].values())
    assert report["learners_per_topic"] == 8


def test_eval_quiz_names_the_estimators_it_knows() -> None:
    result = CliRunner().invoke(app, ["eval", "quiz", "--estimator", "mle"])
    assert result.exit_code == 2
    assert "online, posterior" in result.output
