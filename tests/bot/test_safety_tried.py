"""The guard's classes of the thirty-third round, each written out in every language and form.

Hidden: a PIN or a code the learner typed and was told was wrong, and each value tried after it
("typed 8027 twice wrong, maybe it's 8072", "bà nhập 8027 sai hai lần rồi, hay là 8072", "ยายกด 5190
ผิดสองครั้งแล้ว หรือว่าเป็น 5109"); digits used for all one's cards, accounts or apps ("I use 6614 for all
my cards"); a birth year, Buddhist or Gregorian, said to be one's password or PIN ("ตาใช้ปีเกิด พ.ศ. 2495
เป็นรหัสผ่านแอปธนาคาร"); a code named only by where it sits in a message ("sáu số cuối của tin nhắn là
301847"); one's own PIN after a colon ("my card: 2580"), right after whose card it is ("thẻ bà 1111",
"the ba 1111"), or with the cards named after a comma ("mine is 0000 and my husband's is 1234, both on
our cards"). Left alone: a sender's short number ("gửi từ đầu số 8077"), two plain words that are no code
read out ("tu ten"), a practice or training message's sample code. Each with look-alikes the other way.
"""

from __future__ import annotations

import pytest

from tests.bot.redaction_checks import hidden
from tests.bot.redaction_checks import missed as _missed
from tests.bot.redaction_checks import redacted as _redacted

FIRST, THEN = "8027", "8072"
TYPED = {
    "en": [
        "typed {v}",
        "I typed {v}",
        "I entered {v}",
        "I put in {v}",
        "tried {v}",
        "I pressed {v}",
        "I keyed in {v}",
    ],
    "vi": ["bà nhập {v}", "ông bấm {v}", "tôi gõ {v}", "bà ấn {v}", "bà thử {v}", "nhập mã {v}"],
    "vi-unmarked": ["ba nhap {v}", "ong bam {v}", "toi go {v}", "ba an {v}", "ba thu {v}", "nhap ma {v}"],
    "th": ["ยายกด {v}", "ตาใส่ {v}", "ยายพิมพ์ {v}", "ตาลอง {v}", "ยายใส่รหัส {v}"],
}
WRONG = {
    "en": ["wrong", "twice wrong", "and it said incorrect", "but it didn't work", "and it said invalid"],
    "vi": ["sai", "sai hai lần rồi", "mà nó báo sai", "không được", "mà báo không đúng"],
    "vi-unmarked": ["sai", "sai 2 lan roi", "ma no bao sai", "ko duoc", "ma bao khong dung"],
    "th": ["ผิด", "ผิดสองครั้งแล้ว", "แล้วขึ้นว่าผิด", "ไม่ผ่าน", "ไม่ถูก"],
}
NEXT = {
    "en": ["maybe it's {w}", "or maybe {w}", "then tried {w}", "perhaps {w}", "or is it {w}"],
    "vi": ["hay là {w}", "chắc là {w}", "hoặc là {w}", "hay thử {w}", "có lẽ là {w}"],
    "vi-unmarked": ["hay la {w}", "chac la {w}", "hoac la {w}", "hay thu {w}", "co le la {w}"],
    "th": ["หรือว่าเป็น {w}", "หรือ {w}", "น่าจะเป็น {w}", "ลอง {w}"],
}


def _tried(lang: str) -> list[str]:
    return [
        f"{typed.format(v=FIRST)} {wrong}, {after.format(w=THEN)}"
        for typed in TYPED[lang]
        for wrong in WRONG[lang]
        for after in NEXT[lang]
    ]


@pytest.mark.parametrize("lang", list(TYPED))
def test_a_value_typed_wrong_and_each_tried_after_it_are_hidden(lang: str) -> None:
    texts = _tried(lang)
    assert [t for t in texts if not (hidden(t, FIRST) and hidden(t, THEN))] == []


@pytest.mark.parametrize("lang", list(TYPED))
def test_a_value_typed_wrong_alone_is_hidden(lang: str) -> None:
    wordings = [f"{typed} {wrong}" for typed in TYPED[lang] for wrong in WRONG[lang]]
    assert _missed(wordings, ["5190", "0000", "482913", "๕๑๙๐"]) == []


NOT_TRIED = [
    "I typed 50000 dollars wrong in the transfer, maybe it's 5000 dollars",
    "typed the wrong amount, it was 250000",
    "I typed 3 times wrong, maybe 4 times",
    "the bus 8027 came late, maybe it's 8072 tomorrow",
    "bà nhập 500000 đồng sai, hay là 50000 đồng",
    "ba nhap sai 3 lan roi, hay la 5 lan",
    "bà nhập sai năm sinh 1952, hay là năm 1953",
    "ยายกด 500 บาท ผิด หรือว่าเป็น 5000 บาท",
    "ตากดผิดสามครั้ง หรือว่าเป็นสี่ครั้ง",
    "I typed it wrong twice, maybe it's the caps lock",
]


def test_sums_counts_and_years_typed_wrong_are_left_alone() -> None:
    assert _redacted(NOT_TRIED) == []


USED_ON_ALL = {
    "en": [
        "I use {v} for all my cards",
        "I use {v} on all my cards",
        "I use the same PIN {v} for all my bank cards",
        "we use {v} for every account",
        "I use {v} on all my apps",
        "I've used {v} for both cards",
    ],
    "vi": [
        "bà dùng {v} cho tất cả các thẻ",
        "ông xài {v} cho mọi tài khoản",
        "tôi để {v} cho hết mấy cái thẻ",
    ],
    "vi-unmarked": [
        "ba dung {v} cho tat ca cac the",
        "ong xai {v} cho moi tai khoan",
        "toi de {v} cho het may cai the",
    ],
    "th": ["ยายใช้ {v} กับทุกบัตร", "ยายใช้ {v} กับบัตรทุกใบ", "ตาใช้รหัส {v} ทุกบัญชี", "ยายใช้ {v} กับทุกแอป"],
}


@pytest.mark.parametrize("lang", list(USED_ON_ALL))
def test_digits_used_for_all_ones_cards_are_hidden(lang: str) -> None:
    assert _missed(USED_ON_ALL[lang], ["6614", "0000", "2580", "482913", "๖๖๑๔"]) == []


NOT_USED_ON_ALL = [
    "I paid 6614 for all my cards",
    "I used 5000 for all my bills",
    "bà dùng 500000 đồng cho tất cả chi phí",
    "ยายใช้ 5000 บาทกับทุกบัตร",
    "I use 2 cards for all my shopping",
]


def test_sums_spent_on_all_ones_cards_are_left_alone() -> None:
    assert _redacted(NOT_USED_ON_ALL) == []


BIRTH_YEAR_AS_SECRET = [
    "ตาใช้ปีเกิด พ.ศ. {v} เป็นรหัสผ่านแอปธนาคาร",
    "รหัสผ่านแอปธนาคารของตาคือปีเกิด พ.ศ. {v}",
    "ยายใช้ปีเกิด พ.ศ. {v} เป็นรหัส ATM",
    "I use my birth year in the Buddhist era {v} as my bank app password",
    "my PIN is my birth year B.E. {v}",
    "ông lấy năm sinh phật lịch {v} làm mật khẩu",
    "mật khẩu app ngân hàng của ông là năm sinh {v}",
    "mat khau app ngan hang cua ong la nam sinh duong lich {v}",
]


def test_a_birth_year_of_either_era_said_to_be_ones_secret_is_hidden() -> None:
    assert _missed(BIRTH_YEAR_AS_SECRET, ["2495", "1952", "๒๔๙๕"]) == []


BIRTH_YEAR_NOT_SECRET = [
    "อย่าใช้ปีเกิด พ.ศ. 2495 เป็นรหัสผ่าน",
    "ตาเกิดปี พ.ศ. 2495",
    "never use your birth year B.E. 2495 as a password",
    "năm sinh phật lịch 2495 của ông là năm 1952 dương lịch",
    "đừng lấy năm sinh phật lịch 2495 làm mật khẩu",
]


def test_a_birth_year_in_advice_or_told_alone_is_left_alone() -> None:
    assert _redacted(BIRTH_YEAR_NOT_SECRET) == []


PLACED = [
    "sáu số cuối của tin nhắn là {v} chắc là mã OTP",
    "6 số cuối trong tin nhắn là {v}",
    "sau so cuoi cua tin nhan la {v}",
    "the last six digits of the message are {v}",
    "the last 6 digits in the text are {v}, is that the code?",
    "the first six numbers in the SMS are {v}",
    "หกตัวท้ายของข้อความคือ {v}",
    "ตัวเลขหกตัวท้ายใน SMS คือ {v} น่าจะเป็นรหัส",
]


def test_a_code_named_by_where_it_sits_in_a_message_is_hidden() -> None:
    assert _missed(PLACED, ["301847", "550912", "๓๐๑๘๔๗"]) == []


NOT_PLACED = [
    "the last four digits of my card are 1234",
    "4 số cuối số tài khoản trong tin nhắn là 6789",
    "the last digits of the sender in the message are 8077",
    "ข้อความบอกว่าสี่ตัวท้ายของบัญชีคือ 6789",
    "the message said the last time was 2024",
]


def test_a_cards_or_an_accounts_digits_named_by_their_place_are_left_alone() -> None:
    assert _redacted(NOT_PLACED) == []


SENDERS = [
    "Tin nhắn OTP gửi từ đầu số {v} có tin được không",
    "tin nhan ma otp gui tu so {v} hay la tu ten ngan hang",
    "mã OTP gửi từ tổng đài {v} phải ngân hàng không",
    "the OTP text came from number {v}, is that the bank?",
    "my code was sent from short code {v}, is it real",
    "ข้อความ OTP มาจากเบอร์ผู้ส่ง {v} จริงไหม",
    "รหัส OTP ส่งจากเบอร์ {v} ใช่ธนาคารไหม",
]


def test_a_senders_short_number_is_left_alone() -> None:
    assert _redacted([s.format(v=v) for s in SENDERS for v in ["8077", "8149", "6020", "19001234"]]) == []


CODE_BESIDE_A_SENDER = [
    ("OTP từ đầu số 8077 gửi về là 482913", "482913"),
    ("the text came from number 8077 and my code is 482913", "482913"),
    ("เบอร์ผู้ส่ง 8077 ส่งรหัส OTP มาคือ 482913", "482913"),
    ("I changed my PIN from 4928 to 6142", "4928"),
]


@pytest.mark.parametrize(("text", "secret"), CODE_BESIDE_A_SENDER)
def test_a_code_beside_a_sender_is_still_hidden(text: str, secret: str) -> None:
    assert hidden(text, secret)


NO_CODE_WORDS = [
    "tin nhan ma otp den tu ten ngan hang",
    "ma otp gui tu ten mien la",
    "mã OTP đến từ tên ngân hàng",
]


def test_plain_words_are_no_code_read_out() -> None:
    assert _redacted(NO_CODE_WORDS) == []


PRACTICE = [
    'the practice message says "Your code is {v}" that\'s just fake for training right',
    "the training SMS reads 'Your OTP is {v}', it's a sample message",
    'tin nhắn mẫu để tập ghi "Mã OTP của bạn là {v}", đúng không',
    "tin nhan mau de tap ghi ma otp la {v}",
    'ข้อความฝึกหัดเขียนว่า "รหัส OTP ของคุณคือ {v}" ใช่ไหม',
]


def test_a_practice_messages_code_is_left_alone() -> None:
    assert _redacted([p.format(v=v) for p in PRACTICE for v in ["000000", "123456", "482913"]]) == []


OWN_BESIDE_PRACTICE = [
    ("my OTP is 482913, I got it at the training center", "482913"),
    ("my code is 482913 and the training message code was 000000", "482913"),
]


@pytest.mark.parametrize(("text", "secret"), OWN_BESIDE_PRACTICE)
def test_ones_own_code_beside_a_practice_message_is_hidden(text: str, secret: str) -> None:
    assert hidden(text, secret)


OWN_PIN_MORE = [
    "my card: {v}",
    "my debit card: {v}",
    "thẻ của bà: {v}",
    "บัตรของยาย: {v}",
    "the ba {v}",
    "thẻ bà {v}",
    "the ong {v} de doan ko",
    "mine is {v} and my husband's is 9731, both on our cards",
    "của bà là {v}, của ông ấy là 9731, cả hai thẻ đều vậy",
    "ของยายคือ {v} ของตาคือ 9731 ทั้งสองใบ",
]


def test_ones_own_pin_after_a_colon_an_owner_or_before_both_cards_is_hidden() -> None:
    assert _missed(OWN_PIN_MORE, ["0000", "2580", "1111", "6614"]) == []


NOT_OWN_PIN_MORE = [
    "my card: 2028",
    "my card: expires 2028",
    "card fee: 2580",
    "the card: 2580 baht",
    "thẻ bà 2028",
    "thẻ bà 500000 đồng",
    "the ba 12 thang",
    "I gave the card to ba 1111 times",
    "mine is 25 and my husband's is 30, both on our cards",
    "the price's is 5000, both cards cost that",
]


def test_a_cards_expiry_fee_or_count_is_no_pin() -> None:
    assert _redacted(NOT_OWN_PIN_MORE) == []
