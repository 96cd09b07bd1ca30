"""Scores for the NLU evaluation: intent macro-F1, entity F1 and the intents most often confused."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from sklearn.metrics import accuracy_score, f1_score

from nlu.examples import Example, Span


@dataclass(frozen=True)
class Prediction:
    example: Example
    intent: str
    confidence: float
    entities: tuple[Span, ...]
    latency_ms: float


@dataclass(frozen=True)
class EntityScore:
    precision: float
    recall: float
    f1: float
    support: int


def intent_scores(predictions: list[Prediction]) -> dict[str, float]:
    """Macro-F1 over the intents that occur in the gold labels; a fallback counts as a miss."""
    gold = [p.example.intent for p in predictions]
    predicted = [p.intent for p in predictions]
    labels = sorted(set(gold))
    return {
        "intent_macro_f1": float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0)),
        "intent_accuracy": float(accuracy_score(gold, predicted)),
        "fallback_rate": sum(p.intent == "nlu_fallback" for p in predictions) / max(len(predictions), 1),
    }


def _span_keys(spans: tuple[Span, ...], entity: str | None) -> set[tuple[str, int, int]]:
    return {(s.entity, s.start, s.end) for s in spans if entity is None or s.entity == entity}


def entity_score(predictions: list[Prediction], entity: str | None = None) -> EntityScore:
    """Exact-span F1 (type, start and end must all match), for one entity type or all of them."""
    true_positives = predicted_total = gold_total = 0
    for p in predictions:
        gold = _span_keys(p.example.entities, entity)
        predicted = _span_keys(p.entities, entity)
        true_positives += len(gold & predicted)
        predicted_total += len(predicted)
        gold_total += len(gold)
    precision = true_positives / predicted_total if predicted_total else 0.0
    recall = true_positives / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return EntityScore(precision, recall, f1, gold_total)


def value_accuracy(predictions: list[Prediction], entity: str) -> float:
    """Share of gold spans found with the right normalised value (what the bot acts on)."""
    hits = total = 0
    for p in predictions:
        found = {(s.start, s.end): s.value for s in p.entities if s.entity == entity}
        for span in p.example.entities:
            if span.entity == entity:
                total += 1
                hits += found.get((span.start, span.end), "").casefold() == span.value.casefold()
    return hits / total if total else 0.0


def confused_pairs(predictions: list[Prediction], top: int = 10) -> list[tuple[str, str, int]]:
    counts = Counter((p.example.intent, p.intent) for p in predictions if p.intent != p.example.intent)
    return [(gold, predicted, n) for (gold, predicted), n in counts.most_common(top)]


def latency_percentiles(predictions: list[Prediction]) -> dict[str, float]:
    latencies = np.array([p.latency_ms for p in predictions])
    return {
        "parse_p50_ms": float(np.percentile(latencies, 50)),
        "parse_p95_ms": float(np.percentile(latencies, 95)),
    }
