"""Find secrets a learner typed (OTP, password, PIN, card or ID number) and redact them.

Elderly learners sometimes type an OTP or a card number to "check" it. The assistant must warn
them and must never keep the secret: the redacted text is the only text that goes any further
(to the NLU server, to the database, to logs). Phone numbers and bank-account numbers stay: a
learner pasting a scam message needs the scammer's number discussed, and they are not secrets.

Rules are deliberately explicit: a card number must pass the Luhn check, a Thai ID its checksum,
a bare code must stand alone or come shortly after a word like "OTP" / "mã" / "รหัส".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["otp", "password", "pin", "card_number", "cvv", "id_number"]

PLACEHOLDER = {
    "otp": "[OTP]",
    "password": "[PASSWORD]",
    "pin": "[PIN]",
    "card_number": "[CARD]",
    "cvv": "[CVV]",
    "id_number": "[ID]",
}


@dataclass(frozen=True)
class Finding:
    kind: Kind
    start: int
    end: int


_GAP = r"[\s:=\-–>]*(?:(?:là|la|is|คือ|của tôi|cua toi|tôi|toi|mới|moi|new|my)\s*[:=]?\s*)*"
_KEYED = [
    ("cvv", rf"(?i)\b(?:cvv|cvc|3 số sau thẻ|3 so sau the|mã bảo mật thẻ|ma bao mat the){_GAP}(\d{{3,4}})\b"),
    ("pin", rf"(?i)(?:\bpin|mã pin|ma pin|รหัส\s?pin|passcode){_GAP}(\d{{4,8}})(?!\d)"),
]
# A code can sit a few words after its keyword ("Ma OTP xac thuc giao dich la 731904"): every
# 4-8 digit group in the window after one is treated as the code. Over-redacting is safe.
# A class code ("mã lớp 482913", "class code …", "รหัสห้อง …") is shared with a whole class, not a
# secret: learners join a trainer's class with it.
_OTP_KEYWORD = re.compile(
    r"(?i)\botp\b|mã xác (?:thực|nhận)|ma xac (?:thuc|nhan)|\bmã\b(?!\s*lớp)|\bma so\b"
    r"|(?<!class )\bcode\b|รหัส(?!ผ่าน|ห้อง|ชั้นเรียน)"
)
_OTP_WINDOW = 60
_CODE = re.compile(r"(?<![\d.,])\d{4,8}(?![\d.,]\d|\d)")
_PASSWORD = re.compile(
    r"(?i)(?:mật khẩu|mat khau|\bmk\b|\bpass(?:word)?\b|รหัสผ่าน)(?:\s*[^\s:=]+){0,3}?"
    r"\s*(?::|=|\blà\b|\bla\b|\bis\b|คือ)\s*(\S{4,64}?)[.,;!?]*(?=\s|$)"
)
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_BARE_CODE = re.compile(r"^\W*(\d{4,8})\W*$")
_VN_ID = re.compile(r"(?<!\d)0\d{11}(?!\d)")
_TH_ID = re.compile(r"(?<!\d)(\d)[ -]?(\d{4})[ -]?(\d{5})[ -]?(\d{2})[ -]?(\d)(?!\d)")


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        n = int(char)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def thai_id_valid(digits: str) -> bool:
    """Thai national ID: the 13th digit is (11 - Σ dᵢ·(14-i) mod 11) mod 10."""
    if len(digits) != 13:
        return False
    weighted = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
    return (11 - weighted % 11) % 10 == int(digits[12])


def _looks_secret(value: str) -> bool:
    """ "mật khẩu là gì" asks a question; "mật khẩu là Lan@1960" gives one away."""
    return any(c.isdigit() for c in value) or (
        any(c.isalpha() for c in value) and any(not c.isalnum() for c in value)
    )


def find_secrets(text: str) -> list[Finding]:
    findings: list[Finding] = []
    for kind, pattern in _KEYED:
        findings += [Finding(kind, m.start(1), m.end(1)) for m in re.finditer(pattern, text)]
    for keyword in _OTP_KEYWORD.finditer(text):
        window = text[keyword.end() : keyword.end() + _OTP_WINDOW]
        findings += [
            Finding("otp", keyword.end() + m.start(), keyword.end() + m.end()) for m in _CODE.finditer(window)
        ]
    findings += [
        Finding("password", m.start(1), m.end(1))
        for m in _PASSWORD.finditer(text)
        if _looks_secret(m.group(1))
    ]
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            findings.append(Finding("card_number", match.start(), match.end()))
    for match in _TH_ID.finditer(text):
        if thai_id_valid("".join(match.groups())):
            findings.append(Finding("id_number", match.start(), match.end()))
    findings += [Finding("id_number", m.start(), m.end()) for m in _VN_ID.finditer(text)]
    if bare := _BARE_CODE.match(text):
        findings.append(Finding("otp", bare.start(1), bare.end(1)))
    return _without_overlaps(findings)


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the longest finding where two overlap (a card number beats the OTP inside it)."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and finding.start < kept[-1].end:
            continue
        kept.append(finding)
    return kept


def redact(text: str) -> tuple[str, list[Finding]]:
    """The text with every secret replaced by a placeholder, and what was found."""
    findings = find_secrets(text)
    out, position = [], 0
    for finding in findings:
        out += [text[position : finding.start], PLACEHOLDER[finding.kind]]
        position = finding.end
    out.append(text[position:])
    return "".join(out), findings
