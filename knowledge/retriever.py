"""Find the lesson that answers a learner's question, or admit there is none.

Each entry is indexed as several units: its title, every question phrasing trainers wrote
(encoded as queries, since they are questions too) and its answer (encoded as a passage).
An entry's score is its best unit's cosine similarity; below `min_score` nothing is returned,
so the bot says it does not know rather than guessing.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from knowledge.embedder import Embedder
from knowledge.schema import Entry, Language


@dataclass(frozen=True)
class Hit:
    entry: Entry
    score: float
    matched: str


class Retriever(Protocol):
    """Ranks live entries for a question in one language.

    `search` returns at most `k` hits, best first, all at or above the retriever's confidence
    threshold (an empty list means "no lesson answers this"). `rebuild` swaps in a new set of
    entries atomically; searches running meanwhile see the old or the new set, never a mix.
    """

    def search(self, query: str, language: Language, k: int = 3) -> list[Hit]: ...

    def rebuild(self, entries: list[Entry]) -> None: ...


@dataclass(frozen=True)
class _Unit:
    entry_index: int
    text: str
    kind: str  # "query" or "document": how it is encoded


@dataclass
class _LanguageIndex:
    entries: list[Entry]
    units: list[_Unit]
    index: faiss.Index


def entry_units(entry_index: int, entry: Entry) -> list[_Unit]:
    units = [_Unit(entry_index, entry.title, "query")]
    units += [_Unit(entry_index, q, "query") for q in entry.questions]
    units.append(_Unit(entry_index, entry.answer, "document"))
    return units


class VectorCache:
    """Vectors by (model, kind, text) hash on disk, so restarts and edits embed only what is new."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._vectors: dict[str, np.ndarray] = {}
        if path and path.exists():
            with np.load(path) as data:
                self._vectors = {key: data[key] for key in data.files}

    @staticmethod
    def key(model: str, kind: str, text: str) -> str:
        return hashlib.sha256(f"{model}\x00{kind}\x00{text}".encode()).hexdigest()[:32]

    def get(self, key: str) -> np.ndarray | None:
        return self._vectors.get(key)

    def put(self, key: str, vector: np.ndarray) -> None:
        self._vectors[key] = vector

    def save(self, keep: set[str]) -> None:
        if not self.path:
            return
        self._vectors = {k: v for k, v in self._vectors.items() if k in keep}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, **self._vectors)
        tmp.replace(self.path)


class DenseRetriever:
    """Exact inner-product search (cosine on normalised vectors) with FAISS, one index per language."""

    def __init__(self, embedder: Embedder, min_score: float = 0.8, cache_path: Path | None = None) -> None:
        self.embedder = embedder
        self.min_score = min_score
        self._cache_path = cache_path
        self._by_language: dict[str, _LanguageIndex] = {}
        self._swap = threading.Lock()

    def rebuild(self, entries: list[Entry]) -> None:
        live = [e for e in entries if e.is_live]
        cache = VectorCache(self._cache_path)
        used: set[str] = set()
        built: dict[str, _LanguageIndex] = {}
        for language in sorted({e.language for e in live}):
            subset = [e for e in live if e.language == language]
            units = [u for i, e in enumerate(subset) for u in entry_units(i, e)]
            vectors = self._vectors(units, cache, used)
            index = faiss.IndexFlatIP(vectors.shape[1])
            index.add(vectors)
            built[language] = _LanguageIndex(subset, units, index)
        cache.save(used)
        with self._swap:
            self._by_language = built

    def _vectors(self, units: list[_Unit], cache: VectorCache, used: set[str]) -> np.ndarray:
        keys = [VectorCache.key(self.embedder.name, u.kind, u.text) for u in units]
        used.update(keys)
        for kind, encode in (
            ("query", self.embedder.encode_queries),
            ("document", self.embedder.encode_documents),
        ):
            todo = [i for i, u in enumerate(units) if u.kind == kind and cache.get(keys[i]) is None]
            if todo:
                for i, vector in zip(todo, encode([units[i].text for i in todo]), strict=True):
                    cache.put(keys[i], vector)
        return np.stack([cache.get(k) for k in keys]).astype(np.float32)

    def search(self, query: str, language: Language, k: int = 3) -> list[Hit]:
        with self._swap:
            lang_index = self._by_language.get(language)
        if lang_index is None or not query.strip():
            return []
        vector = self.embedder.encode_queries([query])
        scores, ids = lang_index.index.search(vector, min(len(lang_index.units), k * 8))
        best: dict[int, Hit] = {}
        for score, unit_id in zip(scores[0], ids[0], strict=True):
            if unit_id < 0 or score < self.min_score:
                continue
            unit = lang_index.units[unit_id]
            if unit.entry_index not in best:
                best[unit.entry_index] = Hit(lang_index.entries[unit.entry_index], float(score), unit.text)
        return sorted(best.values(), key=lambda h: h.score, reverse=True)[:k]

    @property
    def size(self) -> int:
        return sum(len(ix.entries) for ix in self._by_language.values())
