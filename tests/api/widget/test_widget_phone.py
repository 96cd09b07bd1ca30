"""The widget on a 390 px phone at the largest text size, quizzes with long options, and hidden
secrets labelled in the learner's language. Against the app with its NLU server down: lessons,
walkthroughs, quizzes and the guard work without it, and the tests stay quick."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.api.widget.chat_window import ChatWindow
from tests.api.widget.conftest import PHONE, SCREENSHOTS

LARGEST_TEXT = "localStorage.setItem('hocvuso.fontScale', '2');"
HEADER = """() => {
  const root = document.querySelector('#hocvuso-widget').shadowRoot;
  const box = (e) => e.getBoundingClientRect();
  const header = box(root.querySelector('header'));
  const parts = [root.querySelector('header h2'), ...root.querySelectorAll('.tools button')]
    .filter((e) => e.offsetParent !== null).map(box);
  return { height: header.height, width: header.width, tops: parts.map((b) => b.top),
           bottoms: parts.map((b) => b.bottom), right: Math.max(...parts.map((b) => b.right)) };
}"""
REPLY_START = """(n) => {
  const root = document.querySelector('#hocvuso-widget').shadowRoot;
  const log = root.querySelector('.log').getBoundingClientRect();
  const first = root.querySelectorAll('.msg.bot')[n].getBoundingClientRect();
  return { logTop: log.top, logBottom: log.bottom, top: first.top };
}"""
BELOW = """() => {
  const log = document.querySelector('#hocvuso-widget').shadowRoot.querySelector('.log');
  return log.scrollHeight - log.scrollTop - log.clientHeight;
}"""
CLIPPED = """() => [...document.querySelector('#hocvuso-widget').shadowRoot
    .querySelectorAll('.choices button')]
  .filter((b) => b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight + 1)
  .map((b) => b.textContent)"""


def phone(open_page, url: str) -> ChatWindow:
    page = open_page(url, viewport=PHONE, is_mobile=True, has_touch=True, init_script=LARGEST_TEXT).page
    return ChatWindow(page)


def assert_header_is_one_row(page: Page) -> None:
    header = page.evaluate(HEADER)
    assert header["height"] <= 0.1 * PHONE["height"], header
    assert max(header["tops"]) < min(header["bottoms"]), f"the header's parts are on several rows: {header}"
    assert header["right"] <= PHONE["width"], header


def assert_reply_starts_in_view(window: ChatWindow, before: int) -> None:
    where = window.page.evaluate(REPLY_START, before)
    assert where["logTop"] - 1 <= where["top"] < where["logBottom"] - 40, where


def test_at_the_largest_text_the_header_is_one_row_and_each_reply_shows_its_start(
    offline_app, open_page
) -> None:
    window = phone(open_page, offline_app.url)
    window.open()
    assert window.font_px() == pytest.approx(32)
    expect(window.page.get_by_role("button", name="Chữ to hơn")).to_be_disabled()
    assert_header_is_one_row(window.page)
    before = window.bot_count()
    window.ask("làm sao đăng ký tạm trú trên VNeID")
    assert_reply_starts_in_view(window, before)
    read_to_the_end(window)
    for title in ("Hướng dẫn từng bước", "Tiếp", "Tiếp"):
        before = window.bot_count()
        window.press(title)
        assert_reply_starts_in_view(window, before)
    expect(window.choice("Tiếp")).to_be_focused()
    window.page.screenshot(path=SCREENSHOTS / "widget-phone-large-text.png")
    read_to_the_end(window, must_scroll=False)
    expect(window.choice("Tiếp")).to_be_in_viewport()


def read_to_the_end(window: ChatWindow, must_scroll: bool = True) -> None:
    """The cue shows exactly while something is below; pressing it reaches the end. The first
    answer at 32 px is longer than the phone's screen, so there the cue must show."""
    more = window.page.get_by_role("button", name="Còn tiếp bên dưới")
    if must_scroll:
        expect(more).to_be_visible()
    for _ in range(20):
        window.page.wait_for_timeout(500)
        if not more.is_visible():
            break
        more.click()
    expect(more).to_be_hidden()
    assert window.page.evaluate(BELOW) <= 8


def test_long_quiz_options_wrap_whole_and_the_last_lesson_waits_below_the_new_answers(
    offline_app, open_page
) -> None:
    window = phone(open_page, offline_app.url)
    window.open()
    question = window.press("Làm bài ôn tập ngắn")
    for _ in range(6):
        options = [line for line in question.splitlines() if line[:3] in ("A. ", "B. ", "C. ", "D. ")]
        buttons = window.page.locator(".choices button").all_text_contents()
        assert buttons[: len(options)] == options
        assert window.page.evaluate(CLIPPED) == []
        if any(len(option) > 40 for option in options):
            break
        question = window.press("A. ")
    else:
        pytest.fail("no question with a long option came up")
    question = window.press("A. ")
    buttons = window.page.locator(".choices button").all_text_contents()
    assert buttons[0].startswith("A. ") and buttons[-1] == "Xem lại bài học của câu vừa rồi"
    expect(window.choice("A. ")).to_be_focused()


PLACEHOLDER_START = {  # the input's hint is in the window's language
    "vi": re.compile("^Gõ câu hỏi"),
    "th": re.compile("^พิมพ์คำถาม"),
    "en": re.compile("^Type a question"),
}


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("vi", "mã OTP của tôi là 482913, nhập vào đâu", "[mã OTP]"),
        ("th", "รหัสผ่านของฉันคือ Lan@2024 ค่ะ", "[รหัสผ่าน]"),
        ("en", "my card number is 4111 1111 1111 1111", "[card number]"),
    ],
)
def test_a_hidden_secret_is_labelled_in_the_learners_language_before_and_after_a_reload(
    offline_app, open_page, lang: str, text: str, label: str
) -> None:
    page = open_page(f"{offline_app.url}/?lang={lang}").page
    window = ChatWindow(page, lang)
    window.open()
    expect(page.locator("#hv-input")).to_have_attribute("placeholder", PLACEHOLDER_START[lang])
    window.ask(text)
    bubble = page.locator(".msg.learner .text").last
    expect(bubble).to_contain_text(label)
    page.reload()
    window.launcher.click()
    expect(page.locator(".msg.learner .text").last).to_contain_text(label)
    shown = " ".join(page.locator(".msg.learner .text").all_text_contents())
    assert not any(p in shown for p in ("[OTP]", "[PASSWORD]", "[CARD]", "482913", "Lan@2024", "4111"))
