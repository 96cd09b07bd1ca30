"""A PIN or a password said to be one's year or date of birth, and then given.

"ông đặt pin là năm sinh của ông: 1951", "my PIN is my birth year, 1949", "รหัส ATM เป็นปีเกิด
ยาย 2494", "mật khẩu là ngày sinh 12/03/1950": the number after the words is the secret, though
a year or a date alone is none. Only where a PIN's or a password's word names it, and only a
year or a date right after (a colon, a comma or a dash between): "năm sinh của ông là 1951" with
no PIN in sight, or "pin là năm sinh, ông 72 tuổi", is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.safety.keywords import Keyword

BIRTH = re.compile(
    r"(?<![a-z])(?:nam sinh|ngay sinh|ngay thang nam sinh|birth year|year of birth|year i was born"
    r"|birthday|birth date|date of birth|dob)(?![a-z])|ปีเกิด|วันเกิด"
)
# What may stand between the secret's word and the birth words: a copula, an owner ("my wife's"),
# "same as".
BIRTH_GAP = re.compile(
    r"(?: ?(?:la|is|=|:|just|the same as|same as|giong|cung la|chinh la|bang|my|his|her|the|cua"
    r"|เป็น|คือ|ใช้)(?![a-z])| ?[a-z]{1,12}'s(?![a-z]))* ?"
)
# After the birth words: whose, then a colon, comma or dash, then a year or a date.
BIRTH_VALUE = re.compile(
    r"(?: (?:cua|of)(?: [a-z]{1,12}){1,2}| (?:ong|ba|toi|me|bo|minh|him|her|mine)(?![a-z])"
    r"| ?[\u0e00-\u0e2f\u0e30-\u0e4e]{1,12})?"
    r"(?: ?(?:la|is|was|=|คือ|เป็น)(?![a-z]))?[ ,:\-–]{1,3}"
    r"(\d{4}|\d{6}|\d{8}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2}))(?!\d)"
)
NAMING: frozenset[str] = frozenset({"pin", "password"})
BIRTH_CHARS = 30


def birth_secrets(folded: str, keywords: list[Keyword]) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each year or date of birth a PIN's or a password's word gives."""
    for keyword in keywords:
        if keyword.category not in NAMING:
            continue
        gap = BIRTH_GAP.match(folded, keyword.end, keyword.end + BIRTH_CHARS)
        birth = gap and BIRTH.match(folded, gap.end())
        if birth and (value := BIRTH_VALUE.match(folded, birth.end())):
            yield keyword.category, value.start(1), value.end(1)
