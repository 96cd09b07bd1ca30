"""The held-out split and the scores, on small hand-made predictions."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from nlu.eval_report import write_report
from nlu.evaluation import NluEvaluation, Split, prepare_training_files, split_examples
from nlu.examples import Example, Span, load_examples
from nlu.metrics import Prediction, confused_pairs, entity_score, intent_scores, value_accuracy
from nlu.training import DATA_DIR


@pytest.fixture(scope="module")
def split() -> Split:
    return split_examples(load_examples(DATA_DIR), test_fraction=0.25)


def test_split_is_stratified_disjoint_and_repeatable(split: Split) -> None:
    seen = {(e.lang, e.text.casefold()) for e in split.train}
    assert not [e for e in split.test if (e.lang, e.text.casefold()) in seen]
    test_counts = Counter((e.lang, e.intent) for e in split.test)
    train_counts = Counter((e.lang, e.intent) for e in split.train)
    assert set(test_counts) == set(train_counts)
    for group, held in test_counts.items():
        assert 0.15 <= held / (held + train_counts[group]) <= 0.35, group
    again = split_examples(load_examples(DATA_DIR), test_fraction=0.25)
    assert [e.text for e in again.test] == [e.text for e in split.test]


def test_training_files_swap_only_the_tokenizer(split: Split, tmp_path: Path) -> None:
    config, data_dir = prepare_training_files(split, tmp_path, "whitespace")
    assert "- name: WhitespaceTokenizer" in config.read_text(encoding="utf-8")
    assert "DIETClassifier" in config.read_text(encoding="utf-8")
    written = load_examples(data_dir)
    assert len(written) == len(split.train)
    assert (data_dir / "synonyms.yml").is_file()


def _prediction(intent: str, predicted: str, gold: tuple[Span, ...] = (), found: tuple[Span, ...] = ()):
    return Prediction(Example("vi", intent, "mo app Zalo", gold), predicted, 0.9, found, 12.0)


def test_intent_scores_count_a_fallback_as_a_miss() -> None:
    predictions = [
        _prediction("greet", "greet"),
        _prediction("greet", "nlu_fallback"),
        _prediction("thanks", "thanks"),
        _prediction("thanks", "thanks"),
    ]
    scores = intent_scores(predictions)
    assert scores["intent_accuracy"] == 0.75
    assert scores["fallback_rate"] == 0.25
    assert scores["intent_macro_f1"] == pytest.approx((2 / 3 + 1.0) / 2)
    assert confused_pairs(predictions) == [("greet", "nlu_fallback", 1)]


def test_entity_f1_needs_the_exact_span() -> None:
    zalo = Span("app", 7, 11, "Zalo")
    predictions = [
        _prediction("ask_how_to", "ask_how_to", (zalo,), (zalo,)),
        _prediction("ask_how_to", "ask_how_to", (zalo,), (Span("app", 3, 11, "Zalo"),)),
        _prediction("ask_how_to", "ask_how_to", (), (Span("topic", 0, 2, "scams"),)),
    ]
    app = entity_score(predictions, "app")
    assert (app.precision, app.recall, app.support) == (0.5, 0.5, 2)
    assert entity_score(predictions).precision == pytest.approx(1 / 3)
    assert value_accuracy(predictions, "app") == 0.5


def test_report_has_markdown_json_and_image(split: Split, tmp_path: Path) -> None:
    predictions = [
        Prediction(e, e.intent if i % 4 else "out_of_scope", 0.8, e.entities, 10.0 + i)
        for i, e in enumerate(split.test)
    ]
    evaluation = NluEvaluation("multilingual", split, predictions, training_s=1.0, trained_now=False)
    paths = write_report(evaluation, tmp_path)
    assert "| vi |" in paths["markdown"].read_text(encoding="utf-8")
    assert '"intent_macro_f1"' in paths["json"].read_text(encoding="utf-8")
    assert paths["image"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert evaluation.as_json()["vi"]["entity_f1"] == 1.0
    assert evaluation.as_json()["vi"]["intent_macro_f1"] < 1.0
