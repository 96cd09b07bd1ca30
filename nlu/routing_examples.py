"""Teach the intent classifier how learners really write, from the development routing sets.

The first NLU examples were written keyword-first, so "a question *about* codes" and "I *gave*
my code away" looked alike to the model. The development routing sets (`nlu/routing/dev*.yaml`)
hold long, rambling, diacritic-free messages labelled by the flow they need; each kind maps to
the intent that leads there. The calibration set is never used here (the router's thresholds are
read off it because the classifier never saw it), nor is the held-out set.

    python -m nlu.routing_examples   # rewrites nlu/data/<lang>/routing.yml
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.links.urls import find_links
from bot.routing.evaluation import CALIBRATION, HOLDOUT, ROUTING_DIR, RoutingCase, load_cases
from bot.safety import redact
from nlu.examples import Example, Span, write_examples

DATA_DIR = Path(__file__).parent / "data"
INTENT_OF_KIND = {
    "victim": "report_scam_victim",
    "how_to": "ask_how_to",
    "about_risk": "ask_how_to",
    "own_secret": "ask_how_to",
    "pasted": "ask_is_it_scam",
    "described": "ask_is_it_scam",
    "out_of_scope": "out_of_scope",
    "person": "talk_to_human",
    "language": "change_language",
}
# A sum with its unit, marked as the hand-written examples mark it ("500k", "10 triệu", "1,200 บาท",
# "$50"). Left unmarked, the thousands of sums in these messages teach the entity extractor that a
# sum is no amount. Bounded runs and one optional space: linear time.
AMOUNT = re.compile(
    r"(?<![\w.,])\d(?:[\d.,]{0,15}\d)? ?"
    r"(?:k|nghìn|nghin|ngàn|ngan|triệu|trieu|tr|tỷ|ty|đồng|dong|đ|d|vnđ|vnd|baht|บาท|usd)(?![a-z0-9])"
    r"|\$\d(?:[\d.,]{0,15}\d)?",
    re.IGNORECASE,
)


def development_sets() -> list[Path]:
    """Every `dev*` routing set, and never a calibration or held-out one, whatever its name."""
    kept_apart = {*CALIBRATION, *HOLDOUT}
    return sorted(p for p in ROUTING_DIR.glob("dev*.yaml") if p not in kept_apart)


def as_example(case: RoutingCase) -> Example | None:
    """The message as the NLU server would see it: secrets hidden, on one line."""
    intent = INTENT_OF_KIND.get(case.kind)
    if intent is None or (case.kind == "about_risk" and case.flow[0] == "out_of_scope"):
        return None
    text, _ = redact(" ".join(case.text.split()))
    return Example(case.lang, intent, text, entity_spans(text))


def entity_spans(text: str) -> tuple[Span, ...]:
    """The sums and links in a message, as the entity extractor should learn to find them."""
    found = [Span("amount", m.start(), m.end(), m.group(0)) for m in AMOUNT.finditer(text)]
    for link in find_links(text):
        start = text.find(link.written)
        if start >= 0:
            found.append(Span("url", start, start + len(link.written), link.written))
    kept: list[Span] = []
    for span in sorted(found, key=lambda s: s.start):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return tuple(kept)


def write_routing_examples(data_dir: Path = DATA_DIR) -> dict[str, int]:
    examples = [e for e in map(as_example, load_cases(development_sets())) if e is not None]
    counts = {}
    for lang in ("vi", "th", "en"):
        chosen = sorted((e for e in examples if e.lang == lang), key=lambda e: e.intent)
        write_examples(chosen, data_dir / lang / "routing.yml")
        counts[lang] = len(chosen)
    return counts


if __name__ == "__main__":
    print(write_routing_examples())
