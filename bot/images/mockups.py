"""Phone screenshots of labelled messages, drawn by Chromium, for measuring the reading of images.

Each message of the set (`knowledge/devset/images/messages.yaml`) is laid out as an SMS, Zalo or
LINE conversation (status bar, title, date, one incoming bubble, the input bar), in light or dark
mode, at a phone's width and pixel density, and saved as a PNG. The pictures are built, never
committed. Playwright (a test dependency) drives Debian's Chromium; it never downloads a browser.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from knowledge.yamlfile import load_yaml

MESSAGES = Path(__file__).resolve().parents[2] / "knowledge" / "devset" / "images" / "messages.yaml"
PHONE_RATIO = 844 / 390  # a screen's height to its width
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"]


class ScreenMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z]{2}-\d{2}$")
    lang: Literal["vi", "th", "en"]
    label: Literal["scam", "harmless"]
    text: str = Field(min_length=1)
    app: Literal["sms", "zalo", "line"]
    mode: Literal["light", "dark"]
    font: str
    width: int = Field(ge=280, le=480)
    scale: float = Field(ge=1, le=4)
    sender: str


def load_messages(path: Path = MESSAGES) -> list[ScreenMessage]:
    messages = TypeAdapter(list[ScreenMessage]).validate_python(load_yaml(path.read_text("utf-8")))
    ids = [m.id for m in messages]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{path.name}: ids must be unique")
    return messages


# background, bubble, text, bar (title and input), bar text
COLOURS = {
    ("sms", "light"): ("#ffffff", "#e9e9eb", "#000000", "#f6f6f6", "#000000"),
    ("sms", "dark"): ("#000000", "#262629", "#ffffff", "#1c1c1e", "#ffffff"),
    ("zalo", "light"): ("#e2e9f1", "#ffffff", "#081c36", "#0068ff", "#ffffff"),
    ("zalo", "dark"): ("#121212", "#2b2b2b", "#e8e8e8", "#1f1f1f", "#e8e8e8"),
    ("line", "light"): ("#8cabd9", "#ffffff", "#111111", "#f7f7f7", "#111111"),
    ("line", "dark"): ("#1c1c1c", "#3b3b3b", "#ffffff", "#242424", "#ffffff"),
}
WORDS = {
    "vi": {"today": "Hôm nay", "input": "Nhập tin nhắn", "sms": "Tin nhắn văn bản"},
    "th": {"today": "วันนี้", "input": "พิมพ์ข้อความ", "sms": "ข้อความ"},
    "en": {"today": "Today", "input": "Text Message", "sms": "Text Message"},
}


def page(message: ScreenMessage) -> str:
    """The conversation screen as one HTML page."""
    background, bubble, ink, bar, bar_ink = COLOURS[(message.app, message.mode)]
    words = WORDS[message.lang]
    font = f"'{message.font}', 'Noto Sans', 'Noto Sans Thai', sans-serif"
    subtitle = words["sms"] if message.app == "sms" else ""
    return f"""<!doctype html><html lang="{message.lang}"><head><meta charset="utf-8"><style>
body {{ margin: 0; height: 100vh; display: flex; flex-direction: column; background: {background};
  font-family: {font}; color: {ink}; }}
.status {{ display: flex; justify-content: space-between; padding: 6px 18px; font-size: 14px;
  font-weight: 600; background: {bar}; color: {bar_ink}; }}
.title {{ background: {bar}; color: {bar_ink}; padding: 6px 14px 10px; font-size: 17px; font-weight: 600; }}
.title small {{ display: block; font-size: 12px; font-weight: 400; opacity: .7; }}
.chat {{ flex: 1; padding: 12px; }}
.date {{ text-align: center; font-size: 12px; opacity: .6; margin: 6px 0 12px; }}
.bubble {{ background: {bubble}; border-radius: 18px; padding: 9px 13px; max-width: 78%;
  font-size: 16px; line-height: 1.38; overflow-wrap: anywhere; white-space: pre-wrap; }}
.input {{ margin: 8px 10px 18px; padding: 9px 14px; border-radius: 20px; font-size: 15px;
  border: 1px solid rgba(128,128,128,.4); opacity: .6; }}
</style></head><body>
<div class="status"><span>9:41</span><span>4G 82%</span></div>
<div class="title">‹ {html.escape(message.sender)}<small>{subtitle}</small></div>
<div class="chat"><div class="date">{words["today"]} 09:41</div>
<div class="bubble">{html.escape(message.text)}</div></div>
<div class="input">{words["input"]}</div>
</body></html>"""


def render(messages: Iterable[ScreenMessage], out_dir: Path, chromium: Path) -> list[Path]:
    """Draw each message as `<id>.png` in `out_dir`; returns the files written."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_FLAGS)
        try:
            for message in messages:
                viewport = {"width": message.width, "height": round(message.width * PHONE_RATIO)}
                context = browser.new_context(viewport=viewport, device_scale_factor=message.scale)
                screen = context.new_page()
                screen.set_content(page(message))
                screen.evaluate("document.fonts.ready.then(() => true)")
                path = out_dir / f"{message.id}.png"
                screen.screenshot(path=str(path))
                context.close()
                written.append(path)
        finally:
            browser.close()
    return written
