"""Zalo's webhook mac: SHA-256 over app id, raw body, timestamp and OA secret key."""

from __future__ import annotations

import hashlib

from api.zalo.signature import is_valid, mac, signature_header

BODY = b'{"app_id":"123","event_name":"user_send_text","timestamp":"1700000000000"}'


def test_the_mac_is_plain_sha256_of_the_four_parts_in_order() -> None:
    expected = hashlib.sha256(b"123" + BODY + b"1700000000000" + b"secret").hexdigest()
    assert mac("123", BODY, "1700000000000", "secret") == expected
    assert signature_header("123", BODY, "1700000000000", "secret") == f"mac={expected}"


def test_only_the_exact_header_is_valid() -> None:
    good = signature_header("123", BODY, "1700000000000", "secret")
    assert is_valid(good, "123", BODY, "1700000000000", "secret")
    assert is_valid(good.upper().replace("MAC=", "mac="), "123", BODY, "1700000000000", "secret")
    assert not is_valid(good, "123", BODY + b" ", "1700000000000", "secret")
    assert not is_valid(good, "123", BODY, "1700000000001", "secret")
    assert not is_valid(good, "123", BODY, "1700000000000", "other")
    assert not is_valid(good.removeprefix("mac="), "123", BODY, "1700000000000", "secret")
    assert not is_valid(None, "123", BODY, "1700000000000", "secret")
