"""The desk round trip over HTTP: a learner asks for a person, a volunteer takes, replies, closes."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from api.settings import Settings
from tests.postgres import database_bytes

OTP = "482913"


def text_of(reply: dict) -> str:
    return " ".join(m["text"] for m in reply["messages"])


def test_asking_for_a_person_says_honestly_what_happens_next(say: Callable[..., dict]) -> None:
    reply = say("/handoff")
    text = text_of(reply)
    assert "tình nguyện viên" in text and "người thật" in text
    assert "vẫn hỏi tôi được" in text and "OTP" in text


def test_a_volunteer_takes_reads_replies_and_closes(
    client: TestClient, people: dict, waiting: int, say: Callable[..., dict]
) -> None:
    lan = people["lan"]
    detail = client.get(f"/api/v1/desk/conversations/{waiting}", headers=lan).json()
    assert detail["conversation"]["channel"] == "web" and detail["conversation"]["language"] == "vi"
    assert any(line["role"] == "learner" and "VNeID" in line["text"] for line in detail["lines"])
    assert client.post(f"/api/v1/desk/conversations/{waiting}/take", headers=lan).json()["status"] == "taken"

    sent = client.post(
        f"/api/v1/desk/conversations/{waiting}/reply",
        json={"text": "Chào bác, bác làm theo bài này nhé.", "lesson": "vi.vneid.register-level-1"},
        headers=lan,
    )
    assert sent.status_code == 200, sent.text
    restored = client.get("/api/v1/transcript", params={"user_id": "learner-1"}).json()
    person = restored["lines"][-1]
    assert person["role"] == "person" and person["author"] == "Cô Lan"
    assert person["buttons"][0]["payload"] == "/entry vi.vneid.register-level-1"
    assert restored["held_by"] == "Cô Lan"

    quiet = say("cảm ơn cô, cháu làm tới bước 2 rồi")
    assert quiet["messages"] == [] and quiet["intent"]["name"] != "dont_know"
    assert say("/entry vi.vneid.register-level-1")["entry_id"] == "vi.vneid.register-level-1"

    closed = client.post(f"/api/v1/desk/conversations/{waiting}/close", headers=lan).json()
    assert closed["status"] == "closed"
    assert (
        "Cô Lan đã kết thúc"
        in client.get("/api/v1/transcript", params={"user_id": "learner-1"}).json()["lines"][-1]["text"]
    )
    assert say("làm sao để cài VNeID?")["messages"], "the bot answers again"


def test_two_volunteers_cannot_both_take_a_conversation(
    client: TestClient, people: dict, waiting: int, settings: Settings
) -> None:
    client.app.state.services.desk.store._scope = "all"
    assert client.post(f"/api/v1/desk/conversations/{waiting}/take", headers=people["lan"]).status_code == 200
    second = client.post(f"/api/v1/desk/conversations/{waiting}/take", headers=people["minh"])
    assert second.status_code == 409 and "Cô Lan" in second.json()["detail"]
    reply = client.post(
        f"/api/v1/desk/conversations/{waiting}/reply", json={"text": "Chào bác"}, headers=people["minh"]
    )
    assert reply.status_code == 409


def test_a_volunteer_of_another_class_cannot_read_the_conversation(
    client: TestClient, people: dict, waiting: int
) -> None:
    minh = people["minh"]
    assert client.get("/api/v1/desk/conversations", headers=minh).json() == []
    assert client.get(f"/api/v1/desk/conversations/{waiting}", headers=minh).status_code == 403
    assert client.post(f"/api/v1/desk/conversations/{waiting}/take", headers=minh).status_code == 403
    assert client.get("/api/v1/desk/count", headers=minh).json() == {"waiting": 0}
    assert client.get("/api/v1/desk/count", headers=people["lan"]).json() == {"waiting": 1}
    assert client.get(f"/api/v1/desk/conversations/{waiting}", headers=people["tac.gia"]).status_code == 200


def test_a_code_typed_while_a_person_holds_the_conversation_never_reaches_the_desk(
    client: TestClient, people: dict, waiting: int, say: Callable[..., dict], settings: Settings
) -> None:
    client.post(f"/api/v1/desk/conversations/{waiting}/take", headers=people["lan"])
    reply = say(f"mã OTP của cháu là {OTP} cô ơi")
    assert "OTP" in reply["messages"][0]["text"] and OTP not in str(reply["messages"])
    shown = client.get(f"/api/v1/desk/conversations/{waiting}", headers=people["lan"]).text
    assert OTP not in shown
    stored = database_bytes(settings.sqlalchemy_url)
    assert OTP.encode() not in stored and b"OTP" in stored


def test_emergency_words_still_get_the_emergency_steps_while_held(
    client: TestClient, people: dict, waiting: int, say: Callable[..., dict]
) -> None:
    client.post(f"/api/v1/desk/conversations/{waiting}/take", headers=people["lan"])
    reply = say("tôi lỡ chuyển tiền cho kẻ lừa đảo rồi")
    assert reply["entry_id"] == "vi.payments.sent-money-to-scammer" and "1. " in reply["messages"][0]["text"]
    lines = client.get(f"/api/v1/desk/conversations/{waiting}", headers=people["lan"]).json()["lines"]
    assert any(line["role"] == "bot" and "1. " in line["text"] for line in lines), "the volunteer sees it"


def test_a_volunteer_can_neither_send_nor_ask_for_a_secret(
    client: TestClient, people: dict, waiting: int
) -> None:
    lan = people["lan"]
    client.post(f"/api/v1/desk/conversations/{waiting}/take", headers=lan)
    url = f"/api/v1/desk/conversations/{waiting}/reply"
    pasted = client.post(url, json={"text": f"Mã của bác là {OTP} đúng không?"}, headers=lan)
    asked = client.post(url, json={"text": "Bác đọc mã OTP cho cháu để cháu kiểm tra nhé"}, headers=lan)
    warned = client.post(url, json={"text": "Bác đừng bao giờ đọc mã OTP cho ai nhé"}, headers=lan)
    too_long = client.post(url, json={"text": "a" * 1001}, headers=lan)
    assert (pasted.status_code, asked.status_code, warned.status_code, too_long.status_code) == (
        422,
        422,
        200,
        422,
    )
    assert "never" in asked.json()["detail"]


def test_replies_are_rate_limited_per_volunteer(client: TestClient, people: dict, waiting: int) -> None:
    client.app.state.services.settings.desk_replies_per_minute = 3
    client.post(f"/api/v1/desk/conversations/{waiting}/take", headers=people["lan"])
    codes = [
        client.post(
            f"/api/v1/desk/conversations/{waiting}/reply", json={"text": f"Tin {n}"}, headers=people["lan"]
        ).status_code
        for n in range(4)
    ]
    assert codes == [200, 200, 200, 429]


def test_a_learner_nobody_takes_is_told_once_where_to_get_help(
    client: TestClient, people: dict, waiting: int
) -> None:
    import asyncio

    desk = client.app.state.services.desk
    desk.settings.desk_notice_after_min = 0.0001
    assert asyncio.run(desk.notify_waiting()) == 1
    assert asyncio.run(desk.notify_waiting()) == 0
    last = client.get("/api/v1/transcript", params={"user_id": "learner-1"}).json()["lines"][-1]
    assert last["role"] == "notice" and "chưa có tình nguyện viên" in last["text"]
    assert last["buttons"][0]["payload"] == "/entry vi.scams.where-to-report"


def test_the_desk_export_neutralises_spreadsheet_formulas(
    client: TestClient, people: dict, say: Callable[..., dict]
) -> None:
    say("/handoff", user="@SUM.A1")
    exported = client.get("/api/v1/desk/conversations.csv?view=waiting", headers=people["tac.gia"]).text
    assert "'@SUM.A1" in exported


def test_a_zalo_learner_id_cannot_read_a_transcript_from_the_web(client: TestClient) -> None:
    assert client.get("/api/v1/transcript", params={"user_id": "zalo:123"}).status_code == 422
