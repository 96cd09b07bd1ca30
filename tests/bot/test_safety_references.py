"""The guard's classes of the thirty-fifth round, each written out in every language and form.

Hidden: a CVV named as the digits behind the card ("đằng sau thẻ có 3 số 516"); a PIN said as two
doubled digits ("double two, double eight"); a password of nine to twelve digits, a phone number set
as a Wi-Fi's password too ("รหัสไวไฟบ้านตา 0814427755"); a birth year named in an aside and then
used as a PIN ("I use 1949, the year I was born, as my card PIN"). Left alone: a list of bad
passwords after "mật khẩu xấu" (an ugly, a bad one) in a lesson; a phone's first four digits asked
about as where a code is sent ("mã otp gửi về số nào, số 0983 hay số 0374"); a parcel's or a
record's reference whose parts are joined by dots ("S21847.HN.563920"); a meter's number by its Thai
name ("รหัสเครื่องวัด 020012345678"). Each with look-alikes the other way: one's own password beside
the word "xấu", a code given after "is" where it was sent, a code beside a dotted reference, a code
word right before the dotted digits; a card's back with no code, doubled words of no code, a phone
to reach about a password, a birth year in advice.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import hidden
from tests.bot.redaction_checks import redacted as _redacted

BAD_WORDS = {
    "vi": ["mật khẩu xấu", "mật khẩu rất xấu", "mã PIN xấu"],
    "vi-unmarked": ["mat khau xau", "mat khau rat xau", "ma pin xau"],
}
LISTS = [
    "Trong bài học có liệt kê {w}: 123456, 111111, matkhau, ngày sinh — bà nhớ rồi",
    "Cô giáo nói những {w} như 123456, 111111 thì đừng dùng",
    "bai hoc co liet ke {w}: 123456, 111111, matkhau",
]


@pytest.mark.parametrize("lang", list(BAD_WORDS))
def test_bad_passwords_a_lesson_calls_ugly_are_left_alone(lang: str) -> None:
    assert _redacted([t.format(w=w) for w in BAD_WORDS[lang] for t in LISTS]) == []


OWN_BESIDE_UGLY = {
    "mật khẩu xấu của tôi là 123456": "123456",
    "mat khau cua toi la 123456, xau qua": "123456",
    "mã PIN của tôi là 1111, xấu quá": "1111",
    "ma otp 123456 xau": "123456",
}


@pytest.mark.parametrize("text", list(OWN_BESIDE_UGLY))
def test_ones_own_value_beside_the_word_ugly_is_hidden(text: str) -> None:
    assert hidden(text, OWN_BESIDE_UGLY[text])


SENT_TO = {
    "vi": ["mã OTP gửi về số nào, số {a} hay số {b} của bà", "mã xác nhận gửi tới số {a} hay {b}"],
    "vi-unmarked": ["ma otp gui ve so nao, so {a} hay so {b} cua ba", "ma xac nhan gui den sdt {a} hay {b}"],
    "en": ["the OTP goes to which number, {a} or {b}?", "is the code sent to my phone {a} or my {b}?"],
    "th": ["OTP ส่งไปเบอร์ไหน {a} หรือ {b}", "รหัส OTP ส่งมาที่เบอร์ {a} หรือ {b}"],
}
PHONE_STARTS = [("0983", "0374"), ("0912", "0868"), ("0812", "0655")]


@pytest.mark.parametrize("lang", list(SENT_TO))
def test_a_phones_start_asked_about_as_where_a_code_goes_is_left_alone(lang: str) -> None:
    texts = [t.format(a=a, b=b) for t in SENT_TO[lang] for a, b in PHONE_STARTS]
    assert _redacted(texts) == []


CODE_SENT = {
    "mã OTP gửi về là 0983": "0983",
    "ma otp gui ve so dien thoai cua ba la 0983": "0983",
    "the code sent to my phone is 0983": "0983",
    "code sent to my number: 0983": "0983",
    "ma otp 0983": "0983",
    "ma otp 123456 gui ve so 0983": "123456",
    "the code sent to my phone is 4821": "4821",
}


@pytest.mark.parametrize("text", list(CODE_SENT))
def test_a_code_given_where_it_was_sent_is_hidden(text: str) -> None:
    assert hidden(text, CODE_SENT[text])


DOTTED_WORDS = {
    "vi": ["mã vận đơn giao hàng tiết kiệm {r} bà tra ở đâu", "mã vận đơn {r}"],
    "vi-unmarked": ["ma van don giao hang tiet kiem {r} ba tra o dau", "don hang {r} cua ba"],
    "en": ["tracking number {r}", "my parcel is {r}, where is it?"],
    "th": ["เลขพัสดุ {r}", "พัสดุของยาย {r} อยู่ไหน"],
}
DOTTED = ["S21847.HN.563920", "AB123.SG.482913", "S21847.hcm.563920", "HN21.Q.7731"]


@pytest.mark.parametrize("lang", list(DOTTED_WORDS))
def test_a_reference_with_dotted_parts_is_left_alone(lang: str) -> None:
    texts = [t.format(r=r) for t in DOTTED_WORDS[lang] for r in DOTTED] + DOTTED
    assert _redacted(texts) == []


BESIDE_DOTTED = {
    "ma van don S21847.HN.563920, con ma otp la 739214": "739214",
    "mã OTP của bà là S21847.HN.563920": "563920",
    "ma otp S21847.HN.563920": "563920",
    "ma otp 1.HN.563920": "563920",
    "HN.563920": "563920",
    "the OTP is abc.563920": "563920",
    "my OTP: 563920.": "563920",
}


@pytest.mark.parametrize("text", list(BESIDE_DOTTED))
def test_a_code_beside_or_named_before_dotted_parts_is_hidden(text: str) -> None:
    assert hidden(text, BESIDE_DOTTED[text])


METERS = [
    "ค่าไฟเดือนนี้ 1,245 บาท รหัสเครื่องวัด 020012345678",
    "เลขเครื่องวัด 020012345678",
    "หมายเลขมิเตอร์ 020012345678 ค่ะ",
    "เลขมาตรวัดน้ำ 020012345678",
    "sổ hồng số CS 045218",
    "so hong so CS 045218",
    "house book number 045218",
]


def test_a_meters_or_a_house_books_number_is_left_alone() -> None:
    assert _redacted(METERS) == []


BESIDE_METER = {
    "รหัสเครื่องวัด 020012345678 ส่วนรหัส OTP คือ 739214": "739214",
    "รหัสผ่าน 020012345678": "020012345678",
}


@pytest.mark.parametrize("text", list(BESIDE_METER))
def test_a_secret_beside_or_without_a_meter_is_hidden(text: str) -> None:
    assert hidden(text, BESIDE_METER[text])


BEHIND_THE_CARD = {
    "vi": ["đằng sau thẻ có 3 số {v} còn cần không", "phía sau thẻ có 3 số {v}"],
    "vi-unmarked": ["dang sau the co 3 so {v} con can khong", "phia sau cua the co ba so {v}"],
    "en": ["behind the card there are 3 digits {v}", "on the back of the card there are 3 digits {v}"],
    "th": ["ด้านหลังบัตรมี 3 ตัว {v}"],
}


@pytest.mark.parametrize("lang", list(BEHIND_THE_CARD))
def test_a_cvv_named_as_the_digits_behind_the_card_is_hidden(lang: str) -> None:
    for wording in BEHIND_THE_CARD[lang]:
        for value in ("516", "072"):
            assert hidden(wording.format(v=value), value), wording


BEHIND_NO_CODE = [
    "phia sau the co ghi so dien thoai 1900 5454",
    "đằng sau thẻ có số tổng đài 18001234",
    "phía sau thẻ có chữ ký của bà",
    "behind the card is a number to call, 1800 1234",
]


def test_a_cards_back_with_no_code_is_left_alone() -> None:
    assert _redacted(BEHIND_NO_CODE) == []


SAID_OVER = {
    "PIN is double two, double eight": "double two, double eight",
    "PIN is double two double eight": "double two double eight",
    "the code is double two, double eight": "double two, double eight",
    "double two double eight is my PIN": "double two double eight",
    "PIN is triple one, double five": "triple one, double five",
}


@pytest.mark.parametrize("text", list(SAID_OVER))
def test_a_pin_said_as_two_doubled_digits_is_hidden(text: str) -> None:
    assert hidden(text, SAID_OVER[text])


DOUBLES_OF_NO_CODE = [
    "room double two, double eight",
    "I ordered a double espresso, double shot",
    "double bed, double room",
    "the bus number is double two double eight",
]


def test_doubled_words_of_no_code_are_left_alone() -> None:
    assert _redacted(DOUBLES_OF_NO_CODE) == []


LONG_DIGITS = {
    "vi": ["mật khẩu là {v}", "mật khẩu wifi nhà bà là {v}"],
    "vi-unmarked": ["mat khau la {v}", "mat khau wifi nha ba la {v}"],
    "en": ["my password is {v}", "wifi password is {v}"],
    "th": ["รหัสไวไฟบ้านตา {v} ใช้เบอร์ตัวเองเลย", "รหัสผ่านคือ {v}"],
}
LONG_VALUES = ["123456789", "0814427755", "4827193650", "084123456"]


@pytest.mark.parametrize("lang", list(LONG_DIGITS))
def test_a_password_of_nine_to_twelve_digits_is_hidden(lang: str) -> None:
    for wording in LONG_DIGITS[lang]:
        for value in LONG_VALUES:
            assert hidden(wording.format(v=value), value), wording


PHONE_FOR_A_PASSWORD = [
    "mat khau gui ve so 0814427755",
    "quen mat khau thi goi 0814427755",
    "quên mật khẩu gọi tổng đài 1900545454",
    "reset password, call 0814427755",
    "รหัสผ่านส่งไปที่ 0814427755",
]


def test_a_phone_to_reach_about_a_password_is_left_alone() -> None:
    assert _redacted(PHONE_FOR_A_PASSWORD) == []


BIRTH_ASIDE = {
    "I use 1949, the year I was born, as my card PIN": "1949",
    "I use 1949, my birth year, as my PIN": "1949",
    "I use 1949 (the year I was born) as my PIN": "1949",
    "Tôi dùng 1949, năm sinh của tôi, làm mã PIN thẻ": "1949",
    "toi dung 1949, nam sinh cua toi, lam ma pin": "1949",
    "ผมใช้ 2492 ปีเกิดของผม เป็นรหัส PIN": "2492",
}


@pytest.mark.parametrize("text", list(BIRTH_ASIDE))
def test_a_birth_year_named_in_an_aside_and_used_as_a_pin_is_hidden(text: str) -> None:
    assert hidden(text, BIRTH_ASIDE[text])


BIRTH_ASIDE_ADVICE = [
    "never use 1949, the year you were born, as your PIN",
    "đừng dùng 1949, năm sinh của bà, làm mã PIN",
    "1949, the year I was born, was hard",
    "I was born in 1949, as my PIN says nothing",
]


def test_a_birth_year_in_advice_or_alone_is_left_alone() -> None:
    assert _redacted(BIRTH_ASIDE_ADVICE) == []
