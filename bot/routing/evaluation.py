"""Score the router on labelled learner messages: the flow each got, against the flow it needed.

Two errors matter more than the rest, because they frighten people who did nothing wrong: the
emergency steps shown to someone who only asked a question, and a scam verdict given to a question.
Both are reported as rates next to plain accuracy, with the recall of the flows they guard.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter, field_validator

from knowledge.yamlfile import load_yaml

ROUTING_DIR = Path(__file__).resolve().parents[2] / "nlu" / "routing"
# The router's thresholds are read off the calibration set, which the intent classifier never
# sees (it learns from `dev*`, and on those it looks surer than it is). Both are development sets;
# the held-out set is scored once, never tuned on.
CALIBRATION = tuple(sorted(ROUTING_DIR.glob("calibration*.yaml")))
DEVSET = tuple(sorted(ROUTING_DIR.glob("dev*.yaml"))) + CALIBRATION
HOLDOUT = tuple(ROUTING_DIR / f"holdout23-{lang}.yaml" for lang in ("vi", "th", "en"))

FlowLabel = Literal[
    "answer",
    "emergency",
    "scam_check",
    "out_of_scope",
    "handoff",
    "quiz",
    "small_talk",
    "change_language",
    "bot_challenge",
]
Kind = Literal[
    "how_to",
    "about_risk",
    "pasted",
    "described",
    "victim",
    "own_secret",
    "out_of_scope",
    "person",
    "quiz",
    "chit_chat",
    "language",
]
QUESTION_KINDS = frozenset({"how_to", "about_risk", "own_secret", "out_of_scope"})


class RoutingCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    lang: Literal["vi", "th", "en"]
    kind: Kind
    flow: list[FlowLabel]  # the flows that are right; the first is the one meant
    lessons: list[str] = []

    @field_validator("flow", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value


def load_cases(paths: tuple[Path, ...] | list[Path]) -> list[RoutingCase]:
    cases: list[RoutingCase] = []
    for path in paths:
        document = load_yaml(path.read_text("utf-8"))
        cases += TypeAdapter(list[RoutingCase]).validate_python(document["messages"])
    return cases


@dataclass(frozen=True)
class Routed:
    """What the assistant did with one message."""

    flow: str  # as labelled: `answer`, `out_of_scope` (answered "I don't know"), `emergency`…
    entry_id: str | None = None  # the lesson shown first (or offered first when two were close)
    asked_country: bool = False  # an English speaker was asked their country before the lesson


@dataclass
class RoutingScore:
    cases: int = 0
    right_flow: int = 0
    not_emergencies: int = 0
    false_emergencies: int = 0
    questions: int = 0
    false_verdicts: int = 0
    emergencies: int = 0
    emergencies_caught: int = 0
    pasted: int = 0
    pasted_checked: int = 0
    answers: int = 0
    answers_hit: int = 0
    asked_country: int = 0
    confusion: Counter = field(default_factory=Counter)

    def add(self, case: RoutingCase, routed: Routed) -> None:
        self.cases += 1
        self.right_flow += routed.flow in case.flow
        self.confusion[(case.flow[0], routed.flow)] += 1
        if "emergency" not in case.flow:
            self.not_emergencies += 1
            self.false_emergencies += routed.flow == "emergency"
        if case.kind in QUESTION_KINDS and "scam_check" not in case.flow:
            self.questions += 1
            self.false_verdicts += routed.flow == "scam_check"
        if case.flow[0] == "emergency":
            self.emergencies += 1
            self.emergencies_caught += routed.flow == "emergency"
        if case.kind == "pasted":
            self.pasted += 1
            self.pasted_checked += routed.flow == "scam_check"
        if case.flow[0] == "answer" and routed.asked_country:
            self.asked_country += 1  # the lesson comes after the learner's answer: not scored
        elif case.flow[0] == "answer":
            self.answers += 1
            self.answers_hit += routed.flow == "answer" and routed.entry_id in case.lessons

    def as_json(self) -> dict:
        return {
            "messages": self.cases,
            "flow_accuracy": _ratio(self.right_flow, self.cases),
            "false_emergency_rate": _ratio(self.false_emergencies, self.not_emergencies),
            "false_scam_verdict_rate": _ratio(self.false_verdicts, self.questions),
            "emergency_recall": _ratio(self.emergencies_caught, self.emergencies),
            "pasted_checked_recall": _ratio(self.pasted_checked, self.pasted),
            "lesson_hit1": _ratio(self.answers_hit, self.answers),
            "counts": {
                "false_emergencies": f"{self.false_emergencies}/{self.not_emergencies}",
                "false_scam_verdicts": f"{self.false_verdicts}/{self.questions}",
                "emergencies_caught": f"{self.emergencies_caught}/{self.emergencies}",
                "pasted_checked": f"{self.pasted_checked}/{self.pasted}",
                "answers_hit": f"{self.answers_hit}/{self.answers}",
                "asked_country_first": self.asked_country,
            },
            "confusion": {f"{want}→{got}": n for (want, got), n in sorted(self.confusion.items())},
        }


def score(results: list[tuple[RoutingCase, Routed]]) -> dict[str, RoutingScore]:
    """Per language and for all messages together."""
    scores: dict[str, RoutingScore] = {}
    for case, routed in results:
        for group in (case.lang, "all"):
            scores.setdefault(group, RoutingScore()).add(case, routed)
    return dict(sorted(scores.items(), key=lambda item: item[0] == "all"))


def misrouted(results: list[tuple[RoutingCase, Routed]]) -> list[tuple[RoutingCase, Routed]]:
    return [
        (case, routed)
        for case, routed in results
        if routed.flow not in case.flow
        or (
            case.flow[0] == "answer"
            and routed.flow == "answer"
            and not routed.asked_country
            and routed.entry_id not in case.lessons
        )
    ]


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None
