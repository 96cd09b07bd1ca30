"""Hashing of trainer passwords and tokens, with the standard library only.

Passwords: scrypt (memory-hard) with a random salt per password. Each hash names its cost, so
raising the cost needs no migration: an older hash still verifies, and is redone at the new cost
when its owner next signs in. Tokens are 256-bit random values, so a plain SHA-256 is enough to
store them: there is nothing to guess.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass

# Hashes written before the cost was stored with them ("scrypt$salt$digest") used these.
LEGACY_COST = (14, 8, 1)
MIB = 1024 * 1024


@dataclass(frozen=True)
class PasswordHasher:
    """scrypt with N = 2**log2_n; the default 2**17 (r=8) uses 128 MiB per check, as current
    guidance asks, which OpenSSL refuses unless `maxmem` says so."""

    log2_n: int = 17
    r: int = 8
    p: int = 1

    def hash(self, password: str) -> str:
        salt = secrets.token_bytes(16)
        digest = _scrypt(password, salt, self.log2_n, self.r, self.p)
        return f"scrypt$ln={self.log2_n},r={self.r},p={self.p}${_b64(salt)}${_b64(digest)}"

    def verify(self, password: str, stored: str) -> bool:
        parsed = _parse(stored)
        if parsed is None:
            return False
        (log2_n, r, p), salt, expected = parsed
        return hmac.compare_digest(_scrypt(password, salt, log2_n, r, p), expected)

    def needs_rehash(self, stored: str) -> bool:
        """True for a hash made at another cost than this hasher's."""
        parsed = _parse(stored)
        return parsed is None or parsed[0] != (self.log2_n, self.r, self.p)


def max_memory(log2_n: int, r: int, p: int) -> int:
    """What OpenSSL needs for these parameters (its V and B arrays), plus room to spare."""
    return 128 * r * (2**log2_n + 2) + 128 * r * p + MIB


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _scrypt(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode(), salt=salt, n=2**log2_n, r=r, p=p, maxmem=max_memory(log2_n, r, p), dklen=32
    )


def _parse(stored: str) -> tuple[tuple[int, int, int], bytes, bytes] | None:
    parts = stored.split("$")
    try:
        if len(parts) == 3 and parts[0] == "scrypt":
            return LEGACY_COST, base64.b64decode(parts[1]), base64.b64decode(parts[2])
        if len(parts) == 4 and parts[0] == "scrypt":
            cost = dict(item.split("=", 1) for item in parts[1].split(","))
            params = (int(cost["ln"]), int(cost["r"]), int(cost["p"]))
            return params, base64.b64decode(parts[2]), base64.b64decode(parts[3])
    except (ValueError, KeyError, binascii.Error):
        return None
    return None


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
