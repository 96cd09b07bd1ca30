"""The NLU pipeline on held-out examples, trained and served by real Rasa (the model is cached).

This is the acceptance bar: if new training data or a pipeline change makes the assistant
understand learners worse, this fails and says by how much.
"""

from __future__ import annotations

import pytest

from nlu.evaluation import EvalOptions, NluEvaluation, evaluate_nlu
from tests.conftest import BUILT

pytestmark = pytest.mark.rasa

INTENT_BAR = {"vi": 0.92, "th": 0.88, "en": 0.88}


@pytest.fixture(scope="module")
def multilingual() -> NluEvaluation:
    return evaluate_nlu(BUILT.rasa_venv, BUILT.nlu_eval_dir, BUILT.log_dir, EvalOptions("multilingual"))


@pytest.mark.parametrize("lang", ["vi", "th", "en"])
def test_intents_are_understood_in_every_language(multilingual: NluEvaluation, lang: str) -> None:
    summary = multilingual.language_summary(lang)
    assert summary["intent_macro_f1"] >= INTENT_BAR[lang], multilingual.confused()
    assert summary["app_entity_f1"] >= 0.85


def test_parsing_is_fast_through_the_server(multilingual: NluEvaluation) -> None:
    """The bar is 50 ms at p95 (`hocvuso eval nlu` on a quiet machine measures about 22 ms); the
    suite's other worker shares the two cores meanwhile, so the median is held to it here and the
    p95 only to twice that."""
    figures = multilingual.as_json()
    assert figures["parse_p50_ms"] <= 50 and figures["parse_p95_ms"] <= 100, figures


@pytest.mark.slow
def test_whitespace_tokenizer_loses_thai_entities(multilingual: NluEvaluation) -> None:
    """Without word segmentation a Thai entity is part of one long space-free token, so it cannot
    be extracted; Thai intents survive on character n-grams, so the drop shows in entities.

    Slow (a second evaluation model) and outside `make test`, which must fit CI's time budget;
    the figures it checks are in the README, from `hocvuso eval nlu --tokenizer whitespace`."""
    whitespace = evaluate_nlu(BUILT.rasa_venv, BUILT.nlu_eval_dir, BUILT.log_dir, EvalOptions("whitespace"))
    ours, theirs = multilingual.language_summary("th"), whitespace.language_summary("th")
    assert ours["entity_f1"] - theirs["entity_f1"] >= 0.2
    assert ours["app_entity_f1"] - theirs["app_entity_f1"] >= 0.3
