"""Measure the guard on labelled messages: is every secret redacted, is harmless text left alone?

A secret counts as caught only if every one of its characters is inside a redaction: "731 [OTP]"
leaves half a code on screen, in the database and in the logs. A harmless message (prices,
dates, hotlines, class codes…) counts as a false redaction if anything in it is redacted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter, model_validator

from bot.safety.guard import Finding, find_secrets
from knowledge.yamlfile import load_yaml

DEVSET = Path(__file__).resolve().parents[2] / "knowledge" / "devset" / "secrets-dev.yaml"
# Each held-out set is scored once, then tuned on: held-out set N - 1 becomes secrets-dev-N.yaml
# (the README keeps each one's score), and secrets-holdout-N.yaml is the next one, not yet studied.
LAST_DEVSET = 46


def devset(number: int) -> Path:
    """The development set of that number: `secrets-dev.yaml` is the first."""
    return DEVSET if number == 1 else DEVSET.with_name(f"secrets-dev-{number}.yaml")


DEVSETS = tuple(devset(number) for number in range(1, LAST_DEVSET + 1))
HOLDOUT = DEVSET.with_name(f"secrets-holdout-{LAST_DEVSET}.yaml")


class LabelledText(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    lang: Literal["vi", "th", "en"]
    format: str
    text: str
    secrets: list[str]

    @model_validator(mode="after")
    def _secrets_occur_once(self) -> LabelledText:
        for secret in self.secrets:
            if self.text.count(secret) != 1:
                raise ValueError(f"{self.id}: secret {secret!r} must occur exactly once in its text")
        return self


def load_labelled(path: Path) -> list[LabelledText]:
    return TypeAdapter(list[LabelledText]).validate_python(load_yaml(path.read_text("utf-8")))


@dataclass
class LanguageScore:
    secrets: int = 0
    caught: int = 0
    harmless: int = 0
    false_redactions: int = 0
    extra_redactions: int = 0  # redactions in secret messages that cover no labelled secret

    @property
    def recall(self) -> float:
        return self.caught / self.secrets if self.secrets else 1.0

    @property
    def false_redaction_rate(self) -> float:
        return self.false_redactions / self.harmless if self.harmless else 0.0

    def as_json(self) -> dict[str, float | int]:
        return {
            "secrets": self.secrets,
            "caught": self.caught,
            "recall": round(self.recall, 4),
            "harmless": self.harmless,
            "false_redactions": self.false_redactions,
            "false_redaction_rate": round(self.false_redaction_rate, 4),
            "extra_redactions": self.extra_redactions,
        }


@dataclass
class RedactionReport:
    by_language: dict[str, LanguageScore] = field(default_factory=lambda: defaultdict(LanguageScore))
    by_format: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    missed: list[tuple[str, str]] = field(default_factory=list)  # (id, what stayed)
    falsely_redacted: list[tuple[str, str]] = field(default_factory=list)  # (id, what was redacted)

    def as_json(self) -> dict:
        return {
            "by_language": {lang: score.as_json() for lang, score in sorted(self.by_language.items())},
            "by_format": {fmt: {"caught": c, "of": n} for fmt, (c, n) in sorted(self.by_format.items())},
            "missed": [{"id": i, "secret": s} for i, s in self.missed],
            "falsely_redacted": [{"id": i, "redacted": s} for i, s in self.falsely_redacted],
        }


def _covered(start: int, end: int, findings: list[Finding]) -> bool:
    covered = [False] * (end - start)
    for finding in findings:
        for i in range(max(start, finding.start), min(end, finding.end)):
            covered[i - start] = True
    return all(covered)


def evaluate(items: list[LabelledText]) -> RedactionReport:
    report = RedactionReport()
    for item in items:
        findings = find_secrets(item.text)
        score = report.by_language[item.lang]
        if not item.secrets:
            score.harmless += 1
            if findings:
                score.false_redactions += 1
                report.falsely_redacted += [(item.id, item.text[f.start : f.end]) for f in findings]
            continue
        spans = [(item.text.index(s), item.text.index(s) + len(s)) for s in item.secrets]
        for (start, end), secret in zip(spans, item.secrets, strict=True):
            caught = _covered(start, end, findings)
            score.secrets += 1
            score.caught += caught
            report.by_format[item.format][0] += caught
            report.by_format[item.format][1] += 1
            if not caught:
                report.missed.append((item.id, secret))
        score.extra_redactions += sum(
            not any(f.start < end and start < f.end for start, end in spans) for f in findings
        )
    return report
