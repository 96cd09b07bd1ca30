"""Quizzes through POST /api/v1/chat: start by topic, answer by letter, button or words, progress."""

from __future__ import annotations

import re

import pytest

from tests.bot.conftest import Learner, buttons_of, quiz_item_on_screen, text_of

pytestmark = pytest.mark.rasa

QUESTION = re.compile(r"(Câu|ข้อ|Question) (\d+)/(\d+)")


def question_number(reply: dict) -> int:
    found = [int(m.group(2)) for msg in reply["messages"] if (m := QUESTION.search(msg["text"]))]
    assert found, text_of(reply)[:200]
    return found[-1]


def right_letter(learner: Learner, reply: dict) -> str:
    """Read the item id from a button payload and look the answer up in the bank, as a test may."""
    return learner.client.app.state.services.quizzes.items[quiz_item_on_screen(reply)].correct


def test_a_scam_quiz_in_vietnamese(learner) -> None:
    ba = learner("quiz-ba")
    first = ba.says("cho bà làm bài kiểm tra về lừa đảo")
    assert question_number(first) == 1 and "A. " in text_of(first)
    letter = right_letter(ba, first)
    second = ba.says(letter.lower())
    assert text_of(second).startswith("Đúng rồi!")
    assert "Xem lại bài học của câu vừa rồi" in buttons_of(second) and question_number(second) == 2
    wrong = next(x for x in "ABC" if x != right_letter(ba, second))
    third = ba.presses(f"{wrong}. ")
    assert "Chưa đúng. Đáp án đúng là" in text_of(third) and question_number(third) == 3
    assert third["entry_id"] and third["entry_id"].startswith("vi.")


def test_questions_never_repeat_and_the_quiz_ends_with_progress(learner) -> None:
    ong = learner("quiz-ong")
    reply = ong.says("/quiz start vneid")
    seen = []
    while "/quiz answer" in str(reply):
        seen.append(
            next(
                b["payload"].split()[2]
                for m in reply["messages"]
                for b in m["buttons"]
                if "/quiz answer" in b["payload"]
            )
        )
        reply = ong.says(right_letter(ong, reply))
    assert len(seen) == len(set(seen)) >= 5
    assert "Xong bài ôn! Bạn đúng" in text_of(reply) and "Ứng dụng VNeID" in text_of(reply)
    progress = ong.says("tiến độ học của tôi thế nào")
    assert "Tiến bộ của bạn" in text_of(progress) and "Lần ôn tới" in text_of(progress)


def test_a_question_mid_quiz_is_answered_and_the_quiz_waits(learner) -> None:
    co = learner("quiz-co")
    first = co.says("/quiz start scams")
    detour = co.says("quên mật khẩu VNeID thì làm sao")
    assert detour["entry_id"] == "vi.vneid.forgot-password"
    assert "Quay lại câu hỏi" in buttons_of(detour)
    back = co.presses("Quay lại câu hỏi")
    assert question_number(back) == question_number(first) == 1


def test_the_quiz_survives_a_server_restart(make_client, live_settings) -> None:
    before = Learner(make_client(live_settings), "quiz-restart")
    first = before.says("/quiz start payments")
    second = before.says(right_letter(before, first))
    assert question_number(second) == 2
    before.client.__exit__(None, None, None)
    after = Learner(make_client(live_settings), "quiz-restart")
    third = after.says(right_letter(before, second))
    assert question_number(third) == 3
    again = after.says(
        next(b["payload"] for m in second["messages"] for b in m["buttons"] if "/quiz answer" in b["payload"])
    )
    assert "không tính lại" in text_of(again)
    services = after.client.app.state.services
    [payments] = [p for p in services.quizzes.progress("quiz-restart", "vi") if p.topic == "payments"]
    assert payments.ability.answers == 2


def test_a_thai_quiz_with_thai_letters(learner) -> None:
    yai = learner("quiz-yai")
    first = yai.says("อยากทำแบบทดสอบเรื่องมิจฉาชีพค่ะ")
    assert question_number(first) == 1 and first["lang"] == "th"
    assert re.search(r"[\u0e00-\u0e7f]", first["messages"][-1]["text"])
    letter = right_letter(yai, first)
    second = yai.says({"A": "ก", "B": "ข", "C": "ค", "D": "ง"}[letter])
    assert text_of(second).startswith("ถูกต้องค่ะ")


def test_an_english_quiz_answered_by_number(learner) -> None:
    guest = learner("quiz-guest")
    first = guest.says("quiz me on scams please")
    letter = right_letter(guest, first)
    second = guest.says(str("ABCD".index(letter) + 1))
    assert text_of(second).startswith("Right!")


def test_a_scam_check_offers_a_practice_quiz(learner) -> None:
    reply = learner("quiz-scam").says(
        "Tin nhắn này có phải lừa đảo không: Vietcombank: Quy khach co 18.450 diem thuong "
        "sap het han hom nay. Doi qua tai https://vcb-doiqua.top"
    )
    assert "Luyện nhận biết lừa đảo" in buttons_of(reply)
