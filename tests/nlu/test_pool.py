"""A pool of NLU servers, against small local HTTP servers: spread, fail over, degrade."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from api.bootstrap import nlu_client
from api.settings import Settings
from nlu.client import CircuitBreaker, RasaNluClient
from nlu.pool import NluPool
from tests.conftest import free_port
from tests.nlu.test_client import _serve


@pytest.fixture
def second_server() -> Iterator[tuple[str, list[dict]]]:
    yield from _serve(delay_s=0.0)


@pytest.fixture
def first_server() -> Iterator[tuple[str, list[dict]]]:
    yield from _serve(delay_s=0.0)


def member(url: str) -> RasaNluClient:
    return RasaNluClient(url, token="t", timeout_s=1.0, retries=0, breaker=CircuitBreaker(2, 60.0))


async def test_requests_are_spread_over_the_servers(first_server, second_server) -> None:
    (first, seen_first), (second, seen_second) = first_server, second_server
    pool = NluPool([member(first), member(second)])
    results = [await pool.parse("quen mat khau") for _ in range(10)]
    await pool.aclose()
    assert all(r is not None and r.intent.name == "ask_how_to" for r in results)
    assert len(seen_first) == len(seen_second) == 5


async def test_a_dead_server_gives_way_to_a_live_one_and_then_costs_nothing(first_server) -> None:
    live, seen = first_server
    dead = member(f"http://127.0.0.1:{free_port()}")
    pool = NluPool([dead, member(live)])
    results = [await pool.parse("xin chao") for _ in range(6)]
    assert all(r is not None for r in results), "every message was answered by the live server"
    assert dead.breaker.is_open and not pool.breaker.is_open
    started = time.perf_counter()
    assert await pool.parse("xin chao") is not None
    assert time.perf_counter() - started < 0.5  # the dead one is skipped while its breaker is open
    assert len(seen) == 7 and await pool.is_available()
    await pool.aclose()


async def test_with_every_server_down_the_bot_answers_degraded() -> None:
    pool = NluPool([member(f"http://127.0.0.1:{free_port()}") for _ in range(3)])
    assert [await pool.parse("xin chao") for _ in range(4)] == [None] * 4
    assert pool.breaker.is_open and not await pool.is_available()
    await pool.aclose()


def test_the_setting_chooses_one_server_or_a_pool() -> None:
    assert isinstance(nlu_client(Settings(nlu_url="http://127.0.0.1:5005")), RasaNluClient)
    pool = nlu_client(Settings(nlu_urls="http://10.0.0.1:5005, http://10.0.0.2:5005"))
    assert isinstance(pool, NluPool)
    assert [m.base_url for m in pool.members] == ["http://10.0.0.1:5005", "http://10.0.0.2:5005"]
