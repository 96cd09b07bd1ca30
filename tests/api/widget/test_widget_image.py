"""A screenshot sent from the widget: the picture button (named for screen readers), the reply that
quotes what was read and checks it, and the server's own words when the file is not a picture.
Against the app with its NLU server down: a screenshot is checked without it."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.api.widget.chat_window import ChatWindow
from tests.bot.images.drawn import SCAM_VI, screenshot

PICTURE_BUTTON = "Gửi ảnh chụp màn hình tin nhắn"


def choose(window: ChatWindow, name: str, mime: str, data: bytes) -> None:
    with window.page.expect_file_chooser() as chooser:
        window.page.get_by_role("button", name=PICTURE_BUTTON).click()
    chooser.value.set_files({"name": name, "mimeType": mime, "buffer": data})


def test_a_screenshot_from_the_picture_button_is_quoted_and_checked(offline_app, open_page) -> None:
    window = ChatWindow(open_page(offline_app.url).page)
    window.open()
    before = window.bot_count()
    choose(window, "tin-nhan.png", "image/png", screenshot(SCAM_VI))
    window.wait_for_reply(before)
    texts = window.bot_texts(before)
    assert texts[0].startswith("Tôi đọc được: “"), texts
    assert "vneid-capnhat.com.vn" in texts[0]
    assert any("lừa đảo" in text.lower() for text in texts[1:]), texts
    expect(window.page.locator(".msg.learner .text").last).to_have_text("[Ảnh chụp màn hình]")


def test_a_file_that_is_not_a_picture_gets_the_servers_words_and_no_retry(offline_app, open_page) -> None:
    window = ChatWindow(open_page(offline_app.url).page)
    window.open()
    choose(window, "ghi-chu.png", "image/png", b"just some text, no picture at all")
    alert = window.page.get_by_role("alert")
    expect(alert).to_contain_text("không phải là ảnh")
    expect(alert.get_by_role("button")).to_have_count(0)
