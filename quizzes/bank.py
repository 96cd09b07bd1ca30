"""Read the quiz item bank and report every problem with its file, item and field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from knowledge.yamlfile import load_yaml
from quizzes.schema import QuizItem

BANK_DIR = Path(__file__).parent / "bank"


@dataclass(frozen=True)
class ItemProblem:
    path: Path
    item: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: item {self.item}: {self.field}: {self.message}"


@dataclass
class BankResult:
    items: list[QuizItem]
    problems: list[ItemProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


def bank_files(root: Path = BANK_DIR) -> list[Path]:
    return sorted(p for p in root.rglob("*.yaml") if p.is_file())


def parse_bank_file(path: Path) -> tuple[list[QuizItem], list[ItemProblem]]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return [], [ItemProblem(path, "-", "(file)", f"cannot be read as YAML: {exc}")]
    if not isinstance(data, list):
        return [], [ItemProblem(path, "-", "(file)", "must hold a list of items, each starting with '- id:'")]
    items, problems = [], []
    for position, raw in enumerate(data, 1):
        name = str(raw.get("id", f"#{position}")) if isinstance(raw, dict) else f"#{position}"
        try:
            items.append(QuizItem.model_validate(raw))
        except ValidationError as exc:
            problems += [
                ItemProblem(path, name, ".".join(str(p) for p in err["loc"]) or "(item)", err["msg"])
                for err in exc.errors()
            ]
    return items, problems


def load_bank(
    known_entries: set[str], files: Iterable[Path] | None = None, root: Path = BANK_DIR
) -> BankResult:
    """Parse every file, then check what only the whole bank can tell: ids, links to lessons."""
    items: list[QuizItem] = []
    problems: list[ItemProblem] = []
    seen: dict[str, Path] = {}
    for path in list(files) if files is not None else bank_files(root):
        parsed, found = parse_bank_file(path)
        problems += found
        for item in parsed:
            if item.id in seen:
                problems.append(ItemProblem(path, item.id, "id", f"also used in {seen[item.id]}"))
                continue
            if item.entry not in known_entries:
                problems.append(
                    ItemProblem(
                        path, item.id, "entry", f"no published lesson '{item.entry}': link an existing one"
                    )
                )
                continue
            seen[item.id] = path
            items.append(item)
    return BankResult(items, problems)
