"""Scoring a held-out set: fixed thresholds, out-of-scope declines, and the misses listed."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.evaluation import NONE, Question, Trial, score_holdout, score_holdout_by_language
from knowledge.retriever import Hit


def _trial(lang: str, expected: str, *ranked: tuple[str, float]) -> Trial:
    hits = [Hit(SimpleNamespace(id=entry_id), score, "") for entry_id, score in ranked]
    return Trial(Question(f"question for {expected}", lang, expected), hits, ms=1.0)


TRIALS = [
    _trial("vi", "vi.a", ("vi.a", 1.2), ("vi.b", 1.0)),
    _trial("vi", "vi.b", ("vi.a", 1.2), ("vi.b", 1.1)),
    _trial("vi", "vi.c", ("vi.c", 0.9)),
    _trial("vi", NONE, ("vi.a", 0.95)),
    _trial("en", NONE, ("en.a", 1.3)),
]
THRESHOLDS = {"vi": 1.0, "en": 1.0}


def test_the_saved_thresholds_decide_what_counts_as_answered() -> None:
    score = score_holdout(TRIALS, THRESHOLDS)
    assert (score.hit1, score.hit3) == (2 / 3, 1.0)
    assert score.declined == 0.5
    assert score.right_or_declined == 2 / 5


def test_every_miss_names_what_the_assistant_would_have_answered() -> None:
    misses = {(q.expected, answered) for q, answered in score_holdout(TRIALS, THRESHOLDS).misses}
    assert misses == {("vi.b", "vi.a"), ("vi.c", NONE), (NONE, "en.a")}


def test_languages_are_scored_apart_and_together() -> None:
    scores = score_holdout_by_language(TRIALS, THRESHOLDS)
    assert set(scores) == {"all", "en", "vi"}
    assert scores["en"].declined == 0.0 and scores["vi"].declined == 1.0
    assert scores["all"].questions == 5
