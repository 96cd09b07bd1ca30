"""Measure retrieval on the public development set: BM25 alone, dense alone, and hybrid.

Hit@k and MRR are computed on the ranking (before any threshold) over questions that have an
expected entry. The confidence threshold of each method is chosen to maximise accuracy (right
lesson answered, or out-of-scope question declined); the reported out-of-scope accuracy and
answer accuracy use thresholds chosen by 2-fold cross-validation, so no question is scored with
a threshold fitted on itself.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from knowledge.retriever import Hit
from knowledge.text import strip_diacritics
from knowledge.yamlfile import load_yaml

DEVSET = Path(__file__).parent / "devset" / "questions.yaml"
HOLDOUT = Path(__file__).parent / "devset" / "questions-holdout.yaml"
NONE = "none"


@dataclass(frozen=True)
class Question:
    text: str
    lang: str
    expected: str
    also: tuple[str, ...] = ()  # equally right: a lesson split in two (e.g. one per country)


@dataclass
class Trial:
    question: Question
    ranked: list[Hit]
    ms: float

    @property
    def top_score(self) -> float:
        return self.ranked[0].score if self.ranked else float("-inf")

    def rank_of_expected(self) -> int | None:
        for i, hit in enumerate(self.ranked):
            if hit.entry.id == self.question.expected or hit.entry.id in self.question.also:
                return i + 1
        return None

    def correct_at(self, threshold: float) -> bool:
        answered = self.top_score >= threshold
        if self.question.expected == NONE:
            return not answered
        return answered and self.rank_of_expected() == 1


@dataclass
class MethodReport:
    hit1: float
    hit3: float
    mrr: float
    oos_accuracy: float
    answer_accuracy: float
    thresholds: dict[str, float]
    p50_ms: float
    p95_ms: float
    hit1_no_diacritics: float | None = None
    extra: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        keys = ("hit1", "hit3", "mrr", "oos_accuracy", "answer_accuracy", "p50_ms", "p95_ms")
        out = {k: round(getattr(self, k), 4) for k in keys}
        out["thresholds"] = {lang: round(v, 4) for lang, v in self.thresholds.items()}
        if self.hit1_no_diacritics is not None:
            out["hit1_no_diacritics"] = round(self.hit1_no_diacritics, 4)
            out["hit1_vi"] = round(self.extra["hit1_vi"], 4)
        return out


Ranker = Callable[[str, str], list[Hit]]


def load_devset(path: Path = DEVSET) -> list[Question]:
    rows = load_yaml(path.read_text(encoding="utf-8"))
    return [Question(str(r["q"]), r["lang"], r["expected"], tuple(r.get("also", ()))) for r in rows]


def run_trials(rank: Ranker, questions: list[Question]) -> list[Trial]:
    trials = []
    for q in questions:
        started = time.perf_counter()
        ranked = rank(q.text, q.lang)
        trials.append(Trial(q, ranked, (time.perf_counter() - started) * 1000))
    return trials


def best_threshold(trials: list[Trial]) -> float:
    """The cut between consecutive observed top scores that maximises accuracy."""
    scores = sorted({t.top_score for t in trials if t.ranked})
    cuts = [scores[0] - 1e-6] + [(a + b) / 2 for a, b in pairwise(scores)] + [scores[-1] + 1e-6]
    return max(cuts, key=lambda c: (sum(t.correct_at(c) for t in trials), -c))


def best_thresholds(trials: list[Trial]) -> dict[str, float]:
    """One threshold per language: score scales differ between languages."""
    languages = sorted({t.question.lang for t in trials})
    return {lang: best_threshold([t for t in trials if t.question.lang == lang]) for lang in languages}


def cross_validated(trials: list[Trial]) -> tuple[float, float]:
    """(out-of-scope accuracy, overall accuracy) with thresholds fitted on the other fold."""
    folds = [trials[0::2], trials[1::2]]
    correct_oos = total_oos = correct = 0
    for i, test in enumerate(folds):
        thresholds = best_thresholds(folds[1 - i])
        for t in test:
            ok = t.correct_at(thresholds[t.question.lang])
            correct += ok
            if t.question.expected == NONE:
                total_oos += 1
                correct_oos += ok
    return correct_oos / max(total_oos, 1), correct / len(trials)


def report(trials: list[Trial], stripped: list[Trial] | None = None) -> MethodReport:
    in_scope = [t for t in trials if t.question.expected != NONE]
    ranks = [t.rank_of_expected() for t in in_scope]
    oos_accuracy, accuracy = cross_validated(trials)
    latencies = sorted(t.ms for t in trials)
    result = MethodReport(
        hit1=_share_within(ranks, 1),
        hit3=_share_within(ranks, 3),
        mrr=sum(1 / r for r in ranks if r) / len(ranks),
        oos_accuracy=oos_accuracy,
        answer_accuracy=accuracy,
        thresholds=best_thresholds(trials),
        p50_ms=statistics.median(latencies),
        p95_ms=latencies[int(0.95 * (len(latencies) - 1))],
    )
    if stripped:
        ranks_stripped = [t.rank_of_expected() for t in stripped if t.question.expected != NONE]
        result.hit1_no_diacritics = sum(r == 1 for r in ranks_stripped) / len(ranks_stripped)
        result.extra["hit1_vi"] = _hit1([t for t in in_scope if t.question.lang == "vi"])
    return result


def _share_within(ranks: list[int | None], k: int) -> float:
    """Share of questions whose expected lesson ranked in the top `k`."""
    return sum(r is not None and r <= k for r in ranks) / max(len(ranks), 1)


def _hit1(trials: list[Trial]) -> float:
    return sum(t.rank_of_expected() == 1 for t in trials) / max(len(trials), 1)


def without_diacritics(questions: list[Question]) -> list[Question]:
    return [
        Question(strip_diacritics(q.text), q.lang, q.expected, q.also) for q in questions if q.lang == "vi"
    ]


def evaluate(rankers: dict[str, Ranker], questions: list[Question]) -> dict[str, MethodReport]:
    vi_plain = without_diacritics(questions)
    reports = {}
    for name, rank in rankers.items():
        trials = run_trials(rank, questions)
        stripped = run_trials(rank, vi_plain)
        reports[name] = report(trials, stripped)
    return reports


@dataclass(frozen=True)
class HoldoutScore:
    """One set scored once with the thresholds the assistant runs with, nothing fitted on it."""

    questions: int
    hit1: float
    hit3: float
    declined: float
    right_or_declined: float
    misses: list[tuple[Question, str]]

    def as_json(self) -> dict:
        figures = {k: round(getattr(self, k), 4) for k in ("hit1", "hit3", "declined", "right_or_declined")}
        return {"questions": self.questions, **figures}


def score_holdout(trials: list[Trial], thresholds: dict[str, float]) -> HoldoutScore:
    ranks = [t.rank_of_expected() for t in trials if t.question.expected != NONE]
    right = [t.correct_at(thresholds[t.question.lang]) for t in trials]
    declined = [ok for t, ok in zip(trials, right, strict=True) if t.question.expected == NONE]
    return HoldoutScore(
        questions=len(trials),
        hit1=_share_within(ranks, 1),
        hit3=_share_within(ranks, 3),
        declined=sum(declined) / max(len(declined), 1),
        right_or_declined=sum(right) / len(trials),
        misses=[
            (t.question, _answered_with(t, thresholds)) for t, ok in zip(trials, right, strict=True) if not ok
        ],
    )


def _answered_with(trial: Trial, thresholds: dict[str, float]) -> str:
    if trial.top_score < thresholds[trial.question.lang]:
        return NONE
    return trial.ranked[0].entry.id


def score_holdout_by_language(trials: list[Trial], thresholds: dict[str, float]) -> dict[str, HoldoutScore]:
    languages = sorted({t.question.lang for t in trials})
    by_language = {
        lang: score_holdout([t for t in trials if t.question.lang == lang], thresholds) for lang in languages
    }
    return {"all": score_holdout(trials, thresholds), **by_language}
