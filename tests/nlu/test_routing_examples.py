"""The classifier learns from the development routing sets, never from the calibration set the
router's thresholds are read off, nor from the held-out set."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from bot.routing.evaluation import CALIBRATION, HOLDOUT, load_cases
from nlu.examples import parse_annotated
from nlu.routing_examples import as_example, development_sets, entity_spans
from nlu.training import DATA_DIR


def routing_examples(lang: str) -> list[tuple[str, str]]:
    """(intent, text) for every example in a language's generated routing file."""
    document = yaml.safe_load((DATA_DIR / lang / "routing.yml").read_text("utf-8"))
    return [
        (block["intent"], parse_annotated(line.strip()[2:])[0])
        for block in document["nlu"]
        for line in block["examples"].splitlines()
        if line.strip().startswith("- ")
    ]


def test_only_development_sets_are_learnt_from() -> None:
    learnt = set(development_sets())
    assert learnt and all(path.name.startswith("dev") for path in learnt)
    assert CALIBRATION and not learnt & set(CALIBRATION)
    assert not learnt & set(HOLDOUT)


def test_no_calibration_message_is_in_the_training_data() -> None:
    """A message the calibration set shares word for word with a development set is allowed."""
    developed = {case.text for case in load_cases(development_sets())}
    kept_apart = [case for case in load_cases(CALIBRATION) if case.text not in developed]
    trained = {lang: {text for _, text in routing_examples(lang)} for lang in ("vi", "th", "en")}
    leaked = [
        example.text
        for example in filter(None, map(as_example, kept_apart))
        if example.text in trained[example.lang]
    ]
    assert not leaked


def test_every_development_message_is_in_the_training_data() -> None:
    """Counted per intent, so a change in how the guard hides secrets does not read as stale data."""
    examples = filter(None, map(as_example, load_cases(development_sets())))
    wanted = Counter((example.lang, example.intent) for example in examples)
    trained = Counter((lang, intent) for lang in ("vi", "th", "en") for intent, _ in routing_examples(lang))
    assert trained == wanted, "run `python -m nlu.routing_examples`"


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("chuyen 500k phi mo khoa tai vcb-hotro.top ngay", [("amount", "500k"), ("url", "vcb-hotro.top")]),
        ("mẹ lỡ chuyển 10 triệu cho nó rồi", [("amount", "10 triệu")]),
        ("โอนไป 1,200 บาทค่ะ แล้วชื่อไม่ตรง", [("amount", "1,200 บาท")]),
        (
            "I paid $50 at https://thaid-renew.com/pay.",
            [("amount", "$50"), ("url", "https://thaid-renew.com/pay")],
        ),
        ("năm 2024 bà 70 tuổi, ngày 1.5 đi chợ", []),
    ],
)
def test_sums_and_links_in_routing_messages_are_marked_as_entities(text: str, marked: list) -> None:
    """Unmarked, the thousands of sums in these messages would teach the extractor that a sum is none."""
    assert [(span.entity, text[span.start : span.end]) for span in entity_spans(text)] == marked
