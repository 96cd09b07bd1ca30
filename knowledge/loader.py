"""Read the YAML curriculum and report every problem with its file and field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from knowledge.schema import Entry
from knowledge.yamlfile import load_yaml

CURRICULUM_DIR = Path(__file__).parent / "curriculum"


@dataclass(frozen=True)
class EntryProblem:
    """One reason a file cannot become an entry, in words a trainer can act on."""

    path: Path
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


@dataclass
class LoadResult:
    entries: list[Entry]
    problems: list[EntryProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


def entry_files(root: Path = CURRICULUM_DIR) -> list[Path]:
    return sorted(p for p in root.rglob("*.yaml") if p.is_file())


def parse_entry_file(path: Path) -> tuple[Entry | None, list[EntryProblem]]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return None, [EntryProblem(path, "(file)", f"cannot be read as YAML: {exc}")]
    if not isinstance(data, dict):
        return None, [EntryProblem(path, "(file)", "must hold one entry as a mapping of fields")]
    try:
        return Entry.model_validate(data), []
    except ValidationError as exc:
        return None, [_problem(path, err) for err in exc.errors()]


def _problem(path: Path, err: dict) -> EntryProblem:
    field = ".".join(str(part) for part in err["loc"]) or "(entry)"
    return EntryProblem(path, field, err["msg"])


def fingerprint(root: Path = CURRICULUM_DIR) -> tuple[tuple[str, int, int], ...]:
    """Changes whenever a curriculum file is added, removed or edited; cheap enough to poll."""
    stats = []
    for path in entry_files(root):
        try:
            info = path.stat()
        except FileNotFoundError:
            continue
        stats.append((str(path), info.st_mtime_ns, info.st_size))
    return tuple(stats)


def load_entries(files: Iterable[Path] | None = None, root: Path = CURRICULUM_DIR) -> LoadResult:
    """Parse every file, then check what only the whole set can tell (ids, links)."""
    paths = list(files) if files is not None else entry_files(root)
    entries: list[Entry] = []
    origin: dict[str, Path] = {}
    problems: list[EntryProblem] = []
    for path in paths:
        entry, found = parse_entry_file(path)
        problems.extend(found)
        if entry is None:
            continue
        if entry.id in origin:
            problems.append(EntryProblem(path, "id", f"'{entry.id}' is already used by {origin[entry.id]}"))
            continue
        origin[entry.id] = path
        entries.append(entry)
    for entry in entries:
        for target in entry.related:
            if target not in origin:
                problems.append(EntryProblem(origin[entry.id], "related", f"no entry has the id '{target}'"))
    return LoadResult(entries, problems)
