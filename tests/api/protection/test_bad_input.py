"""Input that used to crash, freeze or confuse the chat API gets a clear answer instead."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.bot.conftest import quiz_item_on_screen
from tests.conftest import StaticNlu


@pytest.fixture
def nlu() -> StaticNlu:
    return StaticNlu()


@pytest.fixture
def client(make_client, settings: Settings, nlu: StaticNlu) -> TestClient:
    return make_client(settings, nlu=nlu)


def _chat(client: TestClient, text: str, user: str = "bad-input") -> dict:
    response = client.post("/api/v1/chat", json={"user_id": user, "text": text})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("text", ["👍👍", "\x00\x00\x00", "???!!!", "…", "🙂 🙏"])
def test_text_without_letters_or_digits_is_not_guessed_at(
    client: TestClient, nlu: StaticNlu, text: str
) -> None:
    reply = _chat(client, text)
    assert "chưa hiểu" in reply["messages"][0]["text"]
    assert reply["entry_id"] is None and reply["step"] is None
    assert nlu.calls == []


@pytest.mark.parametrize(
    "command", ["/step vi.vneid.forgot-password ²", "/step vi.vneid.forgot-password ๓", "/simpler x ½"]
)
def test_a_command_with_other_digits_is_a_stale_button_not_a_crash(client: TestClient, command: str) -> None:
    reply = _chat(client, command)  # used to be a 500 (int("²"))
    assert reply["messages"] and reply["step"] is None


def test_a_forged_quiz_answer_is_not_stored(client: TestClient, settings: Settings) -> None:
    first = _chat(client, "/quiz start vneid", user="quiz-forger")
    item_id = quiz_item_on_screen(first)
    _chat(client, f"/quiz answer {item_id} ZZZZZZZZ", user="quiz-forger")
    with sqlite3.connect(settings.var_dir / "hocvuso.db") as db:
        letters = [row[0] for row in db.execute("SELECT chosen FROM quiz_responses")]
    assert letters == []


def test_a_deeply_nested_or_binary_frame_gets_an_error_and_the_socket_stays(
    client: TestClient, capsys
) -> None:
    with client.websocket_connect("/api/v1/chat/ws") as ws:
        ws.send_text('{"message_id": "731904", "x": ' + "[" * 5000 + "]" * 5000 + "}")
        assert ws.receive_json()["type"] == "error"
        ws.send_bytes(b"\x00\x01 binary")
        assert ws.receive_json()["code"] == "binary_frame"
        ws.send_json({"user_id": "still-here", "text": "xin chào", "message_id": "ok"})
        assert ws.receive_json()["type"] == "typing"
        assert ws.receive_json()["type"] == "reply"
    assert "731904" not in capsys.readouterr().err


def test_an_oversized_frame_is_refused(client: TestClient, settings: Settings) -> None:
    with client.websocket_connect("/api/v1/chat/ws") as ws:
        ws.send_text("x" * (settings.max_frame_bytes + 1))
        assert ws.receive_json()["code"] == "too_large"


def test_a_body_with_thousands_of_unknown_keys_gets_a_short_422(client: TestClient) -> None:
    body = {"user_id": "u", "text": "hi", **{f"k{i}": i for i in range(5000)}}
    response = client.post("/api/v1/chat", json=body)
    assert response.status_code == 422
    assert len(response.content) < 5000
    assert response.json()["errors"][-1]["problem"] == "and 4980 more problems"


def test_unanswered_questions_are_kept_at_most_n_per_learner_per_day(make_client, settings: Settings) -> None:
    client = make_client(settings.model_copy(update={"unanswered_per_learner_per_day": 3}))
    for i in range(6):
        _chat(client, f"con mèo nhà tôi tên gì vậy {i}", user="curious")
    _chat(client, "con mèo nhà tôi tên gì vậy", user="other")
    with sqlite3.connect(settings.var_dir / "hocvuso.db") as db:
        counts = dict(db.execute("SELECT learner_id, count(*) FROM unanswered_questions GROUP BY learner_id"))
    assert counts == {"curious": 3, "other": 1}


def test_the_bots_own_buttons_are_not_redacted_but_a_typed_command_is(client: TestClient) -> None:
    """Entry ids such as 'vi.vneid.forgot-password' read like a password keyword to the guard."""
    step = _chat(client, "/step vi.vneid.forgot-password 1", user="buttons")
    assert step["step"] == 1 and step["redacted"] == []
    typed = _chat(client, "/step vi.vneid.forgot-password 731904", user="buttons")
    assert typed["redacted"] == ["otp"]
