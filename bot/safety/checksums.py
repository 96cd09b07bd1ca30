"""Checksums that tell a real card or Thai ID number from any long run of digits."""

from __future__ import annotations

import unicodedata


def _values(digits: str) -> list[int]:
    if digits.isascii():
        return [ord(c) - 48 for c in digits]
    return [unicodedata.digit(c) for c in digits]


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, n in enumerate(reversed(_values(digits))):
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def thai_id_valid(digits: str) -> bool:
    """Thai national ID: the 13th digit is (11 - Σ dᵢ·(14-i) mod 11) mod 10."""
    if len(digits) != 13:
        return False
    values = _values(digits)
    weighted = sum(d * (13 - i) for i, d in enumerate(values[:12]))
    return values[0] != 0 and (11 - weighted % 11) % 10 == values[12]
