"""`hocvuso trainer …` on the server: every account command changes what the API then allows,
refuses what would leave no admin, and leaves its mark in the audit log."""

from __future__ import annotations

import getpass

import pytest
from typer.testing import CliRunner

from api.cli import app
from api.database import make_engine, migrate, session_factory
from api.settings import Settings
from api.workspace import audit
from api.workspace.accounts import AccountStore, SignInLocked
from api.workspace.secrets import PasswordHasher
from tests.api.workspace.conftest import PASSWORD

NEW = "another long password"


@pytest.fixture
def store(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> AccountStore:
    """The database the commands use, with an admin and an author signed in and holding a token."""
    monkeypatch.setenv("HOCVUSO_VAR_DIR", str(settings.var_dir))
    monkeypatch.setenv("HOCVUSO_PASSWORD_SCRYPT_LOG2_N", "12")
    migrate(settings.sqlalchemy_url)
    accounts = AccountStore(session_factory(make_engine(settings.sqlalchemy_url)), hasher=PasswordHasher(12))
    admin = accounts.create("admin.one", PASSWORD, "admin")
    accounts.create("author.one", PASSWORD, "author")
    accounts.issue_token(admin, "backup script", PASSWORD, "10.0.0.1")
    return accounts


def trainer(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["trainer", *args], input=stdin)
    return result.exit_code, " ".join(result.output.split())


def test_add_creates_an_account_that_signs_in(store: AccountStore) -> None:
    code, said = trainer(
        "add", "mentor.hoa", "--role", "reviewer", "--name", "Cô Hoa", "--password-stdin", stdin=NEW
    )
    assert code == 0 and "mentor.hoa (reviewer) can sign in" in said
    assert store.sign_in("mentor.hoa", NEW, "10.0.0.1")
    assert trainer("add", "mentor.hoa", "--password-stdin", stdin=NEW) == (
        1,
        "✗ username: 'mentor.hoa' is taken",
    )
    assert trainer("add", "mentor.x", "--password-stdin", stdin="short")[0] == 1
    event = audit.recent(store._sessions, action="account.created")[0]
    assert (event["actor"], event["target"]) == (f"cli:{getpass.getuser()}", "mentor.hoa")


def test_list_shows_roles_states_and_tokens(store: AccountStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    store.disable("cli:test", "author.one")
    result = CliRunner().invoke(app, ["trainer", "list"])
    assert result.exit_code == 0
    rows = [
        [cell.strip() for cell in line.split("│")[1:-1]] for line in result.output.splitlines() if "│" in line
    ]
    assert [row[:5] for row in rows] == [
        ["admin.one", "admin.one", "admin", "active", "1"],
        ["author.one", "author.one", "author", "disabled", "0"],
    ]


def test_disable_ends_sessions_and_tokens_and_enable_lets_the_account_back(store: AccountStore) -> None:
    session = store.sign_in("author.one", PASSWORD, "10.0.0.1")
    assert store.trainer_for(session)
    assert trainer("disable", "author.one") == (0, "✓ author.one is disabled; 1 sessions and tokens ended")
    assert store.trainer_for(session) is None
    assert trainer("enable", "author.one") == (0, "✓ author.one can sign in again")
    assert store.sign_in("author.one", PASSWORD, "10.0.0.1")


def test_set_role_changes_the_role_but_never_removes_the_last_admin(store: AccountStore) -> None:
    assert trainer("set-role", "author.one", "reviewer") == (0, "✓ author.one is now reviewer")
    assert {t.username: t.role for t in store.all()}["author.one"] == "reviewer"
    code, said = trainer("set-role", "admin.one", "author")
    assert code == 1 and "only enabled admin" in said
    assert trainer("disable", "admin.one")[0] == 1
    assert trainer("set-role", "author.one", "owner")[0] == 1
    assert trainer("set-role", "author.one", "admin")[0] == 0
    assert trainer("set-role", "admin.one", "author")[0] == 0  # another admin exists now


def test_reset_password_replaces_it_and_ends_sessions(store: AccountStore) -> None:
    session = store.sign_in("author.one", PASSWORD, "10.0.0.1")
    code, said = trainer("reset-password", "author.one", "--password-stdin", stdin=NEW)
    assert code == 0 and "new password" in said
    assert store.trainer_for(session) is None
    assert store.sign_in("author.one", PASSWORD, "10.0.0.1") is None
    assert store.sign_in("author.one", NEW, "10.0.0.1")


def test_revoke_tokens_ends_every_credential(store: AccountStore) -> None:
    store.sign_in("admin.one", PASSWORD, "10.0.0.1")
    assert [t.label for t in store.tokens("admin.one")] == ["backup script"]
    assert trainer("revoke-tokens", "admin.one") == (0, "✓ 2 sessions and API tokens of admin.one ended")
    assert store.tokens("admin.one") == []


def test_unlock_lifts_a_pause_from_every_address(store: AccountStore) -> None:
    for _ in range(5):
        store.sign_in("admin.one", "wrong", "10.0.0.9")
    with pytest.raises(SignInLocked):
        store.sign_in("admin.one", PASSWORD, "10.0.0.9")
    assert trainer("unlock", "admin.one") == (0, "✓ admin.one can sign in again (2 attempt counts cleared)")
    assert store.sign_in("admin.one", PASSWORD, "10.0.0.9")


def test_an_unknown_name_is_refused(store: AccountStore) -> None:
    for command in ("disable", "enable", "revoke-tokens", "unlock"):
        assert trainer(command, "nobody.here") == (1, "✗ No account 'nobody.here'."), command
    assert trainer("set-role", "nobody.here", "author") == (1, "✗ No account 'nobody.here'.")
    assert trainer("reset-password", "nobody.here", "--password-stdin", stdin=NEW)[0] == 1
