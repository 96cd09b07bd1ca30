"""The assistant never asks for an OTP, password, PIN or card number in its own words.

Lessons are not checked here: they rightly tell learners to type an OTP into their own bank app
or to photograph their ID card inside the official app, which a context-free checker cannot tell
from a request. Trainers review those.
"""

from __future__ import annotations

import pytest

from bot.redflags import check_message
from bot.texts import TEXTS

ASKING = {"otp_request", "credentials_request"}
OWN_WORDS = [(f"{key}.{lang}", text) for key, variants in TEXTS.items() for lang, text in variants.items()]


@pytest.mark.parametrize(("where", "text"), OWN_WORDS)
def test_nothing_the_bot_says_asks_for_a_secret(where: str, text: str) -> None:
    """Where the bot names a secret at all, it is inside advice never to share it."""
    result = check_message(text)
    asks = result.kinds & ASKING
    assert not asks or result.protective, f"{where} reads as asking for a secret ({asks}): {text}"


def test_the_checker_would_notice_if_it_did() -> None:
    assert "otp_request" in check_message("Bạn vui lòng đọc mã OTP cho tôi để xác minh").kinds
    assert "credentials_request" in check_message("Please enter your password and card number here").kinds
    assert "otp_request" in check_message("กรุณาบอกรหัส OTP ที่ได้รับทาง SMS").kinds
