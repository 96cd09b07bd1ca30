"""Drive the widget the way a learner does: by the names a screen reader would announce."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

LABELS = {
    "vi": {"launcher": "Trợ lý kỹ năng số", "input": "Tin nhắn của bạn"},
    "th": {"launcher": "ผู้ช่วยทักษะดิจิทัล", "input": "ข้อความของคุณ"},
    "en": {"launcher": "Digital skills assistant", "input": "Your message"},
}
REPLY_ARRIVED = """(n) => {
  const root = document.querySelector('#hocvuso-widget')?.shadowRoot;
  return !!root && root.querySelectorAll('.msg.bot').length > n && !root.querySelector('.typing.on');
}"""


class ChatWindow:
    def __init__(self, page: Page, lang: str = "vi", title: str | None = None) -> None:
        self.page = page
        self.labels = {**LABELS[lang], **({"launcher": title} if title else {})}

    @property
    def launcher(self) -> Locator:
        return self.page.get_by_role("button", name=self.labels["launcher"], exact=True)

    @property
    def log(self) -> Locator:
        return self.page.get_by_role("log")

    @property
    def textbox(self) -> Locator:
        return self.page.get_by_role("textbox", name=self.labels["input"])

    @property
    def panel(self) -> Locator:
        return self.page.get_by_role("dialog")

    def open(self) -> list[str]:
        """Open the window and wait for the welcome message."""
        self.launcher.click()
        expect(self.panel).to_be_visible()
        self.wait_for_reply(0)
        return self.bot_texts()

    def bot_count(self) -> int:
        return self.page.locator(".msg.bot").count()

    def bot_texts(self, since: int = 0) -> list[str]:
        return self.page.locator(".msg.bot .text").all_text_contents()[since:]

    def ask(self, text: str) -> str:
        """Type a message, press Enter, and return the reply's text."""
        before = self.bot_count()
        self.textbox.fill(text)
        self.textbox.press("Enter")
        self.wait_for_reply(before)
        return "\n".join(self.bot_texts(before))

    def press(self, title: str) -> str:
        """Press the quick-reply button whose title contains `title`; return the reply's text."""
        before = self.bot_count()
        self.choice(title).click()
        self.wait_for_reply(before)
        return "\n".join(self.bot_texts(before))

    def choice(self, title: str) -> Locator:
        return self.page.locator(".choices button", has_text=title).first

    def wait_for_reply(self, before: int) -> None:
        self.page.wait_for_function(REPLY_ARRIVED, arg=before, timeout=30_000)

    def font_px(self) -> float:
        """The size bot messages are drawn at, in CSS pixels."""
        return self.page.locator(".msg.bot .text").last.evaluate(
            "e => parseFloat(getComputedStyle(e).fontSize)"
        )

    def progress(self) -> Locator:
        return self.page.get_by_role("progressbar").last
