"""Move entries between the YAML curriculum and the database."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.schema import Entry
from knowledge.tables import EntryRow


@dataclass(frozen=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


WORKSPACE = "workspace"  # the source_file of entries published from the trainers' workspace


def content_hash(entry: Entry) -> str:
    payload = json.dumps(entry.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def import_entries(
    session: Session, entries: list[Entry], origins: dict[str, Path] | None = None
) -> ImportReport:
    """Insert new entries and update changed ones; running it twice changes nothing the second time."""
    existing = {row.id: row for row in session.scalars(select(EntryRow))}
    added = updated = unchanged = 0
    for entry in entries:
        digest = content_hash(entry)
        row = existing.get(entry.id)
        if row is not None and (row.content_hash == digest or _owned_by_workspace(row, origins)):
            unchanged += 1
            continue
        if row is None:
            row = EntryRow(id=entry.id)
            session.add(row)
            added += 1
        else:
            updated += 1
        row.language, row.topic, row.status, row.title = (
            entry.language,
            entry.topic,
            entry.status,
            entry.title,
        )
        row.data = entry.model_dump(mode="json")
        row.content_hash = digest
        origin = (origins or {}).get(entry.id)
        row.source_file = str(origin) if origin else None
    session.flush()
    return ImportReport(added, updated, unchanged)


def _owned_by_workspace(row: EntryRow, origins: dict[str, Path] | None) -> bool:
    """An entry published in the trainers' workspace is not overwritten by its old YAML file; export
    it (`hocvuso kb export`) to bring the file up to date."""
    return row.source_file == WORKSPACE and (origins or {}).get(row.id) != Path(WORKSPACE)


def live_entries(session: Session) -> list[Entry]:
    rows = session.scalars(select(EntryRow).where(EntryRow.status == "published").order_by(EntryRow.id))
    return [Entry.model_validate(row.data) for row in rows]


def export_workspace_entries(session: Session, root: Path) -> list[Path]:
    """Write entries published in the workspace to `<root>/<lang>/<group>/<slug>.yaml` so they can
    be reviewed in git; from then on the YAML file is their source again."""
    written = []
    rows = session.scalars(select(EntryRow).where(EntryRow.source_file == WORKSPACE).order_by(EntryRow.id))
    for row in rows:
        language, group, slug = row.id.split(".")
        path = root / language / group / f"{slug}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = Entry.model_validate(row.data)
        text = yaml.safe_dump(
            entry.model_dump(mode="json", exclude_none=True), allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(text, encoding="utf-8")
        row.source_file = str(path)
        written.append(path)
    return written
