"""Where a learner's conversation stands between two messages.

It is small and explicit on purpose: a learner who leaves mid-walkthrough and comes back hours
later (or after a restart) must find the same step, so everything the next turn depends on lives
here and is saved with each turn.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from nlu.language import Lang

Country = Literal["vn", "th"]


class Walkthrough(BaseModel):
    entry_id: str
    step: int = Field(ge=1, description="The step last shown, counting from 1.")
    paused: bool = Field(False, description="The learner asked something else since that step.")


class ConversationState(BaseModel):
    lang: Lang | None = None
    lang_chosen: bool = Field(False, description="The learner asked for this language explicitly.")
    walkthrough: Walkthrough | None = None
    last_entry_id: str | None = Field(None, description="The lesson answered last (for 'yes, show me').")
    choices: list[str] = Field(default_factory=list, description="Entry ids offered when two were close.")
    waiting_for_person: bool = False
    quiz_item: str | None = Field(None, description="The quiz question on screen, if a quiz is open.")
    country: Country | None = Field(None, description="Where the learner is, said or asked once.")
    checking: bool = Field(
        False, description="The learner pressed 'Check a message': the next one is judged."
    )

    def reply_language(self, detected: Lang) -> Lang:
        return self.lang if self.lang_chosen and self.lang else detected
