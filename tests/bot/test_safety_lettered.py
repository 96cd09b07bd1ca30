"""The guard's classes of the forty-second round, each written out in every language and form.

Hidden: a one-time code of capitals and digits mixed after a code's word ("ma xac nhan la A7K29Q",
"mã xác thực gồm chữ và số: K8M2P7", "รหัสยืนยันเป็นตัวอักษรปนตัวเลข B7R4X2", "The code has letters:
Q4T9LM"), a letter O among its digits too ("code is 3O8172"); digit words typed with no space
between ("ma la namsauhaibaybonmot"); a CVV read out with "ko" for a zero ("ba so sau the la bay ko
chin"); a code after "mã giao dịch" in a call said to be the bank's, or in pairs ("Mã giao dịch:
81-44-07"); a code after "mã 5 ký tự"; a CVV followed by who asked for it ("ma cvv 318 nguoi ban hang
hoi"); a password said to be a name and a birthday ("my granddaughter's name and birthday,
Lily0412"); a password's Thai-layout twin in a message about the keyboard.
Left alone: an order's, a product's, a flight's, a plate's or a receipt's code; a lesson's list of
weak passwords called dangerous; "mật khẩu yếu" given as what a password is; "เรียบร้อย" (done) after
a changed password. Each with look-alikes the other way.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import missed, redacted

LETTERED = ["A7K29Q", "K8M2P7", "3O8172", "7KQ2", "B7R4X2W9", "Q4T9LM"]
LETTERED_WORDINGS = {
    "vi": [
        "mã xác nhận là {v}",
        "Mã xác thực: {v} ông gõ mãi không được",
        "mã xác thực gồm chữ và số: {v} ông gõ mãi không được",
        "bà ơi mã OTP là {v} phải không",
        "{v} là mã xác nhận",
    ],
    "vi-unmarked": [
        "ma xac nhan la {v} ba go chu hoa hay chu thuong",
        "ma xac thuc gom chu va so: {v}",
        "ma otp: {v} nha con",
        "ma la {v}",
    ],
    "th": [
        "รหัสยืนยันเป็นตัวอักษรปนตัวเลข {v}",
        "รหัสยืนยันคือ {v} ค่ะ",
        "รหัส OTP: {v} ใส่ตรงไหน",
    ],
    "en": [
        "The code has letters: {v}, is that normal",
        "the verification code is {v}",
        "code is {v} i think",
        "My OTP: {v}",
        "they sent a code with letters and numbers: {v}",
    ],
}


@pytest.mark.parametrize("lang", list(LETTERED_WORDINGS))
def test_a_code_of_capitals_and_digits_after_a_codes_word_is_hidden(lang: str) -> None:
    assert missed(LETTERED_WORDINGS[lang], LETTERED) == []


def test_a_things_own_code_of_letters_and_digits_is_left_alone() -> None:
    assert (
        redacted(
            [
                "mã đơn hàng SPX2931 đến chưa con",
                "ma don hang SPX2931 den chua",
                "Đơn hàng GHN mã LPDK7RQ9 mãi chưa giao",
                "điện thoại của bà là model A52",
                "my phone is a model A52, is it good",
                "the code for flight VN213 is on the ticket",
                "chuyến bay VN213 mấy giờ cất cánh",
                "biển số 29A12345 của ông",
                "bien so xe 29A12345",
                "Mã giao dịch: FT24157839 thành công",
                "ma giam gia SALE50 con dung chua",
                "promo code SALE50 still works?",
                "คูปอง SALE50 ใช้ได้ไหม",
                "ทะเบียนรถ 1กข1234 ของลุง",
                "เที่ยวบิน TG660 ออกกี่โมง",
                "the code has letters and numbers, is that normal",
                "mã xác nhận gồm chữ và số phải không con",
            ]
        )
        == []
    )


RUN_TOGETHER = {
    "vi": (["mã là {v} cháu à", "mã OTP: {v}"], ["nămsáuhaibảybốnmột", "bốnbảysáuhai"]),
    "vi-unmarked": (["ma la {v} chau a", "ma otp {v}"], ["namsauhaibaybonmot", "bonbaysauhai"]),
    "en": (["the code is {v}", "my PIN is {v}"], ["fivesixtwoseven", "ninezerooneeight"]),
}


@pytest.mark.parametrize("lang", list(RUN_TOGETHER))
def test_digit_words_typed_with_no_space_between_are_hidden(lang: str) -> None:
    wordings, values = RUN_TOGETHER[lang]
    assert missed(wordings, values) == []


def test_words_that_are_not_digit_words_run_together_are_left_alone() -> None:
    assert redacted(["ma la nguyenvanan", "the code is somewhere", "mã là chuyện nhỏ"]) == []


@pytest.mark.parametrize("zero", ["ko", "kh", "hong", "không"])
def test_a_cvv_read_out_with_a_short_zero_is_hidden(zero: str) -> None:
    wordings = ["ba so sau the la {v} nha con", "ma cvv la {v}", "mã CVV: {v}"]
    assert missed(wordings, [f"bay {zero} chin", f"tam {zero} {zero} hai"]) == []


def test_a_cvv_read_out_in_english_with_oh_is_hidden() -> None:
    assert missed(["the cvv is {v}", "cvv: {v}"], ["seven o nine", "7 o 9"]) == []


def test_a_short_zero_after_a_cvvs_word_with_no_digit_after_is_left_alone() -> None:
    assert redacted(["ba so sau the la bay ko", "ma cvv ko thay dau"]) == []


def test_a_transaction_code_in_a_call_said_to_be_the_banks_or_in_pairs_is_hidden() -> None:
    wordings = [
        "dt bao ma giao dich {v} ba co phai goi ngan hang ko",
        "ngan hang goi doc ma giao dich {v} co dung ko",
        "Mã giao dịch: {v}",
    ]
    assert missed(wordings[:2], ["365918", "4071"]) == []
    assert missed(wordings[2:], ["81-44-07", "81 44 07 29"]) == []


def test_a_receipts_transaction_code_is_left_alone() -> None:
    assert (
        redacted(
            [
                "Mã giao dịch: 551920 lúc 10:14",
                "Mã giao dịch: FT24157839201456 thành công",
                "bien lai ghi ma giao dich 81-44-07 thanh cong",
            ]
        )
        == []
    )


def test_a_code_after_its_count_of_characters_is_hidden() -> None:
    wordings = [
        "co nguoi tren zalo xin ma 5 ky tu {v} ba cho roi co sao khong",
        "có người trên zalo xin mã 5 ký tự {v} bà cho rồi",
    ]
    assert missed(wordings, ["73019", "40815"]) == []


def test_a_cvv_followed_by_who_asked_for_it_is_hidden() -> None:
    wordings = [
        "the visa 4779 8237 7590 4200 ma cvv {v} nguoi ban hang hoi ba co nen dua ko",
        "mã cvv {v} người bán hàng hỏi bà có nên đưa không",
        "ma cvv {v} nguoi la xin",
    ]
    assert missed(wordings, ["318", "705"]) == []


def test_a_count_of_people_is_left_alone() -> None:
    assert redacted(["lop co 120 nguoi ban a", "hôm nay có 35 người đến lớp"]) == []


def test_a_password_said_to_be_a_name_and_a_birthday_is_hidden() -> None:
    wordings = [
        "I made it my granddaughter's name and birthday, {v}",
        "it's my grandson's name and birth year: {v}",
        "ba dat ten chau va ngay sinh: {v}",
    ]
    assert missed(wordings, ["Lily0412", "Lan1960"]) == []


def test_a_name_and_a_birthday_with_no_value_are_left_alone() -> None:
    assert (
        redacted(
            ["It's my granddaughter's name and birthday, isn't that sweet", "ba dat ten chau va ngay sinh"]
        )
        == []
    )


def test_a_passwords_thai_layout_twin_is_hidden_with_it() -> None:
    text = "ยายพิมพ์รหัส noi1955 แต่แป้นเป็นภาษาไทยออกมาเป็น ืนรๅตถถ ทำไงดี"
    assert missed([text.replace("ืนรๅตถถ", "{v}")], ["ืนรๅตถถ"]) == []
    assert missed([text.replace("noi1955", "{v}")], ["noi1955"]) == []


def test_a_question_about_the_thai_keyboard_is_left_alone() -> None:
    assert redacted(["แป้นเป็นภาษาไทย ต้องกดปุ่มไหนเปลี่ยน", "keyboard is on Thai, how do I switch"]) == []


def test_a_lessons_list_of_weak_passwords_called_dangerous_is_left_alone() -> None:
    assert (
        redacted(
            [
                "Hôm nay cô dạy: các mật khẩu như 123456, 11111111, abc123, matkhau là rất nguy hiểm",
                "hom nay co day: cac mat khau nhu 123456, 11111111, abc123, matkhau la rat nguy hiem",
                "ครูสอนว่ารหัสผ่านแบบ 123456, 111111, qwerty, password เป็นรหัสที่อันตรายที่สุด",
                "Our teacher said passwords like 123456, 111111, qwerty are dangerous",
                "bai hoc noi mat khau kieu 123456 hay matkhau la mat khau yeu, ba ghi lai roi",
                "bài học nói mật khẩu kiểu 123456 hay matkhau là mật khẩu yếu",
                "the lesson says 123456 or password is a weak password",
            ]
        )
        == []
    )


def test_ones_own_weak_password_is_still_hidden() -> None:
    wordings = ["mat khau cua toi la {v}, co nguy hiem ko", "my password is {v}, is that dangerous"]
    assert missed(wordings, ["123456", "abc123"]) == []


def test_a_password_changed_and_done_holds_no_value() -> None:
    assert (
        redacted(
            [
                "ตาเปลี่ยนรหัสผ่านเรียบร้อยแล้ว ไม่ต้องบอกใครใช่ไหม",
                "ยายเปลี่ยนรหัสผ่านสำเร็จแล้ว",
                "ตั้งรหัสผ่านเสร็จแล้วค่ะ",
            ]
        )
        == []
    )


def test_a_thai_password_after_a_change_is_still_hidden() -> None:
    assert missed(["ตาเปลี่ยนรหัสผ่านเป็น {v} แล้ว"], ["Somchai2499", "maew1955"]) == []


def test_a_password_that_is_a_passwords_word_is_still_hidden() -> None:
    assert missed(["my password is {v}", "mat khau la {v}", "รหัสผ่านคือ {v}"], ["Password", "matkhau"]) == []
