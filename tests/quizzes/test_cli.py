"""`hocvuso quiz validate` and `hocvuso eval quiz`: what a trainer reads in the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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


def test_quiz_validate_names_file_and_field_on_one_line_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "a-folder-with-a-rather-long-name-so-that-lines-would-wrap" / "vi"
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text("- id: vi.scams.q-broken\n  language: vi\n", encoding="utf-8")
    monkeypatch.setenv("HOCVUSO_QUIZ_BANK_DIR", str(folder.parent))
    result = CliRunner().invoke(app, ["quiz", "validate"])
    assert result.exit_code == 1
    problems = [line for line in result.output.splitlines() if line.startswith("✗ ")]
    assert any("broken.yaml" in line and "stem" in line for line in problems), result.output
    assert "[red]" not in result.output


LONGEST_RIGHT = """
- id: vi.scams.q-item-{n}
  language: vi
  topic: scams
  stem: "Câu hỏi thử số {n}?"
  options: ["Cúp máy rồi gọi lại số của con", "Chuyển tiền ngay", "Gửi mã OTP"]
  correct: A
  explanation: "Giải thích đủ dài để qua kiểm tra."
  entry: vi.payments.bank-never-asks-otp
  difficulty: 0
  status: published
  reviewed_on: 2026-11-28
"""


def test_quiz_validate_fails_a_bank_that_gives_answers_away_by_length(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "vi").mkdir()
    items = "".join(LONGEST_RIGHT.format(n=n) for n in range(3))
    (tmp_path / "vi" / "scams.yaml").write_text(items, encoding="utf-8")
    monkeypatch.setenv("HOCVUSO_QUIZ_BANK_DIR", str(tmp_path))
    result = CliRunner().invoke(app, ["quiz", "validate"])
    assert result.exit_code == 1
    assert "vi.scams: the right option is the longest in 100% of 3 items" in result.output
    assert "distractor too short to be believed: 'Gửi mã OTP'" in result.output


def test_the_real_bank_cannot_be_passed_by_picking_the_longest_option() -> None:
    result = CliRunner().invoke(app, ["eval", "quiz", "--json", "--learners", "4"])
    cues = json.loads(result.output)["length_cues"]
    assert {row["bank"] for row in cues} >= {"vi.scams", "th.thaid", "en.vneid"}
    for row in cues:
        assert row["longest_share"] <= 0.30, row
        assert abs(row["longest_learner"] - row["random_guesser"]) <= 0.10, row
