"""The OA's tokens: a refreshed pair the database failed to store is still used and stored later
(Zalo has already spent the old refresh token), tokens are encrypted at rest under a key that can
be rotated, and no token or app secret reaches a log."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from cryptography.fernet import Fernet
from pydantic import SecretStr
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from api.database import make_engine, transaction
from api.settings import Settings
from api.zalo.client import TokenPair, ZaloClient
from api.zalo.tables import ZaloToken
from api.zalo.token_keys import PREFIX, TokenCipher, UnknownTokenKey, token_cipher
from api.zalo.tokens import ZaloTokens
from tests.api.zalo.conftest import OA_SECRET, wait_until
from tests.api.zalo.events import text_event
from tests.api.zalo.fake_zalo import FakeZalo
from tests.postgres import database_bytes

pytestmark = pytest.mark.both_backends  # a store contract: the same on SQLite and PostgreSQL


def stored(settings: Settings) -> tuple[str, str]:
    engine = make_engine(settings.sqlalchemy_url)
    try:
        with engine.connect() as db:
            return tuple(db.execute(text("SELECT access_token, refresh_token FROM zalo_tokens")).one())
    finally:
        engine.dispose()


def test_a_pair_the_database_failed_to_store_keeps_the_channel_working(
    deliver, zalo_app, fake_zalo: FakeZalo, zalo_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    failures: list[str] = []

    @event.listens_for(zalo_app.app.state.services.sessions, "before_commit")
    def database_locked_once(session: Session) -> None:
        if not failures and any(isinstance(row, ZaloToken) for row in session.dirty):
            failures.append("failed")
            raise OperationalError("UPDATE zalo_tokens", {}, Exception("database is locked"))

    deliver(text_event(fake_zalo.app_id, "555", "/handoff", "m-1"))
    wait_until(lambda: len(fake_zalo.to("555")) == 2)  # the pair works before anything expired
    before = stored(zalo_settings)

    fake_zalo.expired = True
    deliver(text_event(fake_zalo.app_id, "556", "/handoff", "m-2"))
    wait_until(lambda: len(fake_zalo.to("556")) == 2)
    assert failures == ["failed"] and fake_zalo.refreshes == ["oa-refresh-0"]
    assert "could not be stored" in caplog.text
    # Delivered with the new pair, stored after the failed write (before the second message went).
    issued = [("oa-access-0", "oa-refresh-0"), (fake_zalo.access_token, fake_zalo.refresh_token)]
    cipher = token_cipher(zalo_settings)
    assert tuple(map(cipher.open, stored(zalo_settings))) == issued[1]
    assert stored(zalo_settings) != before

    fake_zalo.expired = True  # the next refresh spends the new refresh token, not the dead one
    deliver(text_event(fake_zalo.app_id, "557", "/handoff", "m-3"))
    wait_until(lambda: len(fake_zalo.to("557")) == 2)
    assert fake_zalo.refreshes == ["oa-refresh-0", issued[1][1]]
    issued.append((fake_zalo.access_token, fake_zalo.refresh_token))

    tokens = [token for pair in issued for token in pair]
    assert not [s for s in [*tokens, fake_zalo.app_secret_key, OA_SECRET] if s in caplog.text], "in the log"
    kept = database_bytes(zalo_settings.sqlalchemy_url)
    assert not [s for s in tokens if s.encode() in kept], "a token is in the database in plain text"
    assert all(value.startswith(PREFIX) for value in stored(zalo_settings))


def tokens(sessions, cipher: TokenCipher) -> ZaloTokens:
    return ZaloTokens(
        sessions, ZaloClient(None, "", ""), "app", "secret", TokenPair("at-0", "rt-0", None), cipher
    )  # type: ignore[arg-type]


def raw(sessions) -> ZaloToken:
    with sessions() as session:
        return session.get(ZaloToken, 1)


def test_a_key_is_rotated_by_putting_a_new_one_first(sessions) -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    assert tokens(sessions, TokenCipher([old])).current() == "at-0"
    under_old = raw(sessions).access_token

    assert tokens(sessions, TokenCipher([new, old])).current() == "at-0"
    under_new = raw(sessions).access_token
    assert under_new != under_old and TokenCipher([new]).open(under_new) == "at-0"
    with pytest.raises(UnknownTokenKey, match="put the old key back"):
        TokenCipher([Fernet.generate_key()]).open(under_new)


def test_a_pair_stored_in_plain_text_by_an_older_version_is_read_and_encrypted(sessions) -> None:
    with transaction(sessions) as session:
        session.add(
            ZaloToken(
                id=1, access_token="at-plain", refresh_token="rt-plain", updated_at=dt.datetime.now(dt.UTC)
            )
        )
    assert tokens(sessions, TokenCipher([Fernet.generate_key()])).current() == "at-plain"
    row = raw(sessions)
    assert row.access_token.startswith(PREFIX) and "plain" not in row.access_token + row.refresh_token


def test_setup_makes_a_private_key_file_and_settings_can_name_the_keys(tmp_path) -> None:
    settings = Settings(var_dir=tmp_path / "var")
    cipher = token_cipher(settings)
    assert settings.zalo_token_key_file.stat().st_mode & 0o777 == 0o600
    assert token_cipher(settings).open(cipher.seal("at-9")) == "at-9", "the file is made once"
    key = Fernet.generate_key().decode()
    named = settings.model_copy(
        update={"zalo_token_keys": SecretStr(f"{key}, {Fernet.generate_key().decode()}")}
    )
    assert TokenCipher([key.encode()]).open(token_cipher(named).seal("at-9")) == "at-9"
