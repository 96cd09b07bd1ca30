"""Several workers (one per app process) share the Zalo queues: each row is claimed by exactly
one of them, a dead worker's claim runs out, and the token is refreshed once."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess

import httpx
import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select, update

from api.database import transaction
from api.shared.leases import process_name
from api.zalo.client import TokenPair, ZaloClient
from api.zalo.events import ZaloEvent
from api.zalo.queues import Inbox, Outbox
from api.zalo.tables import ZaloInbound, ZaloOutbox
from api.zalo.token_keys import TokenCipher
from api.zalo.tokens import ZaloTokens
from tests.api.zalo.events import text_event
from tests.api.zalo.fake_zalo import FakeZalo

pytestmark = pytest.mark.both_backends  # a store contract: the same on SQLite and PostgreSQL


def store(sessions, user: str, msg_id: str) -> None:
    assert Inbox(sessions).store(ZaloEvent.model_validate(text_event("app", user, "tiếp", msg_id)))


def lapse(sessions, table) -> None:
    """The claims run out, as when their worker died."""
    with transaction(sessions) as session:
        session.execute(update(table).values(claimed_until=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))


def test_an_event_is_claimed_by_one_worker_and_a_dead_workers_claim_runs_out(sessions) -> None:
    first, second = Inbox(sessions, "a"), Inbox(sessions, "b")
    store(sessions, "u1", "m1")
    claimed = first.claim_next()
    assert claimed is not None and claimed.claimed_by == "a"
    assert second.claim_next() is None

    lapse(sessions, ZaloInbound)
    taken_over = second.claim_next()
    assert taken_over is not None and taken_over.id == claimed.id
    assert second.complete(taken_over, [{"text": "bước 2"}])
    assert not first.complete(claimed, [{"text": "bước 2"}]), "its claim was taken over"
    first.failed_attempt(claimed, max_attempts=3)
    with sessions() as session:
        assert session.scalar(select(ZaloInbound.status)) == "done", "a done event never goes back"
        assert len(session.scalars(select(ZaloOutbox)).all()) == 1


def test_one_learners_events_are_answered_in_arrival_order_by_any_worker(sessions) -> None:
    first, second = Inbox(sessions, "a"), Inbox(sessions, "b")
    store(sessions, "u1", "m1")
    store(sessions, "u1", "m2")
    store(sessions, "u2", "m3")
    one = first.claim_next()
    other = second.claim_next()
    assert (one.key, other.key) == ("msg:m1", "msg:m3"), "m2 waits until m1 is answered"
    assert second.claim_next() is None
    first.complete(one, [])
    assert second.claim_next().key == "msg:m2"


def test_a_send_in_flight_is_left_alone_at_start_up_until_its_claim_runs_out(sessions) -> None:
    store(sessions, "u1", "m1")
    inbox = Inbox(sessions, "a")
    inbox.complete(inbox.claim_next(), [{"text": "1"}, {"text": "2"}])
    first, second = Outbox(sessions, "a"), Outbox(sessions, "b")
    sending = first.claim_due()
    assert sending is not None and sending.message == {"text": "1"}
    assert second.claim_due() is None, "the learner's second message waits behind the first"
    assert second.recover() == 0, "another process has it in flight"

    lapse(sessions, ZaloOutbox)
    assert second.recover() == 1
    again = second.claim_due()
    assert again.id == sending.id and again.claimed_by == "b"
    assert not first.finish(sending, "sent"), "the takeover's send is the one that counts"
    assert second.finish(again, "sent")
    assert first.claim_due().message == {"text": "2"}


async def test_two_processes_refreshing_at_once_spend_the_refresh_token_once(sessions) -> None:
    fake = FakeZalo()
    cipher = TokenCipher([Fernet.generate_key()])
    transport = httpx.ASGITransport(app=fake.app())
    async with httpx.AsyncClient(transport=transport, base_url="http://zalo") as http:

        def process() -> ZaloTokens:
            client = ZaloClient(http, "http://zalo", "http://zalo")
            initial = TokenPair(fake.access_token, fake.refresh_token, None)
            return ZaloTokens(sessions, client, fake.app_id, fake.app_secret_key, initial, cipher)

        first, second = process(), process()
        rejected = first.current()
        fresh = await asyncio.gather(first.refresh(rejected), second.refresh(rejected))
    assert fake.refreshes == ["oa-refresh-0"]
    assert fresh[0] == fresh[1] == fake.access_token


def test_at_start_up_claims_of_a_process_of_this_host_that_died_are_released_at_once(sessions) -> None:
    host, namespace, _ = process_name().split(":")
    finished = subprocess.Popen(["true"])
    finished.wait()
    killed = f"{host}:{namespace}:{finished.pid}:zalo:1"
    elsewhere = f"another-host:{namespace}:{finished.pid}:zalo:1"
    store(sessions, "u1", "m1")
    store(sessions, "u2", "m2")
    assert Inbox(sessions, killed).claim_next() is not None
    assert Inbox(sessions, elsewhere).claim_next() is not None

    restarted = Inbox(sessions, "new")
    assert restarted.recover() == 1, "the other host's process may still be working"
    assert restarted.claim_next().key == "msg:m1"
    assert restarted.claim_next() is None
