"""Run adaptive quizzes: start one, take an answer, pick the next item, say what is mastered.

The engine returns plain results (which item to ask, whether the answer was right, the progress
per topic); the dialogue turns them into messages in the learner's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from quizzes.ability import Ability
from quizzes.schema import LETTERS, QuizItem
from quizzes.selection import TARGET_SUCCESS, next_item
from quizzes.store import Answer, SqlQuizStore
from quizzes.tables import QuizSession

DEFAULT_LENGTH = 8
PRECISE_SD = 0.6
MIN_ITEMS_BEFORE_PRECISE_STOP = 5


@dataclass(frozen=True)
class Question:
    session_id: int
    item: QuizItem
    number: int
    length: int
    is_review: bool


@dataclass(frozen=True)
class Feedback:
    item: QuizItem
    chosen: str
    correct: bool
    counted: bool  # False when this answer had been given already (a double tap)


@dataclass(frozen=True)
class TopicProgress:
    topic: str
    ability: Ability
    due_reviews: int


@dataclass
class QuizStep:
    feedback: Feedback | None = None
    question: Question | None = None
    finished: bool = False
    right: int = 0
    asked: int = 0
    progress: list[TopicProgress] = field(default_factory=list)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class QuizEngine:
    def __init__(
        self,
        items: list[QuizItem],
        store: SqlQuizStore,
        length: int = DEFAULT_LENGTH,
        target: float = TARGET_SUCCESS,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.items = {i.id: i for i in items if i.is_live}
        self.store, self.length, self.target, self.clock = store, length, target, clock
        self._difficulty = store.calibrations()

    def reload(self, items: list[QuizItem]) -> None:
        self.items = {i.id: i for i in items if i.is_live}
        self._difficulty = self.store.calibrations()

    def difficulty(self, item: QuizItem) -> float:
        return self._difficulty.get(item.id, item.difficulty)

    def topics(self, language: str) -> list[str]:
        return sorted({i.topic for i in self.items.values() if i.language == language})

    def start(self, learner_id: str, language: str, topic: str | None) -> QuizStep:
        quiz = self.store.start(learner_id, language, topic, self.length)
        return QuizStep(question=self._ask_next(quiz, learner_id, last_was_review=False))

    def current(self, learner_id: str) -> Question | None:
        quiz = self.store.open_session(learner_id)
        if quiz is None or quiz.current_item not in self.items:
            return None
        number = len(self.store.asked(quiz.id)) + 1
        return Question(quiz.id, self.items[quiz.current_item], number, quiz.length, quiz.current_is_review)

    def answer(self, learner_id: str, item_id: str, letter: str) -> QuizStep | None:
        """Record the answer to `item_id` (the question on screen); None if no quiz is open, or if
        `letter` is not one of the item's options (a forged or stale button)."""
        quiz = self.store.open_session(learner_id)
        item = self.items.get(item_id)
        if quiz is None or item is None or letter not in LETTERS[: len(item.options)]:
            return None
        if item_id != quiz.current_item:
            return self._repeat_answer(quiz.id, learner_id, item, letter)
        now = self.clock()
        before = self.store.abilities(learner_id, now).get(item.topic, Ability())
        correct = letter == item.correct
        answer = Answer(quiz.id, learner_id, item.id, item.topic, letter, correct, self.difficulty(item), now)
        counted = self.store.record(answer, before) is not None
        step = QuizStep(feedback=Feedback(item, letter, correct, counted))
        asked = self.store.asked(quiz.id)
        step.asked, step.right = len(asked), sum(r.correct for r in asked)
        if self._should_stop(quiz.length, asked, learner_id, item.topic if quiz.topic else None):
            self.store.set_current(quiz.id, None, False, finished_at=now)
            step.finished, step.progress = True, self.progress(learner_id, quiz.language)
            return step
        step.question = self._ask_next(quiz, learner_id, quiz.current_is_review)
        step.finished = step.question is None
        if step.finished:
            step.progress = self.progress(learner_id, quiz.language)
        return step

    def progress(self, learner_id: str, language: str) -> list[TopicProgress]:
        now = self.clock()
        abilities = self.store.abilities(learner_id, now)
        due = self.store.due_items(learner_id, now)
        return [
            TopicProgress(
                topic,
                abilities.get(topic, Ability()),
                sum(1 for item_id in due if self._topic_of(item_id, language) == topic),
            )
            for topic in self.topics(language)
        ]

    def next_review_at(self, learner_id: str) -> dt.datetime | None:
        return self.store.next_due(learner_id)

    def _topic_of(self, item_id: str, language: str) -> str | None:
        item = self.items.get(item_id)
        return item.topic if item and item.language == language else None

    def _repeat_answer(self, session_id: int, learner_id: str, item: QuizItem, letter: str) -> QuizStep:
        """An answer to an earlier question (a late tap): show its feedback, count nothing."""
        earlier = next((r for r in self.store.asked(session_id) if r.item_id == item.id), None)
        chosen = earlier.chosen if earlier else letter
        step = QuizStep(feedback=Feedback(item, chosen, chosen == item.correct, counted=False))
        step.question = self.current(learner_id)
        return step

    def _should_stop(self, length: int, asked: list, learner_id: str, topic: str | None) -> bool:
        if len(asked) >= length:
            return True
        if topic is None or len(asked) < MIN_ITEMS_BEFORE_PRECISE_STOP:
            return False
        ability = self.store.abilities(learner_id, self.clock()).get(topic, Ability())
        return ability.sd <= PRECISE_SD

    def _ask_next(self, quiz: QuizSession, learner_id: str, last_was_review: bool) -> Question | None:
        now = self.clock()
        candidates = [
            i
            for i in self.items.values()
            if i.language == quiz.language and (quiz.topic is None or i.topic == quiz.topic)
        ]
        asked = self.store.asked(quiz.id)
        abilities = self.store.abilities(learner_id, now)
        due = set(self.store.due_items(learner_id, now))
        item = next_item(
            candidates,
            lambda t: abilities.get(t, Ability()),
            self.difficulty,
            asked={r.item_id for r in asked},
            due=due,
            last_was_review=last_was_review,
            target=self.target,
        )
        if item is None:
            self.store.set_current(quiz.id, None, False, finished_at=now)
            return None
        is_review = item.id in due
        self.store.set_current(quiz.id, item.id, is_review)
        return Question(quiz.id, item, len(asked) + 1, quiz.length, is_review)
