"""What every flow receives and hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.policy import Decision
from bot.replies import IntentInfo, Reply
from bot.state import ConversationState
from knowledge.library import Library
from knowledge.retriever import Hit
from nlu.client import NluResult
from nlu.language import Lang

if TYPE_CHECKING:
    from quizzes.engine import QuizEngine


@dataclass
class Turn:
    """One learner message on its way through a flow. Flows update `state` in place."""

    learner_id: str
    text: str  # already redacted by the safety guard
    lang: Lang
    nlu: NluResult | None
    state: ConversationState
    decision: Decision
    library: Library
    quizzes: QuizEngine | None = None
    hits: list[Hit] | None = None  # retrieval's best lessons, when the router asked for them
    unanswered: bool = False
    handoff_reason: str | None = None
    wait_minutes: int | None = None  # how long learners waited for a person lately, if known
    notes: list[str] = field(default_factory=list)
    address: str | None = None  # the client's network address, when the channel knows it
    from_image: bool = False  # the text was read off a screenshot the learner sent

    @property
    def intent(self) -> IntentInfo:
        if self.text.startswith("/"):
            return IntentInfo(name=f"command_{self.text[1:].split(' ')[0]}", confidence=1.0)
        if self.from_image:  # never parsed: a screenshot is always checked as a forwarded message
            return IntentInfo(name="screenshot", confidence=1.0)
        if self.nlu is None:
            return IntentInfo(name="unknown", confidence=0.0)
        return IntentInfo(name=self.nlu.intent.name, confidence=self.nlu.intent.confidence)

    @property
    def degraded(self) -> bool:
        return self.nlu is None and not self.text.startswith("/") and not self.from_image

    def reply(self, **fields) -> Reply:
        return Reply(intent=self.intent, lang=self.lang, degraded=self.degraded, **fields)
