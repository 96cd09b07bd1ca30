"""The training data, read the way the evaluation reads it."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from nlu.examples import Example, Span, annotate, load_examples, parse_annotated
from nlu.rasa_components.folding import fold
from nlu.training import DATA_DIR

REQUIRED_INTENTS = {
    "greet", "goodbye", "thanks", "ask_how_to", "ask_is_it_scam", "report_scam_victim", "start_quiz",
    "quiz_answer", "next_step", "repeat", "previous_step", "simpler", "my_progress", "change_language",
    "talk_to_human", "affirm", "deny", "bot_challenge", "out_of_scope",
}  # fmt: skip
MINIMUM_PER_INTENT = {"vi": 25, "th": 15, "en": 10}


@pytest.fixture(scope="module")
def examples() -> list[Example]:
    return load_examples(DATA_DIR)


def test_reads_both_annotation_forms() -> None:
    annotated = (
        'mở [định danh điện tử]{"entity": "app", "value": "VNeID"} '
        'ở [bước 2]{"entity": "step_number", "value": "2"} trên [Zalo](app)'
    )
    text, spans = parse_annotated(annotated)
    assert text == "mở định danh điện tử ở bước 2 trên Zalo"
    assert spans == (
        Span("app", 3, 20, "VNeID"),
        Span("step_number", 23, 29, "2"),
        Span("app", 35, 39, "Zalo"),
    )
    assert text[35:39] == "Zalo"


def test_annotation_round_trips_on_every_training_example(examples: list[Example]) -> None:
    assert all(parse_annotated(annotate(e)) == (e.text, e.entities) for e in examples)


@pytest.mark.parametrize("lang", ["vi", "th", "en"])
def test_every_intent_has_enough_examples(examples: list[Example], lang: str) -> None:
    counts = Counter(e.intent for e in examples if e.lang == lang)
    assert set(counts) >= REQUIRED_INTENTS
    thin = {intent: n for intent, n in counts.items() if n < MINIMUM_PER_INTENT[lang]}
    assert not thin, f"{lang} intents below {MINIMUM_PER_INTENT[lang]} examples: {thin}"


def test_app_entity_values_are_canonical_names(examples: list[Example]) -> None:
    """Every app the data names is one the synonym table knows, so the bot can act on the value."""
    synonyms = yaml.safe_load((DATA_DIR / "synonyms.yml").read_text(encoding="utf-8"))["nlu"]
    canonical = {block["synonym"] for block in synonyms if "synonym" in block}
    values = {s.value for e in examples for s in e.entities if s.entity == "app"}
    assert {"VNeID", "ThaID", "Zalo"} <= values
    assert values <= canonical, f"app values without a synonym entry: {values - canonical}"


def test_no_message_teaches_two_intents(examples: list[Example]) -> None:
    """One model serves all languages and reads folded text, so "k" (Vietnamese "không") cannot
    also be an English "ok"."""
    labels: dict[str, set[tuple[str, str]]] = {}
    for e in examples:
        key = " ".join(re.findall(r"\w+", fold(e.text)))
        labels.setdefault(key, set()).add((e.lang, e.intent))
    clashes = {text: found for text, found in labels.items() if len({i for _, i in found}) > 1}
    assert not clashes
