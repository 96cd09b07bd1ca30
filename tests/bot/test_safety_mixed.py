"""The guard's classes of the forty-first round, each written out in every language and form.

Hidden: a code read out with "số" / "number" / "เลข" before each digit, digit words and digits mixed
("so mot, so chin, bay, 4, khong, 2 la ma otp"); a code read out in teens and tens with digits among
them ("the code is eight, twelve, 4, sixty"); a letter O typed for a zero in a code whose digits a
hyphen or a dot joins, first or last too ("code O-4-7-1-9-3"); "tư" for four between digit words
("Mã là sáu không tư, một chín bảy"); a password of plain words and a number after a password's word
("my pass is tea with milk 3"), with marks and a space after a longer lead ("có dấu: Hòa Bình 1960").
Left alone: a card or an ID of one digit over and over shown as a sample ("Số thẻ mẫu trong sách:
0000 0000 0000 0000"); a quiz's choices of PINs ("a) 1111 b) 8352 c) 2580"); a sign-in's term joined
by a hyphen at a sentence's start ("Two-factor means …"). Each with look-alikes the other way.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import missed, redacted

# Digits of the codes below, each read out with a number's word before its first two digits.
NUMBER_WORDS = {
    "en": ("number", "one two three four five six seven eight nine".split(), "zero"),
    "vi": ("số", "một hai ba bốn năm sáu bảy tám chín".split(), "không"),
    "vi-unmarked": ("so", "mot hai ba bon nam sau bay tam chin".split(), "khong"),
    "th": ("เลข", "หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(), "ศูนย์"),
}
NAMED_BEFORE = {
    "en": ["the code is {v}", "my OTP is {v}"],
    "vi": ["mã OTP là {v}", "mã là {v} nha"],
    "vi-unmarked": ["ma otp la {v}", "ma la {v} nha"],
    "th": ["รหัส OTP คือ {v}", "รหัสคือ {v} นะ"],
}
NAMED_AFTER = {
    "en": ["{v} is the code"],
    "vi": ["{v} là mã OTP"],
    "vi-unmarked": ["{v} la ma otp"],
    "th": ["{v} คือรหัส OTP"],
}
CODES = ["197402", "380516", "904271"]


def _word(digit: str, lang: str) -> str:
    _, units, zero = NUMBER_WORDS[lang]
    return zero if digit == "0" else units[int(digit) - 1]


def _number_led(code: str, lang: str, separator: str) -> str:
    """ "số một, số chín, bảy, 4, không, 2": the number's word before the first two digits, the
    fourth and the last typed as digits."""
    lead, _, _ = NUMBER_WORDS[lang]
    said = [
        f"{lead} {_word(d, lang)}" if i < 2 else d if i in (3, 5) else _word(d, lang)
        for i, d in enumerate(code)
    ]
    return separator.join(said)


@pytest.mark.parametrize("lang", list(NUMBER_WORDS))
@pytest.mark.parametrize("separator", [", ", " "])
def test_a_code_read_out_with_a_numbers_word_before_each_digit_is_hidden_whole(
    lang: str, separator: str
) -> None:
    wordings = NAMED_BEFORE[lang] + NAMED_AFTER[lang]
    values = [_number_led(code, lang, separator) for code in CODES]
    assert missed(wordings, values) == []


def test_a_numbers_word_before_digit_words_that_are_no_code_is_left_alone() -> None:
    assert (
        redacted(
            [
                "bà ở số nhà mười hai, đường số ba",
                "ba o so nha muoi hai, duong so ba",
                "บ้านเลขที่ 12 ถนนสาม",
                "the winning number one two three four was on TV",
                "number one, number two and number three are the steps of the lesson",
            ]
        )
        == []
    )


TENS = {
    "en": ["eight, twelve, 4, sixty", "twelve, 4, sixty, eight", "ninety-one, 3, fifteen"],
    "vi": ["tám, mười hai, 4, sáu mươi", "mười hai, 4, sáu mươi, tám", "chín mươi mốt, 3, mười lăm"],
    "vi-unmarked": ["tam, muoi hai, 4, sau muoi", "muoi hai, 4, sau muoi, tam", "chin muoi mot, 3, muoi lam"],
    "th": ["แปด สิบสอง 4 หกสิบ", "สิบสอง 4 หกสิบ แปด", "เก้าสิบเอ็ด 3 สิบห้า"],
}


@pytest.mark.parametrize("lang", list(TENS))
@pytest.mark.parametrize("comma", [True, False])
def test_a_code_read_out_in_teens_and_tens_with_digits_among_them_is_hidden(lang: str, comma: bool) -> None:
    values = TENS[lang] if comma else [v.replace(",", "") for v in TENS[lang]]
    assert missed(NAMED_BEFORE[lang] + NAMED_AFTER[lang], values) == []


def test_teens_and_tens_among_digits_that_are_no_code_are_left_alone() -> None:
    assert (
        redacted(
            [
                "I bought 5 twenty 3 times",
                "my 2 grandchildren are twelve and 4",
                "she is sixty, I am 4 years older",
                "bà sáu mươi tuổi, cháu 4 tuổi, con mười hai tuổi",
                "ba sau muoi tuoi, chau 4 tuoi, con muoi hai tuoi",
                "ยายอายุหกสิบ หลาน 4 ขวบ",
            ]
        )
        == []
    )


def _with_oh(code: str, where: str, joiner: str, oh: str) -> str:
    """The code's digits joined by `joiner`, an o typed for a zero first, inside or last."""
    digits = list(code)
    position = {"first": 0, "inside": 2, "last": len(digits) - 1}[where]
    digits[position] = oh
    return joiner.join(digits)


@pytest.mark.parametrize("lang", list(NAMED_BEFORE))
@pytest.mark.parametrize("where", ["first", "inside", "last"])
@pytest.mark.parametrize("joiner", ["-", "."])
@pytest.mark.parametrize("oh", ["O", "o"])
def test_a_letter_o_for_a_zero_in_a_code_joined_by_hyphens_or_dots_is_hidden(
    lang: str, where: str, joiner: str, oh: str
) -> None:
    wordings = [*NAMED_BEFORE[lang], "code {v}"]
    values = [_with_oh(code, where, joiner, oh) for code in ["047193", "528160"]]
    assert missed(wordings, values) == []


def test_an_o_beside_a_few_digits_is_left_alone() -> None:
    assert redacted(["the bus O-4-7 stops here", "nhà bà ở 1-2, ngõ 3", "size o-4 please"]) == []


TU_FOR_FOUR = {
    "vi": ["sáu không tư, một chín bảy", "hai tư ba bốn năm sáu", "chín tư tư một, không hai"],
    "vi-unmarked": ["sau khong tu, mot chin bay", "hai tu ba bon nam sau", "chin tu tu mot, khong hai"],
}


@pytest.mark.parametrize("lang", list(TU_FOR_FOUR))
def test_tu_between_digit_words_is_four(lang: str) -> None:
    wordings = [*NAMED_BEFORE[lang], *NAMED_AFTER[lang], "Mã là {v} nghe con"]
    assert missed(wordings, TU_FOR_FOUR[lang]) == []


def test_tu_that_is_from_is_left_alone() -> None:
    assert (
        redacted(
            [
                "từ một đến năm giờ chiều",
                "tu mot den nam gio chieu",
                "lớp học từ thứ hai đến thứ sáu",
                "lop hoc tu thu hai den thu sau",
            ]
        )
        == []
    )


PLAIN_PASSWORDS = {
    "en": (
        ["my pass is {v}", "my password is {v}", "password is {v}, right?"],
        ["tea with milk 3", "rice and fish 22"],
    ),
    "vi": (["mật khẩu của tôi là {v}", "mật khẩu là {v}"], ["trà sữa 3", "hoa sen hồng 22"]),
    "vi-unmarked": (["mat khau cua toi la {v}", "mk la {v}"], ["tra sua 3", "hoa sen hong 22"]),
    "th": (["รหัสผ่านของยายคือ {v}"], ["ข้าว ปลา 22", "tea with milk 3"]),
}


@pytest.mark.parametrize("lang", list(PLAIN_PASSWORDS))
def test_a_password_of_plain_words_and_a_number_is_hidden_whole(lang: str) -> None:
    wordings, values = PLAIN_PASSWORDS[lang]
    assert missed(wordings, values) == []


def test_talk_about_a_password_with_a_number_is_left_alone() -> None:
    assert (
        redacted(
            [
                "my password is the same as in 2019",
                "my password is at least 8",
                "my password is on page 12",
                "the password is in lesson 5",
                "my password is too short 6",
                "mật khẩu là trên 8 ký tự",
                "mật khẩu của tôi là từ năm 2019",
            ]
        )
        == []
    )


MARKED_AFTER_A_LEAD = [
    ("Mật khẩu của mẹ có dấu: Hòa Bình 1960 có được không con", "Hòa Bình 1960"),
    ("mat khau cua me co dau: Hoa Binh 1960", "Hoa Binh 1960"),
    ("Mật khẩu mới của bà có dấu cách: Sen Hồng 59", "Sen Hồng 59"),
    ("my new password with a space: Rose Garden 1960", "Rose Garden 1960"),
]


@pytest.mark.parametrize(("text", "secret"), MARKED_AFTER_A_LEAD)
def test_a_capitalised_password_after_a_longer_lead_is_hidden_whole(text: str, secret: str) -> None:
    assert missed([text.replace(secret, "{v}")], [secret]) == []


SAMPLES = {
    "vi": ["Số thẻ mẫu trong sách: {v}", "Ví dụ trong sách: số CCCD mẫu {v}"],
    "vi-unmarked": ["So the mau trong sach: {v}", "vi du trong sach: so cccd mau {v}"],
    "th": ["บัตรตัวอย่างในหนังสือเขียน {v}", "เลขบัตรตัวอย่าง {v}"],
    "en": ["The sample card in the book is {v}", "sample ID number: {v}"],
}
REPEATED = [
    "{d}{d}{d}{d} {d}{d}{d}{d} {d}{d}{d}{d} {d}{d}{d}{d}",
    "{d}-{d}{d}{d}{d}-{d}{d}{d}{d}{d}-{d}{d}-{d}",
    "{d}" * 12,
]


@pytest.mark.parametrize("lang", list(SAMPLES))
@pytest.mark.parametrize("digit", ["0", "1", "9"])
def test_a_sample_card_or_id_of_one_digit_over_and_over_is_left_alone(lang: str, digit: str) -> None:
    texts = [w.format(v=r.format(d=digit)) for w in SAMPLES[lang] for r in REPEATED]
    assert redacted(texts) == []


def test_ones_own_card_and_a_sample_of_many_digits_stay_hidden() -> None:
    assert missed(["số thẻ của tôi là {v}", "so the cua toi la {v}"], ["0000 0000 0000 0000"]) == []
    assert (
        missed(["The sample card in the book is 0000 0000 0000 0000, mine is {v}"], ["4532 0151 1283 0366"])
        == []
    )


QUIZZES = {
    "en": "Quiz: which is the weakest PIN? {a}1111 {b}8352 {c}2580",
    "vi": "Câu hỏi trắc nghiệm: mã PIN nào yếu nhất? {a}1111 {b}8352 {c}2580",
    "vi-unmarked": "cau hoi trac nghiem: ma pin nao yeu nhat? {a}1111 {b}8352 {c}2580",
    "th": "แบบทดสอบ: รหัส PIN ข้อไหนเดาง่ายที่สุด {a}1111 {b}8352 {c}2580",
}
LABELS = [("a) ", "b) ", "c) "), ("A. ", "B. ", "C. "), ("(a) ", "(b) ", "(c) "), ("1) ", "2) ", "3) ")]


@pytest.mark.parametrize("lang", list(QUIZZES))
def test_a_quizs_choices_of_pins_are_left_alone(lang: str) -> None:
    texts = [QUIZZES[lang].format(a=a, b=b, c=c) for a, b, c in LABELS]
    assert redacted(texts) == []


def test_ones_own_pin_beside_a_quiz_is_hidden() -> None:
    assert missed(["Quiz: which is the weakest PIN? a) 1111 b) 2580. My PIN is {v}"], ["8352"]) == []
    assert missed(["my PIN is {v}", "mã PIN của tôi là {v}"], ["8352"]) == []


TERMS = ["Two-factor", "Two-step", "Multi-factor", "One-time", "Sign-in"]
TERM_WORDINGS = [
    "{t} means a password plus a code sent to your phone",
    "{t}: a password and a code",
    "{t} nghĩa là mật khẩu cộng mã OTP",
    "{t} nghia la mat khau cong ma OTP",
    "{t} คือรหัสผ่านบวกรหัส OTP",
]


def test_a_sign_ins_term_joined_by_a_hyphen_is_left_alone() -> None:
    assert redacted([w.format(t=t) for w in TERM_WORDINGS for t in TERMS]) == []


def test_a_hyphened_password_of_other_words_stays_hidden() -> None:
    assert missed(["my password is {v}", "mật khẩu là {v}"], ["sun-flower", "Two-factor9"]) == []
