"""Which item to ask next: one the learner will probably, but not surely, get right.

Items are ranked by how far the learner's expected chance of success is from the target (0.7 by
default: hard enough to teach, easy enough not to discourage); items already asked in this quiz
are never candidates. Items due for review (from the spaced-repetition schedule) go first, at
most every other question, so a quiz is never only old material.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from quizzes.ability import Ability
from quizzes.schema import QuizItem

TARGET_SUCCESS = 0.7


def next_item(
    candidates: Sequence[QuizItem],
    abilities: Callable[[str], Ability],
    difficulty: Callable[[QuizItem], float],
    asked: set[str],
    due: set[str] = frozenset(),  # type: ignore[assignment]
    last_was_review: bool = False,
    target: float = TARGET_SUCCESS,
) -> QuizItem | None:
    fresh = [item for item in candidates if item.id not in asked]
    if not fresh:
        return None
    reviews = [item for item in fresh if item.id in due]
    pool = reviews if reviews and not last_was_review else fresh

    def distance(item: QuizItem) -> tuple[float, float]:
        ability = abilities(item.topic)
        return abs(ability.expected_success(difficulty(item)) - target), -ability.sd

    return min(pool, key=distance)


def fixed_order(candidates: Sequence[QuizItem], asked: set[str]) -> QuizItem | None:
    """The bank's own order, easiest first: the baseline a paper worksheet would give."""
    remaining = sorted((i for i in candidates if i.id not in asked), key=lambda i: i.difficulty)
    return remaining[0] if remaining else None


def random_order(candidates: Sequence[QuizItem], asked: set[str], rng: random.Random) -> QuizItem | None:
    remaining = [i for i in candidates if i.id not in asked]
    return rng.choice(remaining) if remaining else None
