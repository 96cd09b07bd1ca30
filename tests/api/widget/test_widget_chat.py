"""A learner on the demo page, in a real Chromium, talking to the whole assistant (Rasa included)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.api.widget.chat_window import ChatWindow
from tests.api.widget.conftest import PHONE, SCREENSHOTS

pytestmark = pytest.mark.rasa

DEEPEST_FOCUS = """() => {
  let node = document.activeElement;
  while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
  return node ? (node.getAttribute('aria-label') || node.textContent) : null;
}"""


@pytest.fixture
def window(live_app, open_page) -> ChatWindow:
    return ChatWindow(open_page(live_app.url).page)


def test_a_vneid_question_is_answered_with_links_to_its_sources(window: ChatWindow) -> None:
    welcome = window.open()
    assert welcome[0].startswith("Xin chào")
    expect(window.textbox).to_be_focused()
    answer = window.ask("quên mật khẩu VNeID thì làm sao")
    assert "Quên mật khẩu" in answer
    window.page.locator(".sources summary").last.click()
    link = window.page.locator(".sources a").last
    expect(link).to_be_visible()
    expect(link).to_have_attribute("href", re.compile(r"^https://"))
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(window.page.locator(".msg.learner .text").last).to_have_text("quên mật khẩu VNeID thì làm sao")


def test_a_walkthrough_is_followed_to_its_end_with_the_step_buttons(window: ChatWindow) -> None:
    window.open()
    window.ask("làm sao đăng ký tạm trú trên VNeID")
    assert "Bước 1/" in window.ask("tiếp")
    total = int(window.progress().get_attribute("aria-valuemax"))
    assert total >= 3
    for step in range(2, total + 1):
        assert f"Bước {step}/{total}" in window.press("Tiếp")
        expect(window.progress()).to_have_attribute("aria-valuenow", str(step))
        if step == 2:
            window.page.screenshot(path=SCREENSHOTS / "widget-desktop.png")
    assert "Xong rồi" in window.press("Tiếp")


def test_a_quiz_question_is_answered_with_an_option_button(window: ChatWindow) -> None:
    window.open()
    question = window.press("Làm bài ôn tập ngắn")
    options = window.page.locator(".choices button").all_text_contents()
    assert len(options) >= 2 and options[0].startswith("A."), (question, options)
    feedback = window.press("A.")
    assert "Đúng rồi" in feedback or "Chưa đúng" in feedback


def test_the_person_button_hands_over_and_says_what_happens_next(window: ChatWindow) -> None:
    window.open()
    before = window.bot_count()
    window.page.get_by_role("button", name="Nói chuyện với người thật").click()
    window.wait_for_reply(before)
    assert "tình nguyện viên" in "\n".join(window.bot_texts(before))
    expect(window.page.locator(".msg.learner .text").last).to_have_text("Tôi muốn nói chuyện với người thật")


def test_a_typed_otp_disappears_from_the_screen_and_a_warning_comes_first(window: ChatWindow) -> None:
    window.open()
    reply = window.ask("ngân hàng gọi bảo đọc mã OTP 482913 thì có sao không")
    assert "482913" not in window.page.locator(".msg.learner .text").last.text_content()
    assert "OTP" in reply.splitlines()[0]


def press_until_focused(page, key: str, name: str, most: int) -> None:
    for _ in range(most):
        page.keyboard.press(key)
        if page.evaluate(DEEPEST_FOCUS) == name:
            return
    pytest.fail(f"{key} never reached {name!r}")


def test_everything_works_from_the_keyboard_alone(window: ChatWindow) -> None:
    page = window.page
    press_until_focused(page, "Tab", "Trợ lý kỹ năng số", 40)
    page.keyboard.press("Enter")
    expect(window.textbox).to_be_focused()
    window.wait_for_reply(0)
    before = window.bot_count()
    page.keyboard.type("làm sao đăng ký tạm trú trên VNeID")
    page.keyboard.press("Enter")
    window.wait_for_reply(before)
    press_until_focused(page, "Shift+Tab", "Hướng dẫn từng bước", 15)
    before = window.bot_count()
    page.keyboard.press("Enter")
    window.wait_for_reply(before)
    assert "Bước 1/" in "\n".join(window.bot_texts(before))
    expect(window.choice("Tiếp")).to_be_focused()
    before = window.bot_count()
    page.keyboard.press("Enter")
    window.wait_for_reply(before)
    assert "Bước 2/" in "\n".join(window.bot_texts(before))
    page.keyboard.press("Escape")
    expect(window.panel).to_be_hidden()
    expect(window.launcher).to_be_focused()
    expect(window.launcher).to_have_attribute("aria-expanded", "false")


@pytest.mark.parametrize("width", [360, 390])
def test_on_a_phone_the_window_fills_the_screen_without_sideways_scrolling(
    live_app, open_page, width: int
) -> None:
    viewport = {**PHONE, "width": width}
    page = open_page(live_app.url, viewport=viewport, is_mobile=True, has_touch=True).page
    window = ChatWindow(page)
    window.open()
    box = window.panel.bounding_box()
    assert box["x"] >= 0 and box["width"] <= width
    window.ask("làm sao đăng ký tạm trú trên VNeID")
    window.ask("tiếp")
    assert "Bước 2/" in window.press("Tiếp")
    overflow = page.evaluate(
        "() => { const r = document.querySelector('#hocvuso-widget').shadowRoot;"
        " return [...r.querySelectorAll('.panel, .log')].map(e => e.scrollWidth - e.clientWidth); }"
    )
    assert max(overflow) <= 0, overflow
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert window.font_px() >= 20
    if width == 390:
        page.screenshot(path=SCREENSHOTS / "widget-phone-390.png")
