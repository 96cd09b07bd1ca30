"""Browser fixtures shared by the widget and workspace tests: Debian's Chromium driven by
Playwright (it never downloads a browser here). Every page records JavaScript errors, and a test
fails if the page threw one."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("HOCVUSO_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def browser():
    """Per module, not per session: Playwright's sync API keeps an event loop in this thread while
    it runs, and the async tests of later modules need the thread free of it."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.is_file():
        pytest.fail(f"No Chromium at {CHROMIUM}: run `make test` (it installs Debian's chromium).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A browser page and the JavaScript errors it raised."""

    page: object
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser) -> Iterator[Callable[..., Opened]]:
    contexts = []
    opened: list[Opened] = []

    def factory(url: str, viewport: dict = DESKTOP, init_script: str | None = None, **options) -> Opened:
        context = browser.new_context(viewport=viewport, locale="vi-VN", **options)
        contexts.append(context)
        if init_script:
            context.add_init_script(init_script)
        page = context.new_page()
        page.set_default_timeout(30_000)
        result = Opened(page)
        page.on("pageerror", lambda error: result.errors.append(str(error)))
        opened.append(result)
        if url:
            page.goto(url)
        return result

    yield factory
    for context in contexts:
        context.close()
    errors = [e for o in opened for e in o.errors]
    assert not errors, f"the page raised JavaScript errors: {errors}"
