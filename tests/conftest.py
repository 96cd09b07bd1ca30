"""Shared fixtures. Expensive things (the embedding model, a Rasa server) load once per session."""

from __future__ import annotations

import fcntl
import secrets
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from starlette.types import ASGIApp

from api.app import create_app
from api.database import make_engine, migrate, session_factory
from api.settings import Settings
from knowledge.embedder import SentenceTransformerEmbedder
from knowledge.loader import load_entries
from knowledge.retriever import DenseIndex
from nlu.client import NluParser, NluResult
from nlu.server import RasaServer, RasaServerConfig
from nlu.training import model_path
from tests import shared_rasa
from tests.postgres import INSTALL_HINT, PostgresServer, find_bin_dir

BUILT = Settings()  # where `hocvuso setup` put the models
BACKENDS = ("sqlite", "postgresql")
MIGRATED_TEMPLATE = "hocvuso_migrated"
SHARED = pytest.StashKey[Path]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=BACKENDS,
        default="sqlite",
        help="database back end for the tests not marked both_backends (default: sqlite)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `both_backends` run once on SQLite and once on a real PostgreSQL server."""
    if metafunc.definition.get_closest_marker("both_backends") and "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@dataclass
class LiveApp:
    url: str
    server: uvicorn.Server


@contextmanager
def serve(app: ASGIApp) -> Iterator[LiveApp]:
    """Run an ASGI app on a free loopback port in a thread, over real HTTP."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the app did not start serving within 120 s")
        time.sleep(0.05)
    try:
        yield LiveApp(f"http://127.0.0.1:{port}", server)
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def embedding_model_path() -> str:
    path = Path(BUILT.embedding_model_path)
    if not (path / "hocvuso-model.json").exists():
        pytest.fail(f"No embedding model at {path}: run `make test` (it runs `hocvuso setup` first).")
    return str(path)


@pytest.fixture(scope="session")
def embedder(embedding_model_path: str) -> SentenceTransformerEmbedder:
    model = SentenceTransformerEmbedder(embedding_model_path)
    model.warm_up()
    return model


@pytest.fixture(scope="session")
def vector_cache_dir(request: pytest.FixtureRequest, embedder: SentenceTransformerEmbedder) -> Path:
    """Lesson vectors are computed once per test run, not once per test or per worker process:
    the first worker computes them (about a minute) while the other waits for the file."""
    path = shared_folder(request.config) / "index"
    path.mkdir(exist_ok=True)
    with (path / "vectors.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        DenseIndex(embedder, path / "vectors.npz").rebuild([e for e in load_entries().entries if e.is_live])
    return path


def built_vectors(index_dir: Path) -> Path:
    """An index folder for the app processes a test starts: they use the default (ONNX) embedder,
    whose lesson vectors `hocvuso setup` computed, so they start in seconds, not minutes."""
    index_dir.mkdir(parents=True, exist_ok=True)
    if BUILT.vector_cache.is_file():
        shutil.copyfile(BUILT.vector_cache, index_dir / BUILT.vector_cache.name)
    return index_dir


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL cluster per test run, with a migrated template to copy databases from."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.fail(INSTALL_HINT)
    server = PostgresServer(bin_dir, free_port())
    server.start()
    try:
        template = server.create_database(name=MIGRATED_TEMPLATE)
        migrate(template)
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file to copy: running every migration costs each test about 0.4 s.
    (`tests/api/test_migrations.py` runs them on empty databases.)"""
    path = tmp_path_factory.mktemp("migrated") / "hocvuso.db"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", None) or request.config.getoption("--backend")


@pytest.fixture
def database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A migrated database of this test's own: a copy of the migrated SQLite file or PostgreSQL template."""
    if backend == "postgresql":
        return request.getfixturevalue("postgres").create_database(template=MIGRATED_TEMPLATE)
    path = tmp_path / "var" / "hocvuso.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
    return f"sqlite:///{path}"


@pytest.fixture
def sessions(database_url: str):
    """Sessions on this test's migrated database."""
    migrate(database_url)
    engine = make_engine(database_url)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def settings(
    tmp_path: Path, embedding_model_path: str, vector_cache_dir: Path, database_url: str
) -> Settings:
    """A fresh database per test; the built models and the lesson vectors are shared."""
    return Settings(
        var_dir=tmp_path / "var",
        database_url="" if database_url.startswith("sqlite") else database_url,  # SQLite: under var_dir
        index_dir=vector_cache_dir,
        embedding_model=embedding_model_path,
        nlu_url=f"http://127.0.0.1:{free_port()}",  # nothing listens: NLU is down unless a test says so
        nlu_token="test-token",
        nlu_timeout_s=1.0,
        password_scrypt_log2_n=12,  # 2**17 takes ~0.3 s a check; tests of the real cost set it back
        ocr_timeout_s=60.0,  # a busy test machine reads slowly; the cut-off has a test of its own
    )


class StaticNlu:
    """An NLU stand-in for dialogue tests that do not exercise Rasa itself."""

    def __init__(self, result: NluResult | None = None) -> None:
        self.result = result
        self.calls: list[str] = []

    async def parse(self, text: str) -> NluResult | None:
        self.calls.append(text)
        return self.result

    async def is_available(self) -> bool:
        return self.result is not None


@pytest.fixture
def make_client(embedder: SentenceTransformerEmbedder) -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def factory(settings: Settings, nlu: NluParser | None = None) -> TestClient:
        client = TestClient(create_app(settings, nlu=nlu, embedder=embedder))
        client.__enter__()
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.__exit__(None, None, None)


@dataclass
class SharedRasa:
    config: RasaServerConfig


@pytest.fixture(scope="session")
def rasa_server(request: pytest.FixtureRequest) -> SharedRasa:
    """A real Rasa NLU server on a free loopback port, with the model `hocvuso setup` trained: one
    per test run, shared by every worker process (it is stopped when the run ends)."""
    return SharedRasa(shared_rasa.find_or_start(shared_folder(request.config), start_rasa))


def start_rasa() -> RasaServer:
    model = model_path(BUILT.nlu_model_dir)
    if not model.is_file():
        pytest.fail(f"No NLU model at {model}: run `make test` (it runs `hocvuso setup` first).")
    config = RasaServerConfig(
        venv=BUILT.rasa_venv,
        model=model,
        port=free_port(),
        token=secrets.token_urlsafe(16),
        log_file=BUILT.log_dir / "rasa-tests.log",
    )
    server = RasaServer(config, restart_pauses=())  # its process id is shared: no restarts
    server.start()
    if not server.wait_healthy(timeout=300):
        server.stop()
        pytest.fail(f"Rasa NLU server did not become healthy; see {config.log_file}")
    return server


def pytest_configure(config: pytest.Config) -> None:
    """The process that begins the run makes the folder its worker processes share."""
    if not hasattr(config, "workerinput"):
        config.stash[SHARED] = Path(tempfile.mkdtemp(prefix="hocvuso-tests-"))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """pytest-xdist: each worker is told where the shared folder is."""
    node.workerinput["hocvuso_shared"] = str(node.config.stash[SHARED])


def pytest_unconfigure(config: pytest.Config) -> None:
    if SHARED in config.stash:
        shared_rasa.stop(config.stash[SHARED])
        shutil.rmtree(config.stash[SHARED], ignore_errors=True)


def shared_folder(config: pytest.Config) -> Path:
    worker = getattr(config, "workerinput", None)
    return Path(worker["hocvuso_shared"]) if worker else config.stash[SHARED]
