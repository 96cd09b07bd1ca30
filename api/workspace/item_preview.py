"""What a learner would see for a draft quiz item: the question, then the feedback for a right
and for a wrong answer, rendered by the same code the chat uses."""

from __future__ import annotations

from bot.flows.quiz import feedback_message, question_message
from quizzes.engine import DEFAULT_LENGTH, Feedback, Question
from quizzes.schema import LETTERS, QuizItem


def item_preview(item: QuizItem) -> list[dict]:
    question = Question(session_id=0, item=item, number=1, length=DEFAULT_LENGTH, is_review=False)
    wrong = next(letter for letter in LETTERS[: len(item.options)] if letter != item.correct)
    messages = [
        question_message(question, item.language),
        feedback_message(Feedback(item, item.correct, correct=True, counted=True), item.language),
        feedback_message(Feedback(item, wrong, correct=False, counted=True), item.language),
    ]
    return [{"text": m.text, "buttons": [b.title for b in m.buttons]} for m in messages]
