"""Someone who has just given a code away gets the lock-your-account steps in their own language,
in Thai and English as in Vietnamese (no NLU needed: minutes matter)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import StaticNlu


@pytest.fixture
def client(make_client, settings: Settings) -> TestClient:
    return make_client(settings, nlu=StaticNlu())


@pytest.mark.parametrize(
    ("text", "entry", "first_step"),
    [
        ("เผลอบอกรหัส OTP ให้มิจฉาชีพไปแล้ว ทำไงดี", "th.scams.shared-otp-what-now", "1. "),
        (
            "I gave my OTP to a caller in Bangkok, what now?",
            "en.scams.thailand-shared-otp-what-now",
            "1. Hang up",
        ),
        ("I read my OTP to a man from Vietcombank", "en.scams.vietnam-shared-otp-what-now", "1. Hang up"),
        ("lỡ đọc mã OTP cho người lạ rồi", "vi.scams.shared-otp-or-clicked-link", "1. Ngừng nói chuyện"),
    ],
)
def test_a_shared_code_leads_to_the_lock_your_account_steps(
    client: TestClient, text: str, entry: str, first_step: str
) -> None:
    reply = client.post("/api/v1/chat", json={"user_id": f"l-{entry}", "text": text}).json()
    assert reply["entry_id"] == entry
    steps = reply["messages"][0]["text"]
    assert first_step in steps and "2. " in steps
    assert reply["sources"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("เผลอโอนเงินให้มิจฉาชีพไปแล้ว", "ถ้ายังไม่ได้โอนเงิน"),
        ("I already sent money to a scammer in Hanoi", "If you have not sent money"),
        ("tôi lỡ chuyển tiền cho kẻ lừa đảo rồi", "Nếu bạn chưa chuyển tiền"),
    ],
)
def test_the_urgent_steps_end_with_a_word_for_those_who_have_not_sent_yet(
    client: TestClient, text: str, words: str
) -> None:
    reply = client.post("/api/v1/chat", json={"user_id": "l-not-yet", "text": text}).json()
    last = reply["messages"][-1]
    assert last["text"].startswith(words)
    assert {"Gặp người thật", "คุยกับเจ้าหน้าที่", "Talk to a person"} & {b["title"] for b in last["buttons"]}


def test_an_english_speaker_who_gave_a_code_away_is_asked_their_country_once(client: TestClient) -> None:
    asked = client.post(
        "/api/v1/chat", json={"user_id": "l-en-code", "text": "I already gave my OTP away"}
    ).json()
    buttons = {b["title"]: b["payload"] for b in asked["messages"][0]["buttons"]}
    assert buttons == {"Vietnam": "/country vn secret", "Thailand": "/country th secret"}
    steps = client.post("/api/v1/chat", json={"user_id": "l-en-code", "text": "/country th secret"}).json()
    assert steps["entry_id"] == "en.scams.thailand-shared-otp-what-now"
    assert "1441" in " ".join(m["text"] for m in steps["messages"])
    again = client.post(
        "/api/v1/chat", json={"user_id": "l-en-code", "text": "I typed my password into a fake link"}
    ).json()
    assert again["entry_id"] == "en.scams.thailand-shared-otp-what-now"
