"""The workspace in a browser: a state change made with the session cookie from another site is
refused (every such endpoint), the page forbids framing and inline script, and the cookie is
Secure except on plain-HTTP loopback."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from api.protection.same_origin import STATE_CHANGES, WORKSPACE_API
from api.routes.trainer_pages import PAGES
from api.settings import Settings
from tests.api.workspace.conftest import HERE, PASSWORD, bearer
from tests.conftest import StaticNlu

EVIL = "https://hocvuso-prize.example"
CLASSES = "/api/v1/trainers/classes"


def database(settings: Settings) -> str:
    with sqlite3.connect(settings.var_dir / "hocvuso.db") as db:
        return hashlib.sha256("\n".join(db.iterdump()).encode()).hexdigest()


def state_changes(client: TestClient) -> list[tuple[str, str]]:
    """Every POST, PUT, PATCH and DELETE of the workspace API, with its path parameters filled in."""
    return [
        (method.upper(), re.sub(r"\{[^}]+\}", "1", path))
        for path, operations in client.app.openapi()["paths"].items()
        if path.startswith(WORKSPACE_API)
        for method in operations
        if method.upper() in STATE_CHANGES
    ]


@pytest.fixture
def signed_in(client: TestClient, tokens: dict[str, str]) -> TestClient:
    """The admin signed in on the page; from here on each test says which Origin it sends."""
    signed = client.post("/api/v1/trainers/login", json={"username": "admin.one", "password": PASSWORD})
    assert signed.status_code == 200, signed.text
    del client.headers["origin"]
    return client


def test_every_state_change_with_the_cookie_from_another_site_is_refused_before_it_runs(
    signed_in: TestClient, settings: Settings
) -> None:
    changes = state_changes(signed_in)
    assert len(changes) >= 20 and ("POST", "/api/v1/trainers/entries/1/publish") in changes
    before = database(settings)
    for method, path in changes:
        response = signed_in.request(method, path, json={}, headers={"origin": EVIL})
        assert response.status_code == 403, (method, path, response.text)
        assert response.json()["detail"].startswith("Refused: this request carries a trainer's sign-in")
    assert database(settings) == before


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": EVIL},
        {"origin": "null"},
        {"referer": f"{EVIL}/trainers/"},
        {},
        {"origin": "https://127.0.0.1:8000"},
        {"origin": "http://127.0.0.1:8001"},
        {"origin": EVIL, "referer": f"{HERE}/trainers/"},
    ],
    ids=["other-site", "null", "referer-other-site", "none", "other-scheme", "other-port", "origin-wins"],
)
def test_a_cookie_request_that_does_not_prove_it_comes_from_here_is_refused(
    signed_in: TestClient, headers: dict[str, str]
) -> None:
    assert signed_in.post(CLASSES, json={"name": "Lớp giả"}, headers=headers).status_code == 403
    assert signed_in.get(CLASSES).json() == []


@pytest.mark.parametrize(
    "headers",
    [{"origin": HERE}, {"referer": f"{HERE}/trainers/"}, {"origin": "HTTP://127.0.0.1:8000"}],
    ids=["origin", "referer", "origin-in-capitals"],
)
def test_the_workspace_pages_own_requests_pass(signed_in: TestClient, headers: dict[str, str]) -> None:
    created = signed_in.post(CLASSES, json={"name": "Lớp sáng"}, headers=headers)
    assert created.status_code == 201, created.text


def test_scripts_with_a_token_and_trusted_origins_pass(make_client, settings: Settings) -> None:
    client = make_client(
        settings.model_copy(update={"trusted_origins": ["https://hocvuso.xa.example.vn"]}), nlu=StaticNlu()
    )
    client.base_url = HERE
    accounts = client.app.state.services.accounts
    accounts.create("author.one", PASSWORD, "author")
    token = accounts.sign_in("author.one", PASSWORD)
    by_script = client.post(CLASSES, json={"name": "Lớp A"}, headers=bearer(token) | {"origin": EVIL})
    assert by_script.status_code == 201

    client.post("/api/v1/trainers/login", json={"username": "author.one", "password": PASSWORD})
    trusted = client.post(
        CLASSES, json={"name": "Lớp B"}, headers={"origin": "https://hocvuso.xa.example.vn"}
    )
    assert trusted.status_code == 201
    assert client.post(CLASSES, json={"name": "Lớp C"}, headers={"origin": EVIL}).status_code == 403


class _Inline(HTMLParser):
    """Collects what a strict CSP would block: inline scripts, style blocks and attributes, handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        if (tag == "script" and "src" not in names) or tag == "style":
            self.found.append(f"<{tag}>")
        self.found += [f"{tag}[{name}]" for name in names if name == "style" or name.startswith("on")]


def test_the_workspace_page_forbids_framing_and_inline_code_and_has_none(client: TestClient) -> None:
    page = client.get("/trainers/")
    assert page.status_code == 200
    policy = dict(
        directive.strip().split(" ", 1) for directive in page.headers["content-security-policy"].split(";")
    )
    assert policy["frame-ancestors"] == "'none'" and policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'" and "unsafe-inline" not in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    inline = _Inline()
    inline.feed((PAGES / "index.html").read_text(encoding="utf-8"))
    assert inline.found == []


def cookie_of(response) -> str:
    return response.headers["set-cookie"].lower()


@pytest.mark.parametrize(
    ("url", "headers", "secure"),
    [
        (HERE, {}, False),
        ("http://localhost:8000", {}, False),
        ("http://testserver", {}, True),
        ("https://127.0.0.1:8000", {}, True),
        (HERE, {"x-forwarded-for": "203.0.113.9"}, True),
        (HERE, {"forwarded": "for=203.0.113.9;proto=https"}, True),
    ],
    ids=["loopback", "localhost", "a-host-name", "https", "proxied", "proxied-rfc7239"],
)
def test_the_session_cookie_is_secure_except_on_plain_http_loopback(
    client: TestClient, tokens: dict[str, str], url: str, headers: dict[str, str], secure: bool
) -> None:
    signed = client.post(
        f"{url}/api/v1/trainers/login",
        json={"username": "author.one", "password": PASSWORD},
        headers=headers | {"origin": url},
    )
    assert signed.status_code == 200
    cookie = cookie_of(signed)
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert ("; secure" in cookie) is secure


def test_turning_plain_http_loopback_off_makes_the_cookie_always_secure(
    make_client, settings: Settings
) -> None:
    client = make_client(settings.model_copy(update={"plain_http_loopback": False}), nlu=StaticNlu())
    client.app.state.services.accounts.create("author.one", PASSWORD, "author")
    signed = client.post(
        f"{HERE}/api/v1/trainers/login", json={"username": "author.one", "password": PASSWORD}
    )
    assert "; secure" in cookie_of(signed)
