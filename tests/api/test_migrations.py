from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from api.database import ALL_METADATA, alembic_config, make_engine, migrate

pytestmark = pytest.mark.both_backends  # the migrations must build the same schema on both


@pytest.fixture
def empty_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A database with no tables at all: a new SQLite file or a new PostgreSQL database."""
    if backend == "postgresql":
        return request.getfixturevalue("postgres").create_database()
    return f"sqlite:///{tmp_path / 'fresh.db'}"


def test_migrations_build_the_schema_on_an_empty_database(empty_url: str) -> None:
    url = empty_url
    migrate(url)
    tables = set(inspect(make_engine(url)).get_table_names())
    assert {
        "knowledge_entries",
        "learners",
        "turn_events",
        "conversations",
        "unanswered_questions",
        "handoffs",
        "quiz_sessions",
        "quiz_responses",
        "topic_abilities",
        "review_cards",
        "item_calibrations",
        "zalo_inbound",
        "zalo_outbox",
        "zalo_tokens",
        "alembic_version",
    } <= tables


def test_migrations_match_the_tables_the_code_declares(empty_url: str) -> None:
    url = empty_url
    migrate(url)
    with make_engine(url).connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, ALL_METADATA)  # type: ignore[arg-type]
    assert differences == []


def test_migrating_twice_changes_nothing(empty_url: str) -> None:
    url = empty_url
    migrate(url)
    migrate(url)
    with make_engine(url).connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert versions == [ScriptDirectory.from_config(alembic_config(url)).get_current_head()]


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'wal.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_processes_starting_at_once_migrate_one_after_another(empty_url: str) -> None:
    url = empty_url
    script = f"from api.database import migrate; migrate({url!r})"
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", script], cwd=Path(__file__).parents[2], stderr=subprocess.PIPE
        )
        for _ in range(3)
    ]
    failures = [p.stderr.read().decode() for p in starts if p.wait(timeout=120) != 0]  # type: ignore[union-attr]
    assert failures == []
    with make_engine(url).connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert versions == [ScriptDirectory.from_config(alembic_config(url)).get_current_head()]
