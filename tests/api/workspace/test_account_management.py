"""Accounts an admin can manage on the pages, passwords people change themselves, API tokens that
expire and are revoked, and the audit log of all of it."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from fastapi.testclient import TestClient

from tests.api.workspace.conftest import PASSWORD, bearer, new_entry

API = "/api/v1/trainers"
NEW = "another long password"


def cookie(token: str) -> dict[str, str]:
    """A page's request: the session cookie (the client sends the workspace's own Origin)."""
    return {"cookie": f"hocvuso_trainer={token}"}


@pytest.fixture
def admin(tokens: dict[str, str]) -> dict[str, str]:
    return bearer(tokens["admin"])


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> str:
    token = client.app.state.services.accounts.sign_in(username, password, "testclient")
    assert token, f"{username} could not sign in"
    return token


def new_token(client: TestClient, who: dict[str, str], label: str = "export script", **extra) -> dict:
    response = client.post(f"{API}/tokens", json={"label": label, "password": PASSWORD, **extra}, headers=who)
    assert response.status_code == 201, response.text
    return response.json()


def actions(client: TestClient, admin: dict[str, str], prefix: str) -> list[tuple[str, str, str]]:
    log = client.get(f"{API}/audit", params={"action": prefix}, headers=admin).json()
    return [(e["actor"], e["action"], e["target"]) for e in log]


def test_admins_list_and_create_accounts(client: TestClient, admin: dict[str, str]) -> None:
    created = client.post(
        f"{API}/accounts",
        json={"username": "mentor.hoa", "password": PASSWORD, "role": "author", "display_name": "Cô Hoa"},
        headers=admin,
    )
    assert created.status_code == 201 and created.json()["display_name"] == "Cô Hoa"
    taken = client.post(
        f"{API}/accounts",
        json={"username": "mentor.hoa", "password": PASSWORD, "role": "author"},
        headers=admin,
    )
    assert taken.status_code == 409
    listed = {a["username"]: a for a in client.get(f"{API}/accounts", headers=admin).json()}
    assert set(listed) == {"volunteer.one", "author.one", "reviewer.one", "admin.one", "mentor.hoa"}
    assert listed["mentor.hoa"] | {"created_at": None} == {
        "username": "mentor.hoa",
        "display_name": "Cô Hoa",
        "role": "author",
        "created_at": None,
        "disabled": False,
        "paused_until": None,
        "tokens": 0,
    }
    assert ("admin.one", "account.created", "mentor.hoa") in actions(client, admin, "account")


def test_a_disabled_accounts_cookie_and_tokens_are_refused_at_once(
    client: TestClient, tokens: dict[str, str], admin: dict[str, str]
) -> None:
    session = sign_in(client, "author.one")
    script = new_token(client, bearer(tokens["author"]))["token"]
    for credential in (cookie(session), bearer(script), bearer(tokens["author"])):
        assert client.get(f"{API}/me", headers=credential).status_code == 200

    disabled = client.post(f"{API}/accounts/author.one/disable", headers=admin)
    assert disabled.status_code == 200 and disabled.json()["credentials_ended"] == 3
    for credential in (cookie(session), bearer(script), bearer(tokens["author"])):
        assert client.get(f"{API}/me", headers=credential).status_code == 401
    refused = client.post(f"{API}/login", json={"username": "author.one", "password": PASSWORD})
    assert refused.status_code == 403 and "disabled" in refused.json()["detail"]
    assert (
        client.post(f"{API}/login", json={"username": "author.one", "password": "wrong"}).status_code == 401
    )

    assert client.post(f"{API}/accounts/author.one/enable", headers=admin).status_code == 200
    assert client.get(f"{API}/me", headers=bearer(script)).status_code == 401  # ended stays ended
    assert (
        client.post(f"{API}/login", json={"username": "author.one", "password": PASSWORD}).status_code == 200
    )
    assert [a for _, a, t in actions(client, admin, "account") if t == "author.one"] == [
        "account.enabled",
        "account.disabled",
        "account.created",
    ]


def test_a_role_change_applies_to_the_next_request(
    client: TestClient, tokens: dict[str, str], admin: dict[str, str]
) -> None:
    author = bearer(tokens["author"])
    assert client.get(f"{API}/accounts", headers=author).status_code == 403
    changed = client.post(f"{API}/accounts/author.one/role", json={"role": "admin"}, headers=admin)
    assert changed.json() == {"username": "author.one", "role": "admin"}
    assert client.get(f"{API}/accounts", headers=author).status_code == 200
    assert ("admin.one", "account.role_changed", "author.one") in actions(client, admin, "account")
    log = client.get(f"{API}/audit", params={"action": "account.role_changed"}, headers=admin).json()
    assert log[0]["detail"] == "author → admin"


def test_admins_cannot_lock_themselves_out_on_the_pages(client: TestClient, admin: dict[str, str]) -> None:
    own_role = client.post(f"{API}/accounts/admin.one/role", json={"role": "author"}, headers=admin)
    assert own_role.status_code == 409 and "another admin" in own_role.json()["detail"]
    assert client.post(f"{API}/accounts/admin.one/disable", headers=admin).status_code == 409
    assert client.get(f"{API}/me", headers=admin).json()["role"] == "admin"
    assert client.post(f"{API}/accounts/nobody.here/disable", headers=admin).status_code == 404


def test_a_password_reset_ends_sessions_but_keeps_api_tokens(
    client: TestClient, tokens: dict[str, str], admin: dict[str, str]
) -> None:
    session = sign_in(client, "reviewer.one")
    script = new_token(client, bearer(tokens["reviewer"]))["token"]
    for _ in range(5):
        client.post(f"{API}/login", json={"username": "reviewer.one", "password": "wrong"})
    reset = client.post(f"{API}/accounts/reviewer.one/password", json={"password": NEW}, headers=admin)
    assert reset.status_code == 200
    assert client.get(f"{API}/me", headers=cookie(session)).status_code == 401
    assert client.get(f"{API}/me", headers=bearer(tokens["reviewer"])).status_code == 401  # a session too
    assert client.get(f"{API}/me", headers=bearer(script)).status_code == 200
    assert (
        client.post(f"{API}/login", json={"username": "reviewer.one", "password": PASSWORD}).status_code
        == 401
    )
    assert client.post(f"{API}/login", json={"username": "reviewer.one", "password": NEW}).status_code == 200
    short = client.post(f"{API}/accounts/reviewer.one/password", json={"password": "short"}, headers=admin)
    assert short.status_code == 422


def test_revoking_an_accounts_credentials_signs_it_out_everywhere(
    client: TestClient, tokens: dict[str, str], admin: dict[str, str]
) -> None:
    session = sign_in(client, "author.one")
    script = new_token(client, bearer(tokens["author"]))["token"]
    listed = client.get(f"{API}/accounts/author.one/tokens", headers=admin).json()
    assert [t["label"] for t in listed] == ["export script"]
    ended = client.post(f"{API}/accounts/author.one/revoke-tokens", headers=admin)
    assert ended.json()["credentials_ended"] == 3
    for credential in (cookie(session), bearer(script), bearer(tokens["author"])):
        assert client.get(f"{API}/me", headers=credential).status_code == 401
    assert client.get(f"{API}/accounts/author.one/tokens", headers=admin).json() == []
    assert ("admin.one", "credentials.revoked", "author.one") in actions(client, admin, "credentials")


def test_people_change_their_own_password_with_the_current_one(
    client: TestClient, tokens: dict[str, str], admin: dict[str, str]
) -> None:
    here, elsewhere = sign_in(client, "volunteer.one"), sign_in(client, "volunteer.one")
    wrong = client.post(
        f"{API}/me/password", json={"current_password": "not it", "new_password": NEW}, headers=cookie(here)
    )
    assert wrong.status_code == 403 and "current password" in wrong.json()["detail"]
    changed = client.post(
        f"{API}/me/password", json={"current_password": PASSWORD, "new_password": NEW}, headers=cookie(here)
    )
    assert changed.json() == {"changed": True, "other_sessions_ended": 2}  # the fixture's and `elsewhere`
    assert client.get(f"{API}/me", headers=cookie(here)).status_code == 200
    assert client.get(f"{API}/me", headers=cookie(elsewhere)).status_code == 401
    assert client.post(f"{API}/login", json={"username": "volunteer.one", "password": NEW}).status_code == 200
    assert [a for _, a, t in actions(client, admin, "password") if t == "volunteer.one"] == [
        "password.changed",
        "password.failed",
    ]


def test_wrong_current_passwords_are_paused_like_sign_ins(client: TestClient, tokens: dict[str, str]) -> None:
    session = cookie(sign_in(client, "volunteer.one"))
    body = {"current_password": "guess", "new_password": NEW}
    statuses = [client.post(f"{API}/me/password", json=body, headers=session).status_code for _ in range(6)]
    assert statuses == [403] * 5 + [429]


def test_a_token_needs_the_password_expires_and_is_revoked_by_its_owner(
    client: TestClient, tokens: dict[str, str], admin: dict[str, str]
) -> None:
    page = cookie(sign_in(client, "author.one"))
    assert client.post(f"{API}/tokens", json={"label": "stolen cookie"}, headers=page).status_code == 422
    wrong = client.post(f"{API}/tokens", json={"label": "stolen cookie", "password": "guess"}, headers=page)
    assert wrong.status_code == 403

    made = new_token(client, page, "weekly export")
    expires = dt.datetime.fromisoformat(made["expires_at"])
    assert abs(expires - (dt.datetime.now(dt.UTC) + dt.timedelta(days=90))) < dt.timedelta(minutes=1)
    short = new_token(client, page, "one-off", days=1)
    capped = new_token(client, page, "a year, asked", days=365)
    assert capped["expires_at"][:10] == made["expires_at"][:10]  # no longer than the setting allows
    assert client.delete(f"{API}/tokens/{capped['id']}", headers=page).status_code == 200
    script, one_off = bearer(made["token"]), bearer(short["token"])
    mine = client.get(f"{API}/tokens", headers=page).json()
    assert [t["label"] for t in mine] == ["weekly export", "one-off"] and "token" not in mine[0]
    assert client.get(f"{API}/entries", headers=script).status_code == 200

    accounts = client.app.state.services.accounts
    real_clock = accounts.clock
    accounts.clock = lambda: real_clock() + dt.timedelta(days=2)
    assert client.get(f"{API}/me", headers=one_off).status_code == 401  # expired
    assert client.get(f"{API}/me", headers=script).status_code == 200
    accounts.clock = real_clock

    other = bearer(tokens["reviewer"])
    assert client.delete(f"{API}/tokens/{made['id']}", headers=other).status_code == 404
    revoked = client.delete(f"{API}/tokens/{made['id']}", headers=page)
    assert revoked.json() == {"revoked": made["id"], "owner": "author.one", "label": "weekly export"}
    assert client.get(f"{API}/me", headers=script).status_code == 401
    assert client.delete(f"{API}/tokens/{short['id']}", headers=admin).status_code == 200  # admins: anyone's
    events = [a for _, a, t in actions(client, admin, "token") if t == "author.one"]
    assert events == ["token.revoked"] * 3 + ["token.created"] * 3


def test_volunteers_cannot_make_tokens(client: TestClient, tokens: dict[str, str]) -> None:
    refused = client.post(
        f"{API}/tokens", json={"label": "x", "password": PASSWORD}, headers=bearer(tokens["volunteer"])
    )
    assert refused.status_code == 403


def test_the_audit_log_records_sign_ins_and_publishing_and_exports_inert_csv(
    client: TestClient, tokens: dict[str, str], admin: dict[str, str]
) -> None:
    client.post(f"{API}/login", json={"username": "author.one", "password": "wrong"})
    client.post(f"{API}/login", json={"username": "ghost.name", "password": "wrong"})
    new_token(client, bearer(tokens["author"]), '=HYPERLINK("http://evil.example","x")')
    author, reviewer = bearer(tokens["author"]), bearer(tokens["reviewer"])
    path = f"{API}/entries/vi.zalo.change-avatar"
    client.put(path, json={"entry": new_entry()}, headers=author)
    client.post(f"{path}/submit", headers=author)
    assert client.post(f"{path}/publish", json={"version": 1}, headers=reviewer).status_code == 200

    log = client.get(f"{API}/audit", headers=admin).json()
    assert log[0] | {"id": 0, "at": ""} == {
        "id": 0,
        "at": "",
        "actor": "reviewer.one",
        "action": "content.published",
        "target": "entry vi.zalo.change-avatar",
        "detail": "version 1",
        "client": "testclient",
    }
    failed = [e for e in log if e["action"] == "sign_in.failed"]
    assert [(e["target"], e["detail"]) for e in failed] == [("", "unknown name"), ("author.one", "")]
    assert {"sign_in.ok", "token.created"} <= {e["action"] for e in log}

    exported = client.get(f"{API}/audit.csv", headers=admin)
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert list(rows[0]) == ["at", "actor", "action", "target", "detail", "client"]
    created = next(r for r in rows if r["action"] == "token.created")
    assert created["detail"].startswith("'=HYPERLINK(")
    assert client.get(f"{API}/audit.csv", params={"action": "content"}, headers=admin).text.count("\n") == 2
