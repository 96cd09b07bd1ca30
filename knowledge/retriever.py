"""Find the lesson that answers a learner's question, or admit there is none.

Each entry is indexed as several units: its title, every question phrasing trainers wrote
(encoded as queries, since they are questions too) and its answer (encoded as a passage).
An entry's score is its best unit's cosine similarity; below `min_score` nothing is returned,
so the bot says it does not know rather than guessing.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from knowledge.embedder import Embedder
from knowledge.schema import Entry, Language
from knowledge.text import strip_diacritics


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
    """Title and questions are encoded as queries, the answer as a passage.

    Vietnamese titles and questions are also indexed without diacritics: the embedding model
    reads "quen mat khau" far less well than "quên mật khẩu", and many learners type the former.
    """
    phrasings = [entry.title, *entry.questions]
    if entry.language == "vi":
        phrasings += [strip_diacritics(p) for p in phrasings]
    units = [_Unit(entry_index, text, "query") for text in dict.fromkeys(phrasings)]
    units.append(_Unit(entry_index, entry.answer, "document"))
    return units


class VectorCache:
    """Vectors by (model, kind, text) hash on disk, so restarts and edits embed only what is new."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._vectors: dict[str, np.ndarray] = {}
        if path and path.exists():
            with np.load(path) as data:
                self._vectors = _read(data)

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
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp.npz")  # processes sharing the cache
        keys = list(self._vectors)
        matrix = np.stack([self._vectors[k] for k in keys]) if keys else np.zeros((0, 0), np.float32)
        np.savez(tmp, keys=np.array(keys, dtype=str), vectors=matrix)
        tmp.replace(self.path)


def _read(data: np.lib.npyio.NpzFile) -> dict[str, np.ndarray]:
    """One matrix and its keys; a cache written by an older version (one array per key) also
    reads, more slowly: each array is a member of the zip file."""
    if set(data.files) == {"keys", "vectors"}:
        return dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    return {key: data[key] for key in data.files}


@dataclass(frozen=True)
class DenseScores:
    """Best cosine similarity per entry among the `depth` nearest units, with the unit that matched."""

    entries: list[Entry]
    best: dict[int, tuple[float, str]]


class DenseIndex:
    """Exact inner-product search (cosine on normalised vectors) with FAISS, one index per language.

    `index_factory` picks another FAISS index type for large collections (e.g. "HNSW32"); the
    default "Flat" is exact, and fast enough below a few hundred thousand units.
    """

    def __init__(
        self,
        embedder: Embedder,
        cache_path: Path | None = None,
        index_factory: str = "Flat",
        persist: bool = True,
    ) -> None:
        """`persist=False` reads the vector cache but never writes it (previews, throw-away indexes)."""
        self.embedder = embedder
        self._cache_path = cache_path
        self._persist = persist
        self._factory = index_factory
        self._by_language: dict[str, _LanguageIndex] = {}

    def rebuild(self, entries: list[Entry]) -> None:
        cache = VectorCache(self._cache_path)
        used: set[str] = set()
        built: dict[str, _LanguageIndex] = {}
        for language in sorted({e.language for e in entries}):
            subset = [e for e in entries if e.language == language]
            units = [u for i, e in enumerate(subset) for u in entry_units(i, e)]
            built[language] = self.index_vectors(subset, units, self._vectors(units, cache, used))
        if self._persist:
            cache.save(used)
        self._by_language = built

    def index_vectors(self, entries: list[Entry], units: list[_Unit], vectors: np.ndarray) -> _LanguageIndex:
        index = faiss.index_factory(vectors.shape[1], self._factory, faiss.METRIC_INNER_PRODUCT)
        if not index.is_trained:
            index.train(vectors)
        index.add(vectors)
        return _LanguageIndex(entries, units, index)

    def install(self, language: str, index: _LanguageIndex) -> None:
        """Serve a prebuilt language index (benchmarks build synthetic ones this way)."""
        self._by_language = {**self._by_language, language: index}

    def _vectors(self, units: list[_Unit], cache: VectorCache, used: set[str]) -> np.ndarray:
        keys = [VectorCache.key(self.embedder.name, u.kind, u.text) for u in units]
        used.update(keys)
        encoders = (("query", self.embedder.encode_queries), ("document", self.embedder.encode_documents))
        for kind, encode in encoders:
            todo = [i for i, u in enumerate(units) if u.kind == kind and cache.get(keys[i]) is None]
            if todo:
                for i, vector in zip(todo, encode([units[i].text for i in todo]), strict=True):
                    cache.put(keys[i], vector)
        return np.stack([cache.get(k) for k in keys]).astype(np.float32)

    def scores(self, query: str, language: str, depth: int = 64) -> DenseScores:
        lang_index = self._by_language.get(language)
        if lang_index is None:
            return DenseScores([], {})
        vector = self.embedder.encode_queries([query])
        found, ids = lang_index.index.search(vector, min(len(lang_index.units), depth))
        best: dict[int, tuple[float, str]] = {}
        for score, unit_id in zip(found[0], ids[0], strict=True):
            if unit_id < 0:
                continue
            unit = lang_index.units[unit_id]
            if unit.entry_index not in best:
                best[unit.entry_index] = (float(score), unit.text)
        return DenseScores(lang_index.entries, best)


class DenseRetriever:
    """Dense vectors alone: good at paraphrase, blind to exact numbers and names."""

    def __init__(self, dense: DenseIndex, min_score: float = 0.89) -> None:
        self.dense = dense
        self.min_score = min_score

    def rebuild(self, entries: list[Entry]) -> None:
        self.dense.rebuild([e for e in entries if e.is_live])

    def search(self, query: str, language: Language, k: int = 3) -> list[Hit]:
        if not query.strip():
            return []
        found = self.dense.scores(query, language)
        hits = [Hit(found.entries[i], score, text) for i, (score, text) in found.best.items()]
        hits = [h for h in hits if h.score >= self.min_score]
        return sorted(hits, key=lambda h: h.score, reverse=True)[:k]
