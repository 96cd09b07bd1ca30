from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.loader import load_entries
from knowledge.repository import import_entries, live_entries

GOOD = """\
id: vi.vneid.sample
language: vi
topic: vneid
title: Một bài mẫu
questions: ["Bài mẫu là gì?", bai mau la gi, cho toi xem bai mau]
answer: Đây là một bài mẫu để kiểm tra việc nhập dữ liệu.
sources: [{title: Tài liệu mẫu, url: "https://example.org/mau"}]
reviewed_on: 2026-11-22
status: published
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_curriculum_is_valid() -> None:
    result = load_entries()
    assert result.problems == []
    assert any(e.id == "vi.vneid.forgot-password" and e.is_live for e in result.entries)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda t: t.replace("reviewed_on: 2026-11-22\n", ""), "reviewed_on"),
        (lambda t: t.replace('url: "https://example.org/mau"', "url: not a link"), "sources.0.url"),
        (
            lambda t: t.replace("bai mau la gi", "Bài mẫu là gì nhỉ").replace("cho toi xem", "cho tôi xem"),
            "questions",
        ),
        (lambda t: t.replace("topic: vneid", "topic: weather"), "topic"),
        (lambda t: t + "colour: blue\n", "colour"),
    ],
)
def test_a_bad_file_is_reported_with_its_file_and_field(tmp_path: Path, change, field: str) -> None:
    path = _write(tmp_path, "bad.yaml", change(GOOD))
    result = load_entries([path])
    assert not result.ok
    assert [(p.path, p.field) for p in result.problems] == [(path, field)]
    assert str(path) in str(result.problems[0])


def test_broken_yaml_and_duplicate_ids_are_reported(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.yaml", GOOD)
    second = _write(tmp_path, "b.yaml", GOOD)
    broken = _write(tmp_path, "c.yaml", "id: [unclosed\n")
    result = load_entries([first, second, broken])
    assert len(result.entries) == 1
    assert {(p.path, p.field) for p in result.problems} == {(second, "id"), (broken, "(file)")}


def test_importing_twice_changes_nothing(tmp_path: Path, settings) -> None:
    from api.database import make_engine, migrate, session_factory, transaction

    migrate(settings.sqlalchemy_url)
    sessions = session_factory(make_engine(settings.sqlalchemy_url))
    entries = load_entries([_write(tmp_path, "a.yaml", GOOD)]).entries
    with transaction(sessions) as session:
        first = import_entries(session, entries)
    with transaction(sessions) as session:
        second = import_entries(session, entries)
        stored = live_entries(session)
    assert (first.added, second.added, second.updated, second.unchanged) == (1, 0, 0, 1)
    assert [e.id for e in stored] == ["vi.vneid.sample"]
