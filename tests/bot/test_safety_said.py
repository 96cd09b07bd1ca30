"""The guard's classes of the thirty-second round, each written out in every language and form.

Hidden: a code read out in words, or in words and single digits mixed, with no code word before it
("it says 9 two 2 zero 7 two", "nó ghi bảy một tám không ba không", "มันเขียนว่า 2 แปด 8 หก 8 เจ็ด"),
with "oh", "o", "linh" for a zero, "double five", and spaces, commas, hyphens, "and", "và" or "และ"
between; a PIN the learner says they use or is theirs, beside a card, weak or not ("mine is 0000 on
my debit card", "bà dùng 2580 cho thẻ ATM", "ยายใช้ 2580 กับบัตร ATM"). Left alone: weak values a lesson or a
teacher lists ("Bài số 7 dạy: không dùng PIN kiểu 1111, 1234, 2580", "our lesson said "qwerty" is
the worst"); an emergency number of any country called or named by its service ("should I call the
number on the back of my card or 911"). Each with look-alikes the other way: number words that are a
price, an age, a time, a count or a lottery ticket; a sum paid for a card; one's own value beside a
lesson; a CVV that happens to be 911.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import hidden
from tests.bot.redaction_checks import missed as _missed
from tests.bot.redaction_checks import redacted as _redacted

DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "vi-unmarked": "khong mot hai ba bon nam sau bay tam chin".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
}
# A zero said otherwise, between other digits: "9 oh 5", "chín linh năm".
INNER_ZEROS = {"en": ["oh", "o"], "vi": ["linh"], "vi-unmarked": ["linh"], "th": []}
SEPARATORS = {
    "en": [" ", ", ", "-", " and "],
    "vi": [" ", ", ", "-", " rồi ", " và "],
    "vi-unmarked": [" ", ", ", "-", " roi ", " va "],
    "th": [" ", ", ", "-", "", " และ "],
}
# No code word names the digits: only the story around them says they were read off a screen.
UNNAMED = {
    "en": [
        "it says {v} my eyes are bad",
        "it's {v} I think, the o might be a zero",
        "{v}",
        "ok here: {v}",
        "he read me {v} on the phone",
    ],
    "vi": ["nó ghi {v}, mắt bà kém", "hình như là {v} đó cháu", "{v}", "bà đọc được {v}"],
    "vi-unmarked": ["no ghi {v} mat ba kem", "hinh nhu la {v} do chau", "{v}", "ba doc duoc {v}"],
    "th": ["มันเขียนว่า {v} ตามองไม่ค่อยเห็น", "{v}", "ยายอ่านได้ {v} นะ"],
}
NAMED = {
    "en": ["the code is {v}", "my OTP is {v}"],
    "vi": ["mã là {v}", "mã OTP {v}"],
    "vi-unmarked": ["ma la {v}", "ma otp {v}"],
    "th": ["รหัสคือ {v}", "รหัส OTP {v}"],
}
CODES = ["329598", "905017", "686887", "407250"]


def _said(digits: str, lang: str, zero: str | None, mixed: bool, separator: str) -> str:
    """The digits read out in `lang`'s words, an inner zero said as `zero`, every other one left a
    digit when `mixed`."""
    words = []
    for i, digit in enumerate(digits):
        word = DIGIT_WORDS[lang][int(digit)]
        if digit == "0" and zero and 0 < i < len(digits) - 1:
            word = zero
        words.append(digit if mixed and i % 2 == 0 else word)
    return separator.join(words)


def _read_out(lang: str) -> list[str]:
    return [
        _said(code, lang, zero, mixed, separator)
        for code in CODES
        for zero in [None, *INNER_ZEROS[lang]]
        for mixed in (False, True)
        for separator in SEPARATORS[lang]
    ]


@pytest.mark.parametrize("lang", list(DIGIT_WORDS))
def test_a_code_read_out_in_words_with_no_code_word_is_hidden(lang: str) -> None:
    assert _missed(UNNAMED[lang] + NAMED[lang], _read_out(lang)) == []


def test_a_digit_said_twice_is_read_as_two() -> None:
    said = ["double five two o eight one", "oh four double five two one", "nine triple-eight two one"]
    assert _missed(["it says {v}", "{v} I think"], said) == []


NOT_A_CODE = [
    # A price, an age, a time, a count, said whole or counted.
    "it cost two hundred fifty thousand dong",
    "it is six eight six eight eight seven dollars",
    "she is seventy five years old",
    "bà năm nay bảy mươi lăm tuổi",
    "ba nam nay bay muoi lam tuoi",
    "ยายอายุเจ็ดสิบห้าปี",
    "ราคาสองร้อยห้าสิบบาท",
    "meet at nine thirty tomorrow",
    "the bus leaves at six fifteen and nine forty",
    "chín giờ ba mươi bà đi chợ",
    "one two three four five six, bà đếm bậc thang",
    "five six seven eight nine ten, count with me",
    "hai ba bon nam sau bay tam chin, bà tập đếm",
    "I have two sons and three daughters",
    "tôi có ba con, hai trai một gái, năm cháu",
    "toi co ba con hai trai mot gai nam chau",
    "bà mua hai ba bốn năm sáu quả trứng",
    "ลูกสามคน หลานสองคน",
    "ยายมีหลาน 3 คน สอง คนเรียน 9 ขวบ",
    "room 3, floor two, bed 9, ward five",
    "they won 3-two in the match, then 9-five",
    # Words that fold to digits' words but are none: "bà", "sau" (after), "ở".
    "bà sau một tám không hai chín",
    "bà ở sáu năm rồi",
    "ba o ha noi bon nam roi",
    "ba o nha mot minh, hai con di lam, bay gio ba buon",
    # A lottery ticket's numbers.
    "vé số bà mua sáu một tám không hai chín",
    "หวยงวดนี้ยายซื้อ หก หนึ่ง แปด ศูนย์ สอง เก้า",
]


def test_number_words_that_are_no_code_are_left_alone() -> None:
    assert _redacted(NOT_A_CODE) == []


OWN_PIN = [
    "mine is {v} on my debit card, is that too easy?",
    "mine is {v} on my debit card",
    "mine is {v} for the ATM",
    "I use {v} for my card",
    "I set {v} on my ATM card",
    "I've used {v} for my bank card for years",
    "I always use {v} on my card",
    "I just use {v} for my bank card",
    "mine's {v} on my card",
    "my debit card is {v}, is that too easy?",
    "the one on my debit card is {v}",
    "on my debit card it is {v}",
    "my PIN is {v}",
    "my card PIN is {v}, is that ok?",
    "mã pin của tôi là {v}",
    "mã pin của bà là {v}, có dễ quá không",
    "bà dùng {v} cho thẻ ATM",
    "thẻ ATM của bà để {v}",
    "của bà là {v} ở thẻ ghi nợ",
    "pin the bac {v}",
    "ma pin cua ba la {v}",
    "ba dung {v} cho the atm, de qua ha",
    "the atm cua ba de {v}",
    "thẻ của bà là {v}, dễ quá hả",
    "the cua ba {v} de doan ko",
    "ba dung {v} cho the",
    "รหัสของผม {v}",
    "ยายใช้ {v} กับบัตร ATM ง่ายไปไหม",
    "ของผมคือ {v} ในบัตรเดบิต",
    "รหัสบัตร ATM ของยายคือ {v}",
    "ตาตั้ง {v} เป็นรหัสบัตร",
    "บัตรของยาย {v} ง่ายไปไหม",
    "ยายตั้งไว้ {v} ที่บัตร",
]


def test_a_pin_the_learner_says_is_theirs_is_hidden_weak_or_not() -> None:
    assert _missed(OWN_PIN, ["0000", "2580", "1111", "1234", "4829", "๒๕๘๐"]) == []


NOT_A_PIN = [
    "I paid 2580 for my card",
    "the card fee is 2580",
    "I have 2580 baht on my card",
    "mine is 2580 baht on my debit card",
    "bà trả 2580 cho thẻ",
    "phí thẻ là 2580 đồng",
    "ยายจ่าย 2580 บาทค่าบัตร",
    "I use 2 cards",
    "my card expires 2028",
    "I use my card 3 times a week",
    "thẻ của bà hết hạn 2028",
    "I used my card in 2020",
    "my card is 2028",
    "the card is 2580 baht",
    "my card was blocked in 2024",
    "the cua ba het han 2028",
]


def test_a_sum_or_a_date_beside_a_card_is_no_pin() -> None:
    assert _redacted(NOT_A_PIN) == []


LESSON_LISTS = [
    "Bài số 7 dạy: không dùng PIN kiểu {a}, {b}, {c} hay năm sinh. Bà ghi lại rồi",
    "bai so 7 day: khong dung pin kieu {a}, {b}, {c} hay nam sinh. ba ghi lai roi",
    "cô giáo dặn không dùng mật khẩu như {a}, {b} hay {c}",
    "co giao dan ko xai mat khau nhu {a}, {b}, {c}",
    "bài học của bà nói mã pin kiểu {a}, {b}, {c} là dễ đoán nhất",
    'our lesson said "{a}" and "{b}" are the worst passwords',
    "our lesson said {a}, {b} and {c} are the worst PINs",
    "my teacher said {a}, {b} and {c} are weak PINs",
    "my computer teacher told us {a} and {b} are the most hacked passwords",
    "ครูสอนว่าอย่าตั้งรหัสผ่าน {a} หรือ {b} ใช่ไหม",
    "บทเรียนบอกว่ารหัส {a} {b} {c} เดาง่ายที่สุด",
    "ครูของยายบอกว่า {a} กับ {b} เป็นรหัสที่แย่ที่สุด",
]
WEAK_SETS = [("1111", "1234", "2580"), ("123456", "000000", "654321"), ("password123", "qwerty", "123456")]


def test_weak_values_a_lesson_lists_are_left_alone() -> None:
    texts = [w.format(a=a, b=b, c=c) for w in LESSON_LISTS for a, b, c in WEAK_SETS]
    assert _redacted(texts) == []


OWN_BESIDE_A_LESSON = [
    ("our lesson said my PIN 1234 is weak", "1234"),
    ("my teacher said my password qwerty1 is weak", "qwerty1"),
    ("cô giáo bảo mật khẩu của bà 123456 yếu quá", "123456"),
    ("ครูบอกว่ารหัสของยาย 1234 เดาง่าย", "1234"),
    ("bà không dùng mã pin 1111 của bà nữa", "1111"),
    ("Bài số 7 dạy: không dùng PIN kiểu 4829", "4829"),
    # Typed without marks, "khong dung" may be "không đúng" (wrong): the learner's own PIN.
    ("ma pin khong dung 1234", "1234"),
    ("mã pin không đúng 1234 hả cháu", "1234"),
]


@pytest.mark.parametrize(("text", "secret"), OWN_BESIDE_A_LESSON)
def test_ones_own_or_a_value_not_weak_beside_a_lesson_is_hidden(text: str, secret: str) -> None:
    assert hidden(text, secret)


EMERGENCY_NUMBERS = ["911", "999", "112", "113", "114", "115", "191", "1669", "000", "111"]
CALLED = [
    "should I call the number on the back of my card or {v} if someone stole my wallet?",
    "call {v} now",
    "dial {v} for the police",
    "in the US you call {v}",
    "the emergency number is {v}",
    "ring {v} if there is a fire",
    "my card was stolen, should I call {v}?",
    "gọi {v} hay gọi số sau thẻ hả con?",
    "goi so sau the hay goi {v} ha con",
    "số cấp cứu là {v} phải không",
    "bị mất thẻ thì gọi ngân hàng hay {v}",
    "bi mat the thi goi ngan hang hay {v}",
    "thẻ bị mất, có nên gọi {v} không",
    "โทรเบอร์หลังบัตรหรือ {v} ดี",
    "เบอร์ฉุกเฉิน {v} ใช่ไหม",
    "บัตรหายโทร {v} ได้ไหม",
    "ตำรวจ {v}",
]


def test_an_emergency_number_called_is_left_alone() -> None:
    assert _redacted([w.format(v=v) for w in CALLED for v in EMERGENCY_NUMBERS]) == []


SECRET_THAT_LOOKS_LIKE_ONE = [
    "my cvv is {v}",
    "the back of my card says {v}",
    "mã cvv sau thẻ là {v}",
    "cvv {v}, should I call the bank?",
    "call the bank? my cvv is {v}",
    "ma cvv cua ba la {v}, goi ngan hang nhe",
    "รหัสหลังบัตร {v}",
]


def test_a_cvv_a_secrets_word_gives_is_hidden_though_it_is_an_emergency_number() -> None:
    assert _missed(SECRET_THAT_LOOKS_LIKE_ONE, ["911", "999", "112", "113", "115", "191"]) == []
