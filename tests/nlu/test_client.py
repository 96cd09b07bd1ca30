"""The NLU client against small local HTTP servers: answering, slow, and absent."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from nlu.client import CircuitBreaker, RasaNluClient
from tests.conftest import free_port

RASA_REPLY = {
    "text": "quen mat khau vneid",
    "intent": {"name": "ask_how_to", "confidence": 0.93},
    "entities": [{"entity": "app", "value": "VNeID", "start": 14, "end": 19, "confidence_entity": 0.99}],
    "intent_ranking": [{"name": "ask_how_to", "confidence": 0.93}, {"name": "greet", "confidence": 0.02}],
}


def _serve(delay_s: float) -> Iterator[tuple[str, list[dict]]]:
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append(
                {"path": self.path, "body": json.loads(self.rfile.read(int(self.headers["Content-Length"])))}
            )
            time.sleep(delay_s)
            body = json.dumps(RASA_REPLY).encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting, as it should

        def do_GET(self) -> None:  # Rasa's root answers when the server is up
            body = b"Hello from Rasa: 3.6.21"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


@pytest.fixture
def fast_server() -> Iterator[tuple[str, list[dict]]]:
    yield from _serve(delay_s=0.0)


@pytest.fixture
def slow_server() -> Iterator[tuple[str, list[dict]]]:
    yield from _serve(delay_s=3.0)


async def test_parses_intent_and_entities_and_sends_the_token(fast_server: tuple[str, list[dict]]) -> None:
    url, seen = fast_server
    client = RasaNluClient(url, token="s3cret", timeout_s=1.0)
    result = await client.parse("quen mat khau vneid")
    await client.aclose()
    assert result is not None
    assert (result.intent.name, result.intent.confidence) == ("ask_how_to", 0.93)
    assert [(e.entity, e.value) for e in result.entities] == [("app", "VNeID")]
    assert seen[0]["path"] == "/model/parse?token=s3cret"
    assert seen[0]["body"] == {"text": "quen mat khau vneid"}


async def test_a_slow_server_costs_at_most_the_timeout(slow_server: tuple[str, list[dict]]) -> None:
    url, _ = slow_server
    client = RasaNluClient(url, token="t", timeout_s=0.5)
    started = time.perf_counter()
    result = await client.parse("xin chao")
    elapsed = time.perf_counter() - started
    await client.aclose()
    assert result is None
    assert elapsed < 1.5, f"parse took {elapsed:.2f} s with a 0.5 s timeout"


async def test_an_absent_server_means_degraded_not_an_error() -> None:
    client = RasaNluClient(f"http://127.0.0.1:{free_port()}", token="t", timeout_s=0.5, backoff_s=0.01)
    assert await client.parse("xin chao") is None
    assert await client.is_available() is False
    await client.aclose()


async def test_the_breaker_stops_calling_a_dead_server_then_tries_again() -> None:
    breaker = CircuitBreaker(threshold=2, cooldown_s=0.2)
    client = RasaNluClient(f"http://127.0.0.1:{free_port()}", token="t", retries=0, breaker=breaker)
    await client.parse("a")
    await client.parse("b")
    assert breaker.is_open
    started = time.perf_counter()
    assert await client.parse("c") is None
    assert time.perf_counter() - started < 0.01, "an open breaker must not touch the network"
    time.sleep(0.25)
    assert breaker.allow()
    await client.aclose()
