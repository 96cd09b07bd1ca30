"""Lessons change without a restart; a broken lesson file never takes the assistant down."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from api.settings import Settings

CURRICULUM = Path(__file__).parents[2] / "knowledge" / "curriculum"
NEW_ENTRY = """\
id: vi.scams.hocvuso-test-lesson
language: vi
topic: scams
title: Nhận cuộc gọi trúng thưởng xe máy
questions:
  - Có người gọi báo tôi trúng thưởng xe máy
  - trung thuong xe may goi dien
  - goi bao trung xe may phai dong phi
answer: Đây là bài học thử nghiệm về cuộc gọi báo trúng thưởng xe máy và đòi đóng phí nhận giải.
sources: [{title: Tài liệu kiểm thử, document: Bộ kiểm thử của hocvuso}]
reviewed_on: 2026-11-22
status: published
"""


@pytest.fixture
def curriculum(tmp_path: Path) -> Path:
    """A private copy of the real curriculum (thresholds are calibrated on collections of its size)."""
    return Path(shutil.copytree(CURRICULUM, tmp_path / "curriculum"))


@pytest.fixture
def client(make_client, settings: Settings, curriculum: Path):
    return make_client(settings.model_copy(update={"curriculum_dir": curriculum, "curriculum_poll_s": 0.2}))


def ask(client, text: str) -> dict:
    return client.post("/api/v1/chat", json={"user_id": "t", "text": text}).json()


def eventually(check, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def test_a_new_lesson_file_is_answered_without_a_restart(client, curriculum: Path) -> None:
    question = "có người gọi nói tôi trúng thưởng xe máy"
    assert ask(client, question)["entry_id"] is None
    (curriculum / "vi" / "vneid" / "prize.yaml").write_text(NEW_ENTRY, encoding="utf-8")
    assert eventually(lambda: ask(client, question)["entry_id"] == "vi.scams.hocvuso-test-lesson")


def test_a_broken_edit_keeps_the_last_good_lesson(client, curriculum: Path, caplog) -> None:
    lesson = curriculum / "vi" / "vneid" / "forgot-password.yaml"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("reviewed_on: 2026-11-22\n", ""), "utf-8")
    assert eventually(lambda: "reviewed_on" in caplog.text)
    assert "forgot-password.yaml: reviewed_on" in caplog.text
    assert ask(client, "quên mật khẩu VNeID")["entry_id"] == "vi.vneid.forgot-password"


def test_the_assistant_starts_with_a_broken_file_present(
    make_client, settings: Settings, curriculum: Path
) -> None:
    (curriculum / "vi" / "vneid" / "broken.yaml").write_text("id: [oops\n", encoding="utf-8")
    client = make_client(settings.model_copy(update={"curriculum_dir": curriculum}))
    assert ask(client, "quên mật khẩu VNeID")["entry_id"] == "vi.vneid.forgot-password"
