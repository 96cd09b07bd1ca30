"""Zalo's webhook signature: `X-ZEvent-Signature: mac=<hex>`.

hex = SHA-256 (plain, not HMAC) of app_id + raw body + timestamp + OA secret key, computed over
the body bytes exactly as received: re-serialised JSON would not match.
"""

from __future__ import annotations

import hashlib
import hmac


def mac(app_id: str, body: bytes, timestamp: str, oa_secret_key: str) -> str:
    return hashlib.sha256(app_id.encode() + body + timestamp.encode() + oa_secret_key.encode()).hexdigest()


def signature_header(app_id: str, body: bytes, timestamp: str, oa_secret_key: str) -> str:
    return f"mac={mac(app_id, body, timestamp, oa_secret_key)}"


def is_valid(header: str | None, app_id: str, body: bytes, timestamp: str, oa_secret_key: str) -> bool:
    """Constant-time comparison, so response timing tells a forger nothing."""
    if not header or not header.startswith("mac="):
        return False
    expected = mac(app_id, body, timestamp, oa_secret_key)
    return hmac.compare_digest(header.removeprefix("mac=").strip().lower().encode(), expected.encode())
