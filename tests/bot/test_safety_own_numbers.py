"""The guard's classes of the thirtieth round, each written out in every language and form.

Hidden: a number of one's own life (a house's number, a wedding's date, a birth year in Thai) said
to be used as a PIN or a password; a Thai ID an ID word names, its check digit mistyped, on one line
or over two; an ID named after "with" ("registered with ID …"); a password of Thai letters typed onto
Latin ones; words run together with capitals as a long password; a CVV by "back of card" and an OTP
said in words that go on with "and then", "rồi", "แล้วก็". Left alone: the same numbers named as an
address or in advice; a prescription's number; a pair or a triple repeated ("1212", "123123"), weak as
"1234" is; a weak value called weak after it (not asked about), or given as an example later in the
sentence or of what people do; a password's length in words.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import missed as _missed
from tests.bot.redaction_checks import redacted as _redacted

HOUSE_NUMBERS = ["2716", "58"]
USED_AS_PIN = {
    "vi": [
        "bà lấy số nhà {v} làm mã pin thẻ",
        "ông dùng số nhà {v} làm mật khẩu",
        "mã pin là số nhà {v}",
        "mã PIN của tôi là số nhà {v}",
    ],
    "vi-unmarked": [
        "ba lay so nha {v} lam ma pin the",
        "ma pin la so nha {v}",
        "mat khau cua ba la so nha {v}",
    ],
    "th": [
        "ตาเอาบ้านเลขที่ {v} มาตั้งเป็นรหัสบัตร",
        "ยายใช้บ้านเลขที่ {v} เป็นรหัส ATM",
        "รหัส ATM ของยายคือบ้านเลขที่ {v}",
    ],
    "en": [
        "I use my house number {v} as my card PIN",
        "my PIN is my house number {v}",
        "I used our house number {v} for my PIN",
        "my PIN is my street number {v}",
    ],
}
HOUSE_NOT_USED = {
    "vi": [
        "số nhà tôi {v}, đường Lê Lợi",
        "đừng lấy số nhà {v} làm mã PIN",
        "nhà tôi số nhà {v}, mã pin hỏi ai",
    ],
    "vi-unmarked": ["so nha toi {v} duong le loi", "dung lay so nha {v} lam ma pin"],
    "th": ["บ้านเลขที่ {v} ถนนสุขุมวิท", "อย่าใช้บ้านเลขที่ {v} เป็นรหัส ATM", "อย่าเอาบ้านเลขที่ {v} มาตั้งเป็นรหัสบัตร"],
    "en": ["my house number is {v} on Elm Street", "never use your house number {v} as your PIN"],
}


@pytest.mark.parametrize("lang", list(USED_AS_PIN))
def test_a_house_number_used_as_a_pin_is_hidden(lang: str) -> None:
    assert _missed(USED_AS_PIN[lang], HOUSE_NUMBERS[:1]) == []


@pytest.mark.parametrize("lang", list(HOUSE_NOT_USED))
def test_a_house_number_as_an_address_or_in_advice_is_left_alone(lang: str) -> None:
    assert _redacted([w.format(v=v) for w in HOUSE_NOT_USED[lang] for v in HOUSE_NUMBERS]) == []


def test_a_birth_year_or_a_wedding_date_as_ones_own_is_hidden() -> None:
    wordings = [
        "รหัส PIN ของแม่ใช้ปีเกิด {v} จำง่ายดี เป็นไรไหมลูก",
        "รหัส ATM ของยายคือปีเกิด {v}",
        "mật khẩu là ngày cưới {v}",
        "my PIN is our wedding date {v}",
    ]
    assert _missed(wordings, ["2503", "120575"]) == []
    assert _redacted(["ngày cưới 12/05/1975 của ông bà", "our wedding date was 12/05/1975"]) == []


THAI_IDS = ["3-2001-00837-19-5", "3200100837195", "3 2001 00837 19 5"]  # the check digit mistyped
ID_WORDINGS = {
    "vi": ["số CCCD {v}", "căn cước công dân của tôi là {v}"],
    "vi-unmarked": ["so cccd {v}", "can cuoc cua toi {v}"],
    "th": ["เลขบัตรประชาชน {v}", "เลขบัตรประชาชน\n{v}", "บัตรประชาชนยายเลข {v}"],
    "en": ["my ID card {v}", "registered with ID {v} and password Somchai@2499", "signed up using ID {v}"],
}


@pytest.mark.parametrize("lang", list(ID_WORDINGS))
def test_a_thai_id_an_id_word_names_is_hidden_though_its_check_fails(lang: str) -> None:
    assert _missed(ID_WORDINGS[lang], THAI_IDS) == []


def test_a_thai_id_split_over_lines_is_hidden_whole() -> None:
    for text, secret in [
        ("เลขบัตรประชาชน\n3-2001-\n00837-19-5", "3-2001-\n00837-19-5"),
        ("ID card\n3 2001\n00837 19 5", "3 2001\n00837 19 5"),
        ("so cccd\n3-2001-\n00837-19-5", "3-2001-\n00837-19-5"),
    ]:
        assert _missed([text.replace(secret, "{v}")], [secret]) == []


def test_thirteen_digits_no_id_word_names_and_a_meeting_id_are_left_alone() -> None:
    assert (
        _redacted(["order 3200100837195 shipped", "Join with ID 712 409 3365", "log in with id 84912345"])
        == []
    )


def test_a_password_of_thai_letters_typed_onto_latin_is_hidden_whole() -> None:
    wordings = [
        "my Thai friend made my password {v} can you type that",
        "รหัสผ่าน {v}",
        "mật khẩu của tôi là {v}",
        "password {v}",
    ]
    assert _missed(wordings, ["สวัสดีJohn58", "รักหลานJohn58", "สวัสดี58John"]) == []


def test_a_thai_word_leading_to_a_glued_password_stays_visible() -> None:
    from bot.safety import redact

    for text in ["รหัสผ่านคือJohn58", "รหัสผ่านJohn58"]:
        assert redact(text)[0].startswith("รหัสผ่าน")


JOINED = ["CorrectHorseGardenShed", "MaewDamNonBonLangka", "ConMeoDenNamTrenMai", "CorrectHorseGardenShed7!"]
JOINED_SET = {
    "vi": ["cháu bảo đặt dài nên bà đặt là {v}", "mat khau moi la {v}"],
    "th": ["หลานบอกให้ตั้งยาวๆ ตาเลยตั้งว่า {v}", "ยายเลือก {v}"],
    "en": ["My grandson said use a long sentence so I chose {v}", "I set it to {v}", "I love {v}"],
}


@pytest.mark.parametrize("lang", list(JOINED_SET))
def test_words_run_together_with_capitals_are_a_password(lang: str) -> None:
    assert _missed(JOINED_SET[lang], JOINED) == []


def test_capitalised_words_run_together_as_a_name_tag_or_address_are_left_alone() -> None:
    texts = [
        "I watched GameOfThrones yesterday",
        "use #SaveTheDate on facebook",
        "go to www.HoaMaiShop.vn",
        "set it as CorrectHorse",
        "ông thích xem PhimHay trên mạng",
    ]
    assert _redacted(texts) == []


def test_a_cvv_by_the_back_of_the_card_is_hidden() -> None:
    wordings = [
        "back of card says {v}",
        "the back of my card shows {v}",
        "on the back of my card it says {v}",
        "mặt sau thẻ ghi {v}",
        "mat sau the ghi {v}",
    ]
    assert _missed(wordings, ["nine five two", "952"]) == []
    assert _missed(["หลังบัตรเขียน {v}"], ["เก้า ห้า สอง", "952"]) == []


SAID_ON = {
    "vi": ["mã otp là {v}"],
    "vi-unmarked": ["ma otp la {v}"],
    "en": ["The code is {v}"],
}
SAID_ON_VALUES = {
    "vi": [
        "hai không chín rồi bốn bốn một",
        "chín một, rồi ba ba, rồi bảy hai",
        "hai không chín tiếp theo bốn bốn một",
    ],
    "vi-unmarked": ["hai khong chin roi bon bon mot", "chin mot, roi ba ba, roi bay hai"],
    "en": [
        "two, zero, nine, and then four, four, one",
        "two zero nine then four four one",
        "nine one and three three",
    ],
}


@pytest.mark.parametrize("lang", list(SAID_ON))
def test_an_otp_said_in_words_that_go_on_is_hidden(lang: str) -> None:
    assert _missed(SAID_ON[lang], SAID_ON_VALUES[lang]) == []


def test_a_thai_otp_said_in_words_that_go_on_is_hidden() -> None:
    assert _missed(["รหัส OTP {v}"], ["สอง ศูนย์ เก้า แล้วก็ สี่ สี่ หนึ่ง", "สองศูนย์เก้าต่อด้วยสี่สี่หนึ่ง"]) == []


def test_counting_that_goes_on_is_left_alone() -> None:
    texts = [
        "I counted one, two, three and then four, five, six sheep",
        "I have two and four grandchildren, one and three years old",
    ]
    assert _redacted(texts) == []


def test_a_prescriptions_number_is_left_alone_and_a_code_beside_it_hidden() -> None:
    texts = [
        "Thuốc huyết áp uống 5mg sáng 1 viên, tối nửa viên, đơn thuốc mã 24-113",
        "don thuoc ma 24-113 uong sau an",
        "toa thuốc số 7781",
        "prescription number 24-113 at the pharmacy",
        "ใบสั่งยาเลขที่ 24-113",
    ]
    assert _redacted(texts) == []
    assert _missed(["don thuoc ma 24-113 con ma otp {v}"], ["482913"]) == []


WEAK_LISTS = {
    "vi": [
        "bài học hôm nay nói pin như 0000, 1234, {v} rất dễ bị đoán",
        "bài học nói pin như {v} hay 0000 rất dễ bị đoán",
    ],
    "vi-unmarked": ["bai hoc hom nay noi pin nhu 0000, 1234, {v} rat de bi doan"],
    "th": ["บทเรียนบอกว่ารหัสแบบ 0000 หรือ {v} เดาง่าย"],
    "en": ["the lesson says PINs like 1111 or {v} are easy to guess"],
}


@pytest.mark.parametrize("lang", list(WEAK_LISTS))
def test_a_repeated_pair_or_triple_is_as_weak_as_1234(lang: str) -> None:
    assert _redacted([w.format(v=v) for w in WEAK_LISTS[lang] for v in ["1212", "6969", "123123"]]) == []


def test_an_unusual_value_beside_weak_ones_in_advice_is_still_hidden() -> None:
    assert _missed(["never use {v} or 0000 as your PIN", "đừng đặt PIN {v} hay 1234"], ["5903", "5831"]) == []


def test_a_repeated_pair_that_is_ones_own_is_hidden() -> None:
    assert _missed(["my PIN is {v}", "mã PIN của tôi là {v}", "พินของยายคือ {v}"], ["1212", "6969"]) == []


def test_a_value_given_as_an_example_of_what_people_do_is_left_alone() -> None:
    texts = [
        "Người ta bảo lấy năm sinh làm PIN là dở lắm, ví dụ sinh 1955 thì đặt 1955 là dễ bị đoán",
        "nguoi ta bao lay nam sinh lam pin la do lam, vi du sinh 1955 thi dat 1955 la de bi doan",
        "for example people pick 1955 because it is easy to guess",
    ]
    assert _redacted(texts) == []
    assert _missed(["ví dụ mã PIN của tôi là {v}, dễ bị đoán không"], ["1955"]) == []


def test_an_example_word_after_the_value_in_advice_is_read() -> None:
    texts = [
        "please don't use 1955 as your PIN, for example",
        "đừng đặt 1955 làm mã PIN chẳng hạn",
        "dung dat 1955 lam ma pin chang han",
        "อย่าใช้ 2498 เป็นรหัส เป็นต้น",
    ]
    assert _redacted(texts) == []
    assert _missed(["my PIN is {v}, for example"], ["1955"]) == []


def test_a_weak_value_called_weak_after_it_with_no_owner_is_left_alone() -> None:
    texts = [
        "the password is one two three four, that's weak",
        "the password is 1234, that's weak",
        "mật khẩu là 123456 thì yếu quá",
        "the pin is 0000, too easy to guess",
    ]
    assert _redacted(texts) == []
    assert _missed(["my password is {v}, that's weak"], ["1234", "4829"]) == []
    assert (
        _missed(["pin {v} co de doan khong", "the pin is {v}, is that weak?", "พิน {v} เดาง่ายไหม"], ["1234"])
        == []
    )
    assert _missed(["the password is {v}, that's weak"], ["4829"]) == []


def test_a_passwords_length_in_words_is_left_alone() -> None:
    texts = [
        "mat khau la tam chin chu so",
        "mật khẩu là tám chín chữ số",
        "mat khau la sau ky tu",
        "my password is eight characters with one number",
        "my password is twelve letters long",
    ]
    assert _redacted(texts) == []
    assert (
        _missed(["mat khau la {v}", "my password is {v}"], ["hoa lan mot chin nam tam", "tiger seven seven"])
        == []
    )
