"""The checkable claims in a lesson: hotlines, amounts, dates, legal documents, web hosts, app labels.

These are the facts an elderly learner acts on without a second thought (dialling a number, paying
a fee, trusting a web address), so `hocvuso kb audit` lists them for a trainer and insists that
each is either repeated by another reviewed lesson or registered with its source in
`knowledge/facts.yaml`. Values are normalised so that "1900 0368" and "1900.0368" are one claim.

Every pattern is a flat alternation of bounded character classes: linear in the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from knowledge.schema import Entry

Kind = Literal["number", "amount", "legal", "host", "date", "label"]

UNITS = r"triệu|tr|nghìn|ngàn|tỷ|đồng|VNĐ|VND|baht|million|thousand|dong"
THAI_UNITS = r"บาท|ล้าน|พัน|หมื่น|แสน"  # Thai runs words together: no word boundary after them
LEGAL_NAMES = {
    "điều": "article",
    "article": "article",
    "quyết định": "decision",
    "decision": "decision",
    "nghị định": "decree",
    "decree": "decree",
    "thông tư": "circular",
    "circular": "circular",
}
LEGAL_WORDS = "|".join(LEGAL_NAMES)
PATTERNS: dict[Kind, re.Pattern[str]] = {
    "amount": re.compile(
        rf"(?<![\w/])\d[\d.,]{{0,12}}\s?(?:(?:{UNITS})(?!\w)|{THAI_UNITS})|฿\s?\d[\d.,]{{0,12}}", re.I
    ),
    "legal": re.compile(
        rf"(?<![\w/])\d{{1,5}}/(?:\d{{4}}/)?[A-ZĐ][A-ZĐa-z0-9-]{{1,20}}|(?:{LEGAL_WORDS})\s\d{{1,5}}(?![\w/])",
        re.I,
    ),
    "date": re.compile(
        r"(?<![\w/])\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?![\w/])|(?<![\w/.,])(?:19[5-9]\d|20[0-4]\d|25[5-7]\d)(?![\w/%]|[.,]\d)"
    ),
    "host": re.compile(
        r"(?<![\w.@-])(?:[a-z0-9-]{1,63}\.){1,5}(?:vn|th|com|net|org|app|gov|info)(?![\w.-])", re.I
    ),
    "number": re.compile(
        r"(?<![\w/.,+-])(?:\+?\d{2,4}[ .-]?)?\d{2,4}(?:[ .-]\d{3,4}){0,2}(?![\w/%-]|[.,]\d)"
    ),
    "label": re.compile(r"\"([^\"\n]{2,40})\"|“([^”\n]{2,40})”"),
}
LABEL_MAX_WORDS = 5
NON_DIGITS = re.compile(r"\D")


@dataclass(frozen=True)
class Claim:
    kind: Kind
    value: str
    text: str
    field: str


def lesson_claims(entry: Entry) -> list[Claim]:
    """Claims in what the learner reads (not in `questions`, which are learners' own words)."""
    claims: dict[tuple[Kind, str], Claim] = {}
    for field, text in _readable_fields(entry):
        for claim in claims_in(text, field):
            claims.setdefault((claim.kind, claim.value), claim)
    return list(claims.values())


def claims_in(text: str, field: str) -> Iterator[Claim]:
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            value = normalise(kind, match.group(0))
            if value is None:
                continue
            taken.append(match.span())
            yield Claim(kind, value, match.group(0).strip(), field)


def normalise(kind: Kind, raw: str) -> str | None:
    """The comparable form of a claim, or None when the match is not a claim after all."""
    raw = raw.strip()
    if kind == "number":
        digits = NON_DIGITS.sub("", raw)
        return digits if 3 <= len(digits) <= 12 else None
    if kind == "amount":
        return _amount(raw)
    if kind == "legal":
        return _legal(raw)
    if kind == "host":
        host = raw.casefold()
        return host.removeprefix("www.")
    if kind == "label":
        label = raw.strip('"“” ').casefold()
        return label if len(label.split()) <= LABEL_MAX_WORDS else None
    return raw


UNIT_NAMES = {
    "m": ("triệu", "tr", "million", "ล้าน"),
    "k": ("nghìn", "ngàn", "thousand", "พัน"),
    "b": ("tỷ",),
    "10k": ("หมื่น",),
    "100k": ("แสน",),
    "thb": ("baht", "บาท", "฿"),
    "vnd": ("đồng", "vnđ", "vnd", "dong"),
}


def _amount(raw: str) -> str:
    """'10 triệu' and '10 million' → '10m'; '200,000 บาท' and '฿200,000' → '200000thb'."""
    text = raw.casefold()
    digits = NON_DIGITS.sub("", text)
    unit = next((short for short, names in UNIT_NAMES.items() if any(n in text for n in names)), "")
    return digits + unit


def _legal(raw: str) -> str:
    """'69/2024/NĐ-CP' → '69/2024'; '2345/QĐ-NHNN' → '2345/qđ-nhnn'; 'Điều 176' → 'article 176'."""
    if "/" not in raw:
        name, number = raw.casefold().rsplit(maxsplit=1)
        return f"{LEGAL_NAMES[name]} {number}"
    number, rest = raw.split("/", 1)
    year = rest.split("/", 1)[0]
    return f"{number}/{year}" if year.isdigit() else f"{number}/{rest.casefold()}"


def _readable_fields(entry: Entry) -> Iterator[tuple[str, str]]:
    yield "title", entry.title
    yield "answer", entry.answer
    for n, step in enumerate(entry.steps):
        yield f"steps.{n}.text", step.text
        if step.simpler:
            yield f"steps.{n}.simpler", step.simpler
    for n, warning in enumerate(entry.warnings):
        yield f"warnings.{n}", warning
