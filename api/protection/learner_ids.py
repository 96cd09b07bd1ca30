"""Who a chat message may claim to be.

Ids that start with a channel's prefix (`zalo:`) belong to that channel: a web client may not
write into a Zalo learner's conversation. Deployments that want more can make the chat API take
only ids the server issued, signed with a secret made at setup (HMAC-SHA256, 128 bits kept).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

RESERVED_PREFIXES = ("zalo:",)
WEB_PREFIX = "web-"
SIGNATURE_HEX = 32


def reserved(learner_id: str) -> bool:
    return learner_id.lower().startswith(RESERVED_PREFIXES)


def issue(secret: bytes) -> str:
    """A new web learner id: 96 random bits, then its signature."""
    base = WEB_PREFIX + secrets.token_hex(12)
    return f"{base}.{_sign(secret, base)}"


def is_signed(secret: bytes, learner_id: str) -> bool:
    base, _, signature = learner_id.rpartition(".")
    return bool(base) and hmac.compare_digest(signature, _sign(secret, base))


def _sign(secret: bytes, base: str) -> str:
    return hmac.new(secret, base.encode(), hashlib.sha256).hexdigest()[:SIGNATURE_HEX]


def load_or_create_key(path: Path) -> bytes:
    """The signing key, made once (setup makes it) and readable by this user only."""
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_hex(32), encoding="ascii")
    return bytes.fromhex(path.read_text(encoding="ascii").strip())
