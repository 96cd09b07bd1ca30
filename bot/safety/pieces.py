"""Secrets the number rules cannot see as one number: a code glued to its words, a CVV read out in
three words, a code or a card typed in pieces.

- Glued: "ma otpla157314", "myotpis560749", "pin:4821": a code word, with its owner or copula typed
  onto it and the digits after, no space anywhere. The digits are the code the word names.
- Read out short: "CVV is three seven nine", "mã bảo mật sau thẻ tôi đọc bảy bốn tám",
  "เลขหลังบัตร เจ็ดสองห้า": three or four digit words soon after a CVV or security-code word
  (four words are read by `spoken` anywhere; three only where such a word names them).
- In pieces: "OTP first three 132 then 312", "first half 48357160 second half 74948195 of my card",
  "mã OTP 3 số đầu 581 còn lại 204", "CCCD đầu 038 rồi 158 rồi 007 với 214": numbers joined by words
  for pieces ("first", "then", "and", "half", "còn lại", "rồi", "với", "ครึ่ง", "แล้วก็"…) that a
  secret word names, and whose digits together are as long as that secret is. Each piece is hidden.
"""

from __future__ import annotations

import re

from bot.safety.checksums import luhn_valid
from bot.safety.keywords import Category, Keyword
from bot.safety.numbers import NumberFinding, Run
from bot.safety.spoken import DIGIT_WORDS

# Folded text: "ma " may stand before ("mã otplà…"), "my"/"your" be glued on ("myotpis…").
# The copula may stand apart from the word ("maotp la381604"), and after "otp", "cvv" or "cvc",
# which name nothing else, the digits may follow with no copula and words after them
# ("maotp618402nhaplai…"); "pin" and "code" need one ("pin5000mah" is a battery).
GLUED_CODE = re.compile(
    r"(?<![a-z])(?:my|your|ma ?)?(?:(otp|pin|cvv|cvc|code|passcode|smartotp) ?(?:la|is|la:|is:|:|=)"
    r"|(otp|cvv2|cvc2|cvv|cvc|smartotp))(\d{3,8})(?![\d.,]?\d)"
)
# "CVV2 731", "cvc2: 648": the 2 of the name is no digit of the code after it.
CVV_TWO = re.compile(r"(?<![a-z])(?:cvv|cvc)2 ?(?:(?:la|is|:|=) ?)?(\d{3,4})(?!\d)")
GLUED_KIND = {
    "otp": "otp",
    "smartotp": "otp",
    "code": "otp",
    "pin": "pin",
    "passcode": "pin",
    "cvv": "cvv",
    "cvc": "cvv",
    "cvv2": "cvv",
    "cvc2": "cvv",
}
GLUED_WORDS = ("otp", "pin", "cvv", "cvc", "code")
GLUED_DIGITS = {"otp": range(4, 9), "pin": range(4, 9), "cvv": range(3, 5)}

_LATIN_WORDS = sorted((w for w in DIGIT_WORDS if w.isascii()), key=len, reverse=True)
_THAI_WORDS = sorted((w for w in DIGIT_WORDS if not w.isascii()), key=len, reverse=True)
_LATIN = "(?:" + "|".join(_LATIN_WORDS) + ")"
_THAI = "(?:" + "|".join(_THAI_WORDS) + ")"
# Words, or words and single digits mixed ("7 one 4", "bảy 1 bốn", "7 หนึ่ง 4"): a CVV read out.
_LATIN_OR_DIGIT = rf"(?:{_LATIN}(?![a-z])|(?<![\d.,])\d(?![\d.,]?\d))"
_THAI_OR_DIGIT = rf"(?:{_THAI}|(?<![\d.,])\d(?![\d.,]?\d))"
# Inside the words, "không" typed short and the other words read as a zero ("bảy ko chín": 709).
_INNER_ZERO = r"(?<![a-z])(?:ko|kh|hong|linh|le|o)(?![a-z])"
SHORT_READ_OUT = re.compile(
    rf"(?<![a-z]){_LATIN_OR_DIGIT}(?:[ ,\-]+(?:{_LATIN_OR_DIGIT}|{_INNER_ZERO})){{1,2}}"
    rf"[ ,\-]+{_LATIN_OR_DIGIT}(?![a-z\d])"
    rf"|{_THAI_OR_DIGIT}(?: ?{_THAI_OR_DIGIT}){{2,3}}(?!\d)"
)
SHORT_WORD = re.compile(rf"{_LATIN}|{_THAI}|\d|{_INNER_ZERO}")
CVV_WINDOW = 40  # characters after the CVV word: "mã bảo mật sau thẻ tôi đọc …"
CVV_WORDS: frozenset[Category] = frozenset({"cvv", "security"})

# Words that tell pieces of one number.
PIECE = re.compile(
    r"(?<![a-z])(?:first|second|third|then|half|part|rest|remaining|last|next|followed by|dau|tiep|tiep theo"
    r"|con lai|nua|phan|roi|sau do|voi|va|and|plus)(?![a-z])|ครึ่ง|แรก|ต่อ|ที่เหลือ|ส่วน|แล้ว|กับ|และ"
)
PIECE_GAP = 30  # characters between two pieces
NAMED_WITHIN = 40  # characters between the secret word and the first piece, or the last and it
CLAUSE_END = re.compile(r"[.?!;\n]")
SHORTEST_PIECE, LONGEST_PIECE = 2, 10
LENGTHS: dict[str, range] = {
    "otp": range(4, 9),
    "pin": range(4, 9),
    "cvv": range(3, 5),
    "card_number": range(13, 20),
    "id_number": range(9, 13),
}
KIND_OF: dict[Category, str] = {
    "otp": "otp",
    "pin": "pin",
    "cvv": "cvv",
    "security": "otp",
    "card": "card_number",
    "id": "id_number",
}


def glued_codes(folded: str, numbers: list[Run]) -> list[NumberFinding]:
    found: list[NumberFinding] = []
    if not numbers or not any(map(folded.__contains__, GLUED_WORDS)):
        return found  # faster than the pattern's search: most messages have neither
    for match in GLUED_CODE.finditer(folded):
        kind = GLUED_KIND[match.group(1) or match.group(2)]
        if len(match.group(3)) in GLUED_DIGITS[kind]:
            found.append(NumberFinding(kind, *match.span(3)))
    found += [NumberFinding("cvv", *match.span(1)) for match in CVV_TWO.finditer(folded)]
    return found


def short_read_outs(folded: str, keywords: list[Keyword]) -> list[NumberFinding]:
    """Three or four digit words, or words and single digits, soon after a CVV or security-code word."""
    found = []
    for keyword in keywords:
        if keyword.category not in CVV_WORDS:
            continue
        match = SHORT_READ_OUT.search(folded, keyword.end, min(len(folded), keyword.end + CVV_WINDOW))
        words = SHORT_WORD.findall(match.group()) if match else []
        if match and len(words) in (3, 4) and not all(w.isdigit() for w in words):  # digits: the number rules
            found.append(NumberFinding("cvv", *match.span()))
    return found


def pieces(folded: str, numbers: list[Run], keywords: list[Keyword]) -> list[NumberFinding]:
    """Numbers joined by words for pieces, named by a secret word, as long together as it is."""
    found: list[NumberFinding] = []
    runs = [
        (s, e, digits)
        for s, e, groups in numbers
        if SHORTEST_PIECE <= (digits := sum(ge - gs for gs, ge in groups)) <= LONGEST_PIECE
        and _alone(folded, s, e)
    ]
    i = 0
    while i < len(runs):
        j = i
        while j + 1 < len(runs) and _joined(folded, runs[j][1], runs[j + 1][0]):
            j += 1
        if j > i:
            found += _named(folded, runs[i : j + 1], keywords)
        i = j + 1
    return found


def _alone(folded: str, start: int, end: int) -> bool:
    """A number of its own: not glued to letters ("E1025") nor a group of a grouped one ("45,000")."""
    before = folded[max(0, start - 2) : start]
    after = folded[end : end + 2]
    return not (
        (before[-1:].isalpha() and before[-1:] < "\u0e00")
        or (after[:1].isalpha() and after[:1] < "\u0e00")
        or (len(before) == 2 and before[0].isdigit() and before[1] in ".,")
        or (len(after) == 2 and after[0] in ".," and after[1].isdigit())
    )


def _joined(folded: str, end: int, start: int) -> bool:
    return (
        start - end <= PIECE_GAP
        and not CLAUSE_END.search(folded, end, start)
        and bool(PIECE.search(folded, end, start))
    )


def _named(folded: str, group: list[tuple[int, int, int]], keywords: list[Keyword]) -> list[NumberFinding]:
    digits = sum(d for _s, _e, d in group)
    first, last = group[0][0], group[-1][1]
    for keyword in keywords:
        kind = KIND_OF.get(keyword.category)
        near = first - NAMED_WITHIN <= keyword.end <= first or last <= keyword.start <= last + NAMED_WITHIN
        if (
            kind is None
            or keyword.ambiguous
            or not near
            or digits not in LENGTHS[kind]
            or any(d >= LENGTHS[kind].start for _s, _e, d in group)  # a whole code is no piece of one
        ):
            continue
        if kind == "card_number" and not luhn_valid(
            "".join(c for s, e, _d in group for c in folded[s:e] if c.isdigit())
        ):
            continue
        return [NumberFinding(kind, s, e) for s, e, _d in group]
    return []
