"""BM25 over lesson text: exact words a dense model can blur (hotline numbers, app names, "5656")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import bm25s
import numpy as np

from knowledge.schema import Entry
from knowledge.text import terms


def entry_document(entry: Entry) -> str:
    """Title and questions twice: they are how learners phrase things; the answer once."""
    phrasing = " ".join([entry.title, *entry.questions])
    return f"{phrasing} {phrasing} {entry.answer}"


@dataclass
class _LanguageBm25:
    entries: list[Entry]
    model: bm25s.BM25 | None
    position: dict[str, int]


class LexicalIndex:
    """One BM25 model per language, over one document per entry."""

    def __init__(self) -> None:
        self._by_language: dict[str, _LanguageBm25] = {}

    def rebuild(self, entries: list[Entry]) -> None:
        built: dict[str, _LanguageBm25] = {}
        for language in sorted({e.language for e in entries}):
            subset = [e for e in entries if e.language == language]
            corpus = [list(_document_terms(entry_document(e), language)) for e in subset]
            model = bm25s.BM25()
            model.index(corpus, show_progress=False)
            built[language] = _LanguageBm25(subset, model, {e.id: i for i, e in enumerate(subset)})
        self._by_language = built

    def position(self, language: str) -> dict[str, int]:
        """Entry id → its row in `scores`."""
        index = self._by_language.get(language)
        return index.position if index else {}

    def scores(self, query: str, language: str) -> tuple[list[Entry], np.ndarray]:
        """BM25 score of every entry of the language (zeros when no term is shared)."""
        index = self._by_language.get(language)
        if index is None or index.model is None:
            return [], np.zeros(0, dtype=np.float32)
        vocabulary = index.model.vocab_dict
        query_terms = [t for t in terms(query, language) if t in vocabulary]
        if not query_terms:
            return index.entries, np.zeros(len(index.entries), dtype=np.float32)
        return index.entries, np.asarray(index.model.get_scores(query_terms), dtype=np.float32)


@lru_cache(maxsize=8192)
def _document_terms(document: str, language: str) -> tuple[str, ...]:
    """Every reload re-indexes every entry; segmenting Thai and English takes most of that, and
    most entries have not changed since the last time."""
    return tuple(terms(document, language))
