"""Quizzes in chat: start by topic or mixed, answer by button, letter, number or the option's
words, get feedback with the explanation and a link back to the lesson, see progress."""

from __future__ import annotations

import re

from bot.flows.turn import Turn
from bot.replies import Button, Message, Reply
from bot.texts import say, topic_title
from knowledge.text import fold_latin
from nlu.language import Lang
from quizzes.answers import parse_answer
from quizzes.engine import Feedback, Question, QuizEngine, QuizStep, TopicProgress
from quizzes.schema import LETTERS

TOPIC_WORDS = {
    "vneid": re.compile(r"vneid|dinh danh|can cuoc"),
    "thaid": re.compile(r"thai ?id|ไทยดี"),
    "payments": re.compile(r"chuyen (tien|khoan)|thanh toan|ngan hang|payment|promptpay|พร้อมเพย์|โอนเงิน"),
    "scams": re.compile(r"lua dao|scam|มิจฉาชีพ|หลอกลวง"),
}


def start(turn: Turn, engine: QuizEngine, topic: str | None = None) -> Reply:
    topic = topic or _topic_asked(turn)
    if topic and topic not in engine.topics(turn.lang):
        return turn.reply(
            messages=[Message(text=say("quiz_empty", turn.lang), buttons=_topic_buttons(turn, engine))]
        )
    step = engine.start(turn.learner_id, turn.lang, topic)
    turn.state.choices = []
    messages = [Message(text=say("quiz_intro", turn.lang))]
    return _render(turn, step, messages)


def answer(turn: Turn, engine: QuizEngine, item_id: str | None = None, letter: str | None = None) -> Reply:
    question = engine.current(turn.learner_id)
    if item_id is None:
        if question is None:
            return start(turn, engine)
        item_id, letter = question.item.id, parse_answer(turn.text, question.item)
    if letter is None:
        return _render(turn, QuizStep(question=question), [Message(text=say("quiz_unclear", turn.lang))])
    step = engine.answer(turn.learner_id, item_id, letter)
    if step is None:
        return start(turn, engine)
    return _render(turn, step, [])


def progress(turn: Turn, engine: QuizEngine) -> Reply:
    lines = [
        say("progress_title", turn.lang),
        *_progress_lines(turn, engine.progress(turn.learner_id, turn.lang)),
    ]
    if due_at := engine.next_review_at(turn.learner_id):
        lines.append(say("progress_next", turn.lang).format(date=due_at.strftime("%d/%m/%Y")))
    return turn.reply(messages=[Message(text="\n".join(lines), buttons=_topic_buttons(turn, engine))])


def back_to_question(turn: Turn, engine: QuizEngine) -> Button | None:
    """While a quiz is open, any other answer carries a way back to the question."""
    question = engine.current(turn.learner_id)
    return Button(title=say("quiz_back", turn.lang), payload="/quiz current") if question else None


def current(turn: Turn, engine: QuizEngine) -> Reply:
    question = engine.current(turn.learner_id)
    if question is None:
        return start(turn, engine)
    return _render(turn, QuizStep(question=question), [])


def _render(turn: Turn, step: QuizStep, messages: list[Message]) -> Reply:
    """Feedback, then the next question. The lesson of the question just answered goes after the
    new question's options: the learner's eyes and focus land on the answers, not on it."""
    if step.feedback:
        messages.append(feedback_message(step.feedback, turn.lang))
    if step.question:
        question = question_message(step.question, turn.lang)
        if step.feedback:
            lesson = messages[-1].buttons.pop()
            title = say("quiz_lesson_previous", turn.lang)
            question.buttons.append(lesson.model_copy(update={"title": title}))
        messages.append(question)
        turn.state.quiz_item = step.question.item.id
    else:
        turn.state.quiz_item = None
    if step.finished:
        done = say("quiz_done", turn.lang).format(right=step.right, asked=step.asked)
        lines = [done, *_progress_lines(turn, step.progress)]
        messages.append(Message(text="\n".join(lines), buttons=[_again_button(turn)]))
    return turn.reply(messages=messages, entry_id=step.feedback.item.entry if step.feedback else None)


def feedback_message(feedback: Feedback, lang: Lang) -> Message:
    verdict = (
        say("quiz_right", lang)
        if feedback.correct
        else say("quiz_wrong", lang).format(
            letter=f"{feedback.item.correct}. {feedback.item.options[feedback.item.correct_index]}"
        )
    )
    lines = [verdict, feedback.item.explanation]
    if not feedback.counted:
        lines.insert(0, say("quiz_already", lang))
    lesson = Button(title=say("quiz_lesson", lang), payload=f"/entry {feedback.item.entry}")
    return Message(text="\n".join(lines), buttons=[lesson])


def question_message(question: Question, lang: Lang) -> Message:
    item = question.item
    label = say("quiz_label", lang).format(n=question.number, total=question.length)
    if question.is_review:
        label = f"{label} {say('quiz_review', lang)}"
    parts = [f"{label}:"]
    if item.scenario:
        parts.append(f"“{item.scenario}”")
    parts.append(item.stem)
    parts += [f"{LETTERS[i]}. {option}" for i, option in enumerate(item.options)]
    buttons = [  # whole options: a window wraps long ones, a channel with a limit cuts its own way
        Button(title=f"{LETTERS[i]}. {option}", payload=f"/quiz answer {item.id} {LETTERS[i]}")
        for i, option in enumerate(item.options)
    ]
    return Message(text="\n".join(parts), buttons=buttons)


def _progress_lines(turn: Turn, topics: list[TopicProgress]) -> list[str]:
    lines = []
    for topic in topics:
        ability = topic.ability
        state = "mastered" if ability.mastered else "learning" if ability.answers else "new"
        line = f"• {topic_title(topic.topic, turn.lang)}: {say(f'progress_{state}', turn.lang)}"
        if ability.answers:
            line += f" ({say('progress_answers', turn.lang).format(n=ability.answers)})"
        lines.append(line)
    if due := sum(t.due_reviews for t in topics):
        lines.append(say("progress_due", turn.lang).format(n=due))
    return lines


def _again_button(turn: Turn) -> Button:
    return Button(title=say("quiz_again", turn.lang), payload="/quiz start")


def _topic_buttons(turn: Turn, engine: QuizEngine) -> list[Button]:
    return [
        Button(
            title=say("quiz_start_topic", turn.lang).format(topic=topic_title(t, turn.lang)),
            payload=f"/quiz start {t}",
        )
        for t in engine.topics(turn.lang)
    ]


def _topic_asked(turn: Turn) -> str | None:
    if turn.nlu:
        for entity in turn.nlu.entities:
            if entity.entity == "topic" and entity.value in TOPIC_WORDS:
                return entity.value
    folded = fold_latin(turn.text)
    return next((topic for topic, words in TOPIC_WORDS.items() if words.search(folded)), None)
