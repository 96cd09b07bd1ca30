"""The guard's classes of the thirty-eighth round, each written out in every language and form.

Hidden: a "không" typed short as a code's first word ("mã otp là ko ba chín năm hai bảy"); a PIN or
a password said to be a year of birth with whoever the learner is named ("pin ngân hàng của bác là
năm sinh 1952"); a value in quotes after a secret's word, whole ('รหัส "kaofang 2508"'); a password
in capitals and digits typed with the caps said to be on ("i typed DAISYCHAIN1950 with caps on");
a name in capitals and a number after what it is the name of ("my password is my old street name
Elm Row 14"); capitalised words joined by a dot or a hyphen with digits at the end in a message that
speaks of a password ("I think it was Bramble.Cottage7"). Left alone: a weak value's number a word
names as no secret ("mã số BHXH của bà là 0123"); a value in quotes that "or" joins to a well-known
weak one in advice ('never use "Rose1960" or "monkey"'). Each with look-alikes the other way.
"""

from __future__ import annotations

import pytest

from bot.safety import redact
from tests.bot.redaction_checks import hidden, missed
from tests.bot.redaction_checks import redacted as _redacted

ZERO_LED_WORDINGS = {
    "vi": ["mã otp là {v}", "mã OTP: {v} nha", "con ơi mã xác nhận là {v}"],
    "vi-unmarked": ["ma otp la {v}", "ma otp: {v} nha", "con oi ma xac nhan la {v}"],
}
ZERO_LED = {
    "vi": ["ko ba chín năm hai bảy", "kh tám hai bảy ba chín", "hông sáu hai bốn một chín", "ko 3 9 5 2 7"],
    "vi-unmarked": ["ko ba chin nam hai bay", "kh tam hai bay ba chin", "hong sau hai bon mot chin"],
}


@pytest.mark.parametrize("lang", list(ZERO_LED_WORDINGS))
def test_a_code_read_out_with_zero_typed_short_first_is_hidden_whole(lang: str) -> None:
    assert missed(ZERO_LED_WORDINGS[lang], ZERO_LED[lang]) == []


@pytest.mark.parametrize(
    "text",
    ["ba ko biet ma la gi", "ma otp la ko co, ba chua nhan duoc", "mã là gì bà kh biết", "ma la hong co"],
)
def test_not_typed_short_with_no_code_read_out_stays(text: str) -> None:
    assert _redacted([text]) == []


KIN_BIRTH_WORDINGS = {
    "vi": [
        "pin ngân hàng của {k} là năm sinh {v} thôi",
        "mã PIN của {k} là năm sinh {v}",
        "mật khẩu app của {k} là năm sinh {v}",
    ],
    "vi-unmarked": [
        "pin ngan hang cua {k} la nam sinh {v} thoi",
        "ma pin cua {k} la nam sinh {v}",
        "mat khau app cua {k} la nam sinh {v}",
    ],
    "th": ["PIN ธนาคารของ{k}คือปีเกิด {v}", "รหัส ATM ของ{k}เป็นปีเกิด {v}"],
}
KIN = {
    "vi": ["bác", "chú", "cô", "dì", "cậu", "cháu"],
    "vi-unmarked": ["bac", "chu", "co", "di", "cau", "chau"],
    "th": ["ลุง", "ป้า", "น้า", "อา", "ปู่", "ย่า"],
}


@pytest.mark.parametrize("lang", list(KIN_BIRTH_WORDINGS))
def test_a_birth_year_given_as_the_pin_of_any_kin_is_hidden(lang: str) -> None:
    wordings = [w.replace("{k}", kin) for w in KIN_BIRTH_WORDINGS[lang] for kin in KIN[lang]]
    assert missed(wordings, ["1952", "2495"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "nam sinh cua bac la 1952",
        "năm sinh của chú là 1952",
        "pin la nam sinh, bac 72 tuoi",
        "co giao bao pin khong nen la nam sinh 1952",
        "ปีเกิดของลุงคือ 2495",
    ],
)
def test_a_birth_year_with_no_pin_given_as_it_stays(text: str) -> None:
    assert _redacted([text]) == []


QUOTED_WORDINGS = {
    "vi": ['mã wifi là "{v}"', 'mã là "{v}" nha', 'quán của bà, mã "{v}"'],
    "vi-unmarked": ['ma wifi la "{v}"', 'ma la "{v}" nha'],
    "en": ['the code is "{v}"', 'wifi code: "{v}"', 'my password is "{v}"', "the code is \u201c{v}\u201d"],
    "th": ['ไวไฟร้านยาย ชื่อ Yai_Shop รหัส "{v}"', 'รหัสคือ "{v}"', 'รหัสผ่าน "{v}" ค่ะ'],
}
QUOTED = ["kaofang 2508", "hoa mai 2508", "Blue Sky 99", "kaofang2508"]


@pytest.mark.parametrize("lang", list(QUOTED_WORDINGS))
def test_a_quoted_value_a_code_word_gives_is_hidden_whole(lang: str) -> None:
    assert missed(QUOTED_WORDINGS[lang], QUOTED) == []


@pytest.mark.parametrize(
    "text",
    [
        'the shop sign says "Open 24 hours"',
        'mã giảm giá là "TET 2024"',
        'ร้านชื่อ "ข้าวฟ่าง 2508"',
        'the teacher wrote "Lesson 5" on the board',
    ],
)
def test_a_quoted_value_no_code_word_gives_stays(text: str) -> None:
    assert _redacted([text]) == []


CAPS_ON_WORDINGS = {
    "vi": ["tôi gõ {v} lúc bật caps, có phải vì vậy mà sai", "bà gõ {v} mà quên bật caps lock"],
    "vi-unmarked": ["toi go {v} luc bat caps lock", "ba go {v} ma dang bat caps"],
    "en": [
        "i typed {v} with caps on, is that why it fails?",
        "I typed {v} with the caps on",
        "typed {v} and caps was on",
    ],
    "th": ["พิมพ์ {v} ตอนเปิดแคป", "ยายพิมพ์ {v} ตอนแคปล็อกเปิดอยู่"],
}
CAPS_VALUES = ["DAISYCHAIN1950", "MARGARET1951", "ROSE1960!"]


@pytest.mark.parametrize("lang", list(CAPS_ON_WORDINGS))
def test_capitals_and_digits_typed_with_the_caps_on_are_hidden(lang: str) -> None:
    assert missed(CAPS_ON_WORDINGS[lang], CAPS_VALUES) == []


@pytest.mark.parametrize(
    "text",
    [
        "I TYPED COVID19 INTO GOOGLE with caps lock on",
        "I typed VNEID2024 in all caps into the search box",
        "tôi gõ VNEID2024 bật caps vào ô tìm kiếm",
        "พิมพ์ VNEID2024 ตัวพิมพ์ใหญ่ในช่องค้นหา",
        "i typed MINH HOA with caps on",
    ],
)
def test_capitals_typed_into_a_search_or_with_no_digits_stay(text: str) -> None:
    assert _redacted([text]) == []


DESCRIBED_WORDINGS = {
    "vi": ["mật khẩu của bà là tên đường cũ {v} có dấu cách", "mật khẩu là tên quê {v} nha"],
    "vi-unmarked": ["mat khau cua ba la ten duong cu {v} co dau cach", "mat khau la ten que {v}"],
    "en": [
        "my password is my old street name {v} with the spaces",
        "my password is my old street {v}",
        "the password is the name of my village {v}",
    ],
}
DESCRIBED_VALUES = {
    "vi": ["Lê Lợi 14", "Hàng Bông 27", "Elm Row 14"],
    "vi-unmarked": ["Le Loi 14", "Hang Bong 27"],
    "en": ["Elm Row 14", "Rex 2019", "Bramble Cottage 7"],
}


@pytest.mark.parametrize("lang", list(DESCRIBED_WORDINGS))
def test_a_name_and_a_number_after_what_it_names_are_hidden(lang: str) -> None:
    assert missed(DESCRIBED_WORDINGS[lang], DESCRIBED_VALUES[lang]) == []


@pytest.mark.parametrize(
    "text",
    [
        "the password is in Lesson 5",
        "my password is the name of the street in Lesson 5",
        "my password is in my old address book Page 14",
        "my old street name was Elm Row 14",
    ],
)
def test_a_lesson_or_a_page_after_a_description_stays(text: str) -> None:
    assert _redacted([text]) == []


DOTTED_WORDINGS = {
    "vi": ["mật khẩu hình như là {v}", "con ghi mật khẩu ra giấy rồi mất, bà nhớ là {v}"],
    "vi-unmarked": ["mat khau hinh nhu la {v}"],
    "en": [
        "he wrote the password on a sticky note which I lost, but I think it was {v}, now it says locked",
        "the password might be {v} or something",
    ],
    "th": ["รหัสผ่านน่าจะเป็น {v} นะ"],
}
DOTTED = ["Bramble.Cottage7", "Hoa-Mai1960", "Elm.Row.Garden14"]


@pytest.mark.parametrize("lang", list(DOTTED_WORDINGS))
def test_capitalised_words_joined_by_a_dot_with_digits_are_hidden(lang: str) -> None:
    assert missed(DOTTED_WORDINGS[lang], DOTTED) == []


@pytest.mark.parametrize(
    "text",
    [
        "I met Bramble.Cottage7 at church",
        "my password reset link went to www.Bramble.Cottage7.com",
        "đọc tin trên Tuoi.Tre2024.vn",
    ],
)
def test_dotted_words_with_no_password_word_or_in_an_address_stay(text: str) -> None:
    assert _redacted([text]) == []


NAMED_OTHER = [
    "ma so bhxh cua ba la 0123 nhung chua biet day du",
    "mã số BHXH của bà là 0123",
    "số bảo hiểm xã hội của bà là 123456",
    "so tai khoan cua ba la 123456",
    "ma so thue cua ba la 123456",
]


@pytest.mark.parametrize("text", NAMED_OTHER)
def test_a_weak_looking_number_another_word_names_stays(text: str) -> None:
    assert _redacted([text]) == []


@pytest.mark.parametrize("text", ["của bà là 123456", "mine is 123456", "ma pin cua ba la 0123"])
def test_a_weak_value_given_as_ones_own_is_still_hidden(text: str) -> None:
    assert _redacted([text]) == [text]


ADVICE_LISTS = [
    'never use "Rose1960" or "monkey"',
    'the teacher said never use "Rose1960" or "monkey" as a password',
    'đừng bao giờ dùng "Hoa1960" hay "123456"',
    'dung bao gio dung "Hoa1960" hay "123456"',
    'อย่าใช้ "Rose1960" หรือ "123456"',
    'never use "Rose1960", "monkey" or "letmein"',
]


@pytest.mark.parametrize("text", ADVICE_LISTS)
def test_a_value_listed_with_a_weak_one_in_advice_stays(text: str) -> None:
    assert _redacted([text]) == []


@pytest.mark.parametrize(
    "text",
    [
        'my password is "Rose1960" or "monkey", I forget which',
        'never use "Rose1960" or "Lily1955"',
        'mật khẩu của bà là "Hoa1960" hay "123456" bà quên rồi',
    ],
)
def test_values_given_as_ones_own_or_with_no_weak_one_are_still_hidden(text: str) -> None:
    assert _redacted([text]) == [text]


PHONE_TAIL_WORDINGS = {
    "vi": ["PIN ATM bà lấy 4 số cuối điện thoại: {v}", "mã PIN của bà là 4 số cuối số điện thoại {v}"],
    "vi-unmarked": ["pin atm ba lay 4 so cuoi dien thoai: {v}", "ma pin cua ong la 4 so cuoi sdt {v}"],
    "en": [
        "my ATM PIN is the last 4 digits of my phone: {v}",
        "my PIN is the last four digits of my mobile number, {v}",
        "I use the last 4 digits of my phone {v} as my PIN",
    ],
    "th": ["รหัส ATM ยายใช้ 4 ตัวท้ายเบอร์โทร: {v}", "รหัส ATM ของยายเป็น 4 ตัวท้ายเบอร์โทรศัพท์ {v}"],
}


@pytest.mark.parametrize("lang", list(PHONE_TAIL_WORDINGS))
def test_a_pin_given_as_a_phones_last_digits_is_hidden(lang: str) -> None:
    assert missed(PHONE_TAIL_WORDINGS[lang], ["5827", "0913"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "4 so cuoi dien thoai cua ba la 5827",
        "the last 4 digits of my phone are 5827",
        "เบอร์โทรยาย 4 ตัวท้าย 5827",
        "co giao bao dung lay 4 so cuoi dien thoai lam ma pin, vi du 5827",
    ],
)
def test_a_phones_last_digits_no_pin_is_given_as_stay(text: str) -> None:
    assert _redacted([text]) == []


FRONT_CODE_WORDINGS = {
    "vi": ["số nhỏ mặt trước thẻ amex là {v}", "thẻ amex, số nhỏ ở mặt trước là {v}"],
    "vi-unmarked": ["so nho mat truoc the amex la {v}", "so nho o mat truoc la {v}"],
    "en": [
        "amex 3717 225322 35124, the little number on front is {v}",
        "the little number on the front is {v}",
        "my amex, the 4 digits on the front: {v}",
    ],
    "th": ["เลขเล็กด้านหน้าบัตร amex คือ {v}", "บัตร amex เลข 4 ตัวหน้าบัตร {v}"],
}


@pytest.mark.parametrize("lang", list(FRONT_CODE_WORDINGS))
def test_an_amex_front_code_is_hidden(lang: str) -> None:
    assert missed(FRONT_CODE_WORDINGS[lang], ["8813", "0451"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "the little number on the front of the card is the card's brand logo",
        "the little number on the front says 2 digits? I don't have one",
        "số nhỏ mặt trước là gì vậy con",
    ],
)
def test_the_front_of_a_card_with_no_code_stays(text: str) -> None:
    assert _redacted([text]) == []


SPLIT_CARD_WORDINGS = {
    "vi": ["số thẻ {a} còn 4 số cuối là {b}", "số thẻ của bà {a}, còn bốn số cuối là {b}"],
    "vi-unmarked": ["so the {a} con 4 so cuoi la {b}", "so the {a} va 4 so cuoi: {b}"],
    "en": ["my card number is {a} and the last four are {b}", "card number: {a}, last 4 digits {b}"],
    "th": ["เลขบัตร {a} 4 ตัวท้ายคือ {b}", "เลขบัตรยาย {a} สี่ตัวท้าย {b}"],
}
SPLIT_PARTS = [("4914 7310 1580", "2579"), ("4914-7310-1580", "2579"), ("5213.4402.7781", "0046")]


@pytest.mark.parametrize("lang", list(SPLIT_CARD_WORDINGS))
def test_a_card_number_given_apart_from_its_last_four_is_hidden_both_parts(lang: str) -> None:
    texts = [(w.format(a=a, b=b), a, b) for w in SPLIT_CARD_WORDINGS[lang] for a, b in SPLIT_PARTS]
    assert [t for t, a, b in texts if not (hidden(t, a) and hidden(t, b))] == []


@pytest.mark.parametrize(
    "text",
    [
        "tai khoan 4914 7310 1580 con 4 so cuoi la 2579",
        "the card ending 2579",
        "so the chi can 4 so cuoi la du",
    ],
)
def test_an_account_or_a_cards_ending_alone_stays(text: str) -> None:
    assert _redacted([text]) == []


ERA_WORDINGS = {
    "th": [
        "ตั้งรหัสผ่านเป็นชื่อหลานกับปี พ.ศ. เกิด: {v} ดีไหม (รหัสของยายเองนะ)",
        "รหัสผ่านของยายเป็นชื่อหลานกับปี ค.ศ. เกิด: {v}",
    ],
    "en": ["my password is my grandson's name and his birth year B.E.: {v}"],
    "vi": ["mật khẩu của bà là tên cháu với năm sinh theo phật lịch: {v}"],
}


@pytest.mark.parametrize("lang", list(ERA_WORDINGS))
def test_a_password_after_an_eras_dotted_name_is_hidden(lang: str) -> None:
    assert missed(ERA_WORDINGS[lang], ["Nong2560", "Mali2555", "Ploy2549"]) == []


@pytest.mark.parametrize(
    "text", ["ยายเกิดปี พ.ศ. 2495 ค่ะ", "ปี พ.ศ. 2567 นี้ยายอายุ 72", "born in 1952 A.D. in Hue"]
)
def test_a_year_after_an_eras_dotted_name_stays(text: str) -> None:
    assert _redacted([text]) == []


UNEVEN_COMMA_WORDINGS = {
    "vi": ["ông đọc mã này: {v}", "mã OTP là {v} nhé"],
    "vi-unmarked": ["ma otp la {v} nhe"],
    "en": ["the code is {v}", "my OTP: {v}"],
    "th": ["รหัสคือ {v}", "รหัส OTP คือ {v} นะ"],
}
UNEVEN_COMMA_GROUPS = ["7 1 9, 4 0 3 5", "7 1 9 4, 0 3", "7 1, 9 4 0 3", "5 8 2 6, 1 0 4 4"]


@pytest.mark.parametrize("lang", list(UNEVEN_COMMA_WORDINGS))
def test_a_code_typed_digit_by_digit_in_uneven_comma_groups_is_hidden(lang: str) -> None:
    assert missed(UNEVEN_COMMA_WORDINGS[lang], UNEVEN_COMMA_GROUPS) == []


@pytest.mark.parametrize(
    "text", ["I bought 2 3 4, 5 6 7 8 apples", "bà có 2 3, 4 5 6 7 con gà", "ยายซื้อ 2 3, 4 5 6 7 ลูก"]
)
def test_uneven_comma_groups_no_code_word_names_stay(text: str) -> None:
    assert _redacted([text]) == []


GLUED_WORDINGS = {
    "vi": ["mật khẩu wifi nhà bà là {v}, con chỉ bà đổi", "mật khẩu của bà là {v}"],
    "vi-unmarked": ["mat khau wifi nha ba la {v}, con chi ba doi"],
    "en": ["my wifi password is {v}, my son set it", "password: {v}"],
    "th": ["รหัสผ่านคือ {v}", "รหัสผ่านไวไฟคือ {v} ค่ะ"],
}
GLUED_PHRASES = ["0913xin chao", "0913hello world", "2508kao fang"]


@pytest.mark.parametrize("lang", list(GLUED_WORDINGS))
def test_digits_glued_to_words_and_the_words_after_are_hidden_whole(lang: str) -> None:
    assert missed(GLUED_WORDINGS[lang], GLUED_PHRASES) == []


@pytest.mark.parametrize(
    "text",
    ["mật khẩu là 0913abc nhé, con nhớ", "my password is 0913abc now, thanks", "mat khau la 0913abc roi"],
)
def test_a_word_said_after_a_glued_password_is_not_taken_in(text: str) -> None:
    found = redact(text)[1]
    assert [text[f.start : f.end] for f in found] == ["0913abc"]


@pytest.mark.parametrize(
    "text", ["ba sinh nam 1952, hello world", "phong 0913 xin chao ca lop", "my class is 0913hello world"]
)
def test_digits_and_words_with_no_password_word_stay(text: str) -> None:
    assert _redacted([text]) == []
