"""Browser fixtures: the app served by uvicorn on loopback, Debian's Chromium driven by Playwright.

Playwright never downloads a browser here: it launches the system Chromium (`make test` installs
it). Every page records JavaScript errors, and a test fails if the widget threw one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from api.app import create_app
from api.settings import PROJECT_ROOT, Settings
from knowledge.embedder import SentenceTransformerEmbedder
from tests.conftest import LiveApp, free_port, serve

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
SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def app_settings(tmp: Path, embedding_model_path: str, index_dir: Path, **update) -> Settings:
    return Settings(
        var_dir=tmp / "var",
        index_dir=index_dir,
        embedding_model=embedding_model_path,
        nlu_url=f"http://127.0.0.1:{free_port()}",
        nlu_token="browser-tests",
        nlu_timeout_s=2.0,
        **update,
    )


@pytest.fixture(scope="module")
def live_app(
    tmp_path_factory,
    embedding_model_path: str,
    vector_cache_dir: Path,
    embedder: SentenceTransformerEmbedder,
    rasa_server,
) -> Iterator[LiveApp]:
    """The whole assistant, with the real Rasa NLU server behind it."""
    settings = app_settings(
        tmp_path_factory.mktemp("widget"),
        embedding_model_path,
        vector_cache_dir,
    ).model_copy(update={"nlu_url": rasa_server.config.url, "nlu_token": rasa_server.config.token})
    with serve(create_app(settings, embedder=embedder)) as live:
        yield live


@pytest.fixture(scope="module")
def offline_app(
    tmp_path_factory, embedding_model_path: str, vector_cache_dir: Path, embedder: SentenceTransformerEmbedder
) -> Iterator[LiveApp]:
    """The assistant while its NLU server is down: nothing listens on the NLU port."""
    settings = app_settings(tmp_path_factory.mktemp("offline"), embedding_model_path, vector_cache_dir)
    with serve(create_app(settings, embedder=embedder)) as live:
        yield live


@pytest.fixture(scope="session")
def browser():
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
