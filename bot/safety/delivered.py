"""Codes a shipper or a caller asks to have read out, and passwords given without "is".

"ma xac nhan don hang 4027 shipper hoi ba co doc ko": a delivery's confirmation code is a secret the
moment someone at the door or on the phone asks for it, even though an order's word names it; an
order's number on its own ("mã đơn hàng 4027 đã giao chưa") is no code's and stays visible.

"I made my email password a sentence like you said: the red kettle sings at noon": plain lower-case
words after a colon that a password's word earlier in the sentence introduces are the passphrase.
"it's iLoveBingo with a small i": a word that turns from lower to upper case inside itself, after
"it's", is built as a password; a brand's name built the same way (iPhone, eBay) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A confirmation code's word: "mã xác nhận", "confirmation code", "รหัสยืนยัน", "OTP".
CONFIRMING = re.compile(
    r"(?<![a-z])(?:ma xac nhan|ma xac thuc|ma nhan hang|ma giao hang|ma otp|otp|confirmation code"
    r"|delivery code|verification code|code)(?![a-z])|รหัสยืนยัน|รหัสรับของ|รหัสรับพัสดุ|รหัส otp|รหัสotp"
)
CONFIRMING_CHARS = 30
CODE_DIGITS = re.compile(r"(?<![\d.,])\d{4,8}(?![\d.,])")
# Someone at the door or on the phone who asks for it: "shipper hỏi", "người giao hàng xin",
# "the courier asked", "ไรเดอร์ขอ".
ASKS = re.compile(
    r"(?<![a-z])(?:shipper|nguoi giao hang|anh giao hang|chu giao hang|tai xe|nguoi goi|ben kia"
    r"|courier|delivery man|delivery guy|driver|caller|the man|the woman)"
    r" ?(?:no |ho |anh ay |chi ay )?(?:hoi|xin|doi|bao doc|bao dua|muon|can|asked|asks|is asking|wants|needs)"
    r"(?![a-z])|(?:ไรเดอร์|คนส่งของ|พนักงานส่งของ|คนโทร|คนส่ง) ?(?:ขอ|ถาม|ให้บอก|ให้อ่าน|อยากได้)"
)
ASKS_CHARS = 40
# "I made my email password a sentence like you said: …", "mật khẩu ba đặt là một câu: …".
PASSWORD_WORD = re.compile(r"(?<![a-z])(?:password|passphrase|mat khau|mk)(?![a-z])|รหัสผ่าน")
PHRASE_GAP = re.compile(
    r"[^.;:!?\n]{0,60}?(?<![a-z])(?:a|an|one|mot|la|thanh)(?: few| short| long| ngan| dai)?"
    r" (?:sentence|phrase|words|cau|cum tu|cum chu)(?![a-z])[^.;:!?\n]{0,30}?: ?"
)
# To the clause's end, not a question's: "password phrase: how long should it be?" asks.
PLAIN_WORDS = re.compile(r"[a-z]{2,12}(?: [a-z]{1,12}){2,8}(?= ?(?:[.,;!\n]|$))")
# "it's iLoveBingo", "it is myDog2", "nó là iLoveBingo", "มันคือ iLoveBingo".
ITS = re.compile(r"(?<![a-z])(?:it'?s|it is|its|no la|cai do la|mat khau la) |(?:มันคือ|รหัสผ่านคือ) ?")
TURNING = re.compile(r"[a-z]{1,12}[A-Z][A-Za-z]{0,20}\d{0,6}(?![\w@#!])")
BRANDS = frozenset(
    "iphone ipad ipod icloud imac itunes imessage iwatch ios ipados macos ebay eshop emoney ekyc"
    " ebanking ibanking mbanking mbank esim evisa epass ewallet emobile".split()
)
MIN_CAPITALS = 2


def asked_for_codes(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of a confirmation code's digits that a shipper or a caller asks for."""
    for word in CONFIRMING.finditer(folded):
        digits = CODE_DIGITS.search(folded, word.end(), word.end() + CONFIRMING_CHARS)
        if digits is None:
            continue
        after = ASKS.search(folded, digits.end(), digits.end() + ASKS_CHARS)
        before = ASKS.search(folded, max(0, word.start() - ASKS_CHARS), word.start())
        if after or before:
            yield digits.span()


def plain_passphrases(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """Spans of lower-case words after a colon that a password's word says are a sentence."""
    for word in PASSWORD_WORD.finditer(folded):
        gap = PHRASE_GAP.match(folded, word.end())
        if gap is None:
            continue
        value = PLAIN_WORDS.match(folded, gap.end())
        if value and text[value.start() : value.end()].islower():
            yield value.span()


def turning_case(text: str, folded: str) -> Iterator[tuple[int, int]]:
    """Spans of a word turning to upper case inside itself after "it's", not a brand's name."""
    about = PASSWORD_WORD.search(folded) is not None
    for lead in ITS.finditer(folded):
        value = TURNING.match(text, lead.end())
        if value is None or value.group().lower() in BRANDS:
            continue
        token = value.group()
        built = sum(c.isupper() for c in token) >= MIN_CAPITALS or any(c.isdigit() for c in token)
        if built or about:
            yield value.span()
