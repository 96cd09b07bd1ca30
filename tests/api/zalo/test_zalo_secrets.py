"""A secret sent through Zalo is redacted before the event is stored, answered with a warning,
and found nowhere afterwards: not in the database file (WAL included) and not in any log."""

from __future__ import annotations

import logging
from pathlib import Path

from api.settings import Settings
from tests.api.zalo.conftest import wait_until
from tests.api.zalo.events import text_event
from tests.api.zalo.fake_zalo import FakeZalo

SECRETS = ["731 904", "Hoa@1958", "4111 1111 1111 1111"]


def test_secrets_over_zalo_are_warned_about_and_kept_nowhere(
    deliver, fake_zalo: FakeZalo, zalo_settings: Settings, nlu, tmp_path: Path
) -> None:
    log = tmp_path / "zalo.log"
    handler = logging.FileHandler(log)
    logging.getLogger().addHandler(handler)
    try:
        deliver(text_event(fake_zalo.app_id, "555", f"mã OTP là {SECRETS[0]}", "s1"))
        deliver(text_event(fake_zalo.app_id, "555", f"mật khẩu ngân hàng là {SECRETS[1]}", "s2"))
        deliver(text_event(fake_zalo.app_id, "555", f"số thẻ {SECRETS[2]}", "s3"))
        wait_until(lambda: len(fake_zalo.to("555")) >= 3)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    replies = " ".join(str(m) for m in fake_zalo.to("555"))
    assert "OTP" in replies or "mật khẩu" in replies
    kept = b"".join(
        p.read_bytes()
        for p in [zalo_settings.var_dir / "hocvuso.db", zalo_settings.var_dir / "hocvuso.db-wal", log]
        if p.exists()
    )
    for secret in SECRETS:
        assert secret.encode() not in kept and secret.replace(" ", "").encode() not in kept
        assert not any(secret in call for call in nlu.calls)
