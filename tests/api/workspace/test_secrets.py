"""Password hashes: scrypt at the cost current guidance asks (2**17), the cost written into each
hash, older hashes still verified and flagged for a redo."""

from __future__ import annotations

import base64
import hashlib

import pytest

from api.workspace.secrets import PasswordHasher, max_memory

PASSWORD = "correct horse battery"


def test_the_default_cost_is_two_to_the_seventeen_and_it_verifies() -> None:
    hasher = PasswordHasher()
    stored = hasher.hash(PASSWORD)
    assert stored.startswith("scrypt$ln=17,r=8,p=1$")
    assert hasher.verify(PASSWORD, stored)
    assert not hasher.verify("correct horse batterY", stored)
    assert not hasher.needs_rehash(stored)


def test_that_cost_needs_more_memory_than_openssl_allows_by_default() -> None:
    with pytest.raises(ValueError):
        hashlib.scrypt(b"x", salt=b"0" * 16, n=2**17, r=8, p=1, dklen=32)
    assert max_memory(17, 8, 1) > 128 * 1024 * 1024


def test_a_hash_from_before_costs_were_stored_verifies_and_asks_for_a_redo() -> None:
    salt = b"s" * 16
    digest = hashlib.scrypt(PASSWORD.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    legacy = f"scrypt${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    hasher = PasswordHasher(log2_n=12)
    assert hasher.verify(PASSWORD, legacy) and not hasher.verify("wrong", legacy)
    assert hasher.needs_rehash(legacy)
    assert hasher.needs_rehash(PasswordHasher(log2_n=11).hash(PASSWORD))


@pytest.mark.parametrize("stored", ["", "bcrypt$x$y", "scrypt$ln=x,r=8,p=1$AA==$AA==", "scrypt$!!$!!"])
def test_a_damaged_hash_never_verifies(stored: str) -> None:
    assert not PasswordHasher(log2_n=12).verify(PASSWORD, stored)
