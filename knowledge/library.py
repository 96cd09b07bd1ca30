"""The live lessons in memory: look them up by id or topic, or search them by meaning."""

from __future__ import annotations

from knowledge.glossary import Glossary
from knowledge.retriever import Hit, Retriever
from knowledge.schema import Entry, Language

MAX_QUERY_CHARS = 500
# A lesson this close under the answer threshold is offered as a button with the "I don't know",
# shown only if the learner presses it. On the development routing sets and calibration3, 60
# questions fall this close: of the 44 a lesson answers, the best lesson is the right one for 20;
# the 16 out of scope get the button too, still with the "I don't know".
SUGGEST_MARGIN = 0.03


class Library:
    """Holds the published entries and keeps the retriever in step with them."""

    def __init__(self, retriever: Retriever, glossary: Glossary | None = None) -> None:
        self.retriever = retriever
        self.glossary = glossary or Glossary()
        self._entries: dict[str, Entry] = {}

    def load(self, entries: list[Entry]) -> None:
        live = {e.id: e for e in entries if e.is_live}
        self.retriever.rebuild(list(live.values()))
        self._entries = live  # one reference swap: readers see the old or the new set, never a mix

    def get(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    def by_topic(self, language: Language, topic: str) -> list[Entry]:
        return sorted(
            (e for e in self._entries.values() if e.language == language and e.topic == topic),
            key=lambda e: (e.level != "beginner", e.title),
        )

    def all(self) -> list[Entry]:
        return sorted(self._entries.values(), key=lambda e: e.id)

    def ids(self) -> set[str]:
        return set(self._entries)

    def topics(self, language: Language) -> list[str]:
        return sorted({e.topic for e in self._entries.values() if e.language == language})

    def search(self, query: str, language: Language, k: int = 3) -> list[Hit]:
        """Questions are short; of a long paste, its start says what it is about, and embedding
        all 2,000 characters of it would cost ten times a question's time."""
        return self.retriever.search(query[:MAX_QUERY_CHARS], language, k)

    def near_miss(self, query: str, language: Language) -> Hit | None:
        """The best lesson for a question retrieval declined, if it fell short by little; None for
        a retriever that cannot rank under its threshold."""
        ranked = getattr(self.retriever, "ranked", None)
        threshold = getattr(self.retriever, "threshold", None)
        if ranked is None or threshold is None:
            return None
        best = ranked(query[:MAX_QUERY_CHARS], language, 1)
        if best and threshold(language) - SUGGEST_MARGIN <= best[0].score < threshold(language):
            return best[0]
        return None

    def __len__(self) -> int:
        return len(self._entries)
