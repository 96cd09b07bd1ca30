"""The guard's classes of the thirty-seventh round, each written out in every language and form.

Hidden: a code typed digit by digit in groups joined by commas ("7 1 9, 4 0 3"); "không" typed
short ("ko", "kh", "hông") inside a code read out; capitalised words, or words in another script,
and a number after a password's word, up to the number ("mật khẩu là Sen Hồng 59 rồi", "password
is Bà Nội 1950 with the accents"); a password in capitals typed and told wrong ("I TYPED
MARGARET1951 AND IT SAYS WRONG"); a password with a sign first and another inside ("it's
$ilver&Gold1"); a CVV read out in digits and words mixed ("7 one 4"). Left alone: a code a lesson's
illustration shows ("ảnh minh họa mã OTP 000000"); weak passwords advice lists in quotes, joined by
"or", "hay", "หรือ" ('never use things like "letmein" or "monkey"'). Each with look-alikes the
other way.
"""

from __future__ import annotations

import pytest

from bot.safety import redact
from tests.bot.redaction_checks import hidden, missed
from tests.bot.redaction_checks import redacted as _redacted

COMMA_WORDINGS = {
    "vi": ["cháu ơi ông đọc mã này: {v}", "mã OTP là {v} nhé", "mã xác nhận {v}"],
    "vi-unmarked": ["chau oi ong doc ma nay: {v}", "ma otp la {v} nhe", "ma xac nhan {v}"],
    "en": ["the code is {v}", "my OTP: {v}", "the verification code they sent is {v}"],
    "th": ["รหัสคือ {v}", "รหัส OTP คือ {v} นะ", "ยายอ่านรหัสให้ฟัง {v}"],
}
COMMA_GROUPS = ["7 1 9, 4 0 3", "7 1 9,4 0 3", "5 8, 2 6, 1 0", "4 8 2, 9 1 3"]


@pytest.mark.parametrize("lang", list(COMMA_WORDINGS))
def test_a_code_typed_digit_by_digit_in_comma_groups_is_hidden(lang: str) -> None:
    assert missed(COMMA_WORDINGS[lang], COMMA_GROUPS) == []


@pytest.mark.parametrize(
    "text",
    [
        "I bought 2 3 4, 5 6 apples",
        "trang 1 2, 3 4 trong sách",
        "room 1 2 3, 4 5 6 of the class",
        "bà có 2 3, 4 5 con gà",
        "ยายซื้อ 2 3 4, 5 6 ลูก",
    ],
)
def test_digits_in_comma_groups_no_code_word_names_stay(text: str) -> None:
    assert _redacted([text]) == []


SHORT_ZERO_WORDINGS = {
    "vi": ["con ơi mã nó gửi là {v}", "mã OTP là {v} nha"],
    "vi-unmarked": ["con oi ma no gui la {v}", "ma otp la {v} nha", "otp {v}"],
}
SHORT_ZEROS = {
    "vi": ["tám hai bảy, ko ba chín năm", "tám hai bảy kh ba chín năm", "sáu hông hai bốn một chín"],
    "vi-unmarked": ["tam hai bay, ko ba chin nam", "tam hai bay kh ba chin nam", "sau hong hai bon mot chin"],
}


@pytest.mark.parametrize("lang", list(SHORT_ZERO_WORDINGS))
def test_zero_typed_short_inside_a_code_read_out_is_hidden(lang: str) -> None:
    assert missed(SHORT_ZERO_WORDINGS[lang], SHORT_ZEROS[lang]) == []


@pytest.mark.parametrize(
    "text",
    ["ba ko biet ma la gi", "so nha ba ko hai", "nam nay ba ko di hai phong", "bà kh biết mã là gì"],
)
def test_not_typed_short_outside_a_code_stays(text: str) -> None:
    assert _redacted([text]) == []


CAPITALISED_WORDINGS = {
    "vi": ["con ơi bà đặt mật khẩu là {v} rồi, có dễ bị lộ không", "mật khẩu của bà là {v}"],
    "vi-unmarked": ["con oi ba dat mat khau la {v} roi, co de bi lo khong", "mat khau cua ba la {v}"],
    "en": ["my password is {v} with the accents", "password is {v}, is that ok", "my password: {v} now"],
    "th": ["รหัสผ่านของยายคือ {v} นะ", "รหัสผ่านคือ {v} ค่ะ"],
}
CAPITALISED = ["Sen Hồng 59", "Bà Nội 1950", "Somchai กขค 99", "Blue Sky 99", "Hoa Mai Vàng 2024"]


@pytest.mark.parametrize("lang", list(CAPITALISED_WORDINGS))
def test_capitalised_words_and_a_number_after_a_password_word_are_hidden(lang: str) -> None:
    assert missed(CAPITALISED_WORDINGS[lang], CAPITALISED) == []


@pytest.mark.parametrize(
    "text",
    [
        "my password is Bà Nội 1950 with the accents",
        "mật khẩu là Sen Hồng 59 rồi",
        "my password is Somchai กขค 99 with Thai letters",
    ],
)
def test_the_talk_after_the_number_stays(text: str) -> None:
    findings = redact(text)[1]
    assert len(findings) == 1 and text[findings[0].end :].strip().split()[0] in {"with", "rồi"}


@pytest.mark.parametrize(
    "text",
    [
        "the password is in Lesson 5",
        "password was Changed On 12 May",
        "mật khẩu là Bài Học 5 nói",
        "password is not working 2 days now",
        "my password is Not Working 2 days",
    ],
)
def test_a_lesson_or_talk_after_a_password_word_stays(text: str) -> None:
    assert _redacted([text]) == []


CAPS_WORDINGS = {
    "vi": ["TÔI GÕ {v} MÀ NÓ BÁO SAI", "bà gõ {v} mà nó báo sai"],
    "vi-unmarked": ["toi go {v} ma no bao sai", "ba nhap {v} ma no bao khong dung"],
    "en": ["I TYPED {v} AND IT SAYS WRONG", "I entered {v} and it said incorrect"],
    "th": ["พิมพ์ {v} แล้วขึ้นว่าผิด", "ยายใส่ {v} แล้วมันบอกว่าผิด"],
}
CAPS = ["MARGARET1951", "HOALAN60", "SOMCHAI2499", "BLUESKY77"]


@pytest.mark.parametrize("lang", list(CAPS_WORDINGS))
def test_a_password_in_capitals_typed_and_told_wrong_is_hidden(lang: str) -> None:
    assert missed(CAPS_WORDINGS[lang], CAPS) == []


@pytest.mark.parametrize(
    "text",
    [
        "I TYPED COVID19 INTO GOOGLE",
        "I TYPED MY NAME MARGARET AND IT SAYS WRONG",
        "I TYPED ROOM 12 AND IT SAYS WRONG",
        "tôi gõ VNEID mà nó báo sai",
        "toi go ZALO ma no bao sai",
        "พิมพ์ LINE แล้วขึ้นว่าผิด",
    ],
)
def test_words_and_names_in_capitals_typed_stay(text: str) -> None:
    assert _redacted([text]) == []


SIGN_LED_WORDINGS = {
    "vi": ["của bà là {v} đó con", "mật khẩu mới là {v}"],
    "vi-unmarked": ["cua ba la {v} do con", "mk moi la {v}"],
    "en": ["it's {v} with the dollar sign", "mine is now {v}"],
    "th": ["ของยายคือ {v} นะ", "รหัสผ่านใหม่ {v}"],
}
SIGN_LED = ["$ilver&Gold1", "!ris@Home5", "$unflower#1950", "*Hoa&Lan60"]


@pytest.mark.parametrize("lang", list(SIGN_LED_WORDINGS))
def test_a_password_led_by_a_sign_with_another_inside_is_hidden(lang: str) -> None:
    assert missed(SIGN_LED_WORDINGS[lang], SIGN_LED) == []


@pytest.mark.parametrize(
    "text",
    [
        "follow #Tet2024 and @minh1990",
        "the hashtag is #Tet&Lunar2024",
        "it costs $100USD",
        "it costs $US100 now",
        "giá $5&6 thôi",
        "I paid $20 for it, $ave20 coupon",
    ],
)
def test_hashtags_handles_and_sums_led_by_a_sign_stay(text: str) -> None:
    assert _redacted([text]) == []


CVV_WORDINGS = {
    "vi": ["mã bảo mật sau thẻ là {v}", "ba số CVV là {v}"],
    "vi-unmarked": ["ma bao mat sau the la {v}", "ma cvv la {v}"],
    "en": ["the little number on the back is {v}", "the security code is {v}", "CVV {v}"],
    "th": ["รหัส CVV คือ {v}", "เลขหลังบัตร CVV {v}"],
}
CVVS = {
    "vi": ["7 một 4", "bảy 1 bốn", "7 1 bốn"],
    "vi-unmarked": ["7 mot 4", "bay 1 bon", "7 1 bon"],
    "en": ["7 one 4", "seven 1 four", "7 1 four"],
    "th": ["7 หนึ่ง 4", "เจ็ด 1 สี่", "7 1 สี่"],
}


@pytest.mark.parametrize("lang", list(CVV_WORDINGS))
def test_a_cvv_read_out_in_digits_and_words_is_hidden(lang: str) -> None:
    assert missed(CVV_WORDINGS[lang], CVVS[lang]) == []


@pytest.mark.parametrize(
    "text",
    [
        "the security code has 3 digits",
        "mã bảo mật có 3 số",
        "the back has 3 or 4 numbers",
        "รหัส CVV มี 3 หลัก",
    ],
)
def test_a_cvvs_length_stays(text: str) -> None:
    assert _redacted([text]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trong bài học có ảnh minh họa mã OTP 000000, cái đó là ví dụ thôi phải không",
        "trong bai hoc co anh minh hoa ma otp 000000, cai do la vi du thoi phai khong",
        "trong video có hình minh họa mật khẩu Hoa@1960, chỉ là ví dụ phải không",
        "the lesson has a picture showing OTP 000000, that's just an example right",
        "ในบทเรียนมีภาพตัวอย่างรหัส OTP 000000 แค่ตัวอย่างใช่ไหม",
    ],
)
def test_a_code_a_lessons_illustration_shows_stays(text: str) -> None:
    assert _redacted([text]) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mã OTP của mình là 000000", "000000"),
        ("mã OTP mình vừa nhận là 482913, cô giáo bảo đó là ví dụ", "482913"),
    ],
)
def test_ones_own_code_beside_a_lesson_is_hidden(text: str, secret: str) -> None:
    assert hidden(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        'the teacher said never use things like "letmein" or "monkey" as a password',
        'the teacher said never use "letmein" or "monkey" as a password',
        "never use things like 'qwerty' or 'dragon' as your password",
        'cô giáo bảo đừng bao giờ dùng những cái như "letmein" hay "monkey" làm mật khẩu',
        'co giao bao dung bao gio dung nhung cai nhu "letmein" hay "monkey" lam mat khau',
        'ครูบอกว่าอย่าใช้คำอย่าง "letmein" หรือ "monkey" เป็นรหัสผ่าน',
    ],
)
def test_weak_passwords_advice_lists_in_quotes_stay(text: str) -> None:
    assert _redacted([text]) == []


@pytest.mark.parametrize(
    "text",
    [
        'my password is "monkey"',
        'I set "monkey" as my password',
        'never use things like "letmein", my password is "monkey"',
        'mật khẩu của bà là "monkey"',
    ],
)
def test_a_weak_password_given_as_ones_own_in_quotes_is_hidden(text: str) -> None:
    assert hidden(text, "monkey")
