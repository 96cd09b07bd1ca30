"""The widget's server side without a browser: the socket, the welcome, resends, the demo page."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from api.settings import Settings
from bot.safety import redact
from tests.conftest import StaticNlu

QUESTION = "quên mật khẩu VNeID thì làm sao"


@pytest.fixture
def nlu() -> StaticNlu:
    return StaticNlu()  # NLU down: lessons are answered from retrieval alone


@pytest.fixture
def client(make_client, settings: Settings, nlu: StaticNlu) -> TestClient:
    return make_client(settings, nlu=nlu)


def test_socket_says_typing_then_replies_like_the_rest_endpoint(client: TestClient) -> None:
    with client.websocket_connect("/api/v1/chat/ws") as socket:
        socket.send_text(json.dumps({"user_id": "ws-1", "text": QUESTION, "message_id": "m1"}))
        typing, reply = socket.receive_json(), socket.receive_json()
    assert typing == {"type": "typing", "message_id": "m1"}
    assert reply["type"] == "reply" and reply["message_id"] == "m1"
    rest = client.post("/api/v1/chat", json={"user_id": "rest-1", "text": QUESTION}).json()
    assert reply["reply"].keys() == rest.keys()
    assert reply["reply"]["entry_id"] == rest["entry_id"] == "vi.vneid.forgot-password"


def test_a_bad_frame_gets_an_error_naming_the_field_and_the_socket_stays_open(client: TestClient) -> None:
    with client.websocket_connect("/api/v1/chat/ws") as socket:
        socket.send_text(json.dumps({"user_id": "bad id!", "text": "hi", "message_id": "m1"}))
        error = socket.receive_json()
        socket.send_text("not json")
        garbled = socket.receive_json()
        socket.send_text(json.dumps({"user_id": "ws-2", "text": QUESTION}))
        assert socket.receive_json()["type"] == "typing"
        assert socket.receive_json()["type"] == "reply"
    assert error["type"] == "error" and error["message_id"] == "m1"
    assert [e["field"] for e in error["errors"]] == ["user_id"]
    assert garbled["type"] == "error" and garbled["message_id"] is None


def test_a_too_long_message_is_refused_over_the_socket(client: TestClient, settings: Settings) -> None:
    text = "a" * (settings.max_message_chars + 1)
    with client.websocket_connect("/api/v1/chat/ws") as socket:
        socket.send_text(json.dumps({"user_id": "ws-3", "text": text, "message_id": "long"}))
        socket.receive_json()
        error = socket.receive_json()
    assert error["type"] == "error" and "at most" in error["detail"]


def test_a_resent_message_gets_the_first_reply_without_a_second_turn(
    client: TestClient, nlu: StaticNlu
) -> None:
    body = {"user_id": "resend-1", "text": "/step vi.vneid.temporary-residence 1", "message_id": "m-7"}
    first = client.post("/api/v1/chat", json=body).json()
    with client.websocket_connect("/api/v1/chat/ws") as socket:
        socket.send_text(json.dumps(body))
        socket.receive_json()
        again = socket.receive_json()["reply"]
    assert again == first
    asked = client.post("/api/v1/chat", json={"user_id": "resend-1", "text": "hello", "message_id": "m-8"})
    assert asked.status_code == 200
    assert nlu.calls == ["hello"]  # the step command never reaches NLU; the resend was not a new turn


def test_the_same_message_id_from_another_learner_is_a_different_message(client: TestClient) -> None:
    first = client.post("/api/v1/chat", json={"user_id": "a", "text": QUESTION, "message_id": "x"}).json()
    other = client.post("/api/v1/chat", json={"user_id": "b", "text": "/handoff", "message_id": "x"}).json()
    assert first["entry_id"] == "vi.vneid.forgot-password"
    assert other["entry_id"] is None and other["messages"] != first["messages"]


def test_a_typed_secret_comes_back_redacted_so_the_window_can_hide_it(client: TestClient) -> None:
    body = client.post("/api/v1/chat", json={"user_id": "s", "text": "mã OTP của tôi là 482913"}).json()
    assert body["redacted"] == ["otp"]
    assert "482913" not in body["learner_text"]
    plain = client.post("/api/v1/chat", json={"user_id": "s", "text": QUESTION}).json()
    assert plain["learner_text"] is None


@pytest.mark.parametrize(("lang", "greeting"), [("vi", "Xin chào"), ("th", "สวัสดี"), ("en", "Hello")])
def test_welcome_greets_in_the_language_and_offers_topics_a_quiz_and_a_person(
    client: TestClient, lang: str, greeting: str
) -> None:
    body = client.get(f"/api/v1/welcome?lang={lang}").json()
    assert body["lang"] == lang and body["messages"][0]["text"].startswith(greeting)
    payloads = [b["payload"] for b in body["messages"][0]["buttons"]]
    assert any(p.startswith("/topic ") for p in payloads)
    assert "/quiz start" in payloads and "/handoff" in payloads


def test_welcome_refuses_an_unknown_language(client: TestClient) -> None:
    response = client.get("/api/v1/welcome?lang=fr")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.lang"


def test_demo_page_embeds_the_widget_with_one_script_tag(client: TestClient) -> None:
    page = client.get("/?lang=th")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.text.count("<script") == 1
    assert '<script src="/widget/widget.js" defer data-lang="th"' in page.text
    script = client.get("/widget/widget.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert client.get("/widget/widget.css").status_code == 200


@pytest.mark.parametrize(
    ("lang", "own", "foreign"),
    [
        ("vi", "Ủy ban nhân dân xã Minh Họa", ["เทศบาล", "Example Town"]),
        ("th", "เทศบาลตำบลตัวอย่าง", ["Ủy ban", "trang minh họa", "Example Town"]),
        ("en", "Example Town Council", ["Ủy ban", "trang minh họa", "เทศบาล"]),
    ],
)
def test_each_demo_page_speaks_its_own_language(
    client: TestClient, lang: str, own: str, foreign: list[str]
) -> None:
    page = client.get(f"/?lang={lang}").text
    assert f'<html lang="{lang}">' in page and own in page
    assert f'data-lang="{lang}" data-position="right"></script>' in page
    assert [word for word in foreign if word in page] == []
    assert client.get("/widget/demo.css").status_code == 200


@pytest.mark.parametrize(
    ("lang", "text", "shown", "hidden"),
    [
        ("vi", "mật khẩu VNeID là Lan@2024 còn mã OTP 482913", ["[mật khẩu]", "[mã OTP]"], "Lan@2024"),
        ("vi", "quên passcode, cái mã tôi nhớ là 482913", ["[mã PIN]"], "482913"),
        ("vi", "số thẻ 4111 1111 1111 1111 có sao không", ["[số thẻ]"], "4111"),
        ("th", "รหัสผ่านของฉันคือ Lan@2024 และ OTP คือ 482913", ["[รหัสผ่าน]", "[รหัส OTP]"], "482913"),
        ("en", "my password is Lan@2024 and the OTP is 482913", ["[password]", "[OTP code]"], "482913"),
    ],
)
def test_hidden_secrets_are_labelled_in_the_learners_language_on_screen_and_after_a_reload(
    client: TestClient, nlu: StaticNlu, lang: str, text: str, shown: list[str], hidden: str
) -> None:
    user = f"labels-{lang}-{len(text)}"
    body = client.post("/api/v1/chat", json={"user_id": user, "text": text, "lang": lang}).json()
    restored = client.get("/api/v1/transcript", params={"user_id": user}).json()["lines"][0]
    for echo in (body["learner_text"], restored["text"]):
        assert hidden not in echo and all(label in echo for label in shown), echo
        assert not any(p in echo for p in ("[OTP]", "[PASSWORD]", "[PIN]", "[CARD]"))
    assert nlu.calls == [redact(text)[0]], "the NLU server reads the guard's own placeholders"


def test_another_site_may_call_the_chat_api_from_its_pages(client: TestClient) -> None:
    preflight = client.options(
        "/api/v1/chat",
        headers={
            "origin": "https://commune.example",
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] in ("*", "https://commune.example")


def test_a_socket_from_a_page_not_allowed_is_closed(make_client, settings: Settings, nlu: StaticNlu) -> None:
    client = make_client(settings.model_copy(update={"widget_origins": ["https://commune.example"]}), nlu=nlu)
    evil = {"origin": "https://evil.example"}
    with (
        pytest.raises(WebSocketDisconnect) as closed,
        client.websocket_connect("/api/v1/chat/ws", headers=evil),
    ):
        pass
    assert closed.value.code == 1008
    with client.websocket_connect("/api/v1/chat/ws", headers={"origin": "https://commune.example"}) as ws:
        ws.send_text(json.dumps({"user_id": "ok", "text": QUESTION}))
        assert ws.receive_json()["type"] == "typing"
