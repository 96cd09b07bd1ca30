"""The guard's classes of the twenty-sixth round, each written out in every language and form.

A value shown as a sample in a lesson, and a weak value called weak, stay; a phone number given as
the password, a password typed again in capitals, a value used for everything, two guesses at a
number not remembered, a card's code named by where it is and a passphrase after the one who set
it are hidden. Each class has look-alikes that stay.
"""

from __future__ import annotations

import pytest

from bot.safety import redact
from tests.bot.redaction_checks import hidden as _hidden

# A value shown as a sample: a lesson's or a teacher's example, a worksheet's practice message,
# before the value or after it, of a password, a code or a PIN.
SAMPLE_VALUES = ["ConMeoDen#2024", "BlueCat#River9", "123456", "000000", "482913"]
SAMPLE_WORDINGS = {
    "vi": [
        'Cô giáo lấy ví dụ mật khẩu mạnh kiểu "{v}" thôi, dặn không được dùng y chang',
        'Trong bài giảng cô ví dụ: "Mã OTP của bạn là {v}" để tập đọc tin nhắn, không phải mã thật',
        "Bài học hôm nay có ví dụ mật khẩu {v} cho dễ nhớ",
        "Thầy giáo viết lên bảng ví dụ mã OTP {v}, chỉ để luyện tập",
        'Sách hướng dẫn có ví dụ "mật khẩu: {v}" thôi ạ',
    ],
    "vi-unmarked": [
        'co giao lay vi du mat khau manh kieu "{v}" thoi, dan khong duoc dung y chang',
        'trong bai giang co vi du: "ma OTP cua ban la {v}" de tap doc tin nhan',
        "video huong dan lay vi du mat khau {v} thoi",
        "ma {v} trong bai tap khong phai ma that dau ba",
    ],
    "th": [
        'ในบทเรียนมีตัวอย่างข้อความ "รหัส OTP คือ {v}" ไว้ฝึกอ่าน ไม่ใช่ของจริงใช่ไหม',
        "ครูยกตัวอย่างรหัสผ่าน {v} ให้ดูเฉยๆ",
        "ในคู่มือมีตัวอย่างรหัส {v} ค่ะ",
        "รหัส {v} ในใบงานไว้ฝึกกรอกเท่านั้น",
    ],
    "en": [
        'The trainer showed "{v}" as an example of a strong password, just an example',
        'In the worksheet the fake message says "Your code is {v}", it\'s only for practice',
        "the teacher gave {v} as an example password",
        "the lesson uses the sample code {v} for practice",
        "e.g. {v} is the kind of password the instructor showed us",
    ],
}


@pytest.mark.parametrize("lang", list(SAMPLE_WORDINGS))
def test_a_value_shown_as_a_sample_in_a_lesson_stays(lang: str) -> None:
    redacted = [
        text
        for wording in SAMPLE_WORDINGS[lang]
        for v in SAMPLE_VALUES
        if redact(text := wording.format(v=v))[1]
    ]
    assert redacted == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password is ConMeoDen#2024", "ConMeoDen#2024"),
        ("mật khẩu của tôi là ConMeoDen#2024", "ConMeoDen#2024"),
        ("mat khau cua toi la ConMeoDen#2024", "ConMeoDen#2024"),
        ("รหัสผ่านของยายคือ ConMeoDen#2024", "ConMeoDen#2024"),
        ("Cô giáo bảo con đọc mã OTP, mã của tôi là 482913", "482913"),
        ("the teacher said an example is fine, but my real code is 482913", "482913"),
        ("ví dụ sáng nay có mã 604517 gửi tới", "604517"),
        ("for example my PIN is 1234", "1234"),
        ("bài học xong rồi, mật khẩu mới của tôi là BlueCat#River9", "BlueCat#River9"),
    ],
)
def test_a_value_given_as_ones_own_beside_a_lesson_or_an_example_is_hidden(text: str, secret: str) -> None:
    assert _hidden(text, secret)


# A weak value called weak, given as a kind of password ("kiểu", "like", "แบบ") or in a lesson, and
# advice said of the value ("không được là", "must not be", "ห้ามเป็น").
WEAK_CALLED_WEAK = {
    "vi": [
        "bài 4 nói mật khẩu kiểu {v} hay password rất dễ bị đoán, phải đặt khó hơn",
        "cháu bảo mã PIN không được là {v} hay {w} mà, phải không ông",
        "mật khẩu như {v} là yếu lắm",
        "cô giáo nói {v} với {w} là mật khẩu dễ đoán nhất",
    ],
    "vi-unmarked": [
        "bai 4 noi mat khau kieu {v} hay password rat de bi doan, phai dat kho hon",
        "chau bao ma pin khong duoc la {v} hay {w} ma",
        "mat khau nhu {v} la khong an toan",
    ],
    "th": [
        "ครูสอนว่ารหัสแบบ {v} กับ password เดาง่ายที่สุด",
        "รหัสผ่านห้ามเป็น {v} หรือ {w}",
        "รหัสอย่าง {v} ไม่ปลอดภัยค่ะ",
    ],
    "en": [
        "The lesson says passwords like qwerty or {v} are cracked in seconds",
        "your PIN must not be {v} or {w}",
        "a PIN can't be {v}, the bank says",
        "passwords such as {v} are the weakest",
        "the teacher said {v} and {w} are easy to guess",
    ],
}
WEAK_PAIRS = [("123456", "000000"), ("12345678", "111111"), ("1234", "0000")]


@pytest.mark.parametrize("lang", list(WEAK_CALLED_WEAK))
def test_a_weak_value_called_weak_or_ruled_out_stays(lang: str) -> None:
    redacted = [
        text
        for wording in WEAK_CALLED_WEAK[lang]
        for v, w in WEAK_PAIRS
        if redact(text := wording.format(v=v, w=w))[1]
    ]
    assert redacted == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mật khẩu của tôi là 123456 có dễ đoán không", "123456"),
        ("my password is 12345678, is that weak?", "12345678"),
        ("mã PIN của ông là 4821, không được là 1234 nên ông đổi rồi", "4821"),
        ("รหัสผ่านของยายคือ 123456 เดาง่ายไหม", "123456"),
        ("mật khẩu kiểu Hoa@1960 có dễ đoán không", "Hoa@1960"),
    ],
)
def test_a_weak_value_given_as_ones_own_or_another_value_is_hidden(text: str, secret: str) -> None:
    assert _hidden(text, secret)


# A phone number given as the password, after the password's word and a copula or a word of using,
# with an owner or a filler before the phone's word or none; and the phone used as the password.
PHONES = ["0976214805", "0976 214 805", "+84976214805", "0894172265"]
PHONE_PASSWORD_WORDINGS = {
    "vi": [
        "Mật khẩu Zalo của bà chính là số điện thoại {v}, có dễ bị lấy không",
        "mật khẩu là số điện thoại của bà {v}",
        "mật khẩu ngân hàng bà dùng sđt {v}",
        "bà dùng số điện thoại {v} làm mật khẩu",
        "mk cũng là sđt: {v}",
    ],
    "vi-unmarked": [
        "mat khau zalo cua ba chinh la so dien thoai {v}",
        "mat khau la sdt {v} nha con",
        "ong dung so dien thoai {v} lam mat khau",
        "mk la so dt cua ong {v}",
    ],
    "th": [
        "รหัสผ่านแอปของยายใช้เบอร์โทร {v} เลย ปลอดภัยไหม",
        "รหัสผ่านคือเบอร์โทรของยาย {v}",
        "ยายใช้เบอร์โทร {v} เป็นรหัสผ่าน",
    ],
    "en": [
        "my password is just my phone number {v} haha",
        "the password is my mobile number, {v}",
        "I use my phone number {v} as my password",
        "password = phone number {v}",
    ],
}


@pytest.mark.parametrize("lang", list(PHONE_PASSWORD_WORDINGS))
def test_a_phone_number_given_as_the_password_is_hidden(lang: str) -> None:
    missed = [
        text
        for wording in PHONE_PASSWORD_WORDINGS[lang]
        for v in PHONES
        if not _hidden(text := wording.format(v=v), v)
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "số điện thoại của bà là 0976214805, mật khẩu thì bà quên rồi",
        "mật khẩu mới sẽ gửi về số điện thoại 0976214805",
        "mat khau gui qua sdt 0976214805 a",
        "quên mật khẩu thì gọi tổng đài 0976214805",
        "รหัสผ่านจะส่งไปที่เบอร์ 0894172265",
        "ลืมรหัสผ่านโทรเบอร์ 0894172265",
        "my phone number is 0903117428, I forgot my password",
        "the password reset goes to my phone number 0903117428",
        "call 0903117428 if you forget the password",
    ],
)
def test_a_phone_number_given_as_a_contact_beside_a_password_word_stays(text: str) -> None:
    assert redact(text)[1] == []


# A password typed again in another case, and with caps lock named, capitals and digits.
CASE_WORDINGS = [
    ("ong de caps lock nen no thanh {V} chu ko phai {v}, sua sao", "vi-unmarked"),
    ("bà bật chữ hoa nên gõ thành {V}, mật khẩu đúng là {v}", "vi"),
    ("แม่พิมพ์ {V} แต่ที่ถูกคือ {v} เพราะเปิด caps lock ไว้", "th"),
    ("caps lock was on so I typed {V}, the real one is {v}", "en"),
    ("my password is {v} but I typed {V}", "en"),
    ("caps lock was on, I typed {V}", "en"),
]
CASE_VALUES = ["tuananh1956", "nuanchan55", "willow1950"]


@pytest.mark.parametrize(("wording", "lang"), CASE_WORDINGS, ids=[lang for _w, lang in CASE_WORDINGS])
def test_a_password_typed_in_capitals_is_hidden_as_the_password_is(wording: str, lang: str) -> None:
    missed = [
        text
        for v in CASE_VALUES
        for value in (v.upper(), v)
        if value in (text := wording.format(v=v, V=v.upper())) and not _hidden(text, value)
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "caps lock was on, the screen said COVID19 rules",
        "bật chữ hoa lên cho dễ đọc nhé",
        "I typed WILLOW in capitals",
    ],
)
def test_capitals_without_digits_or_any_password_stay(text: str) -> None:
    assert redact(text)[1] == []


# A value used for everything: one's password.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I use password1 for everything so I don't forget, is that bad?", "password1"),
        ("I use lan1960 for all my accounts", "lan1960"),
        ("bà dùng abc123 cho tất cả", "abc123"),
        ("ong xai hoa1958 cho moi thu", "hoa1958"),
        ("ยายใช้ somchai99 ทุกแอป", "somchai99"),
    ],
)
def test_a_value_used_for_everything_is_a_password(text: str, secret: str) -> None:
    assert _hidden(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "I use Zalo for everything",
        "bà dùng Zalo cho tất cả",
        "I use 2 phones for everything",
        "ยายใช้ LINE ทุกวัน",
    ],
)
def test_an_app_used_for_everything_stays(text: str) -> None:
    assert redact(text)[1] == []


# Two guesses at a number not remembered.
GUESS_WORDINGS = {
    "vi": ["không nhớ là {a} hay {b}", "hình như là {a} hoặc {b}, ông quên rồi"],
    "vi-unmarked": ["khong nho la {a} hay {b}", "quen roi, {a} hoac la {b}"],
    "th": ["{a} หรือ {b} จำไม่ได้", "น่าจะ {a} หรือว่า {b}"],
    "en": [
        "it's either {a} or {b}, I can never remember",
        "{a} or maybe {b}, I forget",
        "not sure if it's {a} or {b}",
    ],
}


@pytest.mark.parametrize("lang", list(GUESS_WORDINGS))
def test_two_guesses_at_a_number_not_remembered_are_hidden(lang: str) -> None:
    missed = [
        text
        for wording in GUESS_WORDINGS[lang]
        for a, b in (("3047", "3074"), ("5231", "5213"), ("482913", "482931"))
        for value in (a, b)
        if not _hidden(text := wording.format(a=a, b=b), value)
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "ông sinh năm 1954 hay 1955 tôi không nhớ",
        "I can't remember if it was 1998 or 1999",
        "phòng 3047 hay 3074 tôi quên rồi",
        "room 3047 or 3074, I forget",
        "số tiền 5000 hay 6000 tôi không nhớ",
        "ยายจำไม่ได้ว่าปี 2510 หรือ 2511",
    ],
)
def test_years_and_named_numbers_not_remembered_stay(text: str) -> None:
    assert redact(text)[1] == []


# A card's code named by where it is, singular, plural, without "the".
@pytest.mark.parametrize(
    "where",
    [
        "the little number on the back is",
        "the number on the back is",
        "the numbers on back are",
        "three digits on the back:",
        "số nhỏ ở mặt sau là",
        "ba số phía sau thẻ là",
        "so phia sau the la",
        "เลขด้านหลังบัตร",
        "ตัวเลขหลังบัตรคือ",
    ],
)
def test_a_cards_code_named_by_where_it_is_is_hidden(where: str) -> None:
    text = f"the card is 2264 5508 6737 6254, the date says 07/28, and {where} 841, did I do it right?"
    assert _hidden(text, "841")


# A passphrase after who set it and a copula, or after "has spaces" and a colon.
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mật khẩu mới bà đặt là con mèo mướp nhà bà, có dấu cách được không cháu", "con mèo mướp nhà bà"),
        ("mat khau moi ba dat la con meo muop nha ba, co dau cach duoc khong", "con meo muop nha ba"),
        ("mật khẩu ba đặt có dấu cách: Ba Yeu Chau 2", "Ba Yeu Chau 2"),
        ("mat khau ong dat co dau cach: Ong Yeu Ba 5", "Ong Yeu Ba 5"),
        ("my password has spaces: Blue Sky Over Hanoi 7", "Blue Sky Over Hanoi 7"),
    ],
)
def test_a_passphrase_after_who_set_it_or_said_to_have_spaces_is_hidden(text: str, secret: str) -> None:
    assert _hidden(text, secret)
