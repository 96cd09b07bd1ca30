"""The safety guard: secrets learners type are found and never kept; ordinary text is left alone."""

from __future__ import annotations

import pytest

from bot.safety import luhn_valid, redact, thai_id_valid

VALID_THAI_ID = "1518483612945"


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("ma OTP la 731904 nhe", "731904", "otp"),
        ("731904", "731904", "otp"),
        ("tôi vừa đọc mã 4829 cho họ", "4829", "otp"),
        ("Agribank: Ma OTP giao dich chuyen tien 500,000VND la 731904, hieu luc 3 phut", "731904", "otp"),
        ("รหัส OTP ของคุณคือ 123456 ห้ามบอกใคร", "123456", "otp"),
        ("mat khau cua toi la Lan@1960 co an toan ko", "Lan@1960", "password"),
        ("my password is hunter22.", "hunter22", "password"),
        ("รหัสผ่านคือ abcd1234", "abcd1234", "password"),
        ("pin 1234 co de doan khong", "1234", "pin"),
        ("so the cua toi 4111 1111 1111 1111", "4111 1111 1111 1111", "card_number"),
        ("cvv 123", "123", "cvv"),
        ("số căn cước của tôi 001203004567", "001203004567", "id_number"),
        (f"เลขบัตรประชาชน {VALID_THAI_ID}", VALID_THAI_ID, "id_number"),
    ],
)
def test_secrets_are_found_and_replaced(text: str, secret: str, kind: str) -> None:
    redacted, findings = redact(text)
    assert secret not in redacted
    assert kind in {f.kind for f in findings}


@pytest.mark.parametrize(
    "text",
    [
        "quên mật khẩu VNeID thì làm sao",
        "mã OTP là gì vậy",
        "mật khẩu là gì",
        "có người gọi từ số 0912345678 bảo tôi chuyển tiền",
        "chuyen 500000 dong cho con",
        "mã số thuế 0312345678 tra ở đâu",
        "mã QR chuyển 2.000.000đ",
        "bước 3",
        "B",
        "so the 4111 1111 1111 1112 nay sai so",
    ],
)
def test_ordinary_messages_are_left_alone(text: str) -> None:
    assert redact(text) == (text, [])


def test_checksums() -> None:
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert thai_id_valid(VALID_THAI_ID) and not thai_id_valid("1518483612946")


@pytest.mark.parametrize("text", ["mã lớp 482913", "class code 482913", "รหัสห้อง 482913"])
def test_a_class_code_is_not_a_secret_but_an_otp_beside_it_is(text: str) -> None:
    assert redact(text) == (text, [])
    redacted, found = redact(f"{text}, mã OTP 771204")
    assert "482913" in redacted and "771204" not in redacted and [f.kind for f in found] == ["otp"]


def test_a_web_address_after_a_login_word_stays_for_the_scam_checker() -> None:
    """The link is the red flag a pasted scam is judged by; hiding it as a password hides the scam."""
    text, found = redact("Tai khoan cua ban bi khoa, dang nhap http://vcb-xacminh.top de mo lai")
    assert found == [] and "vcb-xacminh.top" in text


def test_a_code_followed_by_the_word_bank_is_still_a_code() -> None:
    """The bank ("ngân hàng") is not a thousand ("ngàn"): the code before it is not an amount."""
    text, found = redact("mã xác thực 604217 ngân hàng vừa gửi về")
    assert [f.kind for f in found] == ["otp"] and "604217" not in text
