"""A picture sent on Zalo is downloaded from Zalo's address by the worker (within a size limit, a
type check and a time limit), read, and checked like a pasted message; nothing of it is kept but
the redacted text."""

from __future__ import annotations

from api.settings import Settings
from tests.api.zalo.conftest import OA_SECRET, wait_until
from tests.api.zalo.events import image_event, signed
from tests.api.zalo.fake_zalo import FakeZalo
from tests.bot.images.drawn import OTP_VI, SCAM_VI, screenshot
from tests.postgres import database_bytes


def test_a_screenshot_sent_on_zalo_gets_the_verdict(deliver, fake_zalo: FakeZalo) -> None:
    user = "5550001"
    url = fake_zalo.picture("scam.png", screenshot(SCAM_VI, dark=True))
    deliver(image_event(fake_zalo.app_id, user, url, "msg-img-1"))
    wait_until(lambda: len(fake_zalo.to(user)) >= 3, timeout=60)
    texts = [m["text"] for m in fake_zalo.to(user)]
    assert texts[0].startswith("Tôi đọc được: “[VNeID]")
    assert any("lừa đảo" in t.lower() for t in texts[1:])


def test_an_otp_in_a_zalo_screenshot_is_never_stored(
    deliver, fake_zalo: FakeZalo, zalo_settings: Settings
) -> None:
    user = "5550002"
    deliver(
        image_event(fake_zalo.app_id, user, fake_zalo.picture("otp.png", screenshot(OTP_VI)), "msg-img-2")
    )
    wait_until(lambda: len(fake_zalo.to(user)) >= 2, timeout=60)
    assert "482913" not in str(fake_zalo.to(user))
    stored = database_bytes(zalo_settings.sqlalchemy_url)
    assert b"Vietcombank" in stored and b"482913" not in stored


def test_a_file_that_is_not_a_picture_is_refused_plainly(deliver, fake_zalo: FakeZalo) -> None:
    user = "5550003"
    url = fake_zalo.picture("page.html", b"<html>not a picture</html>", "text/html")
    deliver(image_event(fake_zalo.app_id, user, url, "msg-img-3"))
    wait_until(lambda: fake_zalo.to(user), timeout=60)
    assert "PNG, JPEG" in fake_zalo.to(user)[0]["text"]


def test_a_picture_over_the_limit_is_not_downloaded_whole(
    make_client, zalo_settings: Settings, fake_zalo: FakeZalo, nlu
) -> None:
    app = make_client(zalo_settings.model_copy(update={"max_image_bytes": 64 * 1024}), nlu=nlu)
    user = "5550004"
    url = fake_zalo.picture("huge.png", b"\x89PNG" + b"\0" * (200 * 1024))
    body, headers = signed(image_event(fake_zalo.app_id, user, url, "msg-img-4"), OA_SECRET)
    assert app.post("/channels/zalo/webhook", content=body, headers=headers).status_code == 200
    wait_until(lambda: fake_zalo.to(user), timeout=60)
    assert "quá lớn" in fake_zalo.to(user)[0]["text"]


def test_a_picture_that_is_gone_is_answered_not_retried(deliver, fake_zalo: FakeZalo) -> None:
    user = "5550005"
    deliver(image_event(fake_zalo.app_id, user, f"{fake_zalo.url}/media/missing.png", "msg-img-5"))
    wait_until(lambda: fake_zalo.to(user), timeout=60)
    assert "chưa tải được ảnh" in fake_zalo.to(user)[0]["text"]
