"""Lexical and hybrid retrieval.

Hybrid scoring: for each candidate entry (the union of both methods' best), the dense cosine
plus a saturating bonus for lexical evidence,

    score = cosine + weight * bm25 / (bm25 + saturation)

so exact shared words ("1441", "VNeID", "tạm trú") lift an entry a little, and never by more
than `weight`. The same score is the confidence the threshold is calibrated on.
"""

from __future__ import annotations

import numpy as np

from knowledge.lexical import LexicalIndex
from knowledge.retriever import DenseIndex, Hit
from knowledge.schema import Entry, Language
from knowledge.text import expand_short_forms


class LexicalRetriever:
    """BM25 alone: exact words, diacritic-insensitive for Vietnamese; blind to paraphrase."""

    def __init__(self, lexical: LexicalIndex, min_score: float = 5.0) -> None:
        self.lexical = lexical
        self.min_score = min_score

    def rebuild(self, entries: list[Entry]) -> None:
        self.lexical.rebuild([e for e in entries if e.is_live])

    def search(self, query: str, language: Language, k: int = 3) -> list[Hit]:
        entries, scores = self.lexical.scores(query, language)
        order = np.argsort(-scores)[:k]
        return [
            Hit(entries[i], float(scores[i]), entries[i].title) for i in order if scores[i] >= self.min_score
        ]


class HybridRetriever:
    def __init__(
        self,
        dense: DenseIndex,
        lexical: LexicalIndex,
        min_score: float | dict[str, float] = 1.0,
        weight: float = 0.5,
        saturation: float = 10.0,
        candidates: int = 20,
    ) -> None:
        self.dense, self.lexical = dense, lexical
        self.min_score, self.weight, self.saturation = min_score, weight, saturation
        self.candidates = candidates

    def rebuild(self, entries: list[Entry]) -> None:
        live = [e for e in entries if e.is_live]
        self.dense.rebuild(live)
        self.lexical.rebuild(live)

    def threshold(self, language: str) -> float:
        """Scores differ by language (Vietnamese lessons share more words), so may thresholds."""
        if isinstance(self.min_score, dict):
            return self.min_score.get(language, max(self.min_score.values()))
        return self.min_score

    def search(self, query: str, language: Language, k: int = 3) -> list[Hit]:
        cut = self.threshold(language)
        return [h for h in self.ranked(query, language, k) if h.score >= cut]

    def ranked(self, query: str, language: Language, k: int = 3) -> list[Hit]:
        """The best `k` entries by hybrid score, before the confidence threshold."""
        if not query.strip():
            return []
        if language == "vi":
            query = expand_short_forms(query)  # "mk vneid quen r" is asked as "mat khau vneid quen roi"
        dense = self.dense.scores(query, language)
        entries, bm25 = self.lexical.scores(query, language)
        position = self.lexical.position(language)
        candidates = {dense.entries[i].id: dense.entries[i] for i in dense.best}
        for i in _top(bm25, self.candidates):
            if bm25[i] > 0:
                candidates.setdefault(entries[i].id, entries[i])
        dense_by_id = {dense.entries[i].id: value for i, value in dense.best.items()}
        hits = []
        for entry_id, entry in candidates.items():
            cosine, matched = dense_by_id.get(entry_id, (0.0, entry.title))
            lexical = float(bm25[position[entry_id]]) if entry_id in position else 0.0
            score = cosine + self.weight * lexical / (lexical + self.saturation)
            hits.append(Hit(entry, score, matched))
        return sorted(hits, key=lambda h: h.score, reverse=True)[:k]


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the k largest scores, without sorting the whole array."""
    if len(scores) <= k:
        return np.arange(len(scores))
    return np.argpartition(-scores, k)[:k]
