"""How `hocvuso kb audit` shows its findings: a table per lesson for trainers, or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from rich.console import Console
from rich.text import Text

from knowledge.audit import LessonAudit

console = Console(stderr=True)


def print_audit(lessons: list[LessonAudit], as_json: bool) -> bool:
    """Print the audit; True when no published lesson has an unvouched claim."""
    failures = [(lesson, claim) for lesson in lessons for claim in lesson.failures]
    if as_json:
        print(json.dumps([_as_dict(lesson) for lesson in lessons], ensure_ascii=False, indent=1))
    else:
        for lesson in lessons:
            _print_lesson(lesson)
    for lesson, audited in failures:
        claim = audited.claim
        console.print(
            Text("✗ ", style="red")
            + Text(
                f"{lesson.path}: {claim.field}: {claim.kind} '{claim.text}' is in no other published "
                f"lesson about this country and not in the facts register: add it to facts.yaml "
                f"with the page that says it, or remove it"
            ),
            soft_wrap=True,
        )
    claims = sum(len(lesson.claims) for lesson in lessons)
    console.print(f"{len(lessons)} lessons, {claims} claims, {len(failures)} unvouched in published lessons")
    return not failures


def _print_lesson(lesson: LessonAudit) -> None:
    if not lesson.claims:
        return
    state = "published" if lesson.published else "not published"
    console.print(Text(f"{lesson.lesson} ({state})", style="bold"))
    for audited in lesson.claims:
        mark = Text("  ✗ ", style="red") if audited.fails else Text("  · ")
        vouch = audited.vouched_by or "nothing vouches for it"
        console.print(mark + Text(f"{audited.claim.kind}: {audited.claim.text} ({vouch})"), soft_wrap=True)
    console.print(Text("  sources: " + ", ".join(lesson.sources), style="dim"), soft_wrap=True)


def _as_dict(lesson: LessonAudit) -> dict:
    return {
        "lesson": lesson.lesson,
        "path": str(lesson.path),
        "published": lesson.published,
        "sources": lesson.sources,
        "claims": [asdict(c.claim) | {"vouched_by": c.vouched_by, "fails": c.fails} for c in lesson.claims],
    }
