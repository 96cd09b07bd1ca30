"""The app served by uvicorn on loopback for the widget's browser tests (the browser itself comes
from tests/api/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from api.settings import PROJECT_ROOT, Settings
from knowledge.embedder import SentenceTransformerEmbedder
from tests.conftest import LiveApp, free_port, serve

SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"
PHONE = {"width": 390, "height": 844}


def app_settings(tmp: Path, embedding_model_path: str, index_dir: Path, **update) -> Settings:
    return Settings(
        var_dir=tmp / "var",
        index_dir=index_dir,
        embedding_model=embedding_model_path,
        nlu_url=f"http://127.0.0.1:{free_port()}",
        nlu_token="browser-tests",
        nlu_timeout_s=2.0,
        ocr_timeout_s=60.0,  # a busy test machine reads slowly; the cut-off has a test of its own
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
