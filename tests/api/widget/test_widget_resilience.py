"""The widget when things go wrong: NLU down, the socket dropped, no socket at all, no server."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from api.app import create_app
from tests.api.widget.chat_window import ChatWindow
from tests.api.widget.conftest import app_settings
from tests.conftest import free_port, serve

HOST_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bank help</title></head>
<body><main><h1>Help centre</h1><p>Questions about online payments? Ask our assistant.</p></main>
<script src="{server}/widget/widget.js" defer data-lang="en" data-position="left"
        data-title="Ask us" data-font-scale="1.5" data-server="{server}"></script></body></html>"""


def chat_posts(page) -> list[str]:
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.url.endswith("/api/v1/chat") else None)
    return posts


def test_with_the_nlu_server_down_lessons_are_still_answered_and_nothing_breaks(
    offline_app, open_page
) -> None:
    window = ChatWindow(open_page(offline_app.url).page)
    window.open()
    answer = window.ask("quên mật khẩu VNeID thì làm sao")
    assert "Quên mật khẩu" in answer
    expect(window.page.locator(".notice").last).to_contain_text("chế độ đơn giản")
    assert "Bước 1/" in window.press("Hướng dẫn từng bước")
    expect(window.page.locator(".failure")).to_have_count(0)


def test_a_socket_dropped_mid_turn_loses_nothing_doubles_nothing_and_reconnects(
    offline_app, open_page
) -> None:
    """The drop comes after the server got "tiếp": the REST resend must not move two steps."""
    page = open_page("").page
    connections, drop = [], {"next": False}

    def proxy(ws) -> None:
        connections.append(ws.url)
        server = ws.connect_to_server()

        def from_page(message) -> None:
            server.send(message)
            if drop["next"]:
                drop["next"] = False
                ws.close()

        ws.on_message(from_page)

    page.route_web_socket(re.compile(r".*/api/v1/chat/ws$"), proxy)
    posts = chat_posts(page)
    page.goto(offline_app.url)
    window = ChatWindow(page)
    window.open()
    window.ask("làm sao đăng ký tạm trú trên VNeID")
    assert posts == [], "with the socket open, nothing goes over REST"
    drop["next"] = True
    assert "Bước 1/" in window.ask("tiếp")
    assert len(posts) == 1, "the dropped message was resent over REST"
    deadline = page.evaluate("Date.now()") + 10_000
    while len(connections) < 2 and page.evaluate("Date.now()") < deadline:
        page.wait_for_timeout(200)
    assert len(connections) == 2, "the widget reconnected by itself"
    assert "Bước 2/" in window.ask("tiếp")
    assert len(posts) == 1, "after reconnecting, messages go over the socket again"


@contextmanager
def other_site(page: str) -> Iterator[str]:
    """A second web server on loopback, another origin, whose page embeds the widget."""

    class HostPage(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = page.encode()
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), HostPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/bank-help"
    finally:
        server.shutdown()


def test_embedded_on_another_site_without_websockets_it_answers_over_rest(offline_app, open_page) -> None:
    opened = open_page("", init_script="delete window.WebSocket;")
    page = opened.page
    posts = chat_posts(page)
    with other_site(HOST_PAGE.format(server=offline_app.url)) as host_page:
        page.goto(host_page)
        embedded_and_answering(page, posts)


def embedded_and_answering(page, posts: list[str]) -> None:
    window = ChatWindow(page, lang="en", title="Ask us")
    expect(window.launcher).to_be_visible()
    assert window.launcher.bounding_box()["x"] < 100, "data-position=left puts it on the left"
    welcome = window.open()
    assert welcome[0].startswith("Hello")
    answer = window.ask("How do I set up PromptPay?")
    assert answer and posts, "the reply came over POST /api/v1/chat"
    assert window.font_px() == 24  # data-font-scale 1.5 × 16 px


def test_when_the_server_cannot_be_reached_the_message_is_kept_and_can_be_sent_again(
    offline_app, open_page
) -> None:
    opened = open_page("", init_script="delete window.WebSocket;")
    page = opened.page
    page.goto(offline_app.url)
    window = ChatWindow(page)
    window.open()
    page.route("**/api/v1/chat", lambda route: route.abort())
    window.textbox.fill("quên mật khẩu VNeID thì làm sao")
    window.textbox.press("Enter")
    retry = page.get_by_role("button", name="Gửi lại")
    expect(retry).to_be_focused()
    expect(page.get_by_role("alert")).to_contain_text("Chưa gửi được")
    page.unroute("**/api/v1/chat")
    before = window.bot_count()
    retry.click()
    window.wait_for_reply(before)
    assert "Quên mật khẩu" in "\n".join(window.bot_texts(before))
    expect(page.locator(".msg.learner")).to_have_count(1)


@pytest.fixture(scope="module")
def strict_app(tmp_path_factory, embedding_model_path: str, vector_cache_dir, embedder):
    """Two messages a minute per learner, and only learner ids this server issued."""
    settings = app_settings(
        tmp_path_factory.mktemp("strict"),
        embedding_model_path,
        vector_cache_dir,
        chat_rate_per_learner="2/minute",
        signed_learner_ids=True,
    )
    with serve(create_app(settings, embedder=embedder)) as live:
        yield live


def test_a_learner_over_the_rate_is_asked_kindly_to_slow_down_and_can_send_again(
    strict_app, open_page
) -> None:
    """The widget takes a signed id from the server (signed ids are on here), and a 429 or a
    rate-limit frame becomes a polite message in the window's language with a retry button."""
    page = open_page(strict_app.url).page
    window = ChatWindow(page)
    window.open()
    for _ in range(2):
        assert "Quên mật khẩu" in window.ask("quên mật khẩu VNeID thì làm sao")
    window.textbox.fill("quên mật khẩu VNeID thì làm sao")
    window.textbox.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("nhanh quá")
    expect(page.get_by_role("button", name="Gửi lại")).to_be_focused()
