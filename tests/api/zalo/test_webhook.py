"""The Zalo channel end to end: signed events in, replies at a fake Zalo server over HTTP."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from api.zalo.token_keys import token_cipher
from tests.api.zalo.conftest import OA_SECRET, wait_until
from tests.api.zalo.events import other_event, signed, text_event
from tests.api.zalo.fake_zalo import FakeZalo

QUESTION = "quên mật khẩu VNeID thì làm sao"


def rows(settings: Settings, query: str) -> list[tuple]:
    with sqlite3.connect(settings.var_dir / "hocvuso.db") as db:
        return db.execute(query).fetchall()


def test_a_signed_text_message_is_answered_at_zalo(deliver, fake_zalo: FakeZalo) -> None:
    answer = deliver(text_event(fake_zalo.app_id, "8421954038293048123", QUESTION, "msg-1"))
    assert answer == {"received": True, "duplicate": False}
    user = "8421954038293048123"
    wait_until(lambda: any("https://" in m["text"] for m in fake_zalo.to(user)))  # sources come last
    messages = fake_zalo.to(user)
    assert "Quên mật khẩu" in messages[0]["text"], "the answer comes first"
    assert all(len(m["text"]) <= 1000 for m in messages)


@pytest.mark.parametrize(
    "forge",
    ["wrong secret", "tampered body", "no header", "other app", "stale", "future", "not mac="],
)
def test_a_forged_or_stale_event_gets_401_and_never_reaches_the_bot(
    zalo_app: TestClient, fake_zalo: FakeZalo, zalo_settings: Settings, nlu, forge: str
) -> None:
    now_ms = int(time.time() * 1000)
    timestamp = {"stale": now_ms - 10 * 60_000, "future": now_ms + 10 * 60_000}.get(forge, now_ms)
    event = text_event(fake_zalo.app_id, "111", QUESTION, f"forged-{forge}", timestamp)
    if forge == "other app":
        event["app_id"] = "someone-else"
    body, headers = signed(event, "not-our-secret" if forge == "wrong secret" else OA_SECRET)
    if forge == "tampered body":
        body = body.replace("quên".encode(), "nhớ".encode())
    if forge == "no header":
        del headers["X-ZEvent-Signature"]
    if forge == "not mac=":
        headers["X-ZEvent-Signature"] = headers["X-ZEvent-Signature"].removeprefix("mac=")
    response = zalo_app.post("/channels/zalo/webhook", content=body, headers=headers)
    assert response.status_code == 401
    time.sleep(0.3)
    assert rows(zalo_settings, "SELECT count(*) FROM zalo_inbound") == [(0,)]
    assert nlu.calls == [] and fake_zalo.attempts == []


@pytest.mark.parametrize("body", [b"{not json", b"[" * 5000 + b"]" * 5000, b'{"app_id": 1}'])
def test_a_body_that_cannot_be_signed_gets_401_unread(zalo_app: TestClient, body: bytes) -> None:
    """Zalo's MAC covers the body's own app id and timestamp: without them there is nothing to check."""
    response = zalo_app.post("/channels/zalo/webhook", content=body, headers={"X-ZEvent-Signature": "mac=0"})
    assert response.status_code == 401


def test_a_signed_body_that_is_not_an_event_gets_400(zalo_app: TestClient, fake_zalo: FakeZalo) -> None:
    event = {"app_id": fake_zalo.app_id, "timestamp": str(int(time.time() * 1000)), "sender": "nobody"}
    body, headers = signed(event, OA_SECRET)
    response = zalo_app.post("/channels/zalo/webhook", content=body, headers=headers)
    assert response.status_code == 400 and "Zalo event" in response.json()["detail"]


def test_redeliveries_of_one_message_are_answered_once(deliver, fake_zalo: FakeZalo) -> None:
    event = text_event(fake_zalo.app_id, "222", "/handoff", "msg-dup")
    answers = [deliver(event) for _ in range(3)]
    assert [a["duplicate"] for a in answers] == [False, True, True]
    wait_until(lambda: len(fake_zalo.to("222")) >= 2)
    time.sleep(0.5)
    texts = [m["text"] for m in fake_zalo.to("222")]
    assert len(texts) == len(set(texts)) == 2, texts


def test_an_expired_token_is_refreshed_once_and_the_new_pair_is_stored(
    deliver, fake_zalo: FakeZalo, zalo_settings: Settings
) -> None:
    fake_zalo.expired = True
    deliver(text_event(fake_zalo.app_id, "333", "/handoff", "msg-exp"))
    wait_until(lambda: len(fake_zalo.to("333")) == 2)
    assert fake_zalo.refreshes == ["oa-refresh-0"], "one refresh, with the configured refresh token"
    cipher = token_cipher(zalo_settings)
    [stored] = rows(zalo_settings, "SELECT access_token, refresh_token FROM zalo_tokens")
    assert tuple(map(cipher.open, stored)) == (fake_zalo.access_token, fake_zalo.refresh_token)
    assert fake_zalo.refresh_token != "oa-refresh-0"


def test_a_learner_outside_the_7_day_window_is_not_retried(
    deliver, fake_zalo: FakeZalo, zalo_settings: Settings
) -> None:
    fake_zalo.inactive_users.add("444")
    deliver(text_event(fake_zalo.app_id, "444", "/handoff", "msg-window"))
    wait_until(lambda: {s for (s,) in rows(zalo_settings, "SELECT status FROM zalo_outbox")} == {"dropped"})
    time.sleep(0.5)
    assert fake_zalo.to("444") == [] and fake_zalo.attempts == ["444", "444"]  # each message tried once


def test_rate_limits_back_off_and_the_replies_arrive_in_order(
    deliver, fake_zalo: FakeZalo, zalo_settings: Settings
) -> None:
    fake_zalo.rate_limited = 3
    deliver(text_event(fake_zalo.app_id, "555", "/handoff", "msg-rate"))
    wait_until(lambda: len(fake_zalo.to("555")) == 2)
    assert fake_zalo.attempts.count("555") == 5
    handoff = [m["text"] for m in fake_zalo.to("555")]
    assert "tình nguyện viên" in handoff[0], "the first message of the reply arrived first"
    attempts = rows(zalo_settings, "SELECT attempts FROM zalo_outbox ORDER BY id")
    assert attempts[0][0] == 3


def test_a_sticker_gets_a_kind_text_only_note_and_a_follow_gets_the_welcome(
    deliver, fake_zalo: FakeZalo
) -> None:
    deliver(other_event(fake_zalo.app_id, "666", "user_send_sticker", "msg-img"))
    deliver(other_event(fake_zalo.app_id, "777", "follow"))
    deliver(other_event(fake_zalo.app_id, "777", "user_seen_message"))
    wait_until(lambda: fake_zalo.to("666") and fake_zalo.to("777"))
    assert "đọc được tin nhắn chữ" in fake_zalo.to("666")[0]["text"]
    welcome = fake_zalo.to("777")[0]
    buttons = welcome["attachment"]["payload"]["buttons"]
    assert welcome["text"].startswith("Xin chào") and 1 <= len(buttons) <= 5
    assert {b["type"] for b in buttons} == {"oa.query.hide"}
    assert all(b["payload"].startswith("/") for b in buttons)


def test_a_learner_who_writes_thai_first_is_answered_in_thai_from_then_on(
    deliver, fake_zalo: FakeZalo
) -> None:
    """Zalo's events and its user-detail API carry no language; the first message sets it."""
    user = "9001"
    deliver(text_event(fake_zalo.app_id, user, "ลืมรหัสผ่าน ThaID ทำอย่างไรคะ", "th-1"))
    wait_until(lambda: fake_zalo.to(user))
    first = fake_zalo.to(user)[0]["text"]
    assert _thai_share(first) > 0.5, first
    deliver(other_event(fake_zalo.app_id, user, "user_send_sticker", "th-2"))
    wait_until(lambda: any("ข้อความตัวอักษร" in m["text"] for m in fake_zalo.to(user)))
    labels = [
        b["title"]
        for m in fake_zalo.to(user)
        for b in m.get("attachment", {}).get("payload", {}).get("buttons", [])
    ]
    assert all(_thai_share(label) > 0.5 for label in labels), labels


def _thai_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum("\u0e00" <= c <= "\u0e7f" for c in letters) / max(1, len(letters))


def test_a_typed_otp_is_warned_about_and_never_stored(
    deliver, fake_zalo: FakeZalo, zalo_settings: Settings
) -> None:
    deliver(
        text_event(
            fake_zalo.app_id, "888", "mã OTP của tôi là 482913, đọc cho ngân hàng được không", "msg-otp"
        )
    )
    wait_until(lambda: len(fake_zalo.to("888")) >= 1)
    assert "OTP" in fake_zalo.to("888")[0]["text"]
    time.sleep(0.3)
    database = (zalo_settings.var_dir / "hocvuso.db").read_bytes()
    wal = zalo_settings.var_dir / "hocvuso.db-wal"
    assert b"482913" not in database and (not wal.exists() or b"482913" not in wal.read_bytes())
    stored = rows(zalo_settings, "SELECT text, redacted FROM zalo_inbound")
    assert stored[0][0].startswith("mã OTP của tôi là [") and json.loads(stored[0][1]) == ["otp"]


def test_messages_waiting_when_the_app_stops_are_sent_after_it_restarts(
    make_client, zalo_settings: Settings, nlu, fake_zalo: FakeZalo
) -> None:
    fake_zalo.down = True
    first = make_client(zalo_settings, nlu=nlu)
    for n in range(3):
        body, headers = signed(text_event(fake_zalo.app_id, f"9{n}", "/handoff", f"msg-r{n}"), OA_SECRET)
        assert first.post("/channels/zalo/webhook", content=body, headers=headers).status_code == 200
    wait_until(lambda: rows(zalo_settings, "SELECT count(*) FROM zalo_outbox WHERE attempts > 0") == [(3,)])
    first.__exit__(None, None, None)
    fake_zalo.down = False
    make_client(zalo_settings, nlu=nlu)
    wait_until(lambda: all(len(fake_zalo.to(f"9{n}")) == 2 for n in range(3)))
    time.sleep(0.5)
    assert len(fake_zalo.delivered) == 6


def test_without_zalo_settings_the_webhook_says_how_to_turn_it_on(make_client, settings: Settings) -> None:
    client = make_client(settings)
    response = client.post("/channels/zalo/webhook", content=b"{}")
    assert response.status_code == 404 and "HOCVUSO_ZALO_APP_ID" in response.json()["detail"]
