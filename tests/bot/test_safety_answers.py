"""The guard's classes of the thirty-ninth round, each written out in every language and form.

Hidden: thirteen digits an ID word names, before or after them, whatever their check digit ("เลขบัตร
๓๔๑๐…", "my Thai ID is 3-4201-00876-52-1", "3102001876543 คือเลขบัตรประชาชนของตา"); the answer given
to a security question ("câu hỏi bảo mật: tên trường tiểu học, ông trả lời là Kim Liên 2", "คำถาม
ความปลอดภัย … ตอบว่า เจ้าด่าง", "security question mother's maiden name, I put Kowalski"). Left alone:
a kind of password asked about in general ("mật khẩu kiểu Abc@12345 có đủ mạnh không", "is something
like Summer2024! a good password?") or called weak ("kiểu "matkhau123" là rất dễ"); a masked number
("tai khoan xxxx8812"); a number to call ("the helpline 116 123 is free to call"); a price read out in
words ("hai trăm nghìn một cân"); a code's name in a bank's warning ("password or one-time code").
Each with look-alikes the other way.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import missed, redacted

WRONG_CHECK_IDS = ["3410100256789", "3 5099 00321 45 8", "3-4201-00876-52-1", "๓๔๑๐๑๐๐๒๕๖๗๘๙"]
ID_BEFORE = [
    "เลขบัตร {v}",
    "เลขบัตร:\n{v}",
    "ใช้เลขบัตร {v} สมัคร",
    "เลขบัตรประชาชนของยาย {v}",
    "my Thai ID is {v}",
    "ID: {v}",
    "citizen id number {v}",
    "số CCCD của bà là {v}",
    "so cccd cua ba la {v}",
]
ID_AFTER = ["{v} คือเลขบัตรประชาชนของตา", "{v} is my national ID", "{v} là số CCCD của tôi"]


def test_thirteen_digits_an_id_word_names_are_hidden_whatever_their_check() -> None:
    assert missed(ID_BEFORE + ID_AFTER, WRONG_CHECK_IDS) == []


def test_thirteen_digits_with_no_id_word_need_their_check() -> None:
    assert (
        redacted(["mã vận đơn 3410100256789", "tracking 3-4201-00876-52-1 arrived", "โทร 3 5099 00321 45 8"])
        == []
    )


ANSWERS = ["Kim Liên 2", "vangmuc", "Kowalski", "เจ้าด่าง"]
ANSWER_WORDINGS = [
    "câu hỏi bảo mật: tên trường tiểu học, ông trả lời là {v}",
    "cau hoi bao mat ten truong tieu hoc, ong tra loi la {v}",
    "cau hoi bao mat ten con cho dau tien: {v}, ba tra loi dung ma",
    "câu hỏi bảo mật tên mẹ, đáp án là {v} nha",
    "คำถามความปลอดภัย ชื่อสัตว์เลี้ยงตัวแรก ตอบว่า {v}",
    "คำถามความปลอดภัย คำตอบคือ {v}",
    "security question mother's maiden name, I put {v}",
    "My security question is my first school, the answer is {v}",
    "security question first pet: {v}",
]


def test_answers_to_security_questions_are_hidden() -> None:
    assert missed(ANSWER_WORDINGS, ANSWERS) == []


def test_security_questions_asked_about_are_left_alone() -> None:
    assert (
        redacted(
            [
                "câu hỏi bảo mật là gì vậy cháu?",
                "cau hoi bao mat de lam gi",
                "security question: what was your first pet's name?",
                "security question mother's maiden name, what should I put?",
                "คำถามความปลอดภัย ตอบว่าอะไรดี",
                "คำถามความปลอดภัยคืออะไร",
            ]
        )
        == []
    )


KINDS_ASKED = [
    "mật khẩu kiểu {v} có đủ mạnh không",
    "mat khau kieu {v} co du manh khong",
    "รหัสผ่านแบบ {v} แข็งแรงพอไหม",
    "is something like {v} a good password?",
    'thầy nói đặt mật khẩu kiểu "{v}" là rất dễ',
    'thay noi dat mat khau kieu "{v}" la rat de',
]
SAMPLES = ["Abc@12345", "Abcd@1234", "Summer2024!", "matkhau123"]


@pytest.mark.parametrize("wording", KINDS_ASKED)
def test_a_kind_of_password_asked_about_in_general_is_left_alone(wording: str) -> None:
    assert redacted([wording.format(v=v) for v in SAMPLES]) == []


OWN_KINDS = [
    "mật khẩu của tôi kiểu {v} có đủ mạnh không",
    "mat khau cua toi la {v} co du manh khong",
    "รหัสผ่านของยายแบบ {v} แข็งแรงพอไหม",
    "my password is something like {v} is it a good password?",
    "is {v} a good password?",
    "I TYPED {v} AND IT SAYS WRONG",
]


def test_ones_own_value_asked_about_stays_hidden() -> None:
    assert missed(OWN_KINDS, ["Abc@12345", "Summer2024!"]) == []


def test_masked_numbers_calls_prices_and_code_names_are_left_alone() -> None:
    assert (
        redacted(
            [
                "tai khoan xxxx8812 nhan tien luong",
                "tài khoản ****5832 vừa nhận tiền",
                "the helpline 116 123 is free to call",
                "call 116 123 any time",
                "hotline: 116 123",
                "gọi 116123 miễn phí",
                "hai trăm nghìn một cân thịt bò có đắt không",
                "hai tram nghin mot ky thit",
                "We will NEVER ask for your PIN, password or one-time code. Report fraud by calling 159.",
                "Never share your password or one-time PIN with anyone.",
                "ในบทเรียนบอกว่ารหัส 123456, 000000, password ห้ามใช้",
            ]
        )
        == []
    )


def test_codes_read_out_to_a_caller_stay_hidden() -> None:
    assert (
        missed(
            ["ông gọi đến, bà đọc {v} cho ông ấy", "ma otp {v}", "the caller asked and I read {v}"],
            ["116 123"],
        )
        == []
    )


HINTED = {
    "daisy": ["mine is only 5 letters: daisy", "my password is five letters: daisy"],
    "hoalan": ["mật khẩu có 6 chữ: hoalan", "mat khau co 6 chu: hoalan"],
    "Biscuit": ["my password is just my dog's name, Biscuit", "my password is the name of my cat: Biscuit"],
    "Mực": ["mật khẩu là tên con chó, Mực", "mk la ten con cho: Mực"],
    "Moonriver!": ["it's 'Moonriver!' for the tablet", 'it\'s "Moonriver!" for my laptop'],
    "ตาไปนาทุกวัน": ['รหัสผ่านยายตั้งเป็นประโยค "ตาไปนาทุกวัน"', "รหัสผ่านยายตั้งเป็นวลี 'ตาไปนาทุกวัน' นะ"],
}


@pytest.mark.parametrize("value", HINTED)
def test_passwords_given_by_length_name_or_form_are_hidden(value: str) -> None:
    assert missed([w.replace(value, "{v}") for w in HINTED[value]], [value]) == []


def test_lengths_names_and_quoted_titles_that_give_no_password_are_left_alone() -> None:
    assert (
        redacted(
            [
                "mine is only 5 letters: longer",
                "my password is my name, Is that ok?",
                "mật khẩu là tên con chó, có dễ đoán không",
                "the film is 'Moonriver' for the kids",
                "it's 'Moonriver' for the tablet",
            ]
        )
        == []
    )
