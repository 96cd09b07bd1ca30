""" "Ask a question and see how the assistant would answer with this draft": the draft is indexed
together with the live lessons in a throw-away index (cached vectors are reused, nothing is
written), and the question is searched the way a learner's would be."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from api.bootstrap import make_retriever
from api.services import Services
from knowledge.library import Library
from knowledge.schema import Entry


@dataclass
class Preview:
    verdict: Literal["this_entry", "another_entry", "dont_know"]
    answer: str | None = None
    steps: int = 0
    ranking: list[dict] = field(default_factory=list)


def preview(services: Services, draft: Entry, question: str) -> Preview:
    candidate = draft.model_copy(update={"status": "published"})
    library = Library(
        make_retriever(services.settings, services.embedder, persist=False), services.library.glossary
    )
    library.load([e for e in services.library.all() if e.id != draft.id] + [candidate])
    hits = library.search(question, draft.language, 3)
    ranking = [{"id": h.entry.id, "title": h.entry.title, "score": round(h.score, 3)} for h in hits]
    if not hits:
        return Preview("dont_know", ranking=ranking)
    if hits[0].entry.id != draft.id:
        return Preview("another_entry", answer=hits[0].entry.answer, ranking=ranking)
    return Preview("this_entry", answer=draft.answer, steps=len(draft.steps), ranking=ranking)
