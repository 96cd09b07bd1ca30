"""Acceptance, in a real Chromium with two pages: a learner in the widget asks for a person, a
volunteer on the desk sees it live, takes it, reads the earlier turns and replies; the learner
sees the reply live and after a reload; the volunteer closes, and the bot answers again."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from api.app import create_app
from tests.api.widget.chat_window import ChatWindow
from tests.api.widget.conftest import SCREENSHOTS, app_settings
from tests.api.workspace.conftest import PASSWORD
from tests.conftest import LiveApp, StaticNlu, serve

REPLY = "Chào bác, cô là Lan ở tổ công nghệ số. Bác mở bài này, làm từng bước nhé."


@pytest.fixture(scope="module")
def desk_app(
    tmp_path_factory, embedding_model_path: str, vector_cache_dir: Path, embedder
) -> Iterator[LiveApp]:
    settings = app_settings(
        tmp_path_factory.mktemp("desk"), embedding_model_path, vector_cache_dir, desk_volunteer_scope="all"
    )
    app = create_app(settings, nlu=StaticNlu(), embedder=embedder)
    with serve(app) as live:
        app.state.services.accounts.create("co.lan", PASSWORD, "volunteer", "Cô Lan")
        yield live


def sign_in(page: Page, url: str) -> None:
    page.goto(f"{url}/trainers/")
    page.get_by_label("Tên đăng nhập", exact=True).fill("co.lan")
    page.get_by_label("Mật khẩu", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("heading", name="Gặp người thật")).to_be_visible()


def test_a_volunteer_answers_a_learner_in_the_same_chat(desk_app: LiveApp, open_page) -> None:
    desk = open_page("").page
    sign_in(desk, desk_app.url)
    expect(desk.locator("#desk-count")).to_have_text("0")

    learner = ChatWindow(open_page(desk_app.url).page)
    learner.open()
    learner.ask("làm sao để cài ứng dụng VNeID")
    before = learner.bot_count()
    asked_at = time.monotonic()
    learner.page.get_by_role("button", name="Nói chuyện với người thật").click()
    expect(desk.locator("#desk-count")).to_have_text("1", timeout=5_000)
    assert time.monotonic() - asked_at <= 2.0, "the desk sees a new learner within 2 s"
    learner.wait_for_reply(before)
    desk.get_by_role("button", name="Mở").first.click()
    expect(desk.locator("#desk-lines")).to_contain_text("cài ứng dụng VNeID")
    desk.get_by_role("button", name="Nhận người này").click()
    desk.get_by_label("Trả lời học viên").fill(REPLY)
    desk.get_by_label("Thêm nút mở bài học").select_option(
        label="Cài ứng dụng VNeID đúng cách, chỉ từ kho ứng dụng chính thức"
    )
    desk.get_by_role("button", name="Gửi").click()
    expect(desk.locator("#desk-status")).to_have_text("Đã gửi.")

    person = learner.page.locator(".msg.human")
    expect(person).to_contain_text(REPLY, timeout=5_000)
    expect(person).to_contain_text("Cô Lan")
    desk.screenshot(path=SCREENSHOTS / "desk-volunteer.png", full_page=True)
    learner.page.screenshot(path=SCREENSHOTS / "desk-learner.png")

    learner.page.reload()
    learner.open()
    expect(learner.page.locator(".msg.human")).to_contain_text(REPLY)
    expect(learner.page.locator(".msg.learner").first).to_contain_text("cài ứng dụng VNeID")

    desk.get_by_role("button", name="Kết thúc, trả lại cho trợ lý").click()
    expect(learner.page.locator(".msg.bot").last).to_contain_text("Cô Lan đã kết thúc", timeout=5_000)
    answer = learner.ask("quên mật khẩu VNeID thì làm sao")
    assert "Quên mật khẩu" in answer, "the bot answers again"
