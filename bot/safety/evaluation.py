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
DEVSET_2 = DEVSET.with_name("secrets-dev-2.yaml")  # the first held-out set, since tuned on
DEVSET_3 = DEVSET.with_name("secrets-dev-3.yaml")  # the second held-out set, since tuned on
DEVSET_4 = DEVSET.with_name("secrets-dev-4.yaml")  # the third held-out set, since tuned on
DEVSET_5 = DEVSET.with_name("secrets-dev-5.yaml")  # the fourth held-out set, since tuned on
DEVSET_6 = DEVSET.with_name("secrets-dev-6.yaml")  # the fifth held-out set, since tuned on
DEVSET_7 = DEVSET.with_name("secrets-dev-7.yaml")  # the sixth held-out set, since tuned on
DEVSET_8 = DEVSET.with_name("secrets-dev-8.yaml")  # the seventh held-out set, since tuned on
DEVSET_9 = DEVSET.with_name("secrets-dev-9.yaml")  # the eighth held-out set, since tuned on
DEVSET_10 = DEVSET.with_name("secrets-dev-10.yaml")  # the ninth held-out set, since tuned on
DEVSET_11 = DEVSET.with_name("secrets-dev-11.yaml")  # the tenth held-out set, since tuned on
DEVSET_12 = DEVSET.with_name("secrets-dev-12.yaml")  # the eleventh held-out set, since tuned on
DEVSET_13 = DEVSET.with_name("secrets-dev-13.yaml")  # the twelfth held-out set, since tuned on
DEVSET_14 = DEVSET.with_name("secrets-dev-14.yaml")  # the thirteenth held-out set, since tuned on
DEVSET_15 = DEVSET.with_name("secrets-dev-15.yaml")  # the fourteenth held-out set, since tuned on
DEVSET_16 = DEVSET.with_name("secrets-dev-16.yaml")  # the fifteenth held-out set, since tuned on
DEVSET_17 = DEVSET.with_name("secrets-dev-17.yaml")  # the sixteenth held-out set, since tuned on
DEVSET_18 = DEVSET.with_name("secrets-dev-18.yaml")  # the seventeenth held-out set, since tuned on
DEVSET_19 = DEVSET.with_name("secrets-dev-19.yaml")  # the eighteenth held-out set, since tuned on
DEVSET_20 = DEVSET.with_name("secrets-dev-20.yaml")  # the nineteenth held-out set, since tuned on
DEVSET_21 = DEVSET.with_name("secrets-dev-21.yaml")  # the twentieth held-out set, since tuned on
DEVSET_22 = DEVSET.with_name("secrets-dev-22.yaml")  # the twenty-first held-out set, since tuned on
DEVSET_23 = DEVSET.with_name("secrets-dev-23.yaml")  # the twenty-second held-out set, since tuned on
DEVSET_24 = DEVSET.with_name("secrets-dev-24.yaml")  # the twenty-third held-out set, since tuned on
DEVSET_25 = DEVSET.with_name("secrets-dev-25.yaml")  # the twenty-fourth held-out set, since tuned on
DEVSET_26 = DEVSET.with_name("secrets-dev-26.yaml")  # the twenty-fifth held-out set, since tuned on
DEVSET_27 = DEVSET.with_name("secrets-dev-27.yaml")  # the twenty-sixth held-out set, since tuned on
DEVSET_28 = DEVSET.with_name("secrets-dev-28.yaml")  # the twenty-seventh held-out set, since tuned on
DEVSET_29 = DEVSET.with_name("secrets-dev-29.yaml")  # the twenty-eighth held-out set, since tuned on
DEVSET_30 = DEVSET.with_name("secrets-dev-30.yaml")  # the twenty-ninth held-out set, since tuned on
DEVSET_31 = DEVSET.with_name("secrets-dev-31.yaml")  # the thirtieth held-out set, since tuned on
DEVSET_32 = DEVSET.with_name("secrets-dev-32.yaml")  # the thirty-first held-out set, since tuned on
DEVSET_33 = DEVSET.with_name("secrets-dev-33.yaml")  # the thirty-second held-out set, since tuned on
DEVSET_34 = DEVSET.with_name("secrets-dev-34.yaml")  # the thirty-third held-out set, since tuned on
DEVSET_35 = DEVSET.with_name("secrets-dev-35.yaml")  # the thirty-fourth held-out set, since tuned on
DEVSET_36 = DEVSET.with_name("secrets-dev-36.yaml")  # the thirty-fifth held-out set, since tuned on
DEVSET_37 = DEVSET.with_name("secrets-dev-37.yaml")  # the thirty-sixth held-out set, since tuned on
DEVSET_38 = DEVSET.with_name("secrets-dev-38.yaml")  # the thirty-seventh held-out set, since tuned on
DEVSET_39 = DEVSET.with_name("secrets-dev-39.yaml")  # the thirty-eighth held-out set, since tuned on
DEVSET_40 = DEVSET.with_name("secrets-dev-40.yaml")  # the thirty-ninth held-out set, since tuned on
DEVSETS = (
    DEVSET,
    DEVSET_2,
    DEVSET_3,
    DEVSET_4,
    DEVSET_5,
    DEVSET_6,
    DEVSET_7,
    DEVSET_8,
    DEVSET_9,
    DEVSET_10,
    DEVSET_11,
    DEVSET_12,
    DEVSET_13,
    DEVSET_14,
    DEVSET_15,
    DEVSET_16,
    DEVSET_17,
    DEVSET_18,
    DEVSET_19,
    DEVSET_20,
    DEVSET_21,
    DEVSET_22,
    DEVSET_23,
    DEVSET_24,
    DEVSET_25,
    DEVSET_26,
    DEVSET_27,
    DEVSET_28,
    DEVSET_29,
    DEVSET_30,
    DEVSET_31,
    DEVSET_32,
    DEVSET_33,
    DEVSET_34,
    DEVSET_35,
    DEVSET_36,
    DEVSET_37,
    DEVSET_38,
    DEVSET_39,
    DEVSET_40,
)
HOLDOUT = DEVSET.with_name("secrets-holdout-40.yaml")


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
