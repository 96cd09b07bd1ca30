"""Classes: a mentor creates one, learners join it in chat with its code, the mentor follows them."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from api.database import transaction
from quizzes.tables import TopicAbility
from tests.api.workspace.conftest import PASSWORD, bearer

JOIN_PHRASES = ["mã lớp {code}", "ma lop {code}", "Mã lớp: {code} ạ", "รหัสห้อง {code}", "class code {code}"]


@pytest.fixture
def code(client: TestClient, tokens: dict[str, str]) -> str:
    created = client.post(
        "/api/v1/trainers/classes", json={"name": "Lớp chiều thứ Bảy"}, headers=bearer(tokens["author"])
    )
    assert created.status_code == 201
    return created.json()["code"]


def test_five_learners_join_in_chat_and_their_mentor_sees_each_ones_progress(
    client: TestClient, tokens: dict[str, str], code: str
) -> None:
    assert len(code) == 6 and code.isdigit()
    for n, phrase in enumerate(JOIN_PHRASES):
        reply = client.post(
            "/api/v1/chat", json={"user_id": f"hv-{n}", "text": phrase.format(code=code)}
        ).json()
        assert "Lớp chiều thứ Bảy" in reply["messages"][0]["text"], reply
        assert reply["redacted"] == [], "a class code is not a secret"
    client.post("/api/v1/chat", json={"user_id": "hv-0", "text": f"mã lớp {code}"})  # joining twice
    client.post("/api/v1/chat", json={"user_id": "hv-1", "text": "quên mật khẩu VNeID thì làm sao"})
    with transaction(client.app.state.services.sessions) as session:
        now = dt.datetime.now(dt.UTC)
        session.add(
            TopicAbility(learner_id="hv-1", topic="vneid", mean=2.1, sd=0.5, answers=7, updated_at=now)
        )

    detail = client.get(f"/api/v1/trainers/classes/{code}", headers=bearer(tokens["author"])).json()
    learners = {row["learner"]: row for row in detail["learners"]}
    assert sorted(learners) == [f"hv-{n}" for n in range(5)]
    assert learners["hv-1"]["messages"] == 2 and learners["hv-1"]["mastered"] == ["vneid"]
    assert learners["hv-0"]["messages"] == 2 and learners["hv-0"]["mastered"] == []
    listed = client.get("/api/v1/trainers/classes", headers=bearer(tokens["author"])).json()
    assert listed == [{"code": code, "name": "Lớp chiều thứ Bảy", "mentor": "author.one", "learners": 5}]


def test_an_unknown_code_gets_a_kind_answer(client: TestClient) -> None:
    reply = client.post("/api/v1/chat", json={"user_id": "x", "text": "mã lớp 999999"}).json()
    assert "không tìm thấy lớp" in reply["messages"][0]["text"]


def test_only_the_mentor_or_an_admin_sees_a_class(
    client: TestClient, tokens: dict[str, str], code: str
) -> None:
    accounts = client.app.state.services.accounts
    accounts.create("author.two", PASSWORD, "author")
    other = accounts.sign_in("author.two", PASSWORD)
    assert client.get(f"/api/v1/trainers/classes/{code}", headers=bearer(other)).status_code == 403
    assert client.get("/api/v1/trainers/classes", headers=bearer(other)).json() == []
    assert client.get(f"/api/v1/trainers/classes/{code}", headers=bearer(tokens["admin"])).status_code == 200
    assert client.get("/api/v1/trainers/classes/123", headers=bearer(tokens["admin"])).status_code == 404
