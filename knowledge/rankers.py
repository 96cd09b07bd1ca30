"""The three retrieval methods side by side, sharing one set of indexes, for evaluation."""

from __future__ import annotations

from pathlib import Path

from knowledge.calibration import load_calibration
from knowledge.embedder import load_embedder
from knowledge.evaluation import Ranker
from knowledge.hybrid import HybridRetriever, LexicalRetriever
from knowledge.lexical import LexicalIndex
from knowledge.loader import load_entries
from knowledge.retriever import DenseIndex, DenseRetriever


def build_rankers(model: str, cache_path: Path | None, kind: str = "onnx") -> dict[str, Ranker]:
    """Rankers that return every method's best entries before its confidence threshold."""
    live = [e for e in load_entries().entries if e.is_live]
    embedder = load_embedder(model, kind)
    embedder.warm_up()
    dense, lexical = DenseIndex(embedder, cache_path), LexicalIndex()
    dense.rebuild(live)
    lexical.rebuild(live)
    bm25 = LexicalRetriever(lexical, min_score=float("-inf"))
    dense_only = DenseRetriever(dense, min_score=float("-inf"))
    calibration = load_calibration()
    hybrid = HybridRetriever(dense, lexical, weight=calibration.weight, saturation=calibration.saturation)
    return {
        "bm25": lambda q, lang: bm25.search(q, lang, 10),
        "dense": lambda q, lang: dense_only.search(q, lang, 10),
        "hybrid": lambda q, lang: hybrid.ranked(q, lang, 10),
    }
