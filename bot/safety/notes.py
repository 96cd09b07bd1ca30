"""Secrets in a list of notes, one service a line: "- ATM: 8316", "- LINE: ยายแดง2501", "- Zalo: lan1960".

A learner who writes down what a grandchild set up keeps it as a list, and the list names each line
by the service it opens, not by a password's word. In a list of two lines or more so labelled, a
value built as a password is one (letters with digits or a sign), and a bank card's or an ATM's four
to six digits are its PIN. A list of phone numbers, addresses or prices ("- Zalo: 0912 345 678",
"- Gmail: lan@mail.vn", "- Giá: 250000") has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.safety.keywords import trie
from bot.safety.passwords import SERVICES

# A line of a list: a dash, a star, a dot or a number first, a label, a colon, one value.
NOTE_LINE = re.compile(
    r"^[ \t]{0,8}(?:[-*•+–]|\d{1,2}[.)])?[ \t]{0,4}([^\W\d_][\w\u0e00-\u0e7f .]{0,20}?)[ \t]{0,4}"
    r"(?:[:=]|[ \t][-–]|(?<=[ \t])(?=\d))[ \t]{0,4}(\S{3,40})[ \t]{0,8}$",
    re.MULTILINE,
)
CARD_LABELS = frozenset(
    ["atm", "pin", "the atm", "the", "card", "bank card", "debit card", "บัตร", "บัตร atm", "เอทีเอ็ม"]
)
# A card's label by its first or last word, whatever the bank: "thẻ VCB", "thẻ agri", "Visa", "ATM card",
# "บัตรกรุงไทย", "บัตรออมสิน".
CARD_FIRST_WORDS = frozenset("the card atm visa mastercard master jcb amex napas".split())
CARD_LAST_WORDS = frozenset(["card", "atm"])
THAI_CARD_WORDS = ("บัตร", "เอทีเอ็ม")
SERVICE_LABELS = SERVICES | frozenset(
    "line fb face เฟซ เฟส เฟสบุ๊ค เฟซบุ๊ก ไลน์ อีเมล จีเมล ไอดี ig insta app ngan hang app bank เป๋าตัง".split()
)
# One service, then what it uses, in running text: "ไลน์ใช้ Nit1958line เฟซใช้ Nit1958fb", "zalo dùng
# lan1960zl, facebook dùng lan1960fb", "Line uses nit58, Facebook uses nit59", "fb: abc123, zalo: xyz456".
# Only a service's own name: not "ID", a bank or an app in general.
LINE_SERVICES = sorted(SERVICE_LABELS - {"ไอดี", "app", "ngan", "hang", "bank", "internet", "online"})
SERVICE_VALUE = re.compile(
    rf"(?<![\w\u0e00-\u0e7f])({trie(LINE_SERVICES)})"
    r"(?: ?(?:ใช้|เป็น|คือ|:|=)| (?:dung|la|uses|use|is)(?![a-z])|(?= ))"
    r" ?([^\W_][\w.@#!$%&*+-]{2,38}[\w@#!$%&*+])(?![\w@])"
)
PIN_DIGITS = re.compile(r"\d{4,6}")
ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+")
FEWEST_LINES = 2


def note_secrets(text: str, folded: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each PIN or password in a list of notes labelled by service, or in
    one line that names two services or more, each with the password it uses."""
    yield from _services_in_a_line(folded)
    if "\n" not in text:
        return
    lines = [m for m in NOTE_LINE.finditer(folded) if _label(m.group(1)) is not None]
    if len(lines) < FEWEST_LINES:
        return
    for line in lines:
        value, kind = line.group(2), _label(line.group(1))
        if kind == "pin" and PIN_DIGITS.fullmatch(value):
            yield "pin", line.start(2), line.end(2)
        elif kind == "password" and _built(value) and not ADDRESS.fullmatch(value):
            yield "password", line.start(2), line.end(2)


def _label(label: str) -> str | None:
    label = label.strip()
    if label in CARD_LABELS or _a_card(label):
        return "pin"
    return "password" if label in SERVICE_LABELS else None


def _a_card(label: str) -> bool:
    """A label that names a card by its first or last word, the bank's name beside it."""
    words = label.split()
    if not words or label.startswith("บัตรประชาชน"):
        return False
    return words[0] in CARD_FIRST_WORDS or words[-1] in CARD_LAST_WORDS or label.startswith(THAI_CARD_WORDS)


def _built(value: str) -> bool:
    """Letters with digits, as a password is built ("ยายแดง2501", "daeng.2501!"); not a word alone."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _services_in_a_line(folded: str) -> Iterator[tuple[str, int, int]]:
    """Two services or more, each with a value built as a password after it: one note of passwords
    written as a sentence ("ไลน์ใช้ Nit1958line เฟซใช้ Nit1958fb"); a single one is left to the
    password's word, as a service's name alone may name a handle or an ID."""
    pairs = [
        m for m in SERVICE_VALUE.finditer(folded) if _built(m.group(2)) and not ADDRESS.search(m.group(2))
    ]
    if len(pairs) >= FEWEST_LINES:
        yield from (("password", m.start(2), m.end(2)) for m in pairs)
