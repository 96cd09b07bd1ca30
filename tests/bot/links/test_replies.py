"""The learner's side: a look-alike link in a pasted message, and a question about a caller's number."""

from __future__ import annotations

import pytest

from bot.policy import decide
from bot.state import ConversationState
from tests.bot.conftest import text_of

FAKE_VNEID_SMS = (
    "[BoCongAn] Tai khoan dinh danh VNeID cua ong/ba se bi khoa trong 24h. Cap nhat ngay tai: "
    "https://vneid-\ncapnhat.com.vn/xac-thuc"
)


def test_a_question_about_a_callers_number_gets_the_number_check() -> None:
    decision = decide("số 0912345678 gọi cho tôi xưng công an có thật không", None, ConversationState())
    assert (decision.flow, decision.detail) == ("scam_check", "number")


@pytest.mark.parametrize("text", ["0912345678", "Số điện thoại của tôi là 0912345678"])
def test_a_number_without_a_question_is_left_to_the_usual_route(text: str) -> None:
    assert decide(text, None, ConversationState()).detail != "number"


def test_a_look_alike_link_is_a_red_flag_with_its_plain_reason(offline_learner) -> None:
    reply = offline_learner("links-1").says(FAKE_VNEID_SMS)
    text = text_of(reply)
    assert text.startswith("Tin này có nhiều dấu hiệu lừa đảo")
    assert "Link giả địa chỉ chính thức" in text
    assert "Đây không phải vneid.gov.vn: địa chỉ vneid-capnhat.com.vn chỉ chứa chữ “vneid”." in text


def test_an_official_link_is_named_without_clearing_the_message(offline_learner) -> None:
    reply = offline_learner("links-2").says(
        "Vietcombank: TK cua Quy khach bi khoa, goi ngay de mo khoa va truy cap https://www.vietcombank.com.vn"
    )
    text = text_of(reply)
    assert "vietcombank.com.vn là địa chỉ thật của Vietcombank" in text
    assert "Link giả" not in text and "dấu hiệu" in text


def test_an_app_store_page_is_named_plainly_not_as_a_warning(offline_learner) -> None:
    reply = offline_learner("links-5").says(
        "Con gửi mẹ link cài app nhé: https://apps.apple.com/vn/app/some-bank/id123456789 an toàn không?"
    )
    line = next(line for line in text_of(reply).splitlines() if "kho ứng dụng thật" in line)
    assert line.startswith("ℹ️ ")


def test_a_callers_number_is_checked_and_never_called_safe(offline_learner) -> None:
    learner = offline_learner("links-3")
    unknown = text_of(learner.says("số 0912345678 gọi cho tôi xưng công an có thật không"))
    assert "0912 345 678 không có trong danh sách tổng đài chính thức" in unknown
    assert "Công an không gọi điện bắt chuyển tiền" in unknown
    official = learner.says("so 1900 545413 goi bao tai khoan bi khoa, co phai ngan hang that khong")
    assert "1900 545413 là số tổng đài của Vietcombank" in text_of(official)
    assert "giả số hiển thị" in text_of(official)
    assert any("vietcombank.com.vn" in (s["url"] or "") for s in official["sources"])


def test_a_thai_number_question_is_answered_in_thai(offline_learner) -> None:
    text = text_of(offline_learner("links-4").says("เบอร์นี้ 02-111-1111 โทรมาบอกว่าบัญชีถูกอายัด จริงไหมคะ"))
    assert "02 111 1111 เป็นเบอร์ของ Krungthai Bank" in text and "ปลอมเบอร์" in text
