"""The guard's classes of the twenty-seventh round, each written out in every language and form.

Slips in typing a code (a word glued to digits typed apart, the letter o among them, pairs said in
tens mixed with single digits), a year of birth used as a PIN, a password typed again with a
space, a card read in groups with slashes or bars, a SIM's PUK, a CVV named after it by "the code
on the back", passwords noted for two services in one line and a passphrase quoted after the verb
that set it are hidden. A lottery ticket before "mà" (but), a weak PIN of repeated digits named in
advice and money handed over stay. Each class has look-alikes that stay.
"""

from __future__ import annotations

import pytest

from bot.safety import redact
from tests.bot.redaction_checks import hidden as _hidden
from tests.bot.redaction_checks import missed as _missed
from tests.bot.redaction_checks import redacted as _redacted

# Digits typed apart with a word glued to the last one, in groups of one, two or three.
APART_VALUES = ["9 1 4 3 0 6", "4 8 2 9", "91 43 06", "9 14 306", "7 0 5 2 8 1 3"]
APART_WORDINGS = {
    "vi": ["mã otp {v}là đúng không ạ", "Mã xác thực là {v}nhé cháu", "mã OTP: {v}bà nhập chưa được"],
    "vi-unmarked": ["ma otp {v}la dung ko a", "ma xac nhan {v}nha chau", "otp {v}ba nhap roi"],
    "th": ["รหัส OTP {v}ใช่ไหม", "รหัสยืนยัน {v}ค่ะ", "โค้ด {v}ยายกดแล้ว"],
    "en": ["the code is {v}ok?", "my OTP {v}is it right", "verification code: {v}thanks"],
}


@pytest.mark.parametrize("lang", list(APART_WORDINGS))
def test_digits_typed_apart_with_a_word_glued_on_are_hidden(lang: str) -> None:
    assert _missed(APART_WORDINGS[lang], APART_VALUES) == []


# The letter o alone among digits typed one by one, upper or lower case, in any place but the ends.
OH_VALUES = ["6 7 2 o 4 1", "4 8 o 2 9", "6 7 2 O 4 1", "5 o 3 8 1 9", "1 2 3 4 o 6", "8 o o 2 7 1"]
OH_WORDINGS = {
    "vi": ["mã otp là {v} (chữ o là số không đó cháu)", "Mã xác nhận: {v} bà gõ đúng chưa"],
    "vi-unmarked": ["ma otp la {v} (chu o la so khong do chau)", "ma {v} nhap vao dau"],
    "th": ["รหัส OTP {v} ค่ะ", "รหัสยืนยันคือ {v}"],
    "en": ["the code is {v}, the o is a zero", "my OTP: {v}"],
}


@pytest.mark.parametrize("lang", list(OH_WORDINGS))
def test_the_letter_o_among_digits_typed_apart_is_read_as_a_zero(lang: str) -> None:
    assert _missed(OH_WORDINGS[lang], OH_VALUES) == []


def test_an_o_among_small_numbers_in_words_stays() -> None:
    texts = ["rua 2 o 3 lan", "o 2 o 3", "ba o 2 nam o 3 thang", "toi co 2 o 3 cai", "tầng 2 o 3 phòng"]
    assert _redacted(texts) == []


# Pairs said in tens mixed with single digits, with commas or without, in every language.
MIXED_READ_OUTS = {
    "vi": ["sáu tám mươi mốt, không ba chín", "sáu, tám mươi mốt, không ba, chín", "bảy hai mươi lăm, ba"],
    "vi-unmarked": ["sau tam muoi mot, khong ba chin", "bay hai muoi lam ba", "chin, bon muoi hai, mot"],
    "th": ["หก แปดสิบเอ็ด ศูนย์สาม เก้า", "หกแปดสิบเอ็ดศูนย์สามเก้า", "เจ็ด ยี่สิบห้า สาม"],
    "en": ["six eighty-one oh three nine", "six, eighty one, zero, three, nine", "seven twenty-five three"],
}
MIXED_WORDINGS = {
    "vi": ["ơ mã nó là {v} à", "Mã OTP: {v}"],
    "vi-unmarked": ["o ma no la {v} a", "ma otp {v}"],
    "th": ["รหัสคือ {v} ค่ะ", "โค้ด {v}"],
    "en": ["the code is {v}", "my OTP: {v}"],
}


@pytest.mark.parametrize("lang", list(MIXED_WORDINGS))
def test_pairs_in_tens_mixed_with_single_digits_are_hidden(lang: str) -> None:
    assert _missed(MIXED_WORDINGS[lang], MIXED_READ_OUTS[lang]) == []


@pytest.mark.parametrize(
    "text",
    [
        "bà năm nay sáu mươi lăm tuổi, ba năm trước bà mới học",
        "ông sáu mươi lăm tuổi, ba năm trước ông nghỉ hưu",
        "my grandson is six, my wife is seventy-two and I am seventy five",
        "ยายอายุ เจ็ดสิบห้า ปี",
    ],
)
def test_ages_in_tens_and_single_numbers_stay(text: str) -> None:
    assert redact(text)[1] == []


# A year or a date of birth used as a PIN or a password: the secret's word first, who set it between,
# or the year first and what it was used as after.
BIRTH_VALUES = ["1954", "1948", "12/03/1950"]
BIRTH_WORDINGS = {
    "vi": [
        "PIN ông đặt là năm sinh {v} cho dễ nhớ, có sao không cháu",
        "lấy năm sinh {v} làm mã PIN",
        "ngày sinh {v} bà dùng làm mật khẩu",
        "năm sinh {v}, ông dùng nó làm mã PIN",
    ],
    "vi-unmarked": [
        "pin ong dat la nam sinh {v} cho de nho",
        "lay nam sinh {v} lam ma pin",
        "nam sinh {v} ba dung lam mat khau",
    ],
    "th": ["ใช้ปีเกิด {v} เป็นรหัส ATM", "ยายตั้งรหัส ATM เป็นปีเกิด {v}"],
    "en": [
        "I used my birth year {v} as my PIN, is that safe?",
        "birth year {v}, I use it as my PIN",
        "my PIN is my birth year {v}",
    ],
}


@pytest.mark.parametrize("lang", list(BIRTH_WORDINGS))
def test_a_year_of_birth_used_as_a_pin_or_password_is_hidden(lang: str) -> None:
    values = BIRTH_VALUES if lang != "th" else ["2491", "2497"]
    assert _missed(BIRTH_WORDINGS[lang], values) == []


@pytest.mark.parametrize(
    "text",
    [
        "dung lay nam sinh 1955 lam mat khau nha ong, ke gian doan ra lien",
        "đừng lấy năm sinh 1955 làm mật khẩu nhé",
        "never use your birth year 1950 as a PIN",
        "อย่าใช้ปีเกิด 2491 เป็นรหัส",
        "ไม่ควรใช้วันเกิด 12/03/2490 เป็นรหัสผ่าน",
        "đừng dùng năm sinh 1955 làm mã PIN",
        "don't use the birth year 1950 as your password",
        "năm sinh 1954, PIN thì bà quên rồi",
        "my birth year 1948 is on the form, the PIN is separate",
        "I was born in 1948 and my PIN is secret",
    ],
)
def test_a_year_of_birth_in_advice_or_beside_a_pin_stays(text: str) -> None:
    assert redact(text)[1] == []


# A password typed again with a space between its letters and its digits, in any case.
@pytest.mark.parametrize(
    ("text", "retyped"),
    [
        ("mat khau: sontung88 , o nhap lai ba go sontung 88 . sao no bao ko khop", "sontung 88"),
        ("Mật khẩu: sontung88, ô nhập lại bà gõ Sontung 88 sao không khớp", "Sontung 88"),
        ("my password is Hoa1960 but I typed hoa 1960 by mistake", "hoa 1960"),
        ("รหัสผ่าน somchai2499 ยายพิมพ์ somchai 2499 ไม่ได้", "somchai 2499"),
    ],
)
def test_a_password_typed_again_with_a_space_is_hidden(text: str, retyped: str) -> None:
    assert _hidden(text, retyped)


def test_a_name_and_a_number_like_a_password_with_no_password_stay() -> None:
    assert _redacted(["sontung 88 la ca si nao vay", "Hoa 1960 is my aunt's name and year"]) == []


# A card read in groups set apart by slashes or bars, spaced or not, named before or after.
CARD_GROUPED = ["4762 / 8528 / 3161 / 8461", "4762 /8528/ 3161 / 8461", "4762 | 8528 | 3161 | 8461"]
CARD_WORDINGS = {
    "vi": ["số thẻ ông đọc từng cụm nhé: {v}, cháu ghi lại giúp", "{v} là số thẻ của bà"],
    "vi-unmarked": ["so the ong doc tung cum nhe: {v}, chau ghi lai giup", "{v} la so the"],
    "th": ["เลขบัตร {v} ค่ะ", "บัตรเครดิตยาย {v}"],
    "en": ["card number {v}", "my card is {v}, the bank asked for it"],
}


@pytest.mark.parametrize("lang", list(CARD_WORDINGS))
def test_a_card_read_in_groups_with_slashes_or_bars_is_hidden(lang: str) -> None:
    assert _missed(CARD_WORDINGS[lang], CARD_GROUPED) == []


def test_small_numbers_set_apart_by_slashes_stay() -> None:
    assert _redacted(["ty so 2 / 1 / 3", "gia 120 / 140 / 160 nghin", "score 3 / 2 / 1 after 12 / 05"]) == []


# A SIM's PUK, named before or after, in every language.
PUK_VALUES = ["48201736", "83027461", "4820 1736"]
PUK_WORDINGS = {
    "vi": [
        "máy báo khoá SIM, trên cái thẻ nhựa có ghi PUK {v}, bà nhập vào đây được không",
        "mã PUK của ông là {v}",
        "{v} là mã PUK phải không cháu",
    ],
    "vi-unmarked": ["may bao khoa sim, the nhua ghi PUK {v}", "ma puk la {v}", "so PUK: {v}"],
    "th": ["ซิมล็อก ต้องใส่ PUK {v}", "รหัส PUK {v} ค่ะ"],
    "en": ["the SIM is locked, the card it came in says PUK {v}", "PUK code: {v}", "my PUK is {v}"],
}


@pytest.mark.parametrize("lang", list(PUK_WORDINGS))
def test_a_sims_puk_is_hidden(lang: str) -> None:
    assert _missed(PUK_WORDINGS[lang], PUK_VALUES) == []


def test_a_puk_named_with_no_number_stays() -> None:
    assert _redacted(["PUK là gì vậy cháu", "so PUK 8 so", "what is a PUK code?", "รหัส PUK คืออะไร"]) == []


# A CVV named after it by "the code on the back", with marks and without.
CVV_WORDINGS = {
    "vi": ["{v} là mã sau thẻ phải không", "{v} là mã ở mặt sau thẻ", "mã sau thẻ là {v}"],
    "vi-unmarked": ["{v} la ma sau the phai ko con", "{v} la ma o mat sau the", "ma mat sau the {v}"],
    "th": ["{v} คือเลขหลังบัตร", "รหัสหลังบัตร {v}"],
    "en": ["{v} is the code on the back", "the number on the back is {v}"],
}


@pytest.mark.parametrize("lang", list(CVV_WORDINGS))
def test_a_cvv_named_as_the_code_on_the_back_is_hidden(lang: str) -> None:
    assert _missed(CVV_WORDINGS[lang], ["327", "841", "509"]) == []


# Two services or more in one line, each with the password it uses.
SERVICE_LINES = {
    "vi": ["Zalo dùng {a}, Facebook dùng {b}", "zalo: {a}, facebook: {b} con ghi giúp mẹ"],
    "vi-unmarked": ["zalo dung {a}, facebook dung {b}", "zalo la {a} con facebook la {b}"],
    "th": ["ไลน์ใช้ {a} เฟซใช้ {b} ลูกจดไว้ให้แม่ที", "ไลน์ {a} เฟซ {b}"],
    "en": ["Line uses {a}, Facebook uses {b}", "Line: {a}, Facebook: {b}"],
}


@pytest.mark.parametrize("lang", list(SERVICE_LINES))
def test_passwords_for_two_services_in_one_line_are_hidden(lang: str) -> None:
    missed = [
        text
        for wording in SERVICE_LINES[lang]
        for a, b in (("Nit1958line", "Nit1958fb"), ("lan1960zl", "Lan@1960fb"))
        for value in (a, b)
        if not _hidden(text := wording.format(a=a, b=b), value)
    ]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "zalo: 0912345678, facebook: lan.nguyen",
        "gmail: lan1960@gmail.com, zalo 0912 345 678",
        "Zalo và Facebook đều có nhóm lớp, zalo nhóm 12 người, facebook nhóm 30 người",
    ],
)
def test_services_with_numbers_handles_or_one_value_stay(text: str) -> None:
    assert redact(text)[1] == []


# A passphrase in quotes after the verb that set it, with or without a password's word.
QUOTED_PHRASES = {
    "vi": ["Bà đặt mật khẩu là 'hoa sen 1958' nhé", 'Ông đổi thành "con mèo mướp 77" rồi'],
    "vi-unmarked": ["ba dat mat khau la 'hoa sen 1958' nhe", 'ong doi thanh "con meo muop 77" roi'],
    "th": ["ตาตั้งรหัส 'ต้นมะม่วง 77' ไว้ แอปบอกว่าไม่ปลอดภัย", "ยายตั้ง 'บ้านสวน 2510' ไว้"],
    "en": ["I set it to 'my dog Biscuit 2015' with spaces", 'I changed it to "red rose 1947"'],
}


@pytest.mark.parametrize("lang", list(QUOTED_PHRASES))
def test_a_passphrase_quoted_after_the_verb_that_set_it_is_hidden(lang: str) -> None:
    missed = [text for text in QUOTED_PHRASES[lang] if not redact(text)[1]]
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "I set the alarm to '6 30 am'",
        "set the timer to '10 minutes'",
        "set the font to 'Large'",
        "I set it to 'Room 204' for the meeting",
        "bà đặt báo thức '6 giờ 30'",
    ],
)
def test_a_setting_quoted_after_set_stays(text: str) -> None:
    assert redact(text)[1] == []


# A lottery ticket's number before "mà" (but), typed without marks.
@pytest.mark.parametrize(
    "text",
    [
        "ve so ba mua 570438 ma ko trung",
        "ve so 570438 ma ko trung",
        "ba mua ve so 570438 ma chang trung gi",
        "to xo so 118204 ma ong do hoai khong trung",
    ],
)
def test_a_lottery_ticket_before_but_stays(text: str) -> None:
    assert redact(text)[1] == []


def test_a_code_named_by_ma_after_it_outside_a_draw_is_still_hidden() -> None:
    assert _hidden("570438 ma otp cua ba do", "570438")


# A weak value of repeated or counting digits, named in advice as a kind.
REPEATED_ADVICE = [
    "ลูกบอกว่าอย่าตั้งพินเลขซ้ำแบบ {v} ใช่ไหม",
    "อย่าใช้รหัสเลขเรียงแบบ {v}",
    "dung dat pin so lap lai kieu {v}",
    "đừng đặt mã PIN số lặp lại như {v} nhé",
    "don't use repeated digits like {v} as your PIN",
    "never set a PIN of repeated digits like {v}",
]


def test_a_weak_value_named_in_advice_as_a_kind_stays() -> None:
    texts = [wording.format(v=v) for wording in REPEATED_ADVICE for v in ("111111", "0000", "123456")]
    assert _redacted(texts) == []


@pytest.mark.parametrize(
    "text",
    ["พินของยายเป็นเลขซ้ำแบบ 111111", "my PIN is repeated digits 1111", "dung dat pin 482913"],
)
def test_a_weak_value_given_as_ones_own_or_another_value_is_still_hidden(text: str) -> None:
    assert redact(text)[1] != []


# Money handed over, a round sum after "gave him/her".
def test_a_round_sum_handed_over_stays() -> None:
    texts = [
        "Went to the market, 2 kilos of pork at 140 a kilo, eggs 120, veg 65, so 465 in total, "
        "gave her 1000, got 535 back, I think that's right but check for me",
        "my son gave him 2500 and got 300 back",
        "I gave them 500 for the taxi",
    ]
    assert _redacted(texts) == []


def test_a_code_read_out_to_a_caller_is_still_hidden() -> None:
    assert _hidden("I told her 482913 and then she hung up", "482913")
    assert _hidden("I gave her 4821, the code from the SMS", "4821")
