"""Rate counters: the same answers from memory and from the database, and the database's count
is one for every process that shares it."""

from __future__ import annotations

import threading

import pytest
from limits import parse
from sqlalchemy import func, select

from api.database import make_engine, session_factory
from api.protection.counters import DatabaseCounter, MemoryCounter
from api.protection.rate_limits import ClassCodeGuesses
from api.shared.tables import RateHits

pytestmark = pytest.mark.both_backends  # a store contract: the same on SQLite and PostgreSQL

THREE_A_MINUTE = parse("3/minute")
START = 1_800_000_000 // 60 * 60  # the start of a minute window


class Clock:
    def __init__(self, at: float) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


@pytest.fixture(params=["memory", "database"])
def counter(request: pytest.FixtureRequest):
    if request.param == "memory":
        return MemoryCounter()
    return DatabaseCounter(request.getfixturevalue("sessions"))


def test_the_rate_is_allowed_then_the_next_message_is_told_how_long_to_wait(counter) -> None:
    assert [counter.hit(THREE_A_MINUTE, "learner:a") for _ in range(3)] == [0, 0, 0]
    assert 1 <= counter.hit(THREE_A_MINUTE, "learner:a") <= 60
    assert counter.hit(THREE_A_MINUTE, "learner:b") == 0  # another key is not held back


def test_asking_how_long_to_wait_counts_nothing(counter) -> None:
    assert all(counter.wait_s(THREE_A_MINUTE, "learner:a") == 0 for _ in range(10))
    assert [counter.hit(THREE_A_MINUTE, "learner:a") for _ in range(3)] == [0, 0, 0]
    assert counter.wait_s(THREE_A_MINUTE, "learner:a") >= 1


def test_a_refused_message_is_not_counted_and_the_last_window_weighs_by_its_overlap(sessions) -> None:
    clock = Clock(START + 5)
    counter = DatabaseCounter(sessions, clock)
    assert [counter.hit(THREE_A_MINUTE, "k") for _ in range(3)] == [0, 0, 0]
    assert all(counter.hit(THREE_A_MINUTE, "k") for _ in range(5))  # refused, and not counted
    clock.at = START + 60 + 30  # half of the last window still inside the last minute: 1.5 counted
    assert counter.hit(THREE_A_MINUTE, "k") == 0  # 2.5 of 3
    assert counter.hit(THREE_A_MINUTE, "k") == 10  # 3.5 of 3: in 10 s the old window weighs 1/3
    clock.at += 10
    assert counter.hit(THREE_A_MINUTE, "k") == 0


def test_every_process_on_one_database_counts_against_one_rate(database_url: str) -> None:
    engines = [make_engine(database_url) for _ in range(2)]
    try:
        counters = [DatabaseCounter(session_factory(engine)) for engine in engines]
        allowed: list[int] = []

        def send(counter: DatabaseCounter) -> None:
            allowed.extend(1 for _ in range(10) if counter.hit(parse("12/minute"), "address:x") == 0)

        senders = [threading.Thread(target=send, args=(c,)) for c in counters]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join()
        assert len(allowed) == 12  # 20 sent through two processes at once, 12 allowed in all
    finally:
        for engine in engines:
            engine.dispose()


def test_windows_nobody_can_count_any_more_are_deleted(sessions) -> None:
    clock = Clock(START)
    counter = DatabaseCounter(sessions, clock)
    counter.hit(THREE_A_MINUTE, "old")
    clock.at = START + 121  # the window and the next one are over
    counter.hit(THREE_A_MINUTE, "new")
    assert counter.purge() == 1
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(RateHits)) == 1


def test_wrong_class_codes_are_counted_in_the_database_too(sessions) -> None:
    guesses = ClassCodeGuesses.from_rates("2/hour", "3/hour", DatabaseCounter(sessions))
    for learner in ("zalo:1", "zalo:1", "web-1"):
        assert guesses.wait_s(learner, "10.0.0.1") == 0
        guesses.missed(learner, "10.0.0.1")
    assert guesses.wait_s("zalo:1", None) > 0  # two wrong codes from this learner
    assert guesses.wait_s("web-2", "10.0.0.1") > 0  # three from this address
    assert guesses.wait_s("web-2", "10.0.0.2") == 0
