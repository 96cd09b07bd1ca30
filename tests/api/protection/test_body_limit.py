"""A body over the limit is refused with 413 before it is read whole, declared or streamed."""

from __future__ import annotations

import socket
import time

import pytest
from pydantic import SecretStr

from api.settings import Settings
from tests.conftest import serve

FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture
def live(settings: Settings, embedder):
    from api.app import create_app

    with_zalo = settings.model_copy(update={"zalo_app_id": "app", "zalo_oa_secret_key": SecretStr("secret")})
    with serve(create_app(with_zalo, embedder=embedder)) as app:
        yield app


def _connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=10)


def _status(sock: socket.socket) -> int:
    head = sock.recv(4096).decode("latin-1")
    return int(head.split(" ", 2)[1])


def test_a_declared_50_mb_body_gets_413_after_a_few_bytes(live) -> None:
    with _connect(live.url) as sock:
        sock.sendall(
            b"POST /api/v1/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {FIFTY_MB}\r\n\r\n".encode()
            + b'{"user_id": "u", "text": "'
        )
        began = time.monotonic()
        assert _status(sock) == 413
        assert time.monotonic() - began < 5


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/api/v1/chat"),
        ("POST", "/channels/zalo/webhook"),
        ("PUT", "/api/v1/trainers/entries/vi.x.y"),
    ],
)
def test_a_streamed_body_is_cut_off_soon_after_the_limit(
    live, settings: Settings, method: str, path: str
) -> None:
    """Chunked, no Content-Length: the server answers 413 once the limit is passed; the client
    never has to send the 50 MB."""
    chunk = b"a" * 65536
    sent = 0
    with _connect(live.url) as sock:
        sock.sendall(f"{method} {path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
        sock.settimeout(0.05)
        while sent < FIFTY_MB:
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
                if sock.recv(1, socket.MSG_PEEK):
                    break
            except (TimeoutError, BlockingIOError):
                continue
            except (BrokenPipeError, ConnectionResetError):
                break
        sock.settimeout(10)
        assert _status(sock) == 413
    assert sent < settings.max_body_bytes + 4 * 1024 * 1024
