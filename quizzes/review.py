"""When to ask an item again: FSRS (the open-spaced-repetition scheduler) on each answered item.

A right answer is rated Good, a wrong one Again. Quizzes come through a chat, not a flashcard
deck reviewed several times an hour, so the minute-scale learning steps are turned off: a missed
item comes back the next day, a known one after days to weeks. Fuzzing is off so the schedule is
reproducible (and testable by time travel).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from fsrs import Card, Rating, Scheduler


@lru_cache(maxsize=1)
def scheduler() -> Scheduler:
    return Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def new_card() -> dict:
    return Card().to_dict()


def review(card: dict, correct: bool, at: dt.datetime) -> tuple[dict, dt.datetime]:
    """The card after this answer, and when it is due next (UTC)."""
    updated, _log = scheduler().review_card(
        Card.from_dict(card), Rating.Good if correct else Rating.Again, review_datetime=at
    )
    return updated.to_dict(), updated.due
