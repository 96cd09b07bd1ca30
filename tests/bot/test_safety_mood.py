"""The guard's classes of the twenty-ninth round, each written out in every language and form.

Left alone, by the sentence's mood rather than by the value: weak values said in general to be the
worst or the most guessed; any value an advising sentence gives as an example; a sample in a
lesson ("là mẫu thôi", "trong bài", "trên lớp thầy bảo"); a transfer's note; Thai words after a
password's word that ask how or name a service. Hidden: the same values the learner says are
theirs; "mp" for a PIN; digits voice typing wrote as words that sound like them; a password
dictated as words and digit words. Each class has look-alikes the other way.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import missed as _missed
from tests.bot.redaction_checks import redacted as _redacted

WEAK_VALUES = ["111111", "123456", "0000", "1234"]
WEAK_PASSWORDS = ["password123", "qwerty", "abc123"]

# Weak values said in general to be the worst, the most guessed, what people pick.
IN_GENERAL = {
    "vi": [
        "Có phải mã PIN {v} là dễ bị đoán nhất không con?",
        "Nghe nói mã PIN {v} là mã bị đoán nhiều nhất hả cháu",
        "Nhiều người hay đặt mã PIN {v} lắm, dễ bị đoán",
    ],
    "vi-unmarked": [
        "co phai ma pin {v} la de bi doan nhat khong con",
        "nguoi ta hay dat pin {v} de doan lam",
    ],
    "th": ["พิน {v} เป็นรหัสที่โดนเดาง่ายที่สุดใช่ไหมลูก", "หลายคนตั้งพิน {v} ซึ่งเดาง่าย"],
    "en": ["Is it true that {v} is the most hacked PIN?", "people pick {v} as a PIN and it is easy to guess"],
}
IN_GENERAL_PASSWORDS = {
    "vi": ["Có phải mật khẩu {v} là dễ bị đoán nhất không?"],
    "vi-unmarked": ["co phai mat khau {v} la de bi hack nhat khong"],
    "th": ["รหัสผ่าน {v} โดนเดาง่ายที่สุดใช่ไหม"],
    "en": ["Is it true that {v} is among the most hacked passwords?"],
}
# The same values, the learner's own.
OWN_WEAK = {
    "vi": [
        "mã PIN của bà là {v}, có dễ bị đoán nhất không con?",
        "mã PIN bà đang dùng là {v} có dễ bị đoán không",
    ],
    "vi-unmarked": ["ma pin cua toi la {v} co de doan nhat khong", "pin ba dang dung la {v} de doan khong"],
    "th": ["พินของยายคือ {v} เดาง่ายที่สุดไหมลูก", "พินยาย {v} เดาง่ายไหมลูก"],
    "en": ["my PIN is {v}, is that the most hacked one?", "I use {v} as my PIN, is it easy to guess?"],
}


@pytest.mark.parametrize("lang", list(IN_GENERAL))
def test_weak_values_called_the_worst_in_general_are_left_alone(lang: str) -> None:
    texts = [w.format(v=v) for w in IN_GENERAL[lang] for v in WEAK_VALUES]
    texts += [w.format(v=v) for w in IN_GENERAL_PASSWORDS[lang] for v in WEAK_PASSWORDS]
    assert _redacted(texts) == []


@pytest.mark.parametrize("lang", list(OWN_WEAK))
def test_weak_values_the_learner_owns_are_hidden(lang: str) -> None:
    assert _missed(OWN_WEAK[lang], WEAK_VALUES) == []


# Any value an advising sentence gives as an example: a year, a date-like number.
EXAMPLE_VALUES = ["1955", "2468", "1960"]
ADVISED_EXAMPLES = {
    "vi": [
        "Đừng lấy năm sinh làm mã PIN nha bà, ví dụ như {v} là dễ bị dò lắm",
        "Không nên đặt mã PIN theo năm sinh, chẳng hạn {v}",
        "Tránh đặt mật khẩu là năm sinh, ví dụ {v}",
    ],
    "vi-unmarked": [
        "dung lay nam sinh lam ma pin nha ba, vd nhu {v} la de bi do lam",
        "khong nen dat ma pin kieu nam sinh, chang han {v}",
    ],
    "th": ["อย่าใช้ปีเกิดเป็นรหัส เช่น {v}", "ไม่ควรตั้งพินเป็นปีเกิด ตัวอย่างเช่น {v}"],
    "en": [
        "never use a PIN such as {v}",
        "don't use your birth year as a PIN, e.g. {v}",
        "avoid PINs like {v}",
    ],
}
OWN_EXAMPLES = {
    "vi": ["mã PIN của tôi là {v}, đừng nói ai nha", "ví dụ mã PIN của bà là {v} thì sao"],
    "vi-unmarked": ["ma pin cua toi la {v}, dung noi ai", "vd ma pin cua ba la {v} thi sao"],
    "th": ["พินของยายคือ {v} อย่าบอกใครนะ", "รหัส ATM ของผม {v} เช่นนี้ปลอดภัยไหม"],
    "en": ["my PIN is {v}, don't tell anyone", "don't worry, my PIN is {v}"],
}


@pytest.mark.parametrize("lang", list(ADVISED_EXAMPLES))
def test_a_value_given_as_an_example_in_advice_is_left_alone(lang: str) -> None:
    assert _redacted([w.format(v=v) for w in ADVISED_EXAMPLES[lang] for v in EXAMPLE_VALUES]) == []


@pytest.mark.parametrize("lang", list(OWN_EXAMPLES))
def test_a_value_the_learner_owns_beside_advice_is_hidden(lang: str) -> None:
    assert _missed(OWN_EXAMPLES[lang], EXAMPLE_VALUES) == []


# A sample in a lesson or one said to be only a sample.
SAMPLES = ["Hoa@123", "Mai@2024"]
LESSON_SAMPLES = {
    "vi": ["trong bài có ví dụ mật khẩu {v} là mẫu thôi đúng không", "mật khẩu {v} chỉ là mẫu thôi hả con"],
    "vi-unmarked": ["trong bai co vi du mat khau {v} la mau thoi dung ko co", "mat khau {v} chi la mau thoi"],
    "th": ["ในบทเรียนมีตัวอย่างรหัสผ่าน {v} แค่ตัวอย่างใช่ไหม"],
    "en": ["the lesson shows the password {v}, it's just a sample right?"],
}
OWN_SAMPLES = {
    "vi": ["mật khẩu của tôi là {v} không phải mẫu đâu", "bài học hay quá, mật khẩu của bà là {v}"],
    "vi-unmarked": ["mat khau cua toi la {v}"],
    "th": ["รหัสผ่านของยายคือ {v}"],
    "en": ["my password is {v}, it's not a sample"],
}


@pytest.mark.parametrize("lang", list(LESSON_SAMPLES))
def test_a_sample_in_a_lesson_is_left_alone(lang: str) -> None:
    assert _redacted([w.format(v=v) for w in LESSON_SAMPLES[lang] for v in SAMPLES]) == []


@pytest.mark.parametrize("lang", list(OWN_SAMPLES))
def test_ones_own_password_beside_a_lesson_is_hidden(lang: str) -> None:
    assert _missed(OWN_SAMPLES[lang], SAMPLES) == []


def test_weak_values_a_teacher_called_the_worst_are_left_alone() -> None:
    texts = [
        "Trên lớp thầy bảo mật khẩu kiểu 123456 hay matkhau là dở nhất, phải dài ít nhất 8 ký tự",
        "tren lop thay bao mat khau kieu 123456 la do nhat",
        "in class the teacher said passwords like 123456 are the worst",
    ]
    assert _redacted(texts) == []


# What a transfer's note says: names, dates, order numbers.
TRANSFER_NOTES = [
    'Nội dung chuyển khoản ghi "TRAN THI MO CK 20231115 {v}" có được không con?',
    "noi dung ck: NGUYEN VAN A {v}",
    "nd ck ghi {v} tien hoc",
    'the transfer note says "LE VAN B 20240105 {v}", is that ok?',
    'บันทึกช่วยจำตอนโอนเขียนว่า "สมศรี {v}" ได้ไหม',
]
NOTE_VALUES = ["123045", "551203"]


def test_a_number_in_a_transfers_note_is_left_alone() -> None:
    assert _redacted([w.format(v=v) for w in TRANSFER_NOTES for v in NOTE_VALUES]) == []


def test_a_code_beside_a_transfers_note_is_hidden() -> None:
    wordings = [
        "mã OTP {v}, nội dung chuyển khoản ghi tiền học",
        "nội dung chuyển khoản ghi tiền học, mã OTP {v}",
        "the transfer note is fine, and the code is {v}",
    ]
    assert _missed(wordings, NOTE_VALUES) == []


def test_thai_words_asking_how_or_naming_a_service_after_a_password_word_are_left_alone() -> None:
    texts = [
        "เปลี่ยนรหัสผ่านเฟซบุ๊กตรงไหนหลาน",
        "เปลี่ยนรหัสผ่าน เฟซบุ๊ก ตรงไหนหลาน",
        "ตั้งรหัสผ่านไลน์ยังไงจ๊ะ",
        "เปลี่ยนรหัสผ่านแอปธนาคาร",
        "ใช้รหัสผ่านอีเมลอะไรดี",
        "อย่าใช้รหัส เช่น",
        "đổi mật khẩu facebook ở đâu cháu",
        "doi mat khau zalo o dau vay chau",
        "where do I change the facebook password",
    ]
    assert _redacted(texts) == []


def test_thai_words_set_as_a_password_are_still_hidden() -> None:
    assert _missed(["ตั้งรหัสผ่านเป็น{v}", "ตั้งรหัสผ่านว่า {v} ได้ไหมครับ"], ["ดอกมะลิขาว", "เฟซบุ๊กรักหลาน"]) == []
    assert _missed(["ใช้รหัสผ่าน{v}"], ["ดอกมะลิขาว"]) == []


# "mp", "mã PIN" cut short, and a mobile bank's PIN.
MP_WORDINGS = {
    "vi": ["mp thẻ: {v}", "MP thẻ ATM là {v}", "mp của bà là {v}"],
    "vi-unmarked": ["mp the: {v}", "mp {v}", "mp atm cua ba {v}"],
    "th": ["mp บัตร {v}"],
    "en": ["MPIN {v}", "my mpin is {v}"],
}


@pytest.mark.parametrize("lang", list(MP_WORDINGS))
def test_mp_for_a_pin_is_read(lang: str) -> None:
    assert _missed(MP_WORDINGS[lang], ["8193", "482913"]) == []


def test_mp_that_names_no_pin_is_left_alone() -> None:
    texts = [
        "tải file mp3 4821 bài",
        "mp4 1080 video",
        "máy ảnh 48 MP, pin 5000 mAh",
        "camera 12 mp 4000 mah",
        "the MP for Leeds got 48213 votes",
    ]
    assert _redacted(texts) == []


# Digits voice typing wrote as words that sound like them.
HEARD = ["for 8 to 6 1 9", "5 won 7 ate 3 9", "7 tree 5 for 1 0", "4 ate 1 too 7 0"]
HEARD_WORDINGS = {
    "en": ["the code is {v} voice typing messed it up", "OTP: {v}", "my PIN is {v}"],
    "vi": ["mã OTP là {v} do máy đọc sai", "ma otp {v}"],
    "th": ["รหัส OTP {v}"],
}


@pytest.mark.parametrize("lang", list(HEARD_WORDINGS))
def test_digits_heard_as_words_after_a_secrets_word_are_hidden(lang: str) -> None:
    assert _missed(HEARD_WORDINGS[lang], HEARD) == []


def test_words_like_digits_in_plain_talk_are_left_alone() -> None:
    texts = [
        "I waited for 2 to 3 hours",
        "from 1 to 5 for 2 3 days",
        "add 3 to 4 to 5 to 6",
        "gate 4 to 6 1 9 boarding",
        "my PIN, I count from 1 to 5 for 2 3 days",
    ]
    assert _redacted(texts) == []


# A password dictated as words and digit words, a typing note after it or none.
DICTATED = {
    "vi": (["Mật khẩu của bà là {v} viết liền không dấu", "mật khẩu là {v}"], ["hoa lan một chín năm tám"]),
    "vi-unmarked": (["mat khau cua ong la {v} viet lien", "mk la {v}"], ["mai vang hai khong hai tu"]),
    "th": (["รหัสผ่านคือ {v} ติดกัน"], ["มะลิ หนึ่ง เก้า ห้า แปด"]),
    "en": (
        ["my password is {v} all lowercase no spaces", "password: {v}"],
        ["lucky seven seven dragon", "blue sky one nine five eight"],
    ),
}


@pytest.mark.parametrize("lang", list(DICTATED))
def test_a_password_dictated_in_words_and_digit_words_is_hidden(lang: str) -> None:
    wordings, values = DICTATED[lang]
    assert _missed(wordings, values) == []


def test_a_passwords_length_said_in_words_is_left_alone() -> None:
    texts = [
        "mật khẩu là năm sáu ký tự thôi",
        "mat khau la nam sau ky tu",
        "my password is two three words long",
        "mật khẩu là ba bốn chữ gì đó",
        "รหัสผ่านคือ หก เจ็ด ตัว",
    ]
    assert _redacted(texts) == []


# What one heard said of weak values is no claim to one; one's own beside it still is.
HEARSAY = {
    "vi": ["tôi nghe nói {v} là mã PIN dễ bị đoán nhất", "bà đọc được là mã PIN {v} bị đoán nhiều nhất"],
    "vi-unmarked": ["toi nghe noi {v} la ma pin de doan nhat"],
    "th": ["ฉันได้ยินว่า {v} เป็นรหัสที่เดาง่ายที่สุด", "ยายได้ยินว่าพิน {v} โดนเดาง่ายที่สุด"],
    "en": ["I heard {v} is the most common PIN", "I read that {v} is the most hacked PIN"],
}
OWN_BESIDE_HEARSAY = [
    "I heard my PIN {v} is the most common",
    "toi nghe noi ma pin cua toi {v} de doan nhat",
    "tôi nghe nói mã PIN của tôi là {v} dễ bị đoán nhất",
    "I use {v} as my PIN, is it the most common one?",
]


@pytest.mark.parametrize("lang", list(HEARSAY))
def test_weak_values_one_heard_called_the_worst_are_left_alone(lang: str) -> None:
    assert _redacted([w.format(v=v) for w in HEARSAY[lang] for v in WEAK_VALUES]) == []


def test_ones_own_weak_value_beside_hearsay_is_hidden() -> None:
    assert _missed(OWN_BESIDE_HEARSAY, WEAK_VALUES) == []


def test_advice_in_other_words_and_thai_birth_years_are_left_alone() -> None:
    texts = [
        "chớ đặt mã PIN như 1955",
        "cho dat ma pin nhu 1955 nha",
        "ไม่ควรตั้งรหัสเป็นปีเกิดแบบ 2498",
        "อย่าตั้งรหัสเป็นปีเกิด เช่น 2498",
    ]
    assert _redacted(texts) == []


def test_what_people_do_with_weak_values_is_left_alone() -> None:
    texts = [
        f"{w.format(v=v)}"
        for w in [
            "Sao người ta hay đặt mật khẩu {v} vậy con",
            "sao nguoi ta hay dat mat khau {v} vay",
            "why do people use {v} as their password",
            "ทำไมคนชอบตั้งรหัส {v}",
            "Passwords like iloveyou or {v} get hacked first",
            "mật khẩu kiểu {v} thì hacker đoán ra liền phải không",
        ]
        for v in ["123456", "abc123", "qwerty"]
    ]
    assert _redacted(texts) == []


def test_ones_own_weak_value_among_what_people_do_is_hidden() -> None:
    wordings = [
        "people tell me my PIN {v} is weak",
        "người ta bảo mã PIN của tôi {v} dễ đoán",
        "หลายคนบอกว่าพินของยาย {v} เดาง่าย",
    ]
    assert _missed(wordings, ["123456", "111111"]) == []


def test_other_names_of_a_transfers_note_are_left_alone() -> None:
    texts = ["ghi chú chuyển khoản: NGUYEN VAN A 551203", "memo ghi 551203", "ghi chu ck 551203 tien dien"]
    assert _redacted(texts) == []


def test_a_dictated_password_with_digits_or_a_particle_is_hidden() -> None:
    cases = {
        "the password is tiger 7 7 dragon": "tiger 7 7 dragon",
        "mật khẩu là hoa 1 9 5 8": "hoa 1 9 5 8",
        "mật khẩu zalo bà đặt là cúc vàng sáu tám nha": "cúc vàng sáu tám",
        "pass la meo con hai ba": "meo con hai ba",
        "รหัสผ่านของยายคือ ดอกไม้ สาม สาม นะ": "ดอกไม้ สาม สาม",
    }
    assert [text for text, secret in cases.items() if _missed([text.replace(secret, "{v}")], [secret])] == []


def test_a_code_received_beside_advice_or_an_examples_word_is_hidden() -> None:
    wordings = [
        "don't worry, the code they sent was like {v}",
        "bà đừng đưa ai mã OTP, ví dụ mã vừa nhận {v}",
        "đừng lo, mã nó gửi kiểu {v}",
        "อย่าตกใจนะ รหัสที่ได้รับ เช่น {v}",
    ]
    assert _missed(wordings, ["482913", "1955"]) == []
