"""A password guesser is slowed down: attempts are counted before the password is checked, per
name and address, per name and per address; past a limit sign-in pauses (even for the right
password) until the window ends or an admin unlocks the name. Unknown names cost the same work."""

from __future__ import annotations

import datetime as dt
import statistics
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.workspace import audit
from api.workspace.accounts import AccountStore, SignInLocked
from api.workspace.secrets import PasswordHasher
from api.workspace.sign_in_limits import SignInLimits
from tests.api.workspace.conftest import PASSWORD, bearer
from tests.conftest import StaticNlu, serve

pytestmark = pytest.mark.both_backends  # a store contract: the same on SQLite and PostgreSQL

LOGIN = "/api/v1/trainers/login"
CHEAP = PasswordHasher(log2_n=12)


class CountingHasher(PasswordHasher):
    """Counts password checks, so a test sees how many guesses were really tried."""

    def __init__(self, log2_n: int) -> None:
        super().__init__(log2_n=log2_n)
        object.__setattr__(self, "checks", Counter())
        object.__setattr__(self, "lock", threading.Lock())

    def verify(self, password: str, stored: str) -> bool:
        with self.lock:  # type: ignore[attr-defined]
            self.checks["all"] += 1  # type: ignore[attr-defined]
        return super().verify(password, stored)


def attempt(client: TestClient, username: str, password: str) -> int:
    return client.post(LOGIN, json={"username": username, "password": password}).status_code


def store_at(client: TestClient, now: list[dt.datetime], **limits) -> AccountStore:
    return AccountStore(
        client.app.state.services.sessions,
        SignInLimits(window=dt.timedelta(minutes=10), **limits),
        CHEAP,
        clock=lambda: now[0],
    )


def test_five_wrong_passwords_pause_sign_in_for_that_name_only(
    client: TestClient, tokens: dict[str, str]
) -> None:
    assert [attempt(client, "author.one", f"guess-{n}") for n in range(5)] == [401] * 5
    locked = client.post(LOGIN, json={"username": "author.one", "password": PASSWORD})
    assert locked.status_code == 429
    assert 0 < int(locked.headers["retry-after"]) <= 15 * 60
    assert "try again in 15 minutes" in locked.json()["detail"]
    assert "ask an admin to unlock it" in locked.json()["detail"]
    assert attempt(client, "reviewer.one", PASSWORD) == 200


def test_an_unknown_name_is_paused_the_same_way(client: TestClient) -> None:
    assert [attempt(client, "nobody.here", "x") for _ in range(6)] == [401] * 5 + [429]


def test_the_pause_ends_and_a_right_password_clears_the_count(client: TestClient) -> None:
    now = [dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)]
    store = store_at(client, now, per_name_and_address=3)
    store.create("mentor.lan", PASSWORD, "author")
    assert [store.sign_in("mentor.lan", "wrong", "10.0.0.7") for _ in range(2)] == [None, None]
    assert store.sign_in("mentor.lan", PASSWORD, "10.0.0.7")
    assert [store.sign_in("mentor.lan", "wrong", "10.0.0.7") for _ in range(3)] == [None] * 3
    assert store.sign_in("mentor.lan", PASSWORD, "10.0.0.8")  # another client is not paused
    with pytest.raises(SignInLocked) as paused:
        store.sign_in("mentor.lan", PASSWORD, "10.0.0.7")
    assert paused.value.wait_s == 600 and paused.value.scope == "name_and_address"
    now[0] += dt.timedelta(minutes=10)
    assert store.sign_in("mentor.lan", PASSWORD, "10.0.0.7")


def test_guessing_one_name_from_many_addresses_pauses_that_name_everywhere(client: TestClient) -> None:
    now = [dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)]
    store = store_at(client, now, per_name_and_address=3, per_name=6)
    store.create("mentor.lan", PASSWORD, "author")
    for n in range(6):
        assert store.sign_in("mentor.lan", "wrong", f"10.0.1.{n}") is None
    with pytest.raises(SignInLocked) as paused:
        store.sign_in("mentor.lan", PASSWORD, "10.0.9.9")
    assert paused.value.scope == "name"
    assert [a.paused_until for a in store.accounts()] == [now[0] + dt.timedelta(minutes=10)]


def test_trying_many_names_from_one_address_pauses_that_address(client: TestClient) -> None:
    now = [dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)]
    store = store_at(client, now, per_name_and_address=3, per_address=4)
    store.create("mentor.lan", PASSWORD, "author")
    for n in range(4):
        assert store.sign_in(f"guess.{n}", "wrong", "10.0.2.1") is None
    with pytest.raises(SignInLocked) as paused:
        store.sign_in("mentor.lan", PASSWORD, "10.0.2.1")
    assert paused.value.scope == "address"
    assert store.sign_in("mentor.lan", PASSWORD, "10.0.2.2")


def test_a_hundred_parallel_wrong_passwords_make_exactly_five_checks(settings: Settings, embedder) -> None:
    app = create_app(settings, nlu=StaticNlu(), embedder=embedder)
    with serve(app) as live:
        accounts = app.state.services.accounts
        accounts.create("admin.one", PASSWORD, "admin")
        counting = CountingHasher(settings.password_scrypt_log2_n)
        accounts.hasher = counting
        start = threading.Barrier(100)

        def guess(n: int) -> int:
            with httpx.Client(base_url=live.url, timeout=60) as http:
                start.wait()
                return http.post(LOGIN, json={"username": "admin.one", "password": f"guess-{n}"}).status_code

        with ThreadPoolExecutor(100) as pool:
            statuses = Counter(pool.map(guess, range(100)))
        assert statuses == {401: 5, 429: 95}
        assert counting.checks["all"] == 5  # type: ignore[attr-defined]
        with httpx.Client(base_url=live.url) as http:
            assert http.post(LOGIN, json={"username": "admin.one", "password": PASSWORD}).status_code == 429
        log = audit.recent(app.state.services.sessions, action="sign_in")
        assert Counter(e["action"] for e in log) == {"sign_in.failed": 5, "sign_in.locked": 1}


def test_a_locked_out_admin_is_unlocked_by_another_admin(client: TestClient, tokens: dict[str, str]) -> None:
    client.app.state.services.accounts.create("admin.two", PASSWORD, "admin")
    assert [attempt(client, "admin.two", "wrong") for _ in range(6)] == [401] * 5 + [429]
    listed = client.get("/api/v1/trainers/accounts", headers=bearer(tokens["admin"])).json()
    assert next(a for a in listed if a["username"] == "admin.two")["paused_until"]
    unlocked = client.post("/api/v1/trainers/accounts/admin.two/unlock", headers=bearer(tokens["admin"]))
    assert unlocked.status_code == 200 and unlocked.json()["counts_cleared"] >= 1
    assert attempt(client, "admin.two", PASSWORD) == 200
    log = client.get("/api/v1/trainers/audit?action=account", headers=bearer(tokens["admin"])).json()
    newest = log[0]
    assert (newest["actor"], newest["action"], newest["target"]) == (
        "admin.one",
        "account.unlocked",
        "admin.two",
    )


def test_an_old_cost_hash_is_redone_at_the_current_cost_on_sign_in(client: TestClient) -> None:
    from sqlalchemy import select

    from api.workspace.tables import TrainerAccount

    sessions = client.app.state.services.sessions
    old = AccountStore(sessions, hasher=PasswordHasher(log2_n=11))
    old.create("mentor.old", PASSWORD, "author")
    current = AccountStore(sessions, hasher=CHEAP)
    assert current.sign_in("mentor.old", PASSWORD, "10.0.0.1")
    with sessions() as session:
        stored = session.scalar(
            select(TrainerAccount.password_hash).where(TrainerAccount.username == "mentor.old")
        )
    assert stored.startswith("scrypt$ln=12,r=8,p=1$")
    assert current.sign_in("mentor.old", PASSWORD, "10.0.0.1")
    assert current.sign_in("mentor.old", "wrong password", "10.0.0.1") is None


def test_a_known_and_an_unknown_name_take_the_same_time_at_the_real_cost(client: TestClient) -> None:
    """The default cost (2**17), 30 wrong sign-ins each, interleaved in alternating order so
    machine load hits both alike. Wall time is what a guesser sees; this thread's CPU time is the
    work, without the noise of other processes."""
    roomy = SignInLimits(per_name_and_address=1000, per_name=1000, per_address=1000)
    store = AccountStore(client.app.state.services.sessions, roomy, PasswordHasher())
    assert store.hasher.log2_n == 17
    store.create("mentor.real", PASSWORD, "author")
    store.sign_in("someone.else", "warm-up", "10.0.3.1")  # builds the decoy hash once
    wall: dict[str, list[float]] = {"known": [], "unknown": []}
    work: dict[str, list[float]] = {"known": [], "unknown": []}
    pair = [("known", "mentor.real"), ("unknown", "nobody.real")]
    for n in range(30):
        for kind, name in pair if n % 2 else pair[::-1]:
            began, began_cpu = time.perf_counter(), time.thread_time()
            assert store.sign_in(name, "a wrong password", "10.0.3.1") is None
            wall[kind].append(time.perf_counter() - began)
            work[kind].append(time.thread_time() - began_cpu)
    known, unknown = statistics.median(wall["known"]), statistics.median(wall["unknown"])
    known_cpu, unknown_cpu = statistics.median(work["known"]), statistics.median(work["unknown"])
    q1, _, q3 = statistics.quantiles(wall["known"], n=4)
    print(
        f"\nsign-in at 2**17, medians of 30 wrong passwords: wall known {known * 1000:.1f} ms, unknown "
        f"{unknown * 1000:.1f} ms, difference {(unknown - known) * 1000:+.1f} ms (known's interquartile "
        f"range {(q3 - q1) * 1000:.1f} ms); CPU known {known_cpu * 1000:.1f} ms, unknown "
        f"{unknown_cpu * 1000:.1f} ms, difference {(unknown_cpu - known_cpu) * 1000:+.1f} ms"
    )
    assert abs(known - unknown) < max(0.1 * known, q3 - q1)
    assert abs(known_cpu - unknown_cpu) < 0.1 * known_cpu
