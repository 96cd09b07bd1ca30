"""A quiz item as trainers write it in YAML: a question, its options, and why the answer is right.

Every item links to the lesson it practises, so feedback can send the learner back to it and the
explanation can be checked against that lesson's sources.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from knowledge.schema import Language, Status, Topic

ITEM_ID = re.compile(r"^(vi|th|en)\.(vneid|thaid|payments|scams)\.q-[a-z0-9]+(?:-[a-z0-9]+)*$")
LETTERS = "ABCD"

Kind = Literal["knowledge", "scenario"]


class QuizItem(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str
    language: Language
    topic: Topic
    kind: Kind = "knowledge"
    scenario: str | None = Field(None, description="The message or situation shown before the stem.")
    stem: str = Field(min_length=8, max_length=300)
    options: list[str] = Field(
        min_length=3, max_length=4, description="3 or 4: two make guessing a coin toss."
    )
    correct: Literal["A", "B", "C", "D"]
    explanation: str = Field(min_length=15, max_length=500)
    entry: str = Field(description="The id of the knowledge entry this item practises.")
    difficulty: float = Field(ge=-3.0, le=3.0, description="Prior on the logit scale: -2 very easy, +2 hard.")
    status: Status = "draft"
    reviewed_on: dt.date

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not ITEM_ID.match(value):
            raise PydanticCustomError(
                "item_id_shape", "use '<language>.<topic>.q-<slug>', e.g. 'vi.scams.q-bank-asks-otp'"
            )
        return value

    @field_validator("entry")
    @classmethod
    def _known_lesson(cls, value: str, info: ValidationInfo) -> str:
        """Checked only when the caller passes the live lessons as `context={"lessons": …}`."""
        lessons = (info.context or {}).get("lessons")
        if lessons is not None and value not in lessons:
            raise PydanticCustomError(
                "unknown_lesson", "no published lesson '{entry}': link an existing one", {"entry": value}
            )
        return value

    @field_validator("options")
    @classmethod
    def _distinct_options(cls, value: list[str]) -> list[str]:
        if any(not option.strip() for option in value):
            raise PydanticCustomError("empty_option", "an option is empty")
        if len({o.strip().casefold() for o in value}) != len(value):
            raise PydanticCustomError("duplicate_options", "two options are the same")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> QuizItem:
        if LETTERS.index(self.correct) >= len(self.options):
            raise PydanticCustomError(
                "correct_missing",
                "'correct: {correct}' names an option that does not exist",
                {"correct": self.correct},
            )
        if not self.id.startswith(f"{self.language}.{self.topic}."):
            raise PydanticCustomError(
                "item_id_prefix",
                "id must start with '{prefix}'",
                {"prefix": f"{self.language}.{self.topic}."},
            )
        if self.kind == "scenario" and not self.scenario:
            raise PydanticCustomError(
                "scenario_missing",
                "a scenario item needs the 'scenario' text (the message the learner judges)",
            )
        return self

    @property
    def correct_index(self) -> int:
        return LETTERS.index(self.correct)

    @property
    def is_live(self) -> bool:
        return self.status == "published"
