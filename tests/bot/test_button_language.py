"""A button press carries a payload ("/quiz answer vi.payments.q-new-phone-face-check A"), whose
ids are English-looking words: it must never switch the conversation's language."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import StaticNlu


@pytest.fixture
def client(make_client, settings: Settings) -> TestClient:
    return make_client(settings, nlu=StaticNlu())


def say(client: TestClient, text: str) -> dict:
    return client.post("/api/v1/chat", json={"user_id": "ba-hoa", "text": text}).json()


def answer_payload(reply: dict) -> str | None:
    payloads = [b["payload"] for m in reply["messages"] for b in m["buttons"]]
    return next((p for p in payloads if p.startswith("/quiz answer")), None)


def test_answering_a_whole_quiz_by_button_stays_in_vietnamese(client: TestClient) -> None:
    assert say(client, "chào cháu")["lang"] == "vi"
    reply = say(client, "/quiz start payments")
    answered = 0
    while payload := answer_payload(reply):
        reply = say(client, payload)
        answered += 1
        assert reply["lang"] == "vi", (payload, reply["messages"][0]["text"][:80])
        assert reply["messages"][0]["text"].startswith(("Đúng rồi", "Chưa đúng"))
    assert answered >= 5


@pytest.mark.parametrize(
    ("window", "label"), [("th", "ข้อ 1/"), ("en", "Question 1/"), ("vi", "Câu 1/"), (None, "Câu 1/")]
)
def test_a_first_button_press_answers_in_the_window_s_language(
    client: TestClient, window: str | None, label: str
) -> None:
    body = {"user_id": f"new-{window}", "text": "/quiz start"} | ({"lang": window} if window else {})
    reply = client.post("/api/v1/chat", json=body).json()
    assert reply["lang"] == (window or "vi")
    assert label in "\n".join(m["text"] for m in reply["messages"])


def test_the_learner_s_own_words_outweigh_the_window_s_language(client: TestClient) -> None:
    body = {"user_id": "visitor", "text": "quên mật khẩu VNeID thì làm sao", "lang": "en"}
    assert client.post("/api/v1/chat", json=body).json()["lang"] == "vi"
