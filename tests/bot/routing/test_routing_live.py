"""The flow each kind of message gets, through the real Rasa server, retrieval and the guard.

One test per class of mistake the router used to make, each worded afresh (not from the NLU
data or the routing sets): questions *about* money, codes and links get a lesson, not an alarm;
pasted messages get a verdict; harm said in words gets the emergency steps; a learner's own code
gets the warning and an answer.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from bot.tables import UnansweredQuestion
from bot.texts import say
from tests.bot.conftest import buttons_of, text_of

pytestmark = pytest.mark.rasa

VERDICTS = ("scam_likely", "scam_suspicious", "scam_no_signs")


def is_emergency(reply: dict) -> bool:
    return say("emergency_intro", reply["lang"]) in text_of(reply)


def is_verdict(reply: dict) -> bool:
    said = [m["text"] for m in reply["messages"]]
    return any(text.startswith(say(key, reply["lang"])) for text in said for key in VERDICTS)


@pytest.mark.parametrize(
    ("text", "lessons"),
    [
        ("chuyen khoan 20 trieu co bat quet khuon mat khong vay", {"vi.payments.biometric-transfer-rule"}),
        (
            "có ai chuyển nhầm 2 triệu vô tài khoản tôi, giờ tôi phải làm gì với số tiền này",
            {"vi.payments.money-received-by-mistake"},
        ),
        ("em quen mat passcode vneid roi lam sao lay lai", {"vi.vneid.forgot-passcode"}),
        ("nhập passcode sai mấy lần bị khoá rồi giờ sao", {"vi.vneid.passcode-locked"}),
        ("ngan hang co nhan tin kem duong link cho khach khong", {"vi.payments.bank-links-circular-50"}),
        (
            "ra chợ mua cá, cô bán hàng chìa mã QR bảo quét mà trả, tôi quét bằng cái gì",
            {
                "vi.payments.vietqr-what-is",
                "vi.payments.check-recipient-name",
                "vi.payments.fake-qr-login-page",
            },
        ),
        ("โอนพร้อมเพย์ เสียค่าธรรมเนียมกี่บาทคะ", {"th.payments.promptpay-fees"}),
    ],
)
def test_a_question_about_money_codes_or_links_gets_its_lesson(learner, text: str, lessons: set) -> None:
    reply = learner("asks").says(text)
    assert not is_emergency(reply) and not is_verdict(reply), text_of(reply)[:200]
    assert reply["entry_id"] in lessons


def test_a_pasted_message_from_a_son_gets_a_verdict_not_the_emergency_steps(learner) -> None:
    pasted = (
        "Me oi con day, con lam roi dien thoai nen nhan tam so nay. Me chuyen gap cho con 8 trieu vao "
        "STK 0451000123999 Vietcombank ten TRAN VAN BINH de con dong tien vien phi nhe, dung goi con dang ban"
    )
    reply = learner("mother").says(pasted)
    assert is_verdict(reply) and not is_emergency(reply)
    assert reply["messages"][0]["text"].startswith(say("scam_likely", "vi"))


def test_a_call_told_in_own_words_gets_its_lesson_and_the_check_a_press_away(learner) -> None:
    reply = learner("told").says(
        "hồi sáng có ông gọi xưng công an phường, bảo tôi dính vụ án rồi kêu chuyển tiền qua tài khoản "
        "tạm giữ để xác minh, vậy có đúng không"
    )
    assert not is_verdict(reply) and not is_emergency(reply), text_of(reply)[:200]
    assert reply["entry_id"] and reply["entry_id"].startswith("vi.scams.")
    assert say("offer_check", "vi") in buttons_of(reply)


def test_harm_said_in_words_gets_the_emergency_steps(learner) -> None:
    reply = learner("victim").says(
        "chiều nay tôi lỡ đọc mã otp cho người xưng nhân viên ngân hàng rồi, giờ sao"
    )
    assert is_emergency(reply)
    assert reply["entry_id"] == "vi.scams.shared-otp-or-clicked-link"


def test_a_learners_own_code_gets_the_warning_and_an_answer(learner) -> None:
    reply = learner("own-code").says(
        "ma xac thuc 604217 ngan hang vua gui ve, toi go no vo cho nao trong app"
    )
    assert reply["redacted"] == ["otp"] and "604217" not in str(reply)
    assert text_of(reply).startswith(say("secret_warning", "vi"))
    assert not is_emergency(reply) and not is_verdict(reply)


def test_the_other_path_is_one_button_away(learner) -> None:
    """A question the classifier hears as a report of harm is answered, with the steps a press away."""
    learner_ = learner("unsure")
    reply = learner_.says("lừa đảo qua điện thoại thì báo ở đâu")
    assert not is_emergency(reply)
    titles = buttons_of(reply)
    if say("offer_emergency", "vi") in titles:
        assert is_emergency(learner_.presses(say("offer_emergency", "vi")))
    checked = learner_.says("/check")
    assert text_of(checked) == say("paste_message", "vi")
    assert is_verdict(learner_.says("Tai khoan cua ban bi khoa, dang nhap http://vcb-xacminh.top de mo"))


def test_a_word_asked_mid_walkthrough_is_explained_with_the_way_back(learner) -> None:
    ba = learner("ba-glossary")
    ba.says("làm sao đăng ký tạm trú trên VNeID")
    ba.presses("Hướng dẫn từng bước")
    reply = ba.says("mẫu CT01 là gì vậy")
    assert reply["entry_id"] is None and "CT01" in text_of(reply)
    assert any(title.startswith("Làm tiếp Bước 1/") for title in buttons_of(reply))
    assert reply["sources"]


def test_a_steering_word_outside_a_walkthrough_is_not_an_unanswered_question(learner, live_settings) -> None:
    reply = learner("steer").says("nhac lai")
    assert text_of(reply) == say("steer_outside", "vi")
    with Session(create_engine(live_settings.sqlalchemy_url)) as session:
        assert not list(session.scalars(select(UnansweredQuestion)))


def test_an_english_speaker_is_asked_their_country_once(learner) -> None:
    tourist = learner("tourist")
    reply = tourist.says("where do I report a scam text message?")
    assert text_of(reply) == say("which_country", "en")
    shown = tourist.presses("Thailand")
    assert shown["entry_id"] == "en.scams.thailand-1441-hotline"
    again = tourist.says("where can I report a scam phone call?")
    assert again["entry_id"] == "en.scams.thailand-1441-hotline"


def test_an_english_speakers_country_is_read_from_what_they_say(learner) -> None:
    reply = learner("expat").says("I live in Hanoi, where can I report a scam SMS?")
    assert reply["entry_id"] == "en.scams.vietnam-report-spam-5656"
