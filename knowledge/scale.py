"""How hybrid retrieval scales: a synthetic collection of many entries, real queries.

Embedding hundreds of thousands of texts would take hours on two cores, so synthetic entries
reuse real lessons' wording (shuffled and mixed, for BM25) and real lessons' vectors plus
Gaussian noise (for FAISS). Queries are real development-set questions, encoded by the real
model, so the measured time is what a learner would wait: query encoding, FAISS search, BM25
scoring and fusion.
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import dataclass

import numpy as np

from knowledge.embedder import Embedder
from knowledge.hybrid import HybridRetriever
from knowledge.lexical import LexicalIndex
from knowledge.retriever import DenseIndex, entry_units
from knowledge.schema import Entry


@dataclass
class ScaleResult:
    entries: int
    units: int
    index_type: str
    build_s: float
    p50_ms: float
    p95_ms: float


def synthetic_entries(seeds: list[Entry], count: int, rng: random.Random) -> list[Entry]:
    words = [w for e in seeds for q in e.questions for w in q.split()]
    out = []
    for i in range(count):
        base = seeds[i % len(seeds)]
        questions = [" ".join(rng.sample(words, 6)) + " " + q for q in base.questions[:3]]
        out.append(base.model_copy(update={"id": f"{base.language}.synthetic.e{i}", "questions": questions}))
    return out


def synthetic_vectors(seed_vectors: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    picks = seed_vectors[rng.integers(0, len(seed_vectors), count)]
    noisy = picks + rng.normal(0, 0.03, picks.shape).astype(np.float32)
    return (noisy / np.linalg.norm(noisy, axis=1, keepdims=True)).astype(np.float32)


def measure(
    embedder: Embedder, seeds: list[Entry], queries: list[str], count: int, index_type: str
) -> ScaleResult:
    language = seeds[0].language
    entries = synthetic_entries(seeds, count, random.Random(7))
    units = [u for i, e in enumerate(entries) for u in entry_units(i, e)]
    seed_vectors = embedder.encode_queries([e.title for e in seeds])
    vectors = synthetic_vectors(seed_vectors, len(units), np.random.default_rng(7))
    started = time.perf_counter()
    dense, lexical = DenseIndex(embedder, None, index_type), LexicalIndex()
    dense.install(language, dense.index_vectors(entries, units, vectors))
    lexical.rebuild(entries)
    build_s = time.perf_counter() - started
    hybrid = HybridRetriever(dense, lexical)
    hybrid.ranked(queries[0], language)
    timings = []
    for query in queries:
        begin = time.perf_counter()
        hybrid.ranked(query, language)
        timings.append((time.perf_counter() - begin) * 1000)
    timings.sort()
    return ScaleResult(
        count,
        len(units),
        index_type,
        build_s,
        statistics.median(timings),
        timings[int(0.95 * (len(timings) - 1))],
    )
