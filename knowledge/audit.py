"""`hocvuso kb audit`: every checkable claim in every lesson, and the ones nothing vouches for.

A claim is vouched for when the register (`knowledge/facts.yaml`) holds it with a source, or when
another published lesson about the same country states it too (two reviewed lessons agreeing is
what trainers already checked). A published lesson with an unvouched hotline, amount, legal
document or web host fails the audit; dates and quoted app labels are listed for the reviewer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.claims import Claim, Kind, lesson_claims
from knowledge.facts import Fact
from knowledge.loader import entry_files, parse_entry_file
from knowledge.schema import Entry

FAILING_KINDS: frozenset[Kind] = frozenset({"number", "amount", "legal", "host"})
COUNTRY_WORDS = {"vn": ("vietnam", "vneid"), "th": ("thailand", "thaid")}


@dataclass(frozen=True)
class AuditedClaim:
    claim: Claim
    vouched_by: str | None

    @property
    def fails(self) -> bool:
        return self.vouched_by is None and self.claim.kind in FAILING_KINDS


@dataclass
class LessonAudit:
    lesson: str
    path: Path
    published: bool
    sources: list[str]
    claims: list[AuditedClaim] = field(default_factory=list)

    @property
    def failures(self) -> list[AuditedClaim]:
        return [c for c in self.claims if c.fails] if self.published else []


def country(entry: Entry) -> str | None:
    """The country a lesson is about; None for English lessons about both."""
    if entry.language == "vi":
        return "vn"
    if entry.language == "th":
        return "th"
    return next((c for c, words in COUNTRY_WORDS.items() if any(w in entry.id for w in words)), None)


def audit(root: Path, facts: list[Fact]) -> list[LessonAudit]:
    lessons = [(path, entry) for path in entry_files(root) if (entry := parse_entry_file(path)[0])]
    claims = {entry.id: lesson_claims(entry) for _path, entry in lessons}
    stated: dict[tuple[str, str], set[tuple[str | None, str]]] = defaultdict(set)
    for _path, entry in lessons:
        if entry.is_live:
            for claim in claims[entry.id]:
                stated[(claim.kind, claim.value)].add((country(entry), entry.id))
    registered = {fact.key: fact for fact in facts}
    return [
        LessonAudit(
            lesson=entry.id,
            path=path,
            published=entry.is_live,
            sources=[str(s.url or s.document) for s in entry.sources],
            claims=[_vouch(entry, claim, stated, registered) for claim in claims[entry.id]],
        )
        for path, entry in lessons
    ]


def _vouch(entry: Entry, claim: Claim, stated: dict, registered: dict[tuple, Fact]) -> AuditedClaim:
    place = country(entry)
    for fact_country in [place] if place else ["vn", "th"]:
        fact = registered.get((fact_country, claim.kind, claim.value))
        if fact:
            return AuditedClaim(claim, f"facts.yaml: {fact.source.url or fact.source.document}")
    for other_country, other in sorted(stated[(claim.kind, claim.value)], key=str):
        if other != entry.id and (place is None or other_country in (place, None)):
            return AuditedClaim(claim, f"lesson {other}")
    return AuditedClaim(claim, None)
