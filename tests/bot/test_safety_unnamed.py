"""The guard's classes of the thirty-sixth round, each written out in every language and form.

Hidden: a code with a service's letters before it ("G-482197", "FB-48219"), the letters too; a code
an app "gave me" in a code's story; zero read out as "nought"; a password built of letters, digits
and a sign, wherever it stands ("it's P@$$w0rd!23, my son set it"); a weak value the learner says
is theirs with no password word ("mine is 123456789"), or calls weak and then their password; a
password spelled with its letters' case said ("capital T, o, m, 1, 9, 5, 2"); common words and a
number after "has spaces:"; words and a number before "is my password"; a Thai phrase after "used
… as the password"; words run together after a colon where a long one was made. Left alone: weak
PINs a lesson joins by "với", "with", "กับ"; a round sum with thousands separators beside a code
word; a phone number read out in words with doubles and hundreds after a phone's lead; an order's
or a parcel's reference with letters, while a code is named elsewhere. Each with look-alikes the
other way.
"""

from __future__ import annotations

import pytest

from bot.safety import redact
from tests.bot.redaction_checks import hidden, missed
from tests.bot.redaction_checks import redacted as _redacted

PREFIXED_WORDINGS = {
    "vi": ["Gmail gửi mã {v} để khôi phục tài khoản", "Facebook nhắn {v} cho bà", "{v} là mã của Google"],
    "vi-unmarked": ["gmail gui ma {v} de khoi phuc tai khoan", "facebook nhan {v} cho ba", "ma {v}"],
    "en": ["Google sent {v} to my phone", "{v} is my Facebook code", "it says {v}"],
    "th": ["Google ส่ง {v} มาที่มือถือยาย", "เฟซบุ๊กส่ง {v} มา", "รหัส {v}"],
}
PREFIXED = ["G-482197", "G-573019", "g-4821", "FB-48219", "FB-58210436"]


@pytest.mark.parametrize("lang", list(PREFIXED_WORDINGS))
def test_a_code_with_a_services_letters_is_hidden_letters_and_all(lang: str) -> None:
    assert missed(PREFIXED_WORDINGS[lang], PREFIXED) == []


REFERENCES = {
    "vi": ["mã đơn hàng {r}, mã OTP là 553910", "đơn {r} giao chưa, còn mã OTP 553910 bà chưa nhập"],
    "vi-unmarked": ["ma don hang {r}, ma otp la 553910", "van don {r} va ma otp 553910"],
    "en": ["my order {r} is late and the OTP is 553910", "tracking {r}, the code is 553910"],
    "th": ["พัสดุ {r} ส่งแล้ว รหัส OTP 553910", "ออเดอร์ {r} กับ OTP 553910"],
}
LETTERED_REFERENCES = ["DH-482197", "SPX-482197", "GHN-48219", "AB-5830271", "KX-482197"]


@pytest.mark.parametrize("lang", list(REFERENCES))
def test_an_orders_lettered_reference_stays_while_the_code_beside_it_is_hidden(lang: str) -> None:
    for wording in REFERENCES[lang]:
        for reference in LETTERED_REFERENCES:
            text = wording.format(r=reference)
            assert hidden(text, "553910"), text
            digits = reference.split("-")[1]
            assert not any(digits in text[f.start : f.end] for f in redact(text)[1]), text


@pytest.mark.parametrize(
    "text",
    ["mã OTP: AB-482913", "OTP-553012", "TT-482913 is your TikTok code", "the OTP is DH-482913"],
)
def test_a_code_word_before_or_as_the_letters_still_names_the_digits(text: str) -> None:
    assert hidden(text, text[text.index("-") + 1 :].split()[0])


GAVE_ME = [
    "WhatsApp gave me {v} to set up on the new phone",
    "Zalo gave me {v} to log in on the new phone",
    "Telegram gave me {v} to log in",
    "LINE gives me {v} every time I use a new phone",
]


def test_a_code_an_app_gave_me_in_a_codes_story_is_hidden() -> None:
    assert missed(GAVE_ME, ["8264", "40713", "582019"]) == []


def test_things_someone_gave_me_are_no_code() -> None:
    texts = ["the shop gave me 1500 change", "the doctor gave me 2 pills", "my son gave me 3 apples"]
    assert _redacted([*texts, "the shop gave me 1500 change for my new phone"]) == []


NOUGHT = {
    "nought four seven, five five one is what it says": "nought four seven, five five one",
    "the code is nought nought four seven five one": "nought nought four seven five one",
    "my PIN is nine nought nought two": "nine nought nought two",
    "the OTP is naught six two, nine one four": "naught six two, nine one four",
}


@pytest.mark.parametrize("text", list(NOUGHT))
def test_nought_read_out_is_a_zero(text: str) -> None:
    assert hidden(text, NOUGHT[text])


def test_nought_in_other_talk_stays() -> None:
    assert _redacted(["it was all for naught, two days wasted", "the score was nought to one"]) == []


SIGNED_WORDINGS = {
    "vi": ["cái của bà giờ là {v} nha", "con trai đặt {v} cho bà", "bà gõ {v} mà không vào được"],
    "vi-unmarked": ["cai cua ba gio la {v} nha", "ba dat {v} roi", "con go {v} giup ba"],
    "en": ["it's {v}, my son set it", "so mine is now {v}", "my son typed {v} for me"],
    "th": ["ของยายตอนนี้คือ {v}", "หลานตั้ง {v} ให้ยาย", "ยายพิมพ์ {v} แล้วเข้าไม่ได้"],
}
SIGNED = ["P@$$w0rd!23", "Lilac&Rain1950", "Hoa#Mai1950", "rose*garden77", "Sen~Sua58", "M@i1958"]


@pytest.mark.parametrize("lang", list(SIGNED_WORDINGS))
def test_a_password_built_with_a_sign_is_hidden_with_no_password_word(lang: str) -> None:
    assert missed(SIGNED_WORDINGS[lang], SIGNED) == []


def test_addresses_hashtags_and_handles_with_signs_stay() -> None:
    texts = [
        "email me at lan.nguyen61@gmail.com",
        "#Tet2024 vui quá",
        "@minh1990 ơi",
        "vào shop.vn/item?id=55&ref=x9 nhé",
        "AT&T bill 2024",
        "COVID-19 dose 3",
    ]
    assert _redacted(texts) == []


def test_a_signed_word_a_class_or_meeting_code_names_stays() -> None:
    assert _redacted(["Meeting code Book&Tea12, the password isn't needed", "Zoom ID Lop@Toan5"]) == []


OWN_WEAK = {
    "en": ["mine is {v}, I've used it for years, is that bad?", "mine's {v}, is that ok?", "mine is now {v}"],
    "vi": ["của bà là {v} đó con", "cái của ông vẫn là {v}"],
    "vi-unmarked": ["cua ba la {v} do con", "cai cua ong van la {v}"],
    "th": ["ของยายคือ {v} นะ", "ของตาเป็น {v}"],
}
WEAK = ["123456789", "123456", "111111", "qwerty", "password1", "1234"]


@pytest.mark.parametrize("lang", list(OWN_WEAK))
def test_a_weak_value_the_learner_says_is_theirs_is_hidden(lang: str) -> None:
    assert missed(OWN_WEAK[lang], WEAK) == []


def test_what_is_mine_but_no_weak_value_stays() -> None:
    texts = [
        "my husband was born in 1948, mine is 1952",
        "mine is 2580 baht on my debit card",
        "mine is 0912345678",
        "mine is the blue one",
        "people use 123456 a lot",
    ]
    assert _redacted(texts) == []


CALLED_WEAK_THEN_OWNED = {
    "vi": ["Bà biết {v} là yếu nhưng đó là mật khẩu Facebook của bà, có sao không"],
    "vi-unmarked": ["ba biet {v} la yeu nhung do la mat khau facebook cua ba"],
    "en": ["I know {v} is weak but it's my bank password"],
    "th": ["ยายรู้ว่า {v} ง่ายไปแต่เป็นรหัสผ่านของยาย"],
}


@pytest.mark.parametrize("lang", list(CALLED_WEAK_THEN_OWNED))
def test_a_weak_value_called_weak_and_then_ones_password_is_hidden(lang: str) -> None:
    assert missed(CALLED_WEAK_THEN_OWNED[lang], ["123456789", "12345678", "qwerty"]) == []


WEAK_BESIDE_OWN = [
    "Bà biết để 123456789 là dễ đoán nhưng mã PIN ví MoMo của bà đúng là 4829 đó",
    "ba biet 123456789 la de doan nhung mat khau cua ba la Sen4829",
    "I know 123456789 is weak but my bank PIN is 4829",
    "ยายรู้ว่า 123456789 ง่ายไปแต่รหัสผ่านของยายคือ Mali4829",
]


@pytest.mark.parametrize("text", WEAK_BESIDE_OWN)
def test_a_weak_value_called_weak_beside_ones_own_other_value_stays(text: str) -> None:
    own = next(word for word in text.split() if "4829" in word)
    assert hidden(text, own) and not hidden(text, "123456789")


def test_a_weak_value_called_weak_and_used_by_others_stays() -> None:
    texts = [
        "123456789 là yếu nhưng nhiều người vẫn đặt làm mật khẩu",
        "123456789 la yeu nhung nhieu nguoi van dat lam mat khau",
        "123456789 is weak but people still use it as their password",
        "123456789 ง่ายไปแต่หลายคนยังใช้เป็นรหัสผ่าน",
    ]
    assert _redacted(texts) == []


SPELLED_WITH_CASE = {
    "password is capital T, o, m, 1, 9, 5, 2": "capital T, o, m, 1, 9, 5, 2",
    "my password: T, o, capital M, 1, 9": "T, o, capital M, 1, 9",
    "password is Capital T o m 1 9 5 2": "Capital T o m 1 9 5 2",
    "mật khẩu là chữ hoa H, o, a, 1, 9, 6, 0": "chữ hoa H, o, a, 1, 9, 6, 0",
    "mat khau la chu hoa H, o, a, 1, 9, 6, 0": "chu hoa H, o, a, 1, 9, 6, 0",
    "รหัสผ่านคือ ตัวใหญ่ T, o, m, 1, 9": "ตัวใหญ่ T, o, m, 1, 9",
}


@pytest.mark.parametrize("text", list(SPELLED_WITH_CASE))
def test_a_password_spelled_with_its_letters_case_is_hidden_case_words_and_all(text: str) -> None:
    assert hidden(text, SPELLED_WITH_CASE[text])


def test_a_password_rule_naming_cases_stays() -> None:
    texts = ["the password needs a capital letter, a number and a sign", "mat khau can chu hoa, so va ky tu"]
    assert _redacted(texts) == []


HAS_SPACES = {
    "mk cua ba co dau cach: {v}": ["ba yeu chau 2024", "hoa mai vang 99"],
    "mật khẩu của bà có dấu cách: {v}": ["bà yêu cháu 2024", "con mèo đen 5"],
    "my password has spaces: {v}": ["i love you 2024", "blue sky over hanoi 61"],
    "รหัสผ่านของยายมีเว้นวรรค: {v}": ["ยาย รัก หลาน 2024"],
}


@pytest.mark.parametrize("wording", list(HAS_SPACES))
def test_common_words_and_a_number_after_has_spaces_and_a_colon_are_the_password(wording: str) -> None:
    assert missed([wording], HAS_SPACES[wording]) == []


def test_has_spaces_then_a_question_stays() -> None:
    assert _redacted(["my password has spaces: is that ok", "mk co dau cach: co duoc khong"]) == []


NAMED_AFTER = {
    "{v} คือรหัสผ่านของยาย": ["ดอกมะลิ ขาว 99", "บ้าน สวน ลุง 2511"],
    "{v} là mật khẩu của bà": ["hoa mai vàng 99", "con mèo đen 5"],
    "{v} la mat khau cua ba": ["hoa mai vang 99", "con meo den 5"],
    "{v} is my password": ["blue sky 99", "red rose garden 1950"],
    "con ơi, {v} là mật khẩu Zalo của bà": ["hoa mai vàng 99"],
}


@pytest.mark.parametrize("wording", list(NAMED_AFTER))
def test_words_and_a_number_before_is_my_password_are_the_password(wording: str) -> None:
    assert missed([wording], NAMED_AFTER[wording]) == []


def test_a_lessons_or_a_steps_number_before_the_password_word_stays() -> None:
    texts = [
        "bài học số 5 là mật khẩu của bà đó",
        "lesson 5 is my password lesson",
        "บทที่ 5 คือรหัสผ่านของยาย",
        "chapter 12 is my password homework",
    ]
    assert _redacted(texts) == []


PASSPHRASES = {
    "ตาใช้ประโยคยาวเป็นรหัส ช้างเผือกกินกล้วยสามหวี ลูกว่าดีไหม": "ช้างเผือกกินกล้วยสามหวี",
    "ยายเอาชื่อหลานเป็นรหัสผ่าน น้องมะลิน่ารัก": "น้องมะลิน่ารัก",
    "I made a long one like the teacher said: correctpurplehorsegarden": "correctpurplehorsegarden",
    "I chose a long passphrase: sunnyapplegardenlane": "sunnyapplegardenlane",
    "bà đặt câu dài: conmeodentrenmaiha": "conmeodentrenmaiha",
    "ba dat cau dai la conmeodentrenmaiha": "conmeodentrenmaiha",
}


@pytest.mark.parametrize("text", list(PASSPHRASES))
def test_a_passphrase_given_after_how_it_was_made_is_hidden(text: str) -> None:
    assert hidden(text, PASSPHRASES[text])


def test_talk_of_long_ones_and_joined_words_elsewhere_stays() -> None:
    texts = [
        "ใช้วันเกิดเป็นรหัส ไม่ดีนะ",
        "ครูบอกว่าใช้ประโยคยาวเป็นรหัส ดีกว่า",
        "I made a cake: chocolatebananabread",
        "the teacher said a long one is better: nothing else matters",
    ]
    assert _redacted(texts) == []


JOINED_ADVICE = {
    "vi": ["cô giáo bảo đừng đặt PIN {a} với {b} nha bà", "đừng dùng mã PIN {a} với {b}"],
    "vi-unmarked": ["co giao bao dung dat pin {a} voi {b} nha ba", "khong nen dat mat khau {a} voi {b}"],
    "en": ["never use {a} with {b} as your PIN", "don't pick {a} along with {b}"],
    "th": ["อย่าตั้งรหัส {a} กับ {b} นะ", "ครูบอกอย่าใช้ {a} กับ {b} เป็นรหัส"],
}
WEAK_PAIRS = [("1234", "0000"), ("1111", "123456"), ("0000", "2580")]


@pytest.mark.parametrize("lang", list(JOINED_ADVICE))
def test_weak_values_advice_joins_by_with_are_left_alone(lang: str) -> None:
    texts = [t.format(a=a, b=b) for t in JOINED_ADVICE[lang] for a, b in WEAK_PAIRS]
    assert _redacted(texts) == []


OWN_JOINED = {
    "ma pin cua ba la 4821 voi 0000": ["4821", "0000"],
    "pin của bà là 1234 với thẻ kia là 0000": ["1234", "0000"],
    "my PIN is 1234 with 0000 for the other card": ["1234", "0000"],
    "pin ของยายคือ 1234 กับ 0000": ["1234", "0000"],
}


@pytest.mark.parametrize("text", list(OWN_JOINED))
def test_ones_own_values_joined_by_with_are_hidden(text: str) -> None:
    assert all(hidden(text, value) for value in OWN_JOINED[text])


LOST_SUMS = [
    "เพื่อนยายโดนหลอกเอาเงินไป {s} เพราะบอก OTP",
    "bạn bà bị lừa mất {s} vì đọc mã OTP",
    "ban ba bi lua mat {s} vi doc ma otp",
    "my friend lost {s} because she gave the OTP",
    "she was tricked out of {s} after sharing the OTP",
]


def test_a_round_sum_with_separators_beside_a_code_word_stays() -> None:
    sums = ["50,000", "120,000", "50.000", "250.000"]
    assert _redacted([t.format(s=s) for t in LOST_SUMS for s in sums]) == []


GIVEN_SUMS = {"50,000 là mã OTP của bà": "50,000", "the OTP is 120,000": "120,000", "otp: 630,584": "630,584"}


@pytest.mark.parametrize("text", list(GIVEN_SUMS))
def test_digits_with_separators_given_as_the_code_are_hidden(text: str) -> None:
    assert hidden(text, GIVEN_SUMS[text])


PHONES_READ_OUT = [
    "call me on oh seven seven double oh, nine hundred, one two three",
    "ring me at oh seven nine double one, four hundred, five six seven",
    "my mobile is oh seven seven double oh, nine hundred, one two three",
    "số điện thoại của bà là không chín tám tám, hai trăm, ba bốn năm",
    "sdt cua ba la khong chin tam tam, hai tram, ba bon nam",
    "เบอร์ยายคือ ศูนย์แปดหนึ่ง สองร้อย สามสี่ห้าหก",
]


def test_a_phone_read_out_in_words_after_its_lead_stays() -> None:
    assert _redacted(PHONES_READ_OUT) == []


CODES_READ_OUT = {
    "the OTP is oh seven seven double oh nine": "oh seven seven double oh nine",
    "the code sent to my number is four eight two nine one three": "four eight two nine one three",
    "รหัส OTP ที่ส่งมาเบอร์ยายคือ หกสองเก้า สี่หนึ่งแปด": "หกสองเก้า สี่หนึ่งแปด",
    "oh six oh nine two five": "oh six oh nine two five",
}


@pytest.mark.parametrize("text", list(CODES_READ_OUT))
def test_a_code_read_out_after_a_code_word_or_alone_is_hidden(text: str) -> None:
    assert hidden(text, CODES_READ_OUT[text])
