"""Classes: a mentor creates one, learners join it in chat with its code, the mentor follows them;
codes cannot be guessed, and the mentor is shown by name, never by login."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from api.database import transaction
from api.settings import Settings
from bot.class_codes import ALPHABET, display
from bot.tables import LearningClass
from quizzes.tables import TopicAbility
from tests.api.workspace.conftest import PASSWORD, bearer
from tests.conftest import StaticNlu

JOIN_PHRASES = [
    "mã lớp {code}",
    "ma lop {lower}",
    "Mã lớp: {shown} ạ",
    "รหัสห้อง {shown}",
    "class code {spaced}",
]


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
    assert len(code) == 8 and set(code) <= set(ALPHABET) and any(c.isdigit() for c in code)
    shown = display(code)
    for n, phrase in enumerate(JOIN_PHRASES):
        text = phrase.format(code=code, lower=code.lower(), shown=shown, spaced=shown.replace("-", " "))
        reply = client.post("/api/v1/chat", json={"user_id": f"hv-{n}", "text": text}).json()
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


def test_the_learner_is_told_the_mentors_name_not_their_login(client: TestClient) -> None:
    accounts = client.app.state.services.accounts
    accounts.create("co.lan", PASSWORD, "author", "Cô Lan")
    mentor = bearer(accounts.sign_in("co.lan", PASSWORD))
    code = client.post("/api/v1/trainers/classes", json={"name": "Lớp chiều"}, headers=mentor).json()["code"]
    text = client.post("/api/v1/chat", json={"user_id": "hv-9", "text": f"mã lớp {code}"}).json()
    joined = text["messages"][0]["text"]
    assert "Cô Lan" in joined and "co.lan" not in joined
    detail = client.get(f"/api/v1/trainers/classes/{code.lower()}", headers=mentor).json()
    assert detail["code"] == code and [row["learner"] for row in detail["learners"]] == ["hv-9"]


def test_a_six_digit_code_made_before_still_works(client: TestClient, tokens: dict[str, str]) -> None:
    with transaction(client.app.state.services.sessions) as session:
        session.add(LearningClass(code="482913", name="Lớp cũ", mentor="author.one"))
    reply = client.post("/api/v1/chat", json={"user_id": "hv-old", "text": "mã lớp 482913"}).json()
    assert "Lớp cũ" in reply["messages"][0]["text"] and reply["redacted"] == []


@pytest.fixture
def strict(make_client, settings: Settings) -> TestClient:
    """Three wrong codes per learner and five per address an hour."""
    limits = {"class_code_misses_per_learner": "3/hour", "class_code_misses_per_address": "5/hour"}
    return make_client(settings.model_copy(update=limits), nlu=StaticNlu())


def ask(client: TestClient, learner: str, text: str) -> str:
    return client.post("/api/v1/chat", json={"user_id": learner, "text": text}).json()["messages"][0]["text"]


def test_guessing_codes_is_refused_politely_beyond_the_limit_even_the_right_code(strict: TestClient) -> None:
    accounts = strict.app.state.services.accounts
    accounts.create("co.lan", PASSWORD, "author", "Cô Lan")
    mentor = bearer(accounts.sign_in("co.lan", PASSWORD))
    code = strict.post("/api/v1/trainers/classes", json={"name": "Lớp sáng"}, headers=mentor).json()["code"]
    guesses = [f"mã lớp {n:06d}" for n in range(100_000, 100_003)]
    assert all("không tìm thấy lớp" in ask(strict, "doan", guess) for guess in guesses)

    refused = ask(strict, "doan", f"mã lớp {code}")
    assert "Bạn đợi khoảng 60 phút" in refused and "Lớp sáng" not in refused
    assert "รอประมาณ" in ask(strict, "doan", "รหัสห้อง 100004")
    assert "Please wait about" in ask(strict, "doan", "class code 100005")
    assert strict.get(f"/api/v1/trainers/classes/{code}", headers=mentor).json()["learners"] == []

    # Another learner id from the same address: two more misses, then the address is paused too.
    assert "không tìm thấy lớp" in ask(strict, "doan-2", "mã lớp 100006")
    assert "không tìm thấy lớp" in ask(strict, "doan-3", "mã lớp 100007")
    assert "Bạn đợi khoảng" in ask(strict, "doan-4", f"mã lớp {code}")
