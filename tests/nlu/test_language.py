from __future__ import annotations

import pytest

from nlu.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quên mật khẩu VNeID thì làm sao?", "vi"),
        ("quen mat khau vneid thi lam sao", "vi"),
        ("lam sao de chuyen tien an toan", "vi"),
        ("ลืมรหัสผ่าน ThaID ทำอย่างไร", "th"),
        ("How do I reset my VNeID password?", "en"),
        ("is this message a scam", "en"),
    ],
)
def test_detects_the_learners_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_falls_back_to_the_default_when_nothing_tells() -> None:
    assert detect_language("VNeID 123", default="en") == "en"
