"""`hocvuso kb audit`: a hotline or amount nothing vouches for fails, with file and field named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app

LESSON = """\
id: vi.scams.{slug}
language: vi
topic: scams
title: Báo lừa đảo ở đâu
questions: ["Báo lừa đảo ở đâu?", bao lua dao o dau, goi so nao de bao lua dao]
answer: {answer}
sources: [{{title: Trang nguồn, url: "https://example.org/nguon"}}]
reviewed_on: 2026-12-06
status: {status}
review_note: Cần kiểm tra số tiền với trang nguồn.
"""
FACT = """\
- kind: number
  value: "1900 0000"
  country: vn
  says: A number used only in these tests.
  source: {title: Trang nguồn, url: "https://example.org/nguon"}
  reviewed_on: 2026-12-06
"""


@pytest.fixture
def curriculum(tmp_path: Path) -> Path:
    root = tmp_path / "curriculum" / "vi" / "scams"
    root.mkdir(parents=True)
    return root


def write(folder: Path, slug: str, answer: str, status: str = "published") -> None:
    text = LESSON.format(slug=slug, answer=answer, status=status)
    (folder / f"{slug}.yaml").write_text(text, encoding="utf-8")


def run_audit(curriculum: Path, facts: str = "[]", *extra: str):
    register = curriculum.parents[2] / "facts.yaml"
    register.write_text(facts, encoding="utf-8")
    root = curriculum.parents[1]
    return CliRunner().invoke(app, ["kb", "audit", "--root", str(root), "--facts", str(register), *extra])


def test_an_unregistered_hotline_fails_naming_file_and_field(curriculum: Path) -> None:
    write(curriculum, "one", "Gọi ngay số 1900 0000 để báo lừa đảo.")
    result = run_audit(curriculum)
    assert result.exit_code == 1
    assert "one.yaml: answer: number '1900 0000'" in result.output.replace("\n", "")


def test_a_registered_or_repeated_hotline_passes(curriculum: Path) -> None:
    write(curriculum, "one", "Gọi ngay số 1900 0000 để báo lừa đảo.")
    assert run_audit(curriculum, FACT).exit_code == 0
    write(curriculum, "two", "Tổng đài 1900.0000 nhận báo lừa đảo.")
    assert run_audit(curriculum).exit_code == 0


def test_a_draft_is_listed_but_does_not_fail(curriculum: Path) -> None:
    write(curriculum, "one", "Phí dịch vụ là 50.000 đồng.", status="review")
    result = run_audit(curriculum, "[]", "--json")
    assert result.exit_code == 0
    (lesson,) = json.loads(result.stdout)
    assert lesson["published"] is False
    assert [(c["kind"], c["value"], c["fails"]) for c in lesson["claims"]] == [("amount", "50000vnd", True)]


def test_a_broken_register_is_named(curriculum: Path) -> None:
    write(curriculum, "one", "Không có số nào ở đây cả.")
    result = run_audit(curriculum, "- kind: hotline\n")
    unwrapped = "".join(c for c in result.output if not c.isspace() and c != "│")  # Rich's panel
    assert result.exit_code == 2 and "facts.yaml" in unwrapped


def test_the_shipped_lessons_pass_the_audit() -> None:
    result = CliRunner().invoke(app, ["kb", "audit"])
    assert result.exit_code == 0, result.output[-2000:]
