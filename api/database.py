"""Engine, sessions and migrations. SQLite (WAL) by default; any SQLAlchemy URL otherwise."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, MetaData, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from api.shared.tables import SharedBase
from api.workspace.tables import WorkspaceBase
from api.zalo.tables import ZaloBase
from bot.tables import BotBase
from knowledge.tables import KnowledgeBase
from quizzes.tables import QuizBase

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
MIGRATION_LOCK_KEY = 0x686F6376  # any constant all hocvuso processes share: "hocv"
ALL_METADATA: list[MetaData] = [
    KnowledgeBase.metadata,
    BotBase.metadata,
    QuizBase.metadata,
    ZaloBase.metadata,
    WorkspaceBase.metadata,
    SharedBase.metadata,
]


def _ensure_sqlite_folder(url: str) -> None:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)


def make_engine(url: str) -> Engine:
    _ensure_sqlite_folder(url)
    engine = create_engine(url, connect_args={"check_same_thread": False} if url.startswith("sqlite") else {})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets readers work while a writer commits; foreign keys are off in SQLite unless asked.
    A writer waits up to 30 s for the write lock: with several app processes on one file many
    short transactions compete for it, and SQLite hands it out to whoever polls first."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(url: str) -> None:
    """Bring the schema to the newest revision; a no-op when it is already there. Several app
    processes starting at once take turns: on one SQLite file through a lock file (SQLite runs DDL
    outside a transaction, so two upgrades at once could each create half the tables), on
    PostgreSQL through an advisory lock, which also serves processes on different hosts."""
    _ensure_sqlite_folder(url)
    with _one_migration_at_a_time(url):
        command.upgrade(alembic_config(url), "head")


@contextmanager
def _one_migration_at_a_time(url: str) -> Iterator[None]:
    if url.startswith("postgresql"):
        with _advisory_lock(url):
            yield
        return
    if not url.startswith("sqlite:///"):
        yield
        return
    with Path(url.removeprefix("sqlite:///") + ".migrate-lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@contextmanager
def _advisory_lock(url: str) -> Iterator[None]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
                connection.commit()
    finally:
        engine.dispose()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session, session.begin():
        yield session
