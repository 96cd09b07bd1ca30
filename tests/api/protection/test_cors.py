"""Cross-origin access is for the widget's chat routes only: another site's page may call the
chat API, never the trainers' workspace (no preflight, no Access-Control-Allow-Origin)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import StaticNlu

ELSEWHERE = "https://commune.example"


@pytest.fixture
def client(make_client, settings: Settings) -> TestClient:
    return make_client(settings, nlu=StaticNlu())


def preflight(client: TestClient, path: str) -> dict[str, str]:
    response = client.options(
        path,
        headers={
            "origin": ELSEWHERE,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )
    return dict(response.headers)


@pytest.mark.parametrize(
    "path", ["/api/v1/chat", "/api/v1/learners", "/api/v1/welcome", "/api/v1/transcript"]
)
def test_the_widget_routes_answer_another_sites_preflight(client: TestClient, path: str) -> None:
    assert preflight(client, path).get("access-control-allow-origin") in ("*", ELSEWHERE)


@pytest.mark.parametrize(
    "path", ["/api/v1/trainers/login", "/api/v1/trainers/tokens", "/api/v1/desk/count", "/api/v1/trainers/me"]
)
def test_the_workspace_answers_no_cross_origin_preflight(client: TestClient, path: str) -> None:
    assert "access-control-allow-origin" not in preflight(client, path)


def test_a_password_guess_from_another_site_gets_no_readable_answer(client: TestClient) -> None:
    guess = client.post(
        "/api/v1/trainers/login",
        json={"username": "admin.one", "password": "guess"},
        headers={"origin": ELSEWHERE},
    )
    assert guess.status_code == 401 and "access-control-allow-origin" not in guess.headers


def test_a_chat_answer_names_the_embedding_page(client: TestClient) -> None:
    answer = client.get("/api/v1/welcome?lang=vi", headers={"origin": ELSEWHERE})
    assert answer.status_code == 200 and answer.headers["access-control-allow-origin"] in ("*", ELSEWHERE)
