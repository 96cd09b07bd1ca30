"""The guard's classes of the thirty-first round, each written out in every language and form.

Hidden: PINs in a list of notes, each line a card named by its first or last word and the bank beside
it ("- thẻ VCB: 2706", "- บัตรกรุงไทย 8420", "ATM card - 2390"); a CVV named by the back alone after
the card's expiry date ("back code 193", "mã đằng sau", "รหัสด้านหลัง"); a code that "came to the
phone" typed without marks ("ma ve may", not "mã vé máy bay"); a password of Latin letters typed onto
Thai ones ("rakลูก2530") and Thai letters glued to the password's word ("ยายตั้งรหัสสวัสดีJohn58").
Left alone: weak values a heading calls weak ("mấy mã PIN dễ đoán: 1234, 0000, 2580"); a birth year an
example gives in advice typed "ko nen" or after "อย่าง", and "จริงไหม" after the password's word; a
password a lesson or a class asks whether it is strong; a message a lesson shows and asks whether it
is real. Each with look-alikes the other way.
"""

from __future__ import annotations

import pytest

from bot.safety.guard import find_secrets
from tests.bot.redaction_checks import hidden
from tests.bot.redaction_checks import missed as _missed
from tests.bot.redaction_checks import redacted as _redacted

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
PIN_PAIRS = [("2706", "9133"), ("8420", "3715")]
CARD_LABELS = {
    "vi": [("thẻ VCB", "thẻ Agribank"), ("Thẻ ATM Vietcombank", "thẻ tín dụng BIDV")],
    "vi-unmarked": [("the vcb", "the agri"), ("the atm vcb", "the bidv")],
    "th": [("บัตรกรุงไทย", "บัตรออมสิน"), ("บัตร ATM กสิกร", "เอทีเอ็มกรุงเทพ")],
    "en": [("Visa", "ATM card"), ("Mastercard", "debit card"), ("Card BIDV", "JCB")],
}
HEADINGS = {
    "vi": "ghi chú của bà:",
    "vi-unmarked": "ghi chu cua ba:",
    "th": "บันทึกของยาย:",
    "en": "my notes:",
}
SEPARATORS = [": ", " - ", " "]
BULLETS = ["- ", "", "* "]


def _note_lists(lang: str) -> list[tuple[str, tuple[str, str]]]:
    return [
        (f"{HEADINGS[lang]}\n{b}{one}{sep}{x}\n{b}{two}{sep}{y}", (x, y))
        for one, two in CARD_LABELS[lang]
        for sep in SEPARATORS
        for b in BULLETS
        for pair in PIN_PAIRS
        for x, y in (pair, tuple(v.translate(THAI_DIGITS) for v in pair))
    ]


@pytest.mark.parametrize("lang", list(CARD_LABELS))
def test_pins_in_a_list_of_cards_are_hidden(lang: str) -> None:
    lists = _note_lists(lang)
    assert [text for text, values in lists if not all(hidden(text, v) for v in values)] == []


NOT_PIN_LISTS = [
    "giá:\n- gạo 25000\n- trứng 30000",
    "gia:\n- gao 25000\n- trung 30000",
    "ราคา:\n- ข้าว 2500\n- ไข่ 3000",
    "prices:\n- rice 2500\n- eggs 3000",
    "shopping:\nmilk - 2\nbread - 3",
    "số điện thoại:\n- con Lan: 0912 345 678\n- con Minh: 0987 654 321",
    "- Zalo: 0912345678\n- Gmail: lan@mail.vn",
    "บัตรประชาชน 1234\nบัตรประชาชน 5678",
]


def test_a_list_of_prices_or_phone_numbers_is_left_alone() -> None:
    assert _redacted(NOT_PIN_LISTS) == []


CVV_AFTER_EXPIRY = [
    "expiry 11/27, back code {v}",
    "exp 11/27 back number: {v}",
    "valid thru 11/27, the back code is {v}",
    "hạn 11/27, mã đằng sau {v}",
    "han 11/27, ma dang sau {v}",
    "hết hạn 11/27, số đằng sau thẻ là {v}",
    "het han 11/27 so dang sau the {v}",
    "หมดอายุ 11/27 รหัสด้านหลัง {v}",
    "หมดอายุ 11/27 เลขข้างหลัง {v}",
]


def test_a_cvv_named_by_the_back_is_hidden() -> None:
    assert _missed(CVV_AFTER_EXPIRY, ["193", "๑๙๓"]) == []


def test_the_back_of_a_house_or_a_bus_is_no_cvv() -> None:
    assert _redacted(["back number 12 bus", "my seat is back number 12", "so dang sau la 4 chu so"]) == []


CODE_CAME = [
    "ho gui ma ve may, ba thay tin nhan {v} roi ba doc cho ho luon",
    "ho gui ma ve may, ba thay {v}",
    "ma ve dien thoai roi: {v}",
    "ngan hang gui ma ve dt, ba doc {v} cho ho",
    "chau oi hom qua ba dinh mua noi com dien tren mang gia 650k, ho bao chuyen khoan roi ho gui ma ve"
    " may, ba thay tin nhan {v} roi ba doc cho ho luon, gio ho khong nghe may nua",
]


def test_a_code_that_came_to_the_phone_unmarked_is_hidden() -> None:
    assert _missed(CODE_CAME, ["927164", "4821"]) == []


def test_a_ticket_code_unmarked_is_left_alone() -> None:
    assert _redacted(["ma ve may bay cua ba la VN4821", "mã vé máy bay 48213", "ma ve xe 48213"]) == []


LATIN_LED = {
    "th": ["รหัสผ่านคือ {v} ผสมกัน", "รหัสผ่านคือ {v}", "ยายตั้งรหัสผ่านเป็น {v} นะ"],
    "vi": ["mật khẩu là {v}", "mat khau la {v}"],
    "en": ["my password is {v}", "password: {v}"],
}
MIXED = ["rakลูก2530", "Jaiดี99", "abcบ้าน1955"]


@pytest.mark.parametrize("lang", list(LATIN_LED))
def test_latin_letters_typed_onto_a_thai_password_are_hidden(lang: str) -> None:
    assert _missed(LATIN_LED[lang], MIXED) == []


GLUED = ["ยายตั้งรหัส{v}", "รหัสผ่าน{v}", "ยายตั้งรหัสผ่าน{v}", "my password {v}"]


def test_thai_letters_glued_to_the_password_word_are_hidden() -> None:
    assert _missed(GLUED, ["สวัสดีJohn58", "มะลิAnn1960"]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("รหัสผ่านคือJohn58", "คือ"), ("รหัสผ่านไลน์John58", "ไลน์"), ("รหัสผ่านใหม่John58", "ใหม่")],
)
def test_a_copula_a_service_or_new_before_the_password_is_not_taken(text: str, value: str) -> None:
    found = [text[f.start : f.end] for f in find_secrets(text)]
    assert found == ["John58"] and value not in found[0]


WEAK_HEADINGS = {
    "vi": ["mấy mã pin dễ đoán: {a}, {b}, {c}, ngày sinh - bà nhớ tránh", "mật khẩu yếu: {a}, {b}, {c}"],
    "vi-unmarked": ["may ma pin de doan: {a}, {b}, {c}, ngay sinh - ba nho tranh", "mat khau yeu: {a}, {b}"],
    "th": ["รหัสที่เดาง่าย: {a}, {b}, {c}", "รหัสที่ไม่ปลอดภัย: {a} {b} {c}"],
    "en": ["easy-to-guess PINs: {a}, {b}, {c}", "weak PINs: {a}, {b} and {c}", "bad passwords: {a}, {b}"],
}
WEAK_SETS = [("1234", "0000", "2580"), ("111111", "123456", "654321")]


@pytest.mark.parametrize("lang", list(WEAK_HEADINGS))
def test_weak_values_under_a_heading_that_calls_them_weak_are_left_alone(lang: str) -> None:
    texts = [w.format(a=a, b=b, c=c) for w in WEAK_HEADINGS[lang] for a, b, c in WEAK_SETS]
    assert _redacted(texts) == []


OWN_OR_NOT_WEAK = [
    ("mã pin của tôi dễ đoán: 1234", "1234"),
    ("ma pin cua ba de doan: 1234", "1234"),
    ("my weak PIN: 1234", "1234"),
    ("รหัสของยายเดาง่าย: 1234", "1234"),
    ("mã pin dễ đoán: 4829", "4829"),
    ("ma pin de doan khong: 1234", "1234"),
    ("mã pin 0000 hay 4829 dễ đoán quá", "4829"),
    ("ma pin 0000 hay 4829 de doan qua", "4829"),
]


@pytest.mark.parametrize(("text", "secret"), OWN_OR_NOT_WEAK)
def test_ones_own_or_a_value_not_weak_under_such_a_heading_is_hidden(text: str, secret: str) -> None:
    assert hidden(text, secret)


def test_a_weak_value_beside_one_that_is_not_is_left_alone() -> None:
    for text in ("mã pin 0000 hay 4829 dễ đoán quá", "ma pin 0000 hay 4829 de doan qua"):
        assert "0000" not in [text[f.start : f.end] for f in find_secrets(text)]


BIRTH_YEAR_ADVICE = [
    "co noi ko nen lay nam sinh lam mat khau, vi du {v}, phai ko con",
    "cô nói không nên lấy năm sinh làm mật khẩu, ví dụ {v}, phải không con",
    "k nen dat nam sinh lam ma pin, vd {v}",
    "hong nen lay nam sinh lam mat khau, chang han {v}",
    "เขาว่าไม่ควรเอาปีเกิดอย่าง {v} มาตั้งรหัส จริงไหม",
    "ไม่ควรใช้ปีเกิดอย่าง {v} เป็นรหัสผ่าน",
    "they say don't use a birth year like {v} as your password, right?",
]


def test_a_birth_year_an_example_gives_in_advice_is_left_alone() -> None:
    assert _redacted([w.format(v=v) for w in BIRTH_YEAR_ADVICE for v in ("1950", "2495")]) == []


def test_a_birth_year_given_as_ones_own_is_still_hidden() -> None:
    wordings = [
        "ko nen lay nam sinh lam mat khau, mat khau cua ba la {v}",
        "my password is my birth year {v}",
    ]
    assert _missed(wordings, ["1950", "2495"]) == []
    assert _missed(["ยายใช้ปีเกิดอย่าง {v} ตั้งรหัส", "รหัสของยายคือปีเกิด {v}"], ["2495", "๒๔๙๕"]) == []


def test_is_it_true_after_the_password_word_is_no_value() -> None:
    assert _redacted(["ตั้งรหัส จริงเหรอ", "ตั้งรหัสผ่าน ใช่ไหม", "ตั้งรหัส จริงไหม"]) == []
    assert hidden("ยายตั้งรหัส จริงใจ", "จริงใจ")


STRENGTH_IN_CLASS = [
    "mat khau {v} la manh hay yeu, co giao hoi ca lop",
    "mật khẩu {v} là mạnh hay yếu, cô giáo hỏi cả lớp",
    "thầy giáo hỏi mật khẩu {v} có mạnh không",
    "Is {v} a strong password? The class is discussing it",
    "the teacher wrote {v}, is that strong?",
    "is {v} strong? the teacher asked us",
    "ครูถามว่ารหัสผ่าน {v} ปลอดภัยไหม",
    "ครูถามทั้งห้องว่า {v} แข็งแรงไหม",
]
STRENGTH_VALUES = ["Abc@12345", "Hoa@1960"]


def test_a_password_a_class_asks_the_strength_of_is_left_alone() -> None:
    assert _redacted([w.format(v=v) for w in STRENGTH_IN_CLASS for v in STRENGTH_VALUES]) == []


STRENGTH_OWN = [
    "Is {v} a good password?",
    "is '{v}' a good password?",
    "my password is {v}, is it strong?",
    "mat khau cua toi la {v} co manh khong",
    "mat khau {v} co manh khong",
    "รหัสผ่านของยาย {v} ปลอดภัยไหม ครูบอก",
]


def test_a_password_asked_of_alone_or_as_ones_own_is_hidden() -> None:
    assert _missed(STRENGTH_OWN, STRENGTH_VALUES) == []


FAKE_SMS_IN_CLASS = [
    'ครูเขียนบนกระดาน "รหัส OTP ของคุณคือ {v}" แล้วถามว่าข้อความนี้จริงหรือปลอม',
    'The teacher showed "Your OTP is {v}" and asked if it was real or fake',
    'cô giáo chiếu tin "Mã OTP của bạn là {v}" rồi hỏi thật hay giả',
    'co giao chieu tin "ma OTP cua ban la {v}" roi hoi that hay gia',
]


def test_a_message_a_lesson_shows_and_asks_if_real_is_left_alone() -> None:
    assert _redacted([w.format(v=v) for w in FAKE_SMS_IN_CLASS for v in ("000000", "123456", "482913")]) == []


RECEIVED_ASKED = [
    'I got "Your OTP is {v}", teacher, is it real or fake?',
    'bà nhận được tin "mã OTP là {v}", cô giáo ơi thật hay giả',
    'ยายได้รับ "รหัส OTP คือ {v}" ครูคะ จริงหรือปลอม',
    'they sent me "Your OTP is {v}", is it real or fake?',
]


def test_a_message_one_received_asked_if_real_is_hidden() -> None:
    assert _missed(RECEIVED_ASKED, ["482913"]) == []
