"""One-time codes of capital letters and digits mixed, after a code's word.

Some services send codes such as "A7K29Q" or "K8M2P7": no rule that reads digits sees them. After
a code's word and its copula or colon, or a few words that say what the code is made of ("mã xác
thực gồm chữ và số: K8M2P7", "รหัสยืนยันเป็นตัวอักษรปนตัวเลข B7R4X2", "the code has letters:
Q4T9LM"), a token of 4 to 10 capitals and digits, two digits at least and a letter, is the code. A
code typed with a letter O among its digits ("code is 3O8172") is one too.

A code read out in digit words typed with no space between them is one too: "ma la
namsauhaibaybonmot" (5 6 2 7 4 1), "the code is fivesixtwoseven".

Not a product's, an order's, a flight's or a plate's code: those have a word of their own
("mã đơn hàng SPX2931", "model A52", "flight VN213", "biển số 29A12345"), which is no code's word,
or which stands between the code's word and the token ("the code of flight VN213").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.safety.keywords import Category, Keyword
from bot.safety.spoken import DIGIT_WORDS

CODE_CATEGORIES = frozenset({"otp", "security"})
# Capitals and digits, 4 to 10, standing alone; the look-aheads read at most ten characters.
TOKEN = re.compile(r"(?<![\w\-/.@#])[A-Z0-9]{4,10}(?![\w\-/@#]|\.\w)")
GAP_CHARS = 36
LONGEST = 10
# What may lead from the code's word to the token: its copula or a colon, right after the word or
# ending the words between.
GIVEN_AFTER_WORD = re.compile(r" ?(?:(?:la|is|was|la ma|are)(?![a-z])|[:=]|เป็น|คือ|ได้แก่)")
GIVEN_BEFORE_TOKEN = re.compile(r"(?:(?<![a-z])(?:la|is|was)|[:=]|เป็น|คือ) ?$")
# A break in the clause, or a thing's own name, between the code's word and the token.
NOT_THE_CODE = re.compile(
    r"[.;!?\n,]|(?<![a-z])(?:model|flight|chuyen bay|bien so|plate|order|don hang|san pham|product"
    r"|tracking|seat|ghe|gate|ticket|ve|may bay|xe|wifi|ten|name)(?![a-z])|เที่ยวบิน|ทะเบียน|รุ่น"
)
# A thing named in the clause before the code's word: "Đơn hàng GHN mã LPDK7RQ9" (an order's code).
THING = re.compile(
    r"(?<![a-z])(?:model|flight|chuyen bay|bien so|plate|order|don|don hang|san pham|product|tracking"
    r"|parcel|package|buu kien|kien hang|van don|seat|ghe|gate|ticket|may bay|wifi)(?![a-z])"
    r"|เที่ยวบิน|ทะเบียน|รุ่น|พัสดุ|คำสั่งซื้อ"
)
THING_CHARS = 30
CLAUSE_BREAK = re.compile(r"[.;!?\n]")
# Categories of keyword that may stand between: the word "number" or "digits" ("chữ và số").
BETWEEN = frozenset({"otp", "security", "number", "neutral"})
MIN_DIGITS = 2
# The token before the code's word that names it: "A7K29Q là mã xác nhận", "Q4T9LM is the code".
NAMED_AFTER = re.compile(
    r"(?<![\w\-/.@#])([a-z0-9]{4,10}) (?:(?:la|is|was|คือ|เป็น) ?)?(?:(?:the|my|cai|your) )?$"
)
NAMED_AFTER_CHARS = 24
# Digit words run together right after a secret's word and its copula or colon.
RUN_TOGETHER = re.compile(r" ?(?:(?:la|is|was|[:=]) ?)?([a-z]{8,80})(?![a-z])")
RUN_KINDS: dict[Category, str] = {"otp": "otp", "security": "otp", "pin": "pin", "cvv": "cvv"}
RUN_DIGITS = {"otp": range(4, 9), "pin": range(4, 9), "cvv": range(3, 5)}
LATIN_DIGIT_WORDS = frozenset(w for w in DIGIT_WORDS if w.isascii())
LONGEST_DIGIT_WORD = max(map(len, LATIN_DIGIT_WORDS))


def lettered_codes(text: str, folded: str, keywords: list[Keyword]) -> Iterator[tuple[int, int]]:
    """Spans of codes of capitals and digits mixed that a code's word gives."""
    if not any(c.isupper() for c in text):
        return
    for i, keyword in enumerate(keywords):
        if keyword.category not in CODE_CATEGORIES:
            continue
        token = TOKEN.search(text, keyword.end, min(len(text), keyword.end + GAP_CHARS + LONGEST + 1))
        if token is None or token.start() - keyword.end > GAP_CHARS or not _mixed(token.group()):
            continue
        if _given(folded, keyword, token.start(), keywords[i + 1 :]):
            yield token.span()
    for keyword in keywords:
        if keyword.category not in CODE_CATEGORIES:
            continue
        named = NAMED_AFTER.search(folded, max(0, keyword.start - NAMED_AFTER_CHARS), keyword.start)
        if named and TOKEN.fullmatch(text, *named.span(1)) and _mixed(named.group(1)):
            yield named.span(1)


def _mixed(token: str) -> bool:
    return sum(c.isdigit() for c in token) >= MIN_DIGITS and any(c.isalpha() for c in token)


def _given(folded: str, keyword: Keyword, start: int, later: list[Keyword]) -> bool:
    """The token follows the code's word at once, or after its copula or colon, with nothing
    between that breaks the clause or names another thing."""
    gap = folded[keyword.end : start]
    before = folded[max(0, keyword.start - THING_CHARS) : keyword.start]
    if THING.search(before[_clause_start(before) :]):
        return False
    if NOT_THE_CODE.search(gap) or any(k.start < start and k.category not in BETWEEN for k in later):
        return False
    return not gap.strip() or bool(
        GIVEN_AFTER_WORD.match(folded, keyword.end) or GIVEN_BEFORE_TOKEN.search(gap)
    )


def _clause_start(window: str) -> int:
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(window)]
    return breaks[-1] if breaks else 0


def run_together(folded: str, keywords: list[Keyword]) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of digit words typed with no space between, a secret's word before them."""
    for keyword in keywords:
        kind = RUN_KINDS.get(keyword.category)
        match = RUN_TOGETHER.match(folded, keyword.end) if kind else None
        if kind and match and _word_count(match.group(1)) in RUN_DIGITS[kind]:
            yield kind, *match.span(1)


def _word_count(letters: str) -> int:
    """How many digit words `letters` is made of, whole, the fewest; 0 if it is not made of them."""
    fewest = [0] + [-1] * len(letters)
    for end in range(1, len(letters) + 1):
        for size in range(1, min(end, LONGEST_DIGIT_WORD) + 1):
            before = fewest[end - size]
            if before >= 0 and letters[end - size : end] in LATIN_DIGIT_WORDS:
                count = before + 1
                if fewest[end] < 0 or count < fewest[end]:
                    fewest[end] = count
    return max(fewest[-1], 0)
