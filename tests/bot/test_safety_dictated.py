"""The guard's classes of the twenty-eighth round, each written out in every language and form.

Hidden: a password of letters and digits written whole beside its spelling one character at a time;
digits joined by plus signs or by a word before each ("số 7 số 3"); a password typed in the Thai
layout by mistake; a short password asked about for strength; a code after a bank is said to send so
many digits; a year of birth used as a card's PIN. Left alone: a strong password shown as what one
looks like, weak PINs (counting digits too) listed in advice, a chat handle named as one, a device's
serial or warranty number. Each class has look-alikes the other way.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import hidden as _hidden
from tests.bot.redaction_checks import missed as _missed
from tests.bot.redaction_checks import redacted as _redacted

# A password spelled one character at a time, then written whole (or whole, then spelled).
SPELLED = {
    "Tien59": "T, i, e, n, 5, 9",
    "Mai58": "M, a, i, 5, 8",
    "Kate1959": "K a t e 1 9 5 9",
    "hoa72": "h, o, a, 7, 2",
}
SPELLED_WORDINGS = {
    "vi": ["bà đọc nhé: chữ {s} — {v} đó", "{v}, tức là chữ {s}", "ông đánh vần {s} thành {v}"],
    "vi-unmarked": ["ba doc nha: chu {s} — {v} do", "{v}, tuc la {s}", "chau go {s} = {v} nha"],
    "th": ["ยายสะกดให้ ตัว {s} คือ {v}", "{v} สะกดว่า {s}"],
    "en": ["I read it out: capital {s} - that's {v}", "{v}, spelled {s}", "{s}, so {v}"],
}


@pytest.mark.parametrize("lang", list(SPELLED_WORDINGS))
def test_a_value_written_whole_beside_its_spelling_is_hidden(lang: str) -> None:
    missed = [
        text
        for wording in SPELLED_WORDINGS[lang]
        for value, spelling in SPELLED.items()
        if not _hidden(text := wording.format(v=value, s=spelling), value)
    ]
    assert missed == []


def test_a_room_or_a_word_read_out_is_left_alone() -> None:
    assert (
        _redacted(
            [
                "phòng B, 2, 0, 4 là B204 tầng hai",
                "room B, 2, 0, 4 is B204",
                "ห้อง B 2 0 4 คือ B204",
                "a, b, c and then the next lesson",
            ]
        )
        == []
    )


# Single digits joined by plus signs or by a word before each.
JOINED_VALUES = [
    "5+1+8+0+2+7",
    "7 + 3 + 0 + 5",
    "7 so 3 so 0 so 5",
    "4 and 2 and 9 and 1 and 0 and 6",
    "5 cộng 1 cộng 8 cộng 0",
    "7 rồi 3 rồi 0 rồi 5",
    "5 plus 1 plus 8 plus 0",
    "5 บวก 1 บวก 8 บวก 0",
]
JOINED_WORDINGS = {
    "vi": ["mã OTP: {v} bà ghi có dấu cộng cho dễ đọc", "Mã PIN số {v} nhé"],
    "vi-unmarked": ["ma otp: {v} ba ghi co dau cong", "pin so {v}"],
    "th": ["รหัส OTP {v} ค่ะ", "รหัส ATM เลข {v}"],
    "en": ["the code is {v}", "my PIN: {v}"],
}


@pytest.mark.parametrize("lang", list(JOINED_WORDINGS))
def test_digits_joined_by_plus_signs_or_words_are_hidden(lang: str) -> None:
    assert _missed(JOINED_WORDINGS[lang], JOINED_VALUES) == []


def test_sums_and_joined_small_numbers_are_left_alone() -> None:
    assert (
        _redacted(
            [
                "1+2+3+4 = 10 bà tính đúng không",
                "bai toan 2+3+4+5 bang may",
                "lớp 4 và 5 và 6 và 7 học chung",
                "gọi +84 912 345 678 nhé",
                "1 + 1 = 2",
                "ข้อ 1 และ 2 และ 3 และ 4 ทำแล้ว",
                "4 rồi 5 rồi 6 rồi 7 tuổi là lên lớp",
            ]
        )
        == []
    )


# A password typed with the Thai keyboard still on: it starts with a vowel sign or a tone mark.
LAYOUT_VALUES = ["ืนยยฟฟ", "่าสสน", "ีทะ"]
LAYOUT_WORDINGS = {
    "vi": ["mật khẩu là {v} do quên đổi bàn phím"],
    "vi-unmarked": ["mat khau la {v} quen doi ban phim"],
    "th": ["รหัสผ่านเป็น {v} ลืมเปลี่ยนภาษา", "รหัสผ่านคือ{v}", "รหัสผ่านไลน์ {v} ค่ะ"],
    "en": ["my password is {v}, the keyboard was on Thai", "password: {v}"],
}


@pytest.mark.parametrize("lang", list(LAYOUT_WORDINGS))
def test_a_password_typed_in_the_thai_layout_is_hidden(lang: str) -> None:
    assert _missed(LAYOUT_WORDINGS[lang], LAYOUT_VALUES) == []


# Said to be typed with the wrong keyboard: any Thai run after the password's word.
SLIP_WORDINGS = {
    "vi": ["mật khẩu là {v}, bà quên đổi bàn phím"],
    "vi-unmarked": ["mat khau la {v} quen chuyen sang tieng anh"],
    "th": ["รหัสผ่านเป็น {v} ลืมเปลี่ยนภาษา", "รหัสผ่าน {v} ลืมสลับภาษาค่ะ"],
    "en": ["my password is {v}, I forgot to switch the keyboard", "password {v} (wrong keyboard)"],
}


@pytest.mark.parametrize("lang", list(SLIP_WORDINGS))
def test_a_password_said_to_be_typed_on_the_wrong_keyboard_is_hidden(lang: str) -> None:
    assert _missed(SLIP_WORDINGS[lang], ["หนทะ", "ืนยยฟฟ"]) == []


def test_thai_words_after_a_password_word_are_left_alone() -> None:
    assert (
        _redacted(
            [
                "รหัสผ่านเป็นภาษาอังกฤษ",
                "รหัสผ่านของยายเป็นตัวเลข",
                "รหัสผ่านคือ อะไรคะ",
                "รหัสผ่านเป็นภาษาอังกฤษ ลืมเปลี่ยนภาษา",
                "ลืมเปลี่ยนภาษาแล้วพิมพ์ข้อความผิดหมด",
            ]
        )
        == []
    )


# A short password asked about for strength, words of strength between it and the password's word.
STRENGTH_VALUES = ["Mai58", "Tien59", "Lan@60"]
STRENGTH_WORDINGS = {
    "vi": ["{v} có phải mật khẩu đủ mạnh không", "{v} là mật khẩu an toàn chưa"],
    "vi-unmarked": ["{v} co phai mat khau du manh khong", "{v} la mat khau an toan chua"],
    "th": ["{v} เป็นรหัสผ่านที่ปลอดภัยพอไหม", "{v} เป็นรหัสผ่านที่ดีไหม"],
    "en": [
        "is {v} a strong enough password for my bank?",
        "is {v} a safe enough password",
        "is {v} a good password",
    ],
}


@pytest.mark.parametrize("lang", list(STRENGTH_WORDINGS))
def test_a_short_password_asked_about_for_strength_is_hidden(lang: str) -> None:
    assert _missed(STRENGTH_WORDINGS[lang], STRENGTH_VALUES) == []


# A bank said to send so many digits, then the code.
SENT_VALUES = ["40917263", "418207"]
SENT_WORDINGS = {
    "vi": ["ngân hàng gửi 8 số: {v} bà nhập chưa", "ngân hàng gửi về 6 số {v}"],
    "vi-unmarked": ["ngan hang gui 6 so: {v} la sao", "no gui 8 so {v}"],
    "th": ["ธนาคารส่งเลข 6 หลักมา {v}", "ธนาคารส่ง 8 หลัก {v}"],
    "en": [
        "my bank sends 8 digits now: {v} is that normal",
        "the bank texted me 6 digits: {v}",
        "the bank texted me 6 numbers: {v}",
    ],
}


@pytest.mark.parametrize("lang", list(SENT_WORDINGS))
def test_a_code_after_so_many_digits_sent_is_hidden(lang: str) -> None:
    assert _missed(SENT_WORDINGS[lang], SENT_VALUES) == []


def test_digits_counted_with_no_code_are_left_alone() -> None:
    assert (
        _redacted(
            [
                "my phone number has 10 digits: 0912345678",
                "the bank sends 6 digits by text, is that normal?",
                "ngân hàng gửi 6 số qua tin nhắn có bình thường không",
            ]
        )
        == []
    )


# A year of birth used as a card's PIN, what the PIN is of between.
BIRTH_WORDINGS = {
    "vi": ["ông lấy năm sinh {v} làm mã thẻ ATM", "bà dùng năm sinh {v} làm mã PIN thẻ"],
    "vi-unmarked": ["ong lay nam sinh {v} lam ma pin the atm", "ba dung nam sinh {v} lam pin"],
    "th": ["ใช้ปีเกิด {v} เป็นรหัสบัตร ATM"],
    "en": [
        "I used my birth year {v} as my card PIN, is that bad",
        "I used my birth year {v} as my bank card PIN",
    ],
}


@pytest.mark.parametrize("lang", list(BIRTH_WORDINGS))
def test_a_birth_year_used_as_a_cards_pin_is_hidden(lang: str) -> None:
    assert _missed(BIRTH_WORDINGS[lang], ["1953", "2496"]) == []


def test_a_birth_year_in_advice_or_alone_is_left_alone() -> None:
    assert (
        _redacted(["never use your birth year 1950 as your card PIN", "my birth year 1953 is on my card"])
        == []
    )


# A strong password shown as what one looks like, in a lesson or as what one should be.
STRONG_SAMPLES = [
    "cô giáo nói mật khẩu mạnh phải giống kiểu 'Cay@Tre_Xanh9' phải không",
    "co giao noi mat khau manh phai giong kieu 'Cay@Tre_Xanh9', nghia la co chu hoa",
    "a strong password should look like Blue#Fish_72, right?",
    "the lesson says a good password is like 'Sun!River_88'",
]


def test_a_strong_password_shown_as_a_kind_is_left_alone() -> None:
    assert _redacted(STRONG_SAMPLES) == []


def test_ones_own_strong_password_stays_hidden() -> None:
    assert (
        _missed(
            ["mật khẩu của bà là {v}", "mat khau manh cua toi kieu {v}", "my password is {v}"], ["Hoa@1958"]
        )
        == []
    )


# Weak PINs listed in advice: the well-known ones and four digits or more counting up or down.
WEAK_LISTS = {
    "vi": [
        "Bài học nói tránh các mã PIN như 1111, 1234, 6789 hay ngày sinh",
        "tránh những mật khẩu như 3456",
    ],
    "vi-unmarked": ["bai hoc noi tranh cac ma pin nhu 1111, 1234, 6789", "tranh ma pin kieu 98765"],
    "th": ["บทเรียนบอกให้หลีกเลี่ยงรหัสแบบ 1111 1234 6789"],
    "en": [
        "the lesson lists bad passwords like qwerty, 111111 and iloveyou, good to know",
        "avoid PINs like 2345 or 0000",
    ],
}


@pytest.mark.parametrize("lang", list(WEAK_LISTS))
def test_weak_pins_listed_in_advice_are_left_alone(lang: str) -> None:
    assert _redacted(WEAK_LISTS[lang]) == []


def test_a_counting_pin_of_ones_own_stays_hidden() -> None:
    assert (
        _missed(
            ["mã PIN của tôi là {v}", "my PIN is {v}", "pin {v}", "รหัส ATM ของยายคือ {v}"], ["6789", "3456"]
        )
        == []
    )


# A chat handle named as one, and a device's serial or warranty number.
HANDLES = [
    "ไอดีไลน์ยายคือ somjai1960 ใครอยากแอดก็ได้",
    "ID Line của bà là somjai1960 ai muốn kết bạn thì thêm",
    "ID Line cua ba la somjai1960",
    "my LINE ID is somjai1960, add me",
    "ใบรับประกันเขียนเลขเครื่อง SN 510284 ต้องเก็บไว้ไหม",
    "phiếu bảo hành ghi số máy 510284 có cần giữ không",
    "phieu bao hanh ghi so may 510284",
    "the warranty card says SN 510284, should I keep it",
]


def test_handles_and_serial_numbers_are_left_alone() -> None:
    assert _redacted(HANDLES) == []


def test_a_password_beside_a_handle_and_a_code_beside_a_warranty_stay_hidden() -> None:
    assert (
        _missed(
            [
                "ไอดีไลน์ somjai1960 รหัสผ่าน {v}",
                "line id: somjai1960 password: {v}",
                "ID Zalo lan60 mật khẩu {v}",
            ],
            ["Somjai@1960"],
        )
        == []
    )
    assert (
        _missed(["ma otp {v} bao hanh", "รหัส OTP {v} ค่ะ", "the warranty app sent a code {v}"], ["510284"])
        == []
    )
