"""Item files: the real bank is valid, and broken files are rejected with file, item and field."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from knowledge.loader import load_entries
from quizzes.bank import load_bank, parse_bank_file

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = {e.id for e in load_entries(root=ROOT / "knowledge" / "curriculum").entries if e.is_live}


def test_the_bank_is_valid_and_big_enough() -> None:
    bank = load_bank(PUBLISHED)
    assert bank.problems == []
    per_language = Counter(item.language for item in bank.items)
    assert per_language["vi"] >= 80 and per_language["th"] >= 30 and per_language["en"] >= 20
    assert {item.topic for item in bank.items} == {"vneid", "thaid", "payments", "scams"}
    difficulties = [item.difficulty for item in bank.items]
    assert min(difficulties) <= -1.5 and max(difficulties) >= 1.5
    assert any(item.kind == "scenario" for item in bank.items)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "vi" / "scams.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """
- id: vi.scams.q-bank-asks-otp
  language: vi
  topic: scams
  stem: "Ngân hàng gọi xin mã OTP. Bạn làm gì?"
  options: ["Đọc mã cho họ", "Cúp máy", "Hỏi tên họ"]
  correct: B
  explanation: "Ngân hàng không bao giờ hỏi mã OTP qua điện thoại."
  entry: vi.payments.bank-never-asks-otp
  difficulty: -1
  status: published
  reviewed_on: 2026-11-28
"""


def test_a_good_file_loads(tmp_path: Path) -> None:
    bank = load_bank(PUBLISHED, files=[write(tmp_path, GOOD)])
    assert bank.ok and bank.items[0].correct_index == 1


def test_a_missing_option_is_named_with_file_item_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("correct: B", "correct: D"))
    _items, problems = parse_bank_file(path)
    assert [(p.path, p.item) for p in problems] == [(path, "vi.scams.q-bank-asks-otp")]
    assert "names an option that does not exist" in problems[0].message


def test_wrong_field_values_are_each_reported(tmp_path: Path) -> None:
    text = GOOD.replace("difficulty: -1", "difficulty: 9").replace(
        'options: ["Đọc mã cho họ", "Cúp máy", "Hỏi tên họ"]', 'options: ["Một", "Hai"]'
    )
    problems = parse_bank_file(write(tmp_path, text))[1]
    assert {p.field for p in problems} == {"difficulty", "options"}
    assert all(str(p).startswith(str(tmp_path)) for p in problems)


def test_a_link_to_a_missing_lesson_is_rejected(tmp_path: Path) -> None:
    bank = load_bank(
        PUBLISHED, files=[write(tmp_path, GOOD.replace("bank-never-asks-otp", "no-such-lesson"))]
    )
    assert bank.items == [] and bank.problems[0].field == "entry"


def test_a_file_that_is_not_a_list_says_how_to_fix_it(tmp_path: Path) -> None:
    problems = parse_bank_file(write(tmp_path, "id: x\n"))[1]
    assert "list of items" in problems[0].message
