"""The knowledge entry: one lesson a learner can ask about, as trainers write it in YAML.

The schema is strict on purpose: an elderly learner will act on these answers, so every
entry must carry its sources and the date a person last checked it against them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

Language = Literal["vi", "th", "en"]
Topic = Literal["vneid", "thaid", "payments", "scams"]
Level = Literal["beginner", "intermediate", "advanced"]
Status = Literal["draft", "review", "published", "archived"]

ENTRY_ID = re.compile(r"^(vi|th|en)\.[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$")


def has_diacritics(text: str) -> bool:
    """True when the text holds a combining mark or a Vietnamese letter such as đ."""
    decomposed = unicodedata.normalize("NFD", text)
    return any(unicodedata.combining(c) for c in decomposed) or "đ" in text.lower()


class Source(BaseModel):
    """Where a fact comes from: a web page (url) or a printed document (document)."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=3)
    url: HttpUrl | None = None
    document: str | None = None

    @model_validator(mode="after")
    def _needs_a_reference(self) -> Source:
        if self.url is None and not self.document:
            raise PydanticCustomError(
                "source_reference", "give either 'url' or 'document' so a reviewer can check the fact"
            )
        return self


class Step(BaseModel):
    """One step of a walkthrough; `simpler` is the plainer wording offered on request."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=3)
    simpler: str | None = None


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str
    language: Language
    topic: Topic
    title: str = Field(min_length=3, max_length=120)
    questions: list[str] = Field(min_length=3)
    answer: str = Field(min_length=10, max_length=800)
    steps: list[Step] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    level: Level = "beginner"
    sources: list[Source] = Field(min_length=1)
    reviewed_on: dt.date
    status: Status = "draft"
    review_note: str | None = Field(default=None, validate_default=True)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not ENTRY_ID.match(value):
            raise PydanticCustomError(
                "entry_id_shape", "use '<language>.<topic-or-group>.<slug>', e.g. 'vi.vneid.forgot-password'"
            )
        return value

    @field_validator("steps", mode="before")
    @classmethod
    def _plain_steps(cls, value: object) -> object:
        if isinstance(value, list):
            return [{"text": item} if isinstance(item, str) else item for item in value]
        return value

    @field_validator("questions")
    @classmethod
    def _some_without_diacritics(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if info.data.get("language") == "vi" and all(has_diacritics(q) for q in value):
            raise PydanticCustomError(
                "no_unaccented_question",
                "add at least one phrasing typed without diacritics "
                "(many learners type 'quen mat khau' for 'quên mật khẩu')",
            )
        return value

    @field_validator("review_note")
    @classmethod
    def _review_says_what(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("status") == "review" and not value:
            raise PydanticCustomError(
                "review_note_missing", "say what a trainer must check before this entry can be published"
            )
        return value

    @model_validator(mode="after")
    def _id_matches_language(self) -> Entry:
        if not self.id.startswith(f"{self.language}."):
            raise PydanticCustomError(
                "id_language", "id must start with its language '{language}.'", {"language": self.language}
            )
        return self

    @property
    def is_live(self) -> bool:
        """Only published entries ever reach learners."""
        return self.status == "published"
