"""Quiz fixtures: a small hand-made bank, a fresh database, a clock the test can move."""

from __future__ import annotations

import datetime as dt

import pytest

from api.database import make_engine, migrate, session_factory
from quizzes.engine import QuizEngine
from quizzes.schema import QuizItem
from quizzes.store import SqlQuizStore


def make_item(n: int, difficulty: float, topic: str = "scams", language: str = "vi") -> QuizItem:
    return QuizItem(
        id=f"{language}.{topic}.q-item-{n}",
        language=language,
        topic=topic,
        stem=f"Câu hỏi thử số {n}?",
        options=["Đáp án một", "Đáp án hai", "Đáp án ba"],
        correct="B",
        explanation="Giải thích đủ dài để qua kiểm tra.",
        entry=f"{language}.{topic}.some-lesson",
        difficulty=difficulty,
        status="published",
        reviewed_on=dt.date(2026, 11, 28),
    )


@pytest.fixture
def items() -> list[QuizItem]:
    return [make_item(n, -2 + 4 * n / 19) for n in range(20)]


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def database_url(database_url: str) -> str:
    """The shared per-test database, migrated: the quiz store is used without the app."""
    migrate(database_url)
    return database_url


@pytest.fixture
def make_engine_for(database_url, items, clock):
    """A new engine on the same database each call: calling it twice is a server restart."""

    def factory(length: int = 8) -> QuizEngine:
        store = SqlQuizStore(session_factory(make_engine(database_url)))
        return QuizEngine(items, store, length=length, clock=clock)

    return factory
