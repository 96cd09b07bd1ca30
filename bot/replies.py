"""Channel-neutral replies: what the bot says, not how a channel draws it."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Button(BaseModel):
    title: str
    payload: str = Field(description="Sent back as the learner's next message when pressed.")


class Message(BaseModel):
    text: str
    buttons: list[Button] = Field(default_factory=list)


class IntentInfo(BaseModel):
    name: str
    confidence: float


class SourceRef(BaseModel):
    title: str
    url: str | None = None


class Reply(BaseModel):
    messages: list[Message]
    intent: IntentInfo
    lang: str
    sources: list[SourceRef] = Field(default_factory=list)
    entry_id: str | None = None
    step: int | None = Field(None, description="The walkthrough step shown, counting from 1.")
    total_steps: int | None = None
    degraded: bool = Field(False, description="True when the NLU service was unavailable for this turn.")
    redacted: list[str] = Field(
        default_factory=list, description="Kinds of secret removed from the learner's message (never values)."
    )
    learner_text: str | None = Field(
        None,
        description="The learner's message as kept, secrets replaced; set only when something was "
        "redacted, so a chat window can stop showing the secret too, or when the text was read off "
        "a screenshot.",
    )
