"""Request and response bodies of the public HTTP API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from api.protection.learner_ids import reserved
from bot.replies import Reply


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    user_id: str = Field(
        min_length=1,
        max_length=128,
        pattern=r"^[A-Za-z0-9_.:@-]+$",
        description="A stable, anonymous id of the learner; ids starting with 'zalo:' belong to Zalo.",
        json_schema_extra={"not": {"pattern": "^[Zz][Aa][Ll][Oo]:"}},
    )
    text: str = Field(
        min_length=1,
        description="What the learner wrote, or a button's payload; not only spaces.",
        json_schema_extra={"pattern": "\\S"},
    )
    message_id: str | None = Field(
        None,
        max_length=64,
        pattern=r"^[A-Za-z0-9_.:-]+$",
        description="Set by clients that may resend a message: a resend gets the first reply again.",
    )
    lang: Literal["vi", "th", "en"] | None = Field(
        None,
        description="The chat window's language, used until the learner's own words show theirs "
        "(a first message may be a button press, which says nothing about language).",
    )

    @field_validator("user_id")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if reserved(value):
            raise ValueError("ids that start with a channel's prefix (zalo:) belong to that channel")
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty: send what the learner wrote")
        return value


class ChatResponse(Reply):
    """The bot's reply; fields are only ever added to this contract, never renamed."""


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    nlu: Literal["ok", "down"]
    database: Literal["ok", "down"]
    lessons: int
    ocr: Literal["ok", "missing"] = Field(
        "missing",
        description="Screenshots can be read: Tesseract and its Vietnamese, Thai and English data are "
        "installed. Without them the bot says it cannot read images yet; chat is not affected.",
    )
