"""Class codes: what a mentor hands out and a learner sends in chat to join a class.

Eight characters from an alphabet without look-alikes (no 0/O and no 1/I/L), with at least one
digit so a code is never an ordinary word: about 7.7 × 10^11 codes, against a million for the six
digits used before (codes made then keep working). Shown as two groups of four ("K7MQ-2XPA");
accepted in any case, with or without the hyphen or a space.

Wrong guesses are limited per learner and per network address (`GuessLimit`), so nobody can try
codes until one fits.
"""

from __future__ import annotations

import re
import secrets
from typing import Protocol

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 8
_SYMBOL = "[2-9a-hjkmnp-z]"
# In lower-case text: a new code (4 + 4, maybe split by a hyphen or a space), or an old all-digit one.
PATTERN = rf"{_SYMBOL}{{4}}[- ]?{_SYMBOL}{{4}}|\d{{4,8}}"
# A code named as one, in folded text: "mã lớp K7MQ-2XPA", "class code: 482913", "รหัสห้อง …".
MENTION = re.compile(
    r"(?:\bma lop|\bclass code|รหัสห้อง|รหัสชั้นเรียน)\s*+(?:(?:la|is|คือ)\s*+)?(?:[:#]\s*+)?"
    rf"({PATTERN})\b"
)


def new_code() -> str:
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        if any(c.isdigit() for c in code):
            return code


def canonical(typed: str) -> str:
    """The stored form of a code as typed: upper case, without separators."""
    return "".join(c for c in typed.upper() if c not in "- ")


def looks_like_code(typed: str) -> bool:
    """A match of PATTERN that could be a code: old codes are digits, new ones hold a digit."""
    return any(c.isdigit() for c in typed)


def mentioned(folded: str) -> list[tuple[int, int]]:
    """Spans of the class codes named as such: the secret guard leaves them alone, though a code
    like "MKP4-Q2BP" has the shape of a password and starts with "mk" (mật khẩu)."""
    return [m.span(1) for m in MENTION.finditer(folded) if looks_like_code(m.group(1))]


def display(code: str) -> str:
    return f"{code[:4]}-{code[4:]}" if len(code) == LENGTH and not code.isdigit() else code


class GuessLimit(Protocol):
    """Counts codes that matched no class, per learner and per client address (None: unknown,
    as for Zalo, whose webhook comes from Zalo's servers)."""

    def wait_s(self, learner_id: str, address: str | None) -> int:
        """0 when another code may be tried now; otherwise the seconds to wait."""
        ...

    def missed(self, learner_id: str, address: str | None) -> None: ...


class NoGuessLimit:
    def wait_s(self, learner_id: str, address: str | None) -> int:
        return 0

    def missed(self, learner_id: str, address: str | None) -> None:
        return None
