"""The guard's classes of the thirty-fourth round, each written out in every language and form.

Hidden: a code read out in groups with "lẻ" or "linh" for a zero ("sáu lẻ bảy, ba bốn, không chín")
or in hundreds ("four hundred twelve, nine oh six", "สี่ร้อยสิบสอง เก้าศูนย์หก"); a password typed
in capitals with spaces after a password word and where it is written down ("mật khẩu ông ghi trong
sổ là TRAN VAN BA 45"); a phone's lock named by itself or by its shape ("khóa màn hình của ông là số
2580 vẽ đường thẳng"); a code with O and I typed for 0 and 1 ("mã là 3O5 8I2"). Left alone: weak
passwords a lesson or a teacher lists as bad ("những mật khẩu tồi như "123456", "password"", "listed
bad passwords: …"), a sample code shown to illustrate ("nhập mã mẫu 123456 để minh họa"), a land
title's or a house book's number ("sổ đỏ số BH 045218", "โฉนดเลขที่ 045218"). Each with look-alikes
the other way. And digits typed apart with an o among them are read in one pass.
"""

from __future__ import annotations

import time

import pytest

from bot.safety.retyped import OH_APART
from tests.bot.redaction_checks import hidden
from tests.bot.redaction_checks import missed as _missed
from tests.bot.redaction_checks import redacted as _redacted

ONE_PASS_S = 0.005  # a run of 2,000 characters, read once; read again from each o it took 13 ms or more
READ_IN_GROUPS = {
    "vi": [
        "sáu lẻ bảy, ba bốn, không chín",
        "sáu linh bảy, ba bốn, không chín",
        "bốn trăm mười hai, chín không sáu",
    ],
    "vi-unmarked": [
        "sau le bay, ba bon, khong chin",
        "sau linh bay, ba bon, khong chin",
        "sau tram le bay, ba bon",
    ],
    "en": [
        "four hundred twelve, nine oh six",
        "nine oh six, four hundred twelve",
        "six hundred and five, three one",
    ],
    "th": ["สี่ร้อยสิบสอง เก้าศูนย์หก", "เก้าศูนย์หก สี่ร้อยสอง", "หกร้อยเอ็ด สามสี่"],
}
CODE_SAID = {
    "vi": ["mã otp là {v}", "{v}. đó là mã otp ngân hàng gửi mẹ", "mã xác nhận: {v}", "OTP {v} nha con"],
    "vi-unmarked": [
        "ma otp la {v}",
        "{v}. do la ma otp ngan hang gui me",
        "ma xac nhan: {v}",
        "OTP {v} nha con",
    ],
    "en": ["the code is {v}", "{v}, that's the bank's OTP", "my OTP: {v}", "verification code {v} please"],
    "th": ["รหัส OTP คือ {v}", "{v} คือรหัส OTP จากธนาคาร", "โค้ด {v} ค่ะ"],
}


@pytest.mark.parametrize("lang", list(READ_IN_GROUPS))
def test_a_code_read_in_groups_with_a_zero_word_or_hundreds_is_hidden(lang: str) -> None:
    assert _missed(CODE_SAID[lang], READ_IN_GROUPS[lang]) == []


NOT_READ_OUT = [
    "it cost four hundred twelve dollars and nine cents",
    "I walked four hundred metres, two or three times",
    "ba trăm lẻ bảy nghìn đồng một tháng",
    "ba tram le bay nghin dong",
    "tôi đi lễ ba ngày ở chùa",
    "hai le ba bon nam",
    "ba le nam ngay roi",
    "ราคาห้าร้อยสามสิบบาท",
    "ยายจ่ายไปสี่ร้อยบาท สองครั้ง",
]


def test_sums_and_words_beside_a_zero_word_are_left_alone() -> None:
    assert _redacted(NOT_READ_OUT) == []


CAPITALS = ["TRAN VAN BA 45", "HOA HONG DO 7", "NGUYEN THI MAI 1952"]
WRITTEN_DOWN = {
    "vi": [
        "mật khẩu ông ghi trong sổ là {v} thì nhập hoa hay thường",
        "mật khẩu là {v}",
        "mật khẩu bà lưu trong giấy là {v}",
    ],
    "vi-unmarked": [
        "chau oi mat khau ong ghi trong so la {v} thi nhap hoa hay thuong",
        "mat khau la {v}",
        "mk ba luu trong giay la {v}",
    ],
    "en": ["my password is {v} in capitals", "password: {v}"],
}


@pytest.mark.parametrize("lang", list(WRITTEN_DOWN))
def test_a_password_in_spaced_capitals_is_hidden(lang: str) -> None:
    assert _missed(WRITTEN_DOWN[lang], CAPITALS) == []


def test_the_talk_after_a_password_in_capitals_stays() -> None:
    text = "mat khau ong ghi trong so la TRAN VAN BA 45 thi nhap hoa hay thuong"
    assert hidden(text, "TRAN VAN BA 45") and not hidden(text, "thuong")


LOCKS = {
    "vi": ["khóa màn hình của ông là số {v} vẽ đường thẳng đó", "khóa màn hình của bà là {v}"],
    "vi-unmarked": ["khoa man hinh cua ong la so {v} ve duong thang do", "khoa man hinh cua ba la {v}"],
    "en": ["my lock pattern is {v}, a straight line down", "my screen lock is {v}"],
    "th": ["รูปแบบปลดล็อกของยายคือ {v} ลากเส้นตรงลงมา", "ล็อกหน้าจอของตาคือ {v}"],
}


@pytest.mark.parametrize("lang", list(LOCKS))
def test_a_phone_lock_named_by_itself_or_its_shape_is_hidden(lang: str) -> None:
    assert _missed(LOCKS[lang], ["2580", "1397", "7536"]) == []


NOT_A_LOCK = [
    "khóa màn hình sau 30 giây",
    "khoa man hinh sau 30 giay",
    "cách cài khóa màn hình cho điện thoại",
    "khóa màn hình kiểu 2580 dễ đoán lắm, đừng dùng",
    "how do I set a lock pattern?",
]


def test_a_lock_talked_of_is_left_alone() -> None:
    assert _redacted(NOT_A_LOCK) == []


RETYPED = ["3O5 8I2", "4l7 205", "8I2 451", "3o5 8i2"]
CODE_WORDS = {
    "vi": ["mã là {v} ông đọc trên máy vậy đó", "mã otp {v}"],
    "vi-unmarked": ["ma la {v} ong doc tren may vay do", "ma otp la {v}"],
    "en": ["the code is {v}", "OTP: {v}"],
    "th": ["รหัส OTP คือ {v}", "โค้ด {v} ค่ะ"],
}


@pytest.mark.parametrize("lang", list(CODE_WORDS))
def test_a_code_with_o_and_i_for_zero_and_one_is_hidden(lang: str) -> None:
    assert _missed(CODE_WORDS[lang], RETYPED) == []


NOT_RETYPED = ["a laptop with an i5 and 8GB", "buy 2l of milk and 5l of water", "the oil is 5l"]


def test_letters_beside_digits_that_are_no_code_are_left_alone() -> None:
    assert _redacted(NOT_RETYPED) == []


LESSONS = [
    "co giao day khong duoc dat mat khau la 123456 hay ngay sinh, phai dai hon 8 ky tu",
    "cô giáo dạy không được đặt mật khẩu là 123456 hay ngày sinh, phải dài hơn 8 ký tự",
    'Bài học hôm nay: những mật khẩu tồi như "123456", "password", "matkhau" và ngày sinh thì không nên dùng',
    "Bài học hôm nay: những mật khẩu tồi như 123456, password, matkhau thì không nên dùng",
    "Today's lesson listed bad passwords: 123456, password, qwerty, iloveyou, letmein and 111111",
    "The teacher listed bad passwords such as letmein, welcome and 123456",
    'Our lesson listed bad passwords: "letmein", "monkey", "dragon"',
    "บทเรียนวันนี้บอกว่ารหัสผ่านที่ไม่ดี เช่น 123456, password, qwerty",
]


def test_bad_passwords_a_lesson_lists_are_left_alone() -> None:
    assert _redacted(LESSONS) == []


OWN_WEAK = {
    "mật khẩu tôi là 123456": "123456",
    'mật khẩu tôi là "123456", "password"': "123456",
    "my password is letmein": "letmein",
    "my password is still welcome": "welcome",
    "mat khau cua toi la 123456 hay ngay sinh gi do": "123456",
}


@pytest.mark.parametrize("text", list(OWN_WEAK))
def test_a_weak_password_given_as_ones_own_is_hidden(text: str) -> None:
    assert hidden(text, OWN_WEAK[text])


SAMPLES = [
    "Trong video hướng dẫn, người ta nhập mã mẫu 123456 để minh họa thôi phải không con?",
    "trong video huong dan, nguoi ta nhap ma mau 123456 de minh hoa thoi phai khong con?",
    "Trong video hướng dẫn, họ nhập mã mẫu 482913 để minh họa",
    "In the tutorial video they typed the code 482913 to illustrate",
    "ในคลิปสอน เขาพิมพ์รหัส OTP 482913 เพื่อสาธิต",
]


def test_a_sample_code_shown_to_illustrate_is_left_alone() -> None:
    assert _redacted(SAMPLES) == []


RECEIVED = {
    "trong video huong dan ba lam theo, ma otp ba nhan duoc la 482913": "482913",
    "mã otp bà nhận được là 482913, video hướng dẫn bảo nhập vào": "482913",
}


@pytest.mark.parametrize("text", list(RECEIVED))
def test_a_code_received_beside_a_tutorial_is_hidden(text: str) -> None:
    assert hidden(text, RECEIVED[text])


LAND = [
    "Mảnh đất ở quê rộng 320 mét vuông, sổ đỏ số BH 045218 cấp năm 2008",
    "manh dat o que rong 320 met vuong, so do so BH 045218 cap nam 2008",
    "sổ hồng số 045218 của nhà bà",
    "so ho khau so 045218",
    "โฉนดเลขที่ 045218 ของที่ดินตา",
    "the land title number is 045218",
]


def test_a_land_titles_or_house_books_number_is_left_alone() -> None:
    assert _redacted(LAND) == []


BESIDE_LAND = {
    "sổ đỏ số BH 045218, còn mã otp là 739214": "739214",
    "so do so BH 045218, ma otp la 739214": "739214",
    "số đó là mã otp 739214": "739214",
}


@pytest.mark.parametrize("text", list(BESIDE_LAND))
def test_a_code_beside_a_land_title_is_hidden(text: str) -> None:
    assert hidden(text, BESIDE_LAND[text])


APART = {
    "6 7 2 o 4 1": True,
    "6 o 7": True,
    "o 6 7 2": False,
    "6 7 2 o": False,
    "6 7 2 4 1": False,
    "6 7 o o 4 1": True,
    "67 o 41": False,
}


@pytest.mark.parametrize("run", list(APART))
def test_digits_typed_apart_with_an_o_among_them(run: str) -> None:
    assert bool(OH_APART.fullmatch(run)) is APART[run]


def test_a_long_run_of_digits_and_os_is_read_once() -> None:
    run = "1 " + "o 1 " * 500 + "x"
    started = time.perf_counter()
    assert OH_APART.fullmatch(run) is None
    assert time.perf_counter() - started < ONE_PASS_S
