"""POST /api/v1/chat/image: a screenshot is read and checked like a pasted message; a bad upload
gets a clear 413, 415 or 422, never a 5xx; what was read is kept only redacted, the picture never."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.bot.images.drawn import OTP_VI, SCAM_VI, animated, png, screenshot
from tests.conftest import StaticNlu
from tests.postgres import database_bytes


@pytest.fixture
def client(make_client, settings: Settings) -> TestClient:
    return make_client(settings)


def _send(client: TestClient, data: bytes, name: str = "screen.png", kind: str = "image/png", **form):
    fields = {"user_id": "learner-img", **form}
    return client.post("/api/v1/chat/image", data=fields, files={"file": (name, data, kind)})


def test_a_scam_screenshot_is_quoted_and_checked(client: TestClient) -> None:
    response = _send(client, screenshot(SCAM_VI, dark=True), lang="vi")
    assert response.status_code == 200, response.text
    body = response.json()
    texts = [m["text"] for m in body["messages"]]
    assert texts[0].startswith("Tôi đọc được: “[VNeID]")
    assert "vneid-capnhat.com.vn" in texts[0]
    assert any("lừa đảo" in t.lower() for t in texts[1:])
    assert "vneid-capnhat.com.vn/xac-thuc" in body["learner_text"]
    assert body["lang"] == "vi"


def test_a_screenshot_is_checked_without_a_parse(make_client, settings: Settings) -> None:
    """Its text is always judged as a forwarded message, so the NLU server's time is left to learners
    who type; the reply is whole, not the reduced one given while the NLU server is down."""
    nlu = StaticNlu()
    body = _send(make_client(settings, nlu=nlu), screenshot(SCAM_VI), lang="vi").json()
    assert nlu.calls == []
    assert body["intent"] == {"name": "screenshot", "confidence": 1.0}
    assert body["degraded"] is False
    assert any("lừa đảo" in m["text"].lower() for m in body["messages"][1:])


def test_an_otp_in_a_screenshot_is_redacted_and_never_stored(client: TestClient, settings: Settings) -> None:
    body = _send(client, screenshot(OTP_VI), lang="vi", message_id="img-otp-1").json()
    assert body["redacted"] == ["otp"]
    assert "482913" not in str(body)
    assert "[OTP]" in body["messages"][1]["text"] or "OTP" in body["messages"][1]["text"]
    stored = database_bytes(settings.sqlalchemy_url)
    assert b"Vietcombank" in stored, "the redacted text is kept with the turn"
    assert b"482913" not in stored


def test_a_resend_gets_the_first_reply(client: TestClient) -> None:
    first = _send(client, screenshot(SCAM_VI), message_id="img-resend")
    again = _send(client, b"not even a picture", message_id="img-resend")
    assert again.status_code == 200
    assert again.json() == first.json()


@pytest.mark.parametrize(
    ("data", "kind", "status", "words"),
    [
        (b"\x89PNG" + b"\0" * (20 * 1024 * 1024), "image/png", 413, "larger than"),
        (b"just some text, no picture", "text/plain", 415, "not a picture"),
        (animated("GIF"), "image/gif", 415, "animated"),
        (png((20_000, 10)), "image/png", 422, "too wide"),
        (png((8000, 8000), mode="1"), "image/png", 422, "too many pixels"),
    ],
    ids=["20MB", "not-an-image", "animated-gif", "20000px-wide", "zip-bomb"],
)
def test_bad_uploads_get_a_clear_answer(
    client: TestClient, data: bytes, kind: str, status: int, words: str
) -> None:
    response = _send(client, data, kind=kind, lang="en")
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert words in detail.lower()


def test_a_refusal_speaks_the_windows_language(client: TestClient) -> None:
    response = _send(client, animated("GIF"), kind="image/gif", lang="vi")
    assert response.status_code == 415
    assert "ảnh động" in response.json()["detail"]


def test_a_missing_file_or_user_is_a_422(client: TestClient) -> None:
    assert client.post("/api/v1/chat/image", data={"user_id": "u"}).status_code == 422
    files = {"file": ("s.png", png((10, 10)), "image/png")}
    assert client.post("/api/v1/chat/image", files=files).status_code == 422
    zalo = client.post("/api/v1/chat/image", data={"user_id": "zalo:123"}, files=files)
    assert zalo.status_code == 422
    bad_id = client.post("/api/v1/chat/image", data={"user_id": "u", "message_id": "a b"}, files=files)
    assert bad_id.status_code == 422
    assert bad_id.json()["errors"][0]["field"] == "message_id"


def test_images_count_against_the_chat_rate(make_client, settings: Settings) -> None:
    client = make_client(settings.model_copy(update={"chat_rate_per_learner": "1/minute"}))
    assert _send(client, png((10, 10))).status_code != 429
    limited = _send(client, png((10, 10)))
    assert limited.status_code == 429 and limited.headers["Retry-After"]


def test_health_says_screenshots_can_be_read(client: TestClient) -> None:
    assert client.get("/health").json()["ocr"] == "ok"


def test_without_tesseract_the_bot_says_it_cannot_read_images_yet(
    make_client, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pytesseract.pytesseract.tesseract_cmd", "/nonexistent/tesseract")
    client = make_client(settings)
    assert client.get("/health").json()["ocr"] == "missing"
    body = _send(client, screenshot(SCAM_VI), lang="vi").json()
    assert body["messages"][0]["text"].startswith("Hiện tôi chưa đọc được ảnh")
