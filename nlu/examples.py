"""Read and write Rasa's YAML training examples without Rasa.

The evaluation splits the examples into a training and a held-out part in the application's
environment, so it needs the annotated text (`[Zalo](app)`, `[bước 2]{"entity": "step_number",
"value": "2"}`) turned into plain text with entity spans, and back.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.yamlfile import load_yaml

ANNOTATION = re.compile(r"\[(?P<text>[^\[\]]+)\](?:\((?P<short>[^)]+)\)|(?P<json>\{[^}]*\}))")


@dataclass(frozen=True)
class Span:
    entity: str
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class Example:
    lang: str
    intent: str
    text: str
    entities: tuple[Span, ...] = field(default=())


def parse_annotated(line: str) -> tuple[str, tuple[Span, ...]]:
    """Plain text and entity spans of one annotated example."""
    parts: list[str] = []
    spans: list[Span] = []
    position = length = 0
    for match in ANNOTATION.finditer(line):
        before = line[position : match.start()]
        parts.append(before)
        length += len(before)
        surface = match.group("text")
        if match.group("json"):
            spec = json.loads(match.group("json"))
            entity, value = spec["entity"], str(spec.get("value", surface))
        else:
            entity, _, value = match.group("short").partition(":")
            value = value or surface
        spans.append(Span(entity, length, length + len(surface), value))
        parts.append(surface)
        length += len(surface)
        position = match.end()
    parts.append(line[position:])
    return "".join(parts), tuple(spans)


def annotate(example: Example) -> str:
    """The Rasa YAML form of an example; values equal to the surface text stay implicit."""
    out, position = [], 0
    for span in sorted(example.entities, key=lambda s: s.start):
        surface = example.text[span.start : span.end]
        out.append(example.text[position : span.start])
        if span.value == surface:
            out.append(f"[{surface}]({span.entity})")
        else:
            spec = json.dumps({"entity": span.entity, "value": span.value}, ensure_ascii=False)
            out.append(f"[{surface}]{spec}")
        position = span.end
    out.append(example.text[position:])
    return "".join(out)


def load_examples(data_dir: Path, languages: tuple[str, ...] = ("vi", "th", "en")) -> list[Example]:
    examples: list[Example] = []
    for lang in languages:
        document = load_yaml((data_dir / lang / "nlu.yml").read_text(encoding="utf-8"))
        for block in document.get("nlu", []):
            if "intent" not in block:
                continue
            for line in block["examples"].splitlines():
                line = line.strip()
                if line.startswith("- "):
                    text, spans = parse_annotated(line[2:].strip())
                    examples.append(Example(lang, block["intent"], text, spans))
    return examples


def write_examples(examples: list[Example], path: Path) -> None:
    """One Rasa NLU file holding these examples, grouped by intent in first-seen order."""
    by_intent: dict[str, list[str]] = {}
    for example in examples:
        by_intent.setdefault(example.intent, []).append(annotate(example))
    lines = ['version: "3.1"', "", "nlu:"]
    for intent, annotated in by_intent.items():
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {text}" for text in annotated]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
