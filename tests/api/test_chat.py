"""POST /api/v1/chat and GET /health, end to end."""

from __future__ import annotations

import pytest

from api.settings import Settings

QUESTION = "quên mật khẩu VNeID thì làm sao"


@pytest.fixture
def offline_client(make_client, settings: Settings):
    """The app with its NLU server unreachable (degraded mode)."""
    return make_client(settings)


@pytest.fixture
def client(make_client, settings: Settings, rasa_server):
    live = settings.model_copy(
        update={"nlu_url": rasa_server.config.url, "nlu_token": rasa_server.config.token}
    )
    return make_client(live)


@pytest.mark.rasa
def test_answers_a_vietnamese_vneid_question_through_rasa_and_vector_search(client) -> None:
    response = client.post("/api/v1/chat", json={"user_id": "learner-1", "text": QUESTION})
    assert response.status_code == 200
    body = response.json()
    assert body["lang"] == "vi"
    assert body["intent"]["name"] == "ask_how_to"
    assert body["intent"]["confidence"] > 0.5
    assert body["entry_id"] == "vi.vneid.forgot-password"
    assert "Quên mật khẩu" in body["messages"][0]["text"]
    assert body["sources"] and all(s["title"] and s["url"].startswith("https://") for s in body["sources"])
    assert body["degraded"] is False


@pytest.mark.rasa
def test_small_talk_is_answered_in_the_learners_language(client) -> None:
    body = client.post("/api/v1/chat", json={"user_id": "learner-2", "text": "xin chào"}).json()
    assert body["intent"]["name"] == "greet"
    assert body["lang"] == "vi"
    assert "Xin chào" in body["messages"][0]["text"]


@pytest.mark.rasa
def test_health_reports_ok_when_rasa_is_up(client) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["nlu"] == "ok" and body["database"] == "ok"
    assert body["lessons"] > 0


def test_without_nlu_the_lesson_is_still_answered_and_health_says_degraded(offline_client) -> None:
    body = offline_client.post("/api/v1/chat", json={"user_id": "u", "text": QUESTION}).json()
    assert body["entry_id"] == "vi.vneid.forgot-password"
    assert body["degraded"] is True
    assert body["intent"] == {"name": "unknown", "confidence": 0.0}
    health = offline_client.get("/health").json()
    assert (health["status"], health["nlu"]) == ("degraded", "down")


def test_an_unanswerable_question_gets_an_honest_answer_and_topics(offline_client) -> None:
    body = offline_client.post(
        "/api/v1/chat", json={"user_id": "u", "text": "công thức nấu phở bò ngon"}
    ).json()
    assert body["entry_id"] is None
    assert body["sources"] == []
    buttons = body["messages"][0]["buttons"]
    assert {"title": "Ứng dụng VNeID", "payload": "/topic vneid"} in buttons


def test_topic_buttons_lead_to_lessons(offline_client) -> None:
    listing = offline_client.post("/api/v1/chat", json={"user_id": "u", "text": "/topic vneid"}).json()
    payloads = [b["payload"] for b in listing["messages"][0]["buttons"]]
    assert "/entry vi.vneid.forgot-password" in payloads or len(payloads) == 10
    lesson = offline_client.post("/api/v1/chat", json={"user_id": "u", "text": payloads[0]}).json()
    assert lesson["entry_id"] == payloads[0].removeprefix("/entry ")
    assert lesson["sources"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": QUESTION}, "user_id"),
        ({"user_id": "u"}, "text"),
        ({"user_id": "u", "text": ""}, "text"),
        ({"user_id": "u", "text": "   "}, "text"),
        ({"user_id": 42, "text": QUESTION}, "user_id"),
        ({"user_id": "u", "text": ["a"]}, "text"),
        ({"user_id": "has spaces", "text": QUESTION}, "user_id"),
        ({"user_id": "u", "text": QUESTION, "extra": 1}, "extra"),
    ],
)
def test_bad_requests_get_a_422_naming_the_field(offline_client, body: dict, field: str) -> None:
    response = offline_client.post("/api/v1/chat", json=body)
    assert response.status_code == 422
    assert field in [e["field"] for e in response.json()["errors"]]


def test_over_long_text_is_refused_with_the_limit(offline_client) -> None:
    response = offline_client.post("/api/v1/chat", json={"user_id": "u", "text": "a" * 2001})
    assert response.status_code == 422
    assert "at most 2000" in response.json()["detail"]


def test_a_body_that_is_not_json_is_a_4xx(offline_client) -> None:
    response = offline_client.post(
        "/api/v1/chat", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert 400 <= response.status_code < 500


SECRETS = ["731904", "Lan@1960", "4111 1111 1111 1111"]


def test_a_typed_otp_is_warned_about_and_never_stored(offline_client, settings: Settings) -> None:
    texts = [
        "ma OTP la 731904, co phai ngan hang gui khong",
        "mat khau VNeID cua toi la Lan@1960 co an toan ko",
        "so the cua toi 4111 1111 1111 1111",
    ]
    for text in texts:
        body = offline_client.post("/api/v1/chat", json={"user_id": "elder", "text": text}).json()
        assert body["messages"][0]["text"].startswith("⚠️ Tin nhắn của bạn có mã OTP"), body
        assert body["redacted"] and not any(s in str(body) for s in SECRETS)
    stored = b"".join(p.read_bytes() for p in settings.var_dir.rglob("*") if p.is_file())
    assert stored, "the database should exist"
    assert not any(s.encode() in stored for s in SECRETS)
