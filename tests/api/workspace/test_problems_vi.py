"""Trainers read validation problems in Vietnamese, for every problem the schemas can raise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from api.workspace.problems_vi import PROBLEMS, vietnamese_problems
from knowledge.schema import Entry
from quizzes.schema import QuizItem
from tests.api.workspace.conftest import new_entry, new_item

ROOT = Path(__file__).parents[3]


def problems(model, data: dict, **context) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data, context=context or None)
    return [p["vi"] for p in vietnamese_problems(caught.value)]


def test_an_entry_s_problems_name_the_page_s_fields() -> None:
    entry = new_entry() | {
        "questions": ["Làm sao đổi ảnh?", "Đổi hình ở đâu?", "Thay ảnh thế nào?"],
        "answer": "Ngắn",
        "sources": [{"title": "Tài liệu"}],
    }
    said = problems(Entry, entry)
    assert any(p.startswith("Các cách hỏi: thêm ít nhất một cách hỏi gõ không dấu") for p in said)
    assert "Trả lời ngắn: cần ít nhất 10 ký tự" in said
    assert any(p.startswith("Nguồn số 1: ghi đường dẫn hoặc tên tài liệu") for p in said)


def test_an_item_s_problems_carry_their_values() -> None:
    item = new_item() | {"entry": "vi.scams.khong-co", "correct": "D", "difficulty": 4}
    said = problems(QuizItem, item, lessons={"vi.scams.recognise-scam-call"})
    assert "Bài học: không có bài học đã xuất bản nào mã 'vi.scams.khong-co': chọn một bài có sẵn" in said
    assert "Độ khó: phải nhỏ hơn hoặc bằng 3.0" in said


def test_every_problem_the_schemas_raise_has_vietnamese_words() -> None:
    raised = set()
    for schema in ("knowledge/schema.py", "quizzes/schema.py"):
        raised |= set(re.findall(r'PydanticCustomError\(\s*"(\w+)"', (ROOT / schema).read_text()))
    assert len(raised) >= 10
    assert raised <= PROBLEMS.keys(), raised - PROBLEMS.keys()
