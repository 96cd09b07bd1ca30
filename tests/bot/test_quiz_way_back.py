"""Mid-quiz a learner can always find the question again: the previous question's lesson waits
below the new answers, a reviewed lesson carries the way back, and so do the words for it."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Learner, buttons_of, quiz_item_on_screen, text_of


def start_quiz(learner: Learner, lang: str = "vi") -> dict:
    response = learner.client.post(
        "/api/v1/chat", json={"user_id": learner.user_id, "text": "/quiz start", "lang": lang}
    )
    assert response.status_code == 200, response.text
    learner.replies.append(response.json())
    return learner.replies[-1]


def answer_buttons(message: dict) -> list[dict]:
    return [b for b in message["buttons"] if b["payload"].startswith("/quiz answer")]


def test_the_last_questions_lesson_comes_after_the_new_answers(offline_learner) -> None:
    ba = offline_learner("way-back-order")
    start_quiz(ba)
    second = ba.presses("A. ")
    feedback, question = second["messages"][-2:]
    assert feedback["buttons"] == [], "nothing stands between the feedback and the new question"
    titles = [b["title"] for b in question["buttons"]]
    assert len(answer_buttons(question)) >= 2 and titles[0].startswith("A. ")
    assert titles[-1] == "Xem lại bài học của câu vừa rồi"
    assert question["buttons"][-1]["payload"].startswith("/entry ")


def test_after_reviewing_the_lesson_a_button_leads_back_to_the_same_question(offline_learner) -> None:
    ong = offline_learner("way-back-lesson")
    start_quiz(ong)
    second = ong.presses("A. ")
    lesson = ong.presses("Xem lại bài học")
    assert "Quay lại câu hỏi" in buttons_of(lesson)
    back = ong.presses("Quay lại câu hỏi")
    assert quiz_item_on_screen(back) == quiz_item_on_screen(second)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("vi", "quay lại câu hỏi"),
        ("vi", "Quay lai cau hoi nhe"),
        ("vi", "trở lại bài ôn"),
        ("th", "กลับไปที่คำถามค่ะ"),
        ("en", "back to the question please"),
        ("en", "Go back to the quiz"),
    ],
)
def test_typing_the_way_back_returns_to_the_question(offline_learner, lang: str, words: str) -> None:
    co = offline_learner(f"way-back-typed-{lang}-{len(words)}")
    first = start_quiz(co, lang)
    detour = co.says("/quiz progress")
    assert "/quiz answer" not in str(detour)
    back = co.says(words)
    assert quiz_item_on_screen(back) == quiz_item_on_screen(first)
    assert back["lang"] == lang


def test_without_a_quiz_open_the_words_start_nothing(offline_learner) -> None:
    reply = offline_learner("way-back-none").says("quay lại câu hỏi")
    assert "/quiz answer" not in str(reply), text_of(reply)


def test_long_options_reach_the_window_whole(offline_learner) -> None:
    learner = offline_learner("way-back-long")
    services = learner.client.app.state.services
    reply = start_quiz(learner)
    for _ in range(12):
        item = services.quizzes.items[quiz_item_on_screen(reply)]
        titles = [b["title"] for b in answer_buttons(reply["messages"][-1])]
        assert [t.split(". ", 1)[1] for t in titles] == list(item.options)
        if "/quiz answer" not in str(reply := learner.says(item.correct)):
            break
