"""Accessibility in a real Chromium: an axe-core scan, text size, contrast mode, read aloud.

These run against the app with its NLU server down: lessons and walkthroughs still work, so the
widget's own behaviour is tested without waiting for Rasa.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.api.widget.chat_window import ChatWindow
from tests.api.widget.conftest import PHONE

FAKE_VOICES = """
(() => {
  const spoken = [];
  window.__spoken = spoken;
  const synth = {
    getVoices: () => [{ name: "Giọng thử", lang: "vi-VN" }, { name: "Test voice", lang: "en-US" }],
    speak: (u) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }),
    cancel: () => {},
    addEventListener: () => {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
})();
"""
NO_SPEECH = "delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;"


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def into_a_walkthrough(window: ChatWindow) -> None:
    window.open()
    window.ask("làm sao đăng ký tạm trú trên VNeID")
    window.press("Hướng dẫn từng bước")
    window.page.locator(".sources summary").last.click()


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_problem_mid_conversation(offline_app, open_page, viewport) -> None:
    opened = open_page(offline_app.url, **({"viewport": viewport} if viewport else {}))
    window = ChatWindow(opened.page)
    into_a_walkthrough(window)
    assert serious_violations(opened.page) == []
    opened.page.get_by_role("button", name="Tương phản cao").click()
    assert serious_violations(opened.page) == []


def test_the_launcher_is_labelled_and_says_whether_the_window_is_open(offline_app, open_page) -> None:
    window = ChatWindow(open_page(offline_app.url).page)
    expect(window.launcher).to_have_attribute("aria-expanded", "false")
    assert serious_violations(window.page) == []
    window.open()
    expect(window.page.locator(".launcher")).to_have_attribute("aria-expanded", "true")
    expect(window.log).to_have_attribute("aria-label", "Cuộc trò chuyện")


def test_text_is_large_by_default_and_a_plus_and_a_minus_change_it_and_are_remembered(
    offline_app, open_page
) -> None:
    window = ChatWindow(open_page(offline_app.url).page)
    window.open()
    default = window.font_px()
    assert default >= 20
    window.page.get_by_role("button", name="Chữ to hơn").click()
    window.page.get_by_role("button", name="Chữ to hơn").click()
    assert window.font_px() == pytest.approx(default + 4)
    window.page.reload()
    window.open()
    assert window.font_px() == pytest.approx(default + 4)
    smaller = window.page.get_by_role("button", name="Chữ nhỏ hơn")
    while smaller.is_enabled():
        smaller.click()
    assert window.font_px() == pytest.approx(16)


def test_high_contrast_mode_is_a_pressed_toggle_with_white_on_black(offline_app, open_page) -> None:
    window = ChatWindow(open_page(offline_app.url).page)
    window.open()
    toggle = window.page.get_by_role("button", name="Tương phản cao")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    colours = window.log.evaluate(
        "e => { const p = e.closest('.panel'); const s = getComputedStyle(p);"
        " return [s.backgroundColor, getComputedStyle(e.querySelector('.msg.bot')).color]; }"
    )
    assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"]


def test_bot_messages_are_read_aloud_in_vietnamese_when_a_voice_exists(offline_app, open_page) -> None:
    window = ChatWindow(open_page(offline_app.url, init_script=FAKE_VOICES).page)
    window.open()
    answer = window.ask("quên mật khẩu VNeID thì làm sao")
    window.page.get_by_role("button", name="Đọc to tin nhắn này").last.click()
    spoken = window.page.evaluate("window.__spoken")
    assert spoken[-1]["lang"] == "vi-VN" and spoken[-1]["voice"] == "Giọng thử"
    assert spoken[-1]["text"] in answer
    window.page.get_by_role("button", name="Tự đọc to").click()
    window.ask("làm sao đăng ký tạm trú trên VNeID")
    assert len(window.page.evaluate("window.__spoken")) == len(spoken) + 1


@pytest.mark.parametrize("script", [NO_SPEECH, None], ids=["no-speech-api", "no-voice"])
def test_without_speech_or_a_voice_the_read_aloud_buttons_quietly_stay_away(
    offline_app, open_page, script
) -> None:
    window = ChatWindow(open_page(offline_app.url, init_script=script).page)
    window.open()
    window.ask("quên mật khẩu VNeID thì làm sao")
    expect(window.page.get_by_role("button", name="Đọc to tin nhắn này")).to_have_count(0)
    expect(window.page.get_by_role("button", name="Tự đọc to")).to_have_count(0)
