"""A password guesser is slowed down: after five wrong passwords for one name from one client,
sign-in pauses for that pair, even for the right password, and then works again."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from api.workspace.accounts import AccountStore, SignInLocked
from tests.api.workspace.conftest import PASSWORD

LOGIN = "/api/v1/trainers/login"


def attempt(client: TestClient, username: str, password: str) -> int:
    return client.post(LOGIN, json={"username": username, "password": password}).status_code


def test_five_wrong_passwords_pause_sign_in_for_that_name_only(
    client: TestClient, tokens: dict[str, str]
) -> None:
    assert [attempt(client, "author.one", f"guess-{n}") for n in range(5)] == [401] * 5
    locked = client.post(LOGIN, json={"username": "author.one", "password": PASSWORD})
    assert locked.status_code == 429
    assert 0 < int(locked.headers["retry-after"]) <= 15 * 60
    assert "try again in 15 minutes" in locked.json()["detail"]
    assert attempt(client, "reviewer.one", PASSWORD) == 200


def test_an_unknown_name_is_paused_the_same_way(client: TestClient) -> None:
    assert [attempt(client, "nobody.here", "x") for _ in range(6)] == [401] * 5 + [429]


def test_the_pause_ends_and_a_right_password_clears_the_count(client: TestClient) -> None:
    now = [dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)]
    store = AccountStore(
        client.app.state.services.sessions,
        max_failures=3,
        lock=dt.timedelta(minutes=10),
        clock=lambda: now[0],
    )
    store.create("mentor.lan", PASSWORD, "author")
    assert [store.sign_in("mentor.lan", "wrong", "10.0.0.7") for _ in range(2)] == [None, None]
    assert store.sign_in("mentor.lan", PASSWORD, "10.0.0.7")
    assert [store.sign_in("mentor.lan", "wrong", "10.0.0.7") for _ in range(3)] == [None] * 3
    assert store.sign_in("mentor.lan", PASSWORD, "10.0.0.8")  # another client is not paused
    with pytest.raises(SignInLocked) as paused:
        store.sign_in("mentor.lan", PASSWORD, "10.0.0.7")
    assert paused.value.wait_s == 600
    now[0] += dt.timedelta(minutes=10)
    assert store.sign_in("mentor.lan", PASSWORD, "10.0.0.7")
