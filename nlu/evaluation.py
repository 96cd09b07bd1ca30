"""Held-out evaluation of the NLU pipeline, through a real Rasa server.

A fixed share of each (language, intent) group is held out, the pipeline is trained on the rest
with the same `rasa train nlu` the assistant uses, and every held-out message is parsed over HTTP,
so the latency is what the assistant will see. Lexicons (synonyms, regexes, lookup tables) stay in
the training data: they are shared vocabulary, not examples.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import shutil
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx
import yaml

from knowledge.yamlfile import load_yaml
from nlu.client import result_from_rasa
from nlu.examples import Example, Span, load_examples, write_examples
from nlu.metrics import (
    Prediction,
    confused_pairs,
    entity_score,
    intent_scores,
    latency_percentiles,
    value_accuracy,
)
from nlu.server import RasaServer, RasaServerConfig
from nlu.training import CONFIG, DATA_DIR, ensure_model

logger = logging.getLogger(__name__)

LANGUAGES = ("vi", "th", "en")
Tokenizer = Literal["multilingual", "whitespace"]
TOKENIZER_COMPONENTS = {
    "multilingual": "nlu.rasa_components.multilingual_tokenizer.MultilingualTokenizer",
    "whitespace": "WhitespaceTokenizer",
}


class EvaluationError(RuntimeError):
    """The evaluation could not run; the message says what to do."""


@dataclass(frozen=True)
class Split:
    train: list[Example]
    test: list[Example]


def split_examples(examples: list[Example], test_fraction: float = 0.25, seed: str = "hocvuso") -> Split:
    """Stratified and deterministic: the same data always gives the same split.

    Exact repeats (ignoring case) are dropped first so that no held-out message was also seen in
    training.
    """
    seen: set[tuple[str, str]] = set()
    groups: dict[tuple[str, str], list[Example]] = {}
    for example in examples:
        key = (example.lang, example.text.casefold().strip())
        if key not in seen:
            seen.add(key)
            groups.setdefault((example.lang, example.intent), []).append(example)
    train: list[Example] = []
    test: list[Example] = []
    for group in groups.values():
        ranked = sorted(group, key=lambda e: hashlib.sha256((seed + e.text).encode()).hexdigest())
        held = max(1, round(len(group) * test_fraction))
        test.extend(ranked[:held])
        train.extend(ranked[held:])
    return Split(train, test)


def prepare_training_files(
    split: Split, workdir: Path, tokenizer: Tokenizer, config: Path = CONFIG, lexicons: Path = DATA_DIR
) -> tuple[Path, Path]:
    """Write the training part and a config using the chosen tokenizer; returns (config, data dir)."""
    data_dir = workdir / "data"
    if data_dir.exists():
        shutil.rmtree(data_dir)
    for lang in LANGUAGES:
        write_examples([e for e in split.train if e.lang == lang], data_dir / lang / "nlu.yml")
    for lexicon in lexicons.glob("*.yml"):
        shutil.copy(lexicon, data_dir / lexicon.name)
    pipeline = load_yaml(config.read_text(encoding="utf-8"))
    if pipeline["pipeline"][0].get("name") != TOKENIZER_COMPONENTS[tokenizer]:
        pipeline["pipeline"][0] = {"name": TOKENIZER_COMPONENTS[tokenizer]}
    config_path = workdir / "config.yml"
    config_path.write_text(yaml.safe_dump(pipeline, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config_path, data_dir


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def parse_all(url: str, token: str, examples: list[Example], warm_up: int = 5) -> list[Prediction]:
    """Parse each message once, sequentially, timing the whole HTTP round trip."""
    predictions = []
    with httpx.Client(base_url=url, params={"token": token}, timeout=30) as http:
        for example in examples[:warm_up]:
            http.post("/model/parse", json={"text": example.text}).raise_for_status()
        for example in examples:
            started = time.perf_counter()
            response = http.post("/model/parse", json={"text": example.text})
            latency_ms = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            result = result_from_rasa(response.json())
            spans = tuple(
                Span(e.entity, e.start, e.end, e.value)
                for e in result.entities
                if e.start is not None and e.end is not None
            )
            predictions.append(
                Prediction(example, result.intent.name, result.intent.confidence, spans, latency_ms)
            )
    return predictions


def predict_with_model(
    venv: Path, model: Path, examples: list[Example], log_file: Path, attempts: int = 2
) -> list[Prediction]:
    """Parse the examples through a fresh server; a server that dies while starting gets one more
    try (on a fresh port) before the evaluation gives up and shows what it printed."""
    for attempt in range(1, attempts + 1):
        token = secrets.token_urlsafe(16)
        server = RasaServer(RasaServerConfig(venv, model, _free_port(), token, log_file), restart_pauses=())
        server.start()
        try:
            if server.wait_healthy(timeout=300):
                return parse_all(server.config.url, token, examples)
        finally:
            server.stop()
        logger.warning("Rasa server did not start with %s (attempt %d of %d)", model.name, attempt, attempts)
    raise EvaluationError(
        f"The Rasa server did not start with {model.name}; see {log_file}. It printed:\n"
        + _tail(log_file.with_suffix(".out"))
    )


def _tail(path: Path, lines: int = 25) -> str:
    if not path.exists():
        return "(nothing)"
    return "\n".join(path.read_text("utf-8", errors="replace").splitlines()[-lines:])


@dataclass
class NluEvaluation:
    tokenizer: Tokenizer
    split: Split
    predictions: list[Prediction]
    training_s: float
    trained_now: bool

    def language_summary(self, lang: str) -> dict[str, float]:
        subset = [p for p in self.predictions if p.example.lang == lang]
        entities = entity_score(subset)
        app = entity_score(subset, "app")
        return {
            **intent_scores(subset),
            "entity_f1": entities.f1,
            "app_entity_f1": app.f1,
            "app_value_accuracy": value_accuracy(subset, "app"),
            "test_examples": len(subset),
        }

    def entity_table(self, lang: str | None = None) -> dict[str, dict[str, float]]:
        subset = [p for p in self.predictions if lang is None or p.example.lang == lang]
        types = sorted({s.entity for p in subset for s in p.example.entities})
        return {t: vars(entity_score(subset, t)) for t in types}

    def confused(self, top: int = 10) -> list[tuple[str, str, int]]:
        return confused_pairs(self.predictions, top)

    def as_json(self) -> dict:
        return {
            **{lang: self.language_summary(lang) for lang in LANGUAGES},
            **latency_percentiles(self.predictions),
            "tokenizer": self.tokenizer,
            "train_examples": len(self.split.train),
            "test_examples": len(self.split.test),
            "training_s": round(self.training_s, 1),
            "trained_now": self.trained_now,
        }


@dataclass(frozen=True)
class EvalOptions:
    tokenizer: Tokenizer = "multilingual"
    test_fraction: float = 0.25
    config: Path = CONFIG
    data_dir: Path = DATA_DIR


def evaluate_nlu(venv: Path, workdir: Path, log_dir: Path, options: EvalOptions) -> NluEvaluation:
    """Train on the training part (cached by content hash) and score the held-out part."""
    if not (venv / "bin" / "rasa").exists():
        raise EvaluationError("The Rasa environment is missing; run `hocvuso setup` first.")
    split = split_examples(load_examples(options.data_dir, LANGUAGES), options.test_fraction)
    run_dir = workdir / options.tokenizer
    config, data_dir = prepare_training_files(
        split, run_dir, options.tokenizer, options.config, options.data_dir
    )
    started = time.perf_counter()
    model, trained_now = ensure_model(
        venv, run_dir / "models", log_dir / "eval-nlu-train.log", config, data_dir
    )
    training_s = time.perf_counter() - started
    predictions = predict_with_model(venv, model, split.test, log_dir / "eval-nlu-rasa.log")
    return NluEvaluation(options.tokenizer, split, predictions, training_s, trained_now)
