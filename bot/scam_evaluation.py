"""Measure the red-flag checker on labelled messages: is the verdict right, are the flags right?

A "scam" verdict is `likely_scam`. False alarms are harmless messages given that verdict: an
assistant that cries wolf at a grandchild's message teaches people to ignore it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter

from bot.redflags import Flag, check_message
from knowledge.yamlfile import load_yaml

DEVSET = Path(__file__).resolve().parent.parent / "knowledge" / "devset" / "scam-messages.yaml"
DEVSET_2 = DEVSET.with_name("scam-messages-dev-2.yaml")  # the first held-out set, since tuned on
DEVSET_3 = DEVSET.with_name("scam-messages-dev-3.yaml")  # English
DEVSET_4 = DEVSET.with_name("scam-messages-dev-4.yaml")  # the second held-out set (vi, th), since studied
DEVSET_5 = DEVSET.with_name("scam-messages-dev-5.yaml")  # the third held-out set (en), since tuned on
DEVSET_6 = DEVSET.with_name("scam-messages-dev-6.yaml")  # the fourth held-out set, since tuned on
DEVSET_7 = DEVSET.with_name("scam-messages-dev-7.yaml")  # the fifth held-out set, since tuned on
DEVSET_8 = DEVSET.with_name("scam-messages-dev-8.yaml")  # the sixth held-out set, since tuned on
DEVSETS = (DEVSET, DEVSET_2, DEVSET_3, DEVSET_4, DEVSET_5, DEVSET_6, DEVSET_7, DEVSET_8)
HOLDOUT = DEVSET.with_name("scam-messages-holdout-7.yaml")  # Vietnamese, Thai and English


class LabelledMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    lang: Literal["vi", "th", "en"]
    kind: Literal["sms", "chat", "email", "call"]
    label: Literal["scam", "harmless"]
    flags: list[Flag]
    text: str


def load_labelled(path: Path) -> list[LabelledMessage]:
    return TypeAdapter(list[LabelledMessage]).validate_python(load_yaml(path.read_text("utf-8")))


@dataclass(frozen=True)
class VerdictScore:
    scams: int
    harmless: int
    caught: int
    false_alarms: int

    @property
    def recall(self) -> float:
        return self.caught / self.scams if self.scams else 0.0

    @property
    def precision(self) -> float:
        flagged = self.caught + self.false_alarms
        return self.caught / flagged if flagged else 0.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.harmless if self.harmless else 0.0

    def as_json(self) -> dict[str, float | int]:
        return {
            "scams": self.scams,
            "harmless": self.harmless,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "false_alarm_rate": round(self.false_alarm_rate, 3),
        }


def score_verdicts(items: list[LabelledMessage]) -> VerdictScore:
    said_scam = {item.id: check_message(item.text).verdict == "likely_scam" for item in items}
    scams = [i for i in items if i.label == "scam"]
    harmless = [i for i in items if i.label == "harmless"]
    return VerdictScore(
        scams=len(scams),
        harmless=len(harmless),
        caught=sum(said_scam[i.id] for i in scams),
        false_alarms=sum(said_scam[i.id] for i in harmless),
    )


def score_flags(items: list[LabelledMessage]) -> dict[str, dict[str, float]]:
    """Per flag kind: how often a flag the checker names is one a careful reader named too."""
    found, expected, agreed = Counter(), Counter(), Counter()
    for item in items:
        predicted = check_message(item.text).kinds
        gold = set(item.flags)
        found.update(predicted)
        expected.update(gold)
        agreed.update(predicted & gold)
    return {
        kind: {
            "precision": round(agreed[kind] / found[kind], 3) if found[kind] else 0.0,
            "recall": round(agreed[kind] / expected[kind], 3) if expected[kind] else 0.0,
            "support": expected[kind],
        }
        for kind in sorted(expected | found)
    }


def misjudged(items: list[LabelledMessage]) -> list[tuple[str, str, str]]:
    """(id, label, verdict) for every item the verdict got wrong."""
    wrong = []
    for item in items:
        verdict = check_message(item.text).verdict
        if (verdict == "likely_scam") != (item.label == "scam"):
            wrong.append((item.id, item.label, verdict))
    return wrong


def evaluate_scam_checker(path: Path) -> dict:
    items = load_labelled(path)
    by_lang = {lang: [i for i in items if i.lang == lang] for lang in sorted({i.lang for i in items})}
    return {
        "set": path.name,
        "all": score_verdicts(items).as_json(),
        **{lang: score_verdicts(subset).as_json() for lang, subset in by_lang.items()},
        "flags": score_flags(items),
        "misjudged": [list(m) for m in misjudged(items)],
    }
