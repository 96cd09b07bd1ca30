"""ChatService: one turn at a time per learner, and a resent message is answered once — also when
two services (two app processes) share the database."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from api.chat_service import ChatService, MessageTooLong
from api.database import transaction
from api.schemas import ChatRequest
from api.shared import leases, replies
from api.shared.leases import Leases, process_name
from api.shared.replies import ReplyMemory
from api.shared.tables import Lease, TurnReply
from bot.replies import IntentInfo, Message, Reply

pytestmark = pytest.mark.both_backends  # a store contract: the same on SQLite and PostgreSQL


class SlowTurns:
    """Records how many turns of one learner overlap; the reply says which turn it was. Like the
    real engine, it keeps a reply under its message id once the turn is done."""

    def __init__(self, fail_first: bool = False) -> None:
        self.memory: ReplyMemory | None = None
        self.running: dict[str, int] = {}
        self.most_at_once: dict[str, int] = {}
        self.count = 0
        self.fail_first = fail_first

    async def handle(
        self, learner_id: str, text: str, redacted=(), lang=None, address=None, message_id=None, _image=False
    ) -> Reply:
        self.running[learner_id] = self.running.get(learner_id, 0) + 1
        self.most_at_once[learner_id] = max(self.most_at_once.get(learner_id, 0), self.running[learner_id])
        await asyncio.sleep(0.05)
        self.running[learner_id] -= 1
        self.count += 1
        if self.fail_first and self.count == 1:
            raise RuntimeError("database unavailable")
        reply = Reply(
            messages=[Message(text=f"turn {self.count}")],
            intent=IntentInfo(name="x", confidence=1),
            lang="vi",
        )
        if message_id is not None and self.memory is not None:
            self.memory.remember(learner_id, message_id, reply)
        return reply


@pytest.fixture
def make_service(sessions: sessionmaker[Session]) -> Callable[..., ChatService]:
    def factory(turns, max_chars: int = 100, keep_s: float = 3600.0) -> ChatService:
        turns.memory = ReplyMemory(sessions, keep_s)
        return ChatService(turns, max_chars, Leases(sessions), turns.memory)

    return factory


def ask(user: str, text: str = "tiếp", message_id: str | None = None) -> ChatRequest:
    return ChatRequest(user_id=user, text=text, message_id=message_id)


async def test_one_learners_turns_never_overlap_but_different_learners_do(make_service) -> None:
    turns = SlowTurns()
    service = make_service(turns)
    await asyncio.gather(*(service.reply(ask(user)) for user in ["an", "an", "an", "binh", "binh"]))
    assert turns.most_at_once == {"an": 1, "binh": 1}
    assert turns.count == 5
    assert service._locks == {}  # nothing left behind once the turns are done


async def test_two_services_on_one_database_never_run_one_learners_turns_at_once(make_service) -> None:
    turns = SlowTurns()  # shared, so it sees the overlap a second process would cause
    first, second = make_service(turns), make_service(turns)
    await asyncio.gather(*(service.reply(ask("an")) for service in [first, second] * 3))
    assert turns.most_at_once == {"an": 1} and turns.count == 6


async def test_a_message_resent_while_it_is_still_running_gets_the_same_reply_once(make_service) -> None:
    turns = SlowTurns()
    service = make_service(turns)
    first, again = await asyncio.gather(
        service.reply(ask("an", message_id="m1")), service.reply(ask("an", message_id="m1"))
    )
    assert first == again and turns.count == 1
    later = await service.reply(ask("an", message_id="m1"))
    assert later == first and turns.count == 1


async def test_a_message_resent_to_another_process_gets_the_first_reply(make_service) -> None:
    turns = SlowTurns()
    first, second = make_service(turns), make_service(turns)
    replies_ = await asyncio.gather(
        first.reply(ask("an", message_id="m1")), second.reply(ask("an", message_id="m1"))
    )
    assert replies_[0] == replies_[1] and turns.count == 1
    assert await second.reply(ask("binh", message_id="m1")) != replies_[0]  # ids are per learner


async def test_a_turn_that_failed_is_tried_again_when_resent(make_service) -> None:
    turns = SlowTurns(fail_first=True)
    service = make_service(turns)
    with pytest.raises(RuntimeError):
        await service.reply(ask("an", message_id="m1"))
    reply = await service.reply(ask("an", message_id="m1"))
    assert reply.messages[0].text == "turn 2"


async def test_a_turn_runs_to_the_end_when_its_caller_goes_away(make_service, sessions) -> None:
    turns = SlowTurns()
    service = make_service(turns)
    caller = asyncio.ensure_future(service.reply(ask("an", message_id="m1")))
    await asyncio.sleep(0.02)
    caller.cancel()
    again = await service.reply(ask("an", message_id="m1"))
    assert turns.count == 1 and again.messages[0].text == "turn 1"


async def test_replies_are_remembered_only_until_they_expire(make_service, sessions) -> None:
    turns = SlowTurns()
    service = make_service(turns, keep_s=0.2)
    await service.reply(ask("an", message_id="m1"))
    await asyncio.sleep(0.3)
    assert (await service.reply(ask("an", message_id="m1"))).messages[0].text == "turn 2"
    with transaction(sessions) as session:
        removed = replies.purge_expired(session, dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
        assert removed == 1 and session.scalars(select(TurnReply)).all() == []


def test_a_lock_whose_holder_died_is_taken_over_when_its_lease_runs_out(sessions) -> None:
    locks = Leases(sessions)
    assert locks.try_take("learner:an", "dead", lease_s=60)
    assert not locks.try_take("learner:an", "alive", lease_s=60)
    locks.release("learner:an", "alive")  # not its lock: nothing happens
    assert not locks.try_take("learner:an", "alive", lease_s=60)
    with transaction(sessions) as session:
        session.get(Lease, "learner:an").until = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    assert locks.try_take("learner:an", "alive", lease_s=60)
    with transaction(sessions) as session:
        assert leases.purge_expired(session, dt.datetime.now(dt.UTC)) == 0
        assert session.get(Lease, "learner:an").holder == "alive"


def test_a_lock_held_by_a_process_of_this_host_that_died_is_taken_at_once(sessions) -> None:
    host, namespace, _ = process_name().split(":")
    finished = subprocess.Popen(["true"])
    finished.wait()
    locks = Leases(sessions)
    assert locks.try_take("learner:an", f"{host}:{namespace}:{finished.pid}:x", lease_s=60)
    assert locks.try_take("learner:an", locks.new_holder(), lease_s=60)
    assert not locks.try_take("learner:an", locks.new_holder(), lease_s=60), "held by a live process"


async def test_a_message_over_the_limit_is_refused_with_the_limit_named(make_service) -> None:
    service = make_service(SlowTurns(), max_chars=10)
    with pytest.raises(MessageTooLong, match="at most 10"):
        await service.reply(ask("an", text="x" * 11))
