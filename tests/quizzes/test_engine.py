"""Adaptive quizzes end to end on a real database: no repeats, no double counting, restarts, reviews."""

from __future__ import annotations

import pytest

from quizzes.ability import Ability

pytestmark = pytest.mark.both_backends  # a store contract: the same on SQLite and PostgreSQL


def answer_all(engine, learner: str, right: bool = True, limit: int = 50):
    step = engine.start(learner, "vi", "scams")
    steps = [step]
    while step.question and limit:
        item = step.question.item
        letter = item.correct if right else next(x for x in "ABC" if x != item.correct)
        step = engine.answer(learner, item.id, letter)
        steps.append(step)
        limit -= 1
    return steps


def test_no_item_repeats_within_a_quiz(make_engine_for) -> None:
    steps = answer_all(make_engine_for(length=15), "ba-tu")
    asked = [s.question.item.id for s in steps if s.question]
    assert steps[-1].finished and steps[-1].right == steps[-1].asked == len(asked)
    assert len(asked) >= 10 and len(set(asked)) == len(asked)


def test_items_follow_the_learner_up_and_down(make_engine_for) -> None:
    strong = answer_all(make_engine_for(length=8), "strong", right=True)
    weak = answer_all(make_engine_for(length=8), "weak", right=False)

    def mean_difficulty(steps) -> float:
        asked = [s.question.item.difficulty for s in steps if s.question]
        return sum(asked) / len(asked)

    assert mean_difficulty(strong) > mean_difficulty(weak) + 1.0
    climb = [s.question.item.difficulty for s in strong if s.question]
    assert climb[-1] > climb[0] + 1.0


def test_a_double_tap_is_not_counted_twice(make_engine_for) -> None:
    engine = make_engine_for()
    first = engine.start("ong-nam", "vi", "scams").question
    engine.answer("ong-nam", first.item.id, first.item.correct)
    again = engine.answer("ong-nam", first.item.id, "A")  # a late tap on the old question's button
    assert again.feedback.counted is False and again.feedback.chosen == first.item.correct
    progress = {p.topic: p.ability for p in engine.progress("ong-nam", "vi")}
    assert progress["scams"].answers == 1


def test_the_quiz_survives_a_restart_mid_quiz(make_engine_for) -> None:
    before = make_engine_for()
    step = before.start("co-ba", "vi", "scams")
    step = before.answer("co-ba", step.question.item.id, step.question.item.correct)
    on_screen = step.question
    after = make_engine_for()  # a new process on the same database
    resumed = after.current("co-ba")
    assert resumed.item.id == on_screen.item.id and resumed.number == 2
    step = after.answer("co-ba", resumed.item.id, resumed.item.correct)
    assert step.question.number == 3
    assert {p.topic: p.ability.answers for p in after.progress("co-ba", "vi")}["scams"] == 2


def test_missed_items_come_back_for_review_on_schedule(make_engine_for, clock) -> None:
    engine = make_engine_for(length=3)
    steps = answer_all(engine, "chu-sau", right=False)
    missed = {s.feedback.item.id for s in steps if s.feedback}
    assert engine.store.due_items("chu-sau", clock()) == {}
    clock.advance(hours=23)
    assert engine.store.due_items("chu-sau", clock()) == {}
    clock.advance(hours=2)
    assert set(engine.store.due_items("chu-sau", clock())) == missed
    review = engine.start("chu-sau", "vi", "scams").question
    assert review.is_review and review.item.id in missed


def test_known_items_wait_longer_than_missed_ones(make_engine_for, clock) -> None:
    engine = make_engine_for(length=2)
    answer_all(engine, "di-bay", right=True)
    due = engine.next_review_at("di-bay")
    assert due is not None and (due - clock()).days >= 2


def test_mastery_needs_enough_strong_evidence() -> None:
    ability = Ability()
    for _ in range(4):
        ability = ability.updated(1.0, True)
    assert not ability.mastered  # four answers are not enough, however good
    for _ in range(8):
        ability = ability.updated(1.0, True)
    assert ability.mastered and ability.sd < 0.8
    assert ability.updated(2.0, False).mean < ability.mean
