"""A PIN or a password said to be one's year or date of birth, and then given.

"ông đặt pin là năm sinh của ông: 1951", "my PIN is my birth year, 1949", "รหัส ATM เป็นปีเกิด
ยาย 2494", "mật khẩu là ngày sinh 12/03/1950", "I use 1949, the year I was born, as my card PIN":
the number by the words is the secret, though
a year or a date alone is none. Only where a PIN's or a password's word names it, and only a
year or a date right after (a colon, a comma or a dash between): "năm sinh của ông là 1951" with
no PIN in sight, or "pin là năm sinh, ông 72 tuổi", is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.safety.keywords import Keyword, trie
from bot.safety.spoken import DIGIT_WORDS

# A house's number or a wedding's date is as much one's own as a birth year, and as guessable: "bà
# lấy số nhà 2716 làm mã PIN", "my PIN is my house number 2716", "เอาบ้านเลขที่ 2716 มาตั้งเป็นรหัสบัตร",
# "mật khẩu là ngày cưới 12/05/1975".
HOUSE = (
    "so nha|house number|house no|street number|door number|ngay cuoi|wedding date|wedding day|anniversary"
)
# So are a phone's last digits: "PIN ATM bà lấy 4 số cuối điện thoại: 5827", "my PIN is the last 4
# digits of my phone: 5827", "รหัส ATM ยายใช้ 4 ตัวท้ายเบอร์โทร: 5827".
HOUSE += (
    "|(?:4|6|bon|sau) (?:so|chu so) cuoi(?: cua)?(?: so)? (?:dien thoai|dt|sdt|so dien thoai)"
    "|(?:the )?last (?:4|6|four|six) (?:digits|numbers) of (?:my |the |her |his )?"
    "(?:phone|mobile|cell)(?: number)?"
)
THAI_HOUSE = "บ้านเลขที่|เลขที่บ้าน|เลขบ้าน|วันแต่งงาน|(?:4|6|สี่|หก) ?ตัวท้าย(?:ของ)?เบอร์(?:โทร(?:ศัพท์)?)?"

# The era a year is counted in, between the birth words and the year: "ปีเกิด พ.ศ. 2495", "birth year
# (B.E.) 2495", "năm sinh dương lịch 1952".
ERA = (
    r"(?: ?(?:พ\.ศ\.?|พศ\.?|ค\.ศ\.?|คศ\.?|ปี พ\.ศ\.?|(?<![a-z])(?:b\.e\.?|be|a\.d\.?|ad|c\.e\.?|ce"
    r"|in (?:the )?(?:buddhist|thai|western|gregorian)(?: era| calendar| year)?|buddhist era|thai year"
    r"|theo duong lich|duong lich|theo phat lich|phat lich|theo am lich|am lich)(?![a-z.])))?"
)
BIRTH = re.compile(
    rf"(?<![a-z])(?:nam sinh|ngay sinh|ngay thang nam sinh|birth year|year of birth|year i was born"
    rf"|birthday|birth date|date of birth|dob|{HOUSE})(?![a-z])|ปีเกิด|วันเกิด|{THAI_HOUSE}"
)
# What may stand between the secret's word and the birth words: a copula, an owner ("my wife's"),
# "same as".
BIRTH_GAP = re.compile(
    r"(?: ?(?:la|is|=|:|just|the same as|same as|giong|cung la|chinh la|bang|my|his|her|the|cua"
    # Who set it and how: "PIN ông đặt là năm sinh 1954", "my PIN, I set it to my birth year 1948".
    r"|ong|ba|toi|minh|em|con|me|bo|anh|chi|dat|de|lay|dung|chon|i|set|use|used|chose|made|it|to|as"
    # Whoever else the learner is to the bot: "pin ngân hàng của bác là năm sinh 1952".
    r"|bac|chu|co|di|cau|tui|chau|ong ba|ปู่|ย่า|ลุง|ป้า|น้า|อา|หนู|ผม"
    # What it is the password of: "mật khẩu app ngân hàng của ông là năm sinh …".
    r"|app|ung dung|ngan hang|bank|banking|atm|the|card|dien thoai|phone|แอป|ธนาคาร|บัตร"
    r"|เป็น|คือ|ใช้|ตั้ง|ยาย|ตา|แม่|พ่อ|ฉัน|ของ)(?![a-z])| ?[a-z]{1,12}'s(?![a-z]))* ?"
)
# A year read out digit by digit in words: "หนึ่ง เก้า ห้า สอง", "một chín năm hai", "one nine five two".
_DIGIT_WORD = rf"(?:{trie(list(DIGIT_WORDS))})(?![a-z])"
_YEAR_IN_WORDS = rf"{_DIGIT_WORD}(?:[ ,\-]{{0,2}}{_DIGIT_WORD}){{3}}"
# After the birth words: whose, then a colon, comma or dash, then a year or a date.
BIRTH_VALUE = re.compile(
    r"(?: (?:cua|of)(?: [a-z]{1,12}){1,2}| (?:ong|ba|toi|me|bo|minh|him|her|mine)(?![a-z])"
    r"| ?[\u0e00-\u0e2f\u0e30-\u0e4e]{1,12})?"
    r"(?: ?(?:la|is|was|=|คือ|เป็น)(?![a-z]))?" + ERA + r"[ ,:\-–]{1,3}"
    rf"(\d{{4}}|\d{{6}}|\d{{8}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|{_YEAR_IN_WORDS})(?!\d)"
)
# The year or date first, then what it was used as: "I used my birth year 1948 as my PIN", "lấy năm
# sinh 1954 làm mã PIN", "ใช้ปีเกิด 2491 เป็นรหัส ATM". The words between end where the PIN's word starts.
BIRTH_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:nam sinh|ngay sinh|birth year|year of birth|year i was born|birthday|birth date"
    rf"|date of birth|dob|{HOUSE})|ปีเกิด|วันเกิด|{THAI_HOUSE})"
    r"(?: (?:cua|of)(?: [a-z]{1,12}){1,2}| (?:ong|ba|toi|me|bo|minh|my|his|her))?"
    r"(?: ?(?:la|is|was|=|คือ))?" + ERA + r"[ ,:\-]{1,3}"
    r"(\d{4}|\d{6}|\d{8}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2}))(?!\d)"
    # Who used it and how, then as what: "ngày sinh 12/03/1954 bà dùng làm mật khẩu".
    r",?(?: (?:ba|ong|toi|minh|em|con|me|bo|i|we))?(?: (?:dung|lay|dat|use|used|set)(?: it| no)?)?"
    # What it is the PIN of may stand before the PIN's word: "as my card PIN", "làm mã thẻ ATM".
    r" ?(?:มา|เอามา)?(?:ตั้ง|ใช้)?(?:as|for|lam|de lam|thanh|la|เป็น|ทำ)"
    r"(?: (?:my|his|her|the|a|ma|cai|so|card|bank|atm|debit|phone|sim"
    r"|banking|app|the atm|ngan hang|dien thoai|บัตร))* ?$"
)
BIRTH_BEFORE_CHARS = 70
# The year or date first, the birth words as an aside after it, then what it was used as: "I use
# 1949, the year I was born, as my card PIN", "tôi dùng 1949, năm sinh của tôi, làm mã PIN", "ผมใช้
# 2492 ปีเกิดของผม เป็นรหัส PIN".
BIRTH_ASIDE = re.compile(
    r"(?<!\d)(\d{4}|\d{6}|\d{8}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2}))(?!\d)[ ,(\-–]{1,3}"
    r"(?:(?:the|my|his|her|that|which|is|la|chinh|cung) ){0,2}"
    r"(?:(?<![a-z])(?:nam sinh|ngay sinh|birth year|year of birth|year i was born|year she was born"
    r"|year he was born|birthday|birth date|date of birth|dob|my birth year)(?![a-z])|ปีเกิด|วันเกิด)"
    r"(?: (?:cua|of) [a-z]{1,12}| (?:ong|ba|toi|me|bo|minh|mine))?(?:ของ[\u0e00-\u0e2f\u0e30-\u0e4e]{1,8})?"
    r"[ ,)\-–]{1,3}(?:(?:ba|ong|toi|minh|i|we) )?"
    r"(?:มา|เอามา)?(?:ตั้ง|ใช้)?(?:as|for|lam|de lam|thanh|เป็น|ทำ)"
    r"(?: (?:my|his|her|the|a|ma|cai|so|card|bank|atm|debit|phone|sim"
    r"|banking|app|the atm|ngan hang|dien thoai|บัตร))* ?$"
)
# Advice against it: "đừng lấy năm sinh 1955 làm mật khẩu", "never use your birth year 1950 as a PIN".
ADVISED = re.compile(
    r"(?<![a-z])(?:dung (?:lay|dat|dung|chon|co)|khong nen|chang nen|dung nen|tranh|khong duoc|don'?t"
    r"|do not|never|shouldn'?t|should not|avoid)(?![a-z])|อย่า|ไม่ควร|ห้าม"
)
ADVICE_CHARS = 25
# A year or a date right after the birth words (whose between): what advice may name.
BIRTH_JUST_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:nam sinh|ngay sinh|birth year|year of birth|birthday|birth date|date of birth)"
    r"|ปีเกิด|วันเกิด)(?: (?:cua [a-z]{1,12}|of [a-z]{1,12}|ong|ba|toi|your|my|his|her))?" + ERA + r" ?[:,]? ?$"
)
BIRTH_JUST_BEFORE_CHARS = 40
NAMING: frozenset[str] = frozenset({"pin", "password"})
# A bare code's word, which a number is used as only if it is a PIN: "lấy năm sinh 1954 làm mã",
# "มาตั้งเป็นรหัสบัตร".
CODE_WORDS = frozenset({"รหัส", "ma", "ma so", "code", "passcode"})
BIRTH_CHARS = 30


def birth_secrets(folded: str, keywords: list[Keyword]) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each year or date of birth a PIN's or a password's word gives."""
    for keyword in keywords:
        if keyword.category not in NAMING:
            if keyword.word in CODE_WORDS and (before := _used_as(folded, keyword)):
                yield "pin", before.start(1), before.end(1)  # "เอาบ้านเลขที่ 2716 มาตั้งเป็นรหัสบัตร"
            continue
        gap = BIRTH_GAP.match(folded, keyword.end, keyword.end + BIRTH_CHARS)
        birth = gap and BIRTH.match(folded, gap.end())
        if birth and (value := BIRTH_VALUE.match(folded, birth.end())):
            yield keyword.category, value.start(1), value.end(1)
        elif (
            before := BIRTH_BEFORE.search(folded, max(0, keyword.start - BIRTH_BEFORE_CHARS), keyword.start)
        ) and not ADVISED.search(folded, max(0, before.start() - ADVICE_CHARS), before.start()):
            yield keyword.category, before.start(1), before.end(1)
        elif (
            aside := BIRTH_ASIDE.search(folded, max(0, keyword.start - BIRTH_BEFORE_CHARS), keyword.start)
        ) and not ADVISED.search(folded, max(0, aside.start() - ADVICE_CHARS), aside.start()):
            yield keyword.category, aside.start(1), aside.end(1)


def _used_as(folded: str, keyword: Keyword) -> re.Match[str] | None:
    """A year, a date or a house's number used as what a code's word names, and no advice against it."""
    before = BIRTH_BEFORE.search(folded, max(0, keyword.start - BIRTH_BEFORE_CHARS), keyword.start)
    if before and not ADVISED.search(folded, max(0, before.start() - ADVICE_CHARS), before.start()):
        return before
    return None


def advised_birth(folded: str, start: int) -> bool:
    """A year or a date of birth named in advice against using it: "đừng lấy năm sinh 1955 làm mật
    khẩu", "อย่าใช้ปีเกิด 2491 เป็นรหัส", "never use your birth year 1950": no one's secret."""
    birth = BIRTH_JUST_BEFORE.search(folded, max(0, start - BIRTH_JUST_BEFORE_CHARS), start)
    return bool(birth) and bool(ADVISED.search(folded, max(0, birth.start() - ADVICE_CHARS), birth.start()))
