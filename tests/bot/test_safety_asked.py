"""The guard's classes of the forty-third round, each written out in every language and form.

Hidden: a delivery's confirmation code a shipper or a caller asks to have read out, even when an
order's word names it ("ma xac nhan don hang 4027 shipper hoi ba co doc ko"); a passphrase of plain
lower-case words after a colon that a password's word earlier in the sentence introduces ("I made my
email password a sentence like you said: the red kettle sings at noon"); a word turning from lower to
upper case inside itself after "it's" ("it's iLoveBingo with a small i", "it is myDog2").
Left alone: an order's number on its own ("mã đơn hàng 4027 đã giao chưa"), ordinary sentences after
a colon, brands' names built the same way (iPhone, eBay) that are not called a password.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import missed, redacted

CODES = ["4027", "581936", "730214"]
ASKED_WORDINGS = {
    "vi": [
        "mã xác nhận đơn hàng {v} shipper hỏi bà có đọc không",
        "shipper hỏi mã xác nhận đơn hàng {v} bà đọc cho nó được không",
        "mã nhận hàng {v}, người giao hàng xin bà đọc",
        "Mã OTP giao hàng là {v} anh giao hàng hỏi",
    ],
    "vi-unmarked": [
        "ma xac nhan don hang {v} shipper hoi ba co doc ko",
        "shipper hoi ma xac nhan {v} co doc ko con",
        "ma giao hang {v} tai xe hoi",
    ],
    "th": [
        "รหัสยืนยันคำสั่งซื้อ {v} ไรเดอร์ขอให้อ่าน",
        "ไรเดอร์ขอรหัสยืนยัน {v} ให้บอกไหม",
        "รหัสรับพัสดุ {v} คนส่งของถาม",
    ],
    "en": [
        "the delivery code for my order is {v}, the courier asked me to read it",
        "the driver asks for the confirmation code {v}, should I say it",
        "order confirmation code {v} the delivery man wants it",
    ],
}
PHRASES = ["the red kettle sings at noon", "blue fish swim slowly home", "con meo ngu trua nay"]
PHRASE_WORDINGS = {
    "vi": [
        "mật khẩu email bà đặt thành một câu như con dặn: {v}",
    ],
    "vi-unmarked": [
        "mat khau email ba dat la mot cau nhu con noi: {v}",
        "mk moi la cum tu: {v}",
    ],
    "en": [
        "I made my email password a sentence like you said: {v}",
        "my new password is a phrase: {v}",
        "the passphrase is a few words: {v}.",
    ],
}
TURNING = ["iLoveBingo", "myDog2", "helloKitty88"]
# One capital and no digit: a password only in a message about a password.
ONE_CAPITAL = ["sunnyDay", "kittyCat"]
ONE_CAPITAL_WORDINGS = [
    "mat khau cua ba ha, no la {v} do con",
    "รหัสผ่านใหม่ของยาย มันคือ {v} นะ",
    "my new password, it's {v} with a capital D",
]
TURNING_WORDINGS = {
    "vi": ["mật khẩu mới của bà, nó là {v} có chữ hoa"],
    "vi-unmarked": ["mat khau la {v} nha con", "mat khau cua ba ha, no la {v} do con"],
    "th": ["รหัสผ่านคือ {v} ค่ะ", "รหัสผ่านใหม่ของยาย มันคือ {v} นะ"],
    "en": ["it's {v} with a small i", "my password? it is {v}", "It's {v} I think"],
}


@pytest.mark.parametrize("lang", list(ASKED_WORDINGS))
def test_a_confirmation_code_a_shipper_asks_for_is_hidden(lang: str) -> None:
    assert missed(ASKED_WORDINGS[lang], CODES) == []


@pytest.mark.parametrize("lang", list(PHRASE_WORDINGS))
def test_plain_words_after_a_colon_a_passwords_word_introduces_are_hidden(lang: str) -> None:
    assert missed(PHRASE_WORDINGS[lang], PHRASES) == []


@pytest.mark.parametrize("lang", list(TURNING_WORDINGS))
def test_a_word_turning_to_upper_case_after_its_is_hidden(lang: str) -> None:
    assert missed(TURNING_WORDINGS[lang], TURNING) == []


def test_a_word_with_one_capital_after_its_in_a_message_about_a_password_is_hidden() -> None:
    assert missed(ONE_CAPITAL_WORDINGS, ONE_CAPITAL) == []


def test_look_alikes_are_left_alone() -> None:
    assert (
        redacted(
            [
                "mã đơn hàng 4027 đã giao chưa",
                "ma don hang 4027 da giao chua",
                "order 4027 was delivered yesterday",
                "คำสั่งซื้อ 4027 ส่งถึงหรือยัง",
                "shipper hỏi địa chỉ nhà bà ở đâu",
                "I said it like this: the red kettle sings at noon",
                "the lesson says: use a long sentence",
                "my password reset failed: the email never came",
                "bà nói vậy: con mèo ngủ trưa nay",
                "it's iPhone 12, is it good",
                "it's eBay where I buy things",
                "it is iPad mini",
                "it's YouTube on the TV",
                "it's PayPal or WhatsApp, I forget",
                "nó là iPhone của con",
                "มันคือ iPad ของหลาน",
                "it's sunnyDay today, let's go out",
                "password phrase: how long should it be?",
                "my password should be a sentence: is that safer?",
            ]
        )
        == []
    )
