"""Encryption at rest of the OA's tokens: whoever reads the database (a backup, a copy) cannot
send as the OA or refresh its tokens.

Fernet (AES-128-CBC with HMAC-SHA256, from `cryptography`) with keys from
HOCVUSO_ZALO_TOKEN_KEYS (comma-separated) or else the key file setup makes,
`var/secrets/zalo-tokens.key` (one key a line, readable by this user only). The first key
encrypts, every key decrypts (MultiFernet). To rotate: put a new key first and keep the old one
after it, restart (the stored pair is written again under the new key the next time it is
read), then drop the old key. A value without the `fernet:` prefix was stored in plain text by an
older version; it is read as it is and encrypted at that same read.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from api.settings import Settings

PREFIX = "fernet:"


class UnknownTokenKey(RuntimeError):
    """The stored tokens were encrypted with a key that is not configured any more."""


class TokenCipher:
    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise ValueError("at least one key is needed")
        self._current = Fernet(keys[0])
        self._all = MultiFernet([Fernet(k) for k in keys])

    def seal(self, secret: str) -> str:
        return PREFIX + self._current.encrypt(secret.encode()).decode()

    def open(self, stored: str) -> str:
        if not stored.startswith(PREFIX):
            return stored
        try:
            return self._all.decrypt(stored.removeprefix(PREFIX).encode()).decode()
        except InvalidToken as exc:
            raise UnknownTokenKey(
                "The stored Zalo tokens were encrypted with a key that is not configured: put the old "
                "key back (after the new one) in HOCVUSO_ZALO_TOKEN_KEYS or var/secrets/zalo-tokens.key, "
                "or set a new token pair from the Zalo developer console."
            ) from exc

    def is_current(self, stored: str) -> bool:
        """Encrypted under the first key: nothing to rewrite."""
        if not stored.startswith(PREFIX):
            return False
        try:
            self._current.decrypt(stored.removeprefix(PREFIX).encode())
        except InvalidToken:
            return False
        return True


def token_cipher(settings: Settings) -> TokenCipher:
    configured = settings.zalo_token_keys.get_secret_value()
    if configured.strip():
        return TokenCipher([k.strip().encode() for k in configured.split(",") if k.strip()])
    return TokenCipher(load_or_create_keys(settings.zalo_token_key_file))


def load_or_create_keys(path: Path) -> list[bytes]:
    """The keys in the file, newest first; a new file with one fresh key if there is none."""
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(Fernet.generate_key().decode() + "\n", encoding="ascii")
    return [line.strip().encode() for line in path.read_text(encoding="ascii").splitlines() if line.strip()]
