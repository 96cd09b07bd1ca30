"""Length cues: a learner must not be able to score by picking the longest option."""

from __future__ import annotations

import pytest

from quizzes.length_cues import (
    bank_cues,
    longest_option_score,
    right_is_uniquely_longest,
    short_distractors,
    visible_length,
)
from tests.quizzes.conftest import make_item


def item_with(options: list[str], correct: str = "A", topic: str = "scams"):
    return make_item(1, 0.0, topic=topic).model_copy(update={"options": options, "correct": correct})


def test_thai_vowel_and_tone_marks_do_not_count_as_length() -> None:
    assert visible_length("ที่") == 1
    assert visible_length("Cúp máy") == visible_length("Cup may")


def test_a_longest_right_option_is_flagged_but_a_tie_is_not() -> None:
    assert right_is_uniquely_longest(item_with(["Gọi lại số cũ của con", "Gửi tiền", "Hỏi tên"]))
    assert not right_is_uniquely_longest(item_with(["Gọi lại số cũ", "Gửi tiền ngay", "Hỏi tên"]))


def test_the_longest_option_learner_splits_ties_at_random() -> None:
    assert longest_option_score(item_with(["aaaa", "bbbb", "cc"])) == pytest.approx(0.5)
    assert longest_option_score(item_with(["aaaa", "bbbbb", "cc"])) == 0.0


def test_a_distractor_under_half_the_longest_option_is_implausible() -> None:
    item = item_with(["Cúp máy rồi gọi tổng đài in trên thẻ", "Đọc mã", "Đọc mã OTP cho người gọi"])
    assert short_distractors(item) == ["Đọc mã"]


def test_bank_cues_compare_the_longest_option_learner_with_random_guessing() -> None:
    items = [item_with(["Một đáp án dài hơn hẳn", "Ngắn", "Ngắn nữa"]) for _ in range(3)]
    items.append(item_with(["Ngắn", "Một đáp án dài hơn hẳn", "Ngắn nữa"], topic="vneid"))
    scams, vneid = bank_cues(items)
    assert (scams.bank, scams.items, scams.longest_share, scams.longest_learner) == ("vi.scams", 3, 1.0, 1.0)
    assert scams.random_guesser == pytest.approx(1 / 3) and scams.too_revealing
    assert vneid.longest_share == 0.0 and not vneid.too_revealing
