"""A desk with a learner waiting: volunteers of two classes, an author, and the learner's chat."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.api.workspace.conftest import PASSWORD, bearer
from tests.conftest import StaticNlu


@pytest.fixture
def client(make_client, settings: Settings) -> TestClient:
    return make_client(settings, nlu=StaticNlu())


@pytest.fixture
def people(client: TestClient) -> dict[str, dict[str, str]]:
    """name → bearer headers: Lan (volunteer of class A), Minh (volunteer of class B), an author."""
    accounts = client.app.state.services.accounts
    out = {}
    for username, role, name in (
        ("lan", "volunteer", "Cô Lan"),
        ("minh", "volunteer", "Anh Minh"),
        ("tac.gia", "author", "Tác giả"),
    ):
        accounts.create(username, PASSWORD, role, name)
        out[username] = bearer(accounts.sign_in(username, PASSWORD))
    for volunteer in ("lan", "minh"):
        made = client.post(
            "/api/v1/trainers/classes", json={"name": f"Lớp của {volunteer}"}, headers=out["tac.gia"]
        )
        code = made.json()["code"]
        added = client.post(
            f"/api/v1/trainers/classes/{code}/volunteers",
            json={"username": volunteer},
            headers=out["tac.gia"],
        )
        assert added.status_code == 200, added.text
        out[f"class.{volunteer}"] = {"code": code}
    return out


@pytest.fixture
def say(client: TestClient) -> Callable[..., dict]:
    def send(text: str, user: str = "learner-1") -> dict:
        response = client.post("/api/v1/chat", json={"user_id": user, "text": text, "lang": "vi"})
        assert response.status_code == 200, response.text
        return response.json()

    return send


@pytest.fixture
def waiting(people: dict, say: Callable[..., dict], client: TestClient) -> int:
    """Learner 1 joined Lan's class and asked for a person; the conversation's desk id."""
    say(f"mã lớp {people['class.lan']['code']}")
    say("làm sao để cài VNeID?")
    say("/handoff")
    listed = client.get("/api/v1/desk/conversations", headers=people["lan"]).json()
    assert len(listed) == 1
    return listed[0]["id"]
