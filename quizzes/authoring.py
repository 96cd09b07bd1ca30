"""Quiz items written in the trainers' workspace: the item kind of the shared authoring workflow,
the items it has published, and their export to the YAML bank.

An item published here is served from its newest published version, over a YAML item with the
same id, until `hocvuso quiz export` writes it into the bank; from then on the YAML file is its
source again, so git review and the pages never fight over one item.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import yaml
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.authoring import ContentKind
from knowledge.yamlfile import load_yaml
from quizzes.bank import bank_files
from quizzes.schema import QuizItem
from quizzes.tables import QuizItemVersion


def item_kind(live_item: Callable[[str], QuizItem | None], lessons: Callable[[], set[str]]) -> ContentKind:
    """`live_item` finds an item learners are asked now; `lessons` lists the lessons an item may
    practise (checked on every save, so an item never points at a lesson that does not exist)."""

    def validate(data: dict) -> QuizItem:
        return QuizItem.model_validate({**data, "status": "draft"}, context={"lessons": lessons()})

    def live(_session: Session, item_id: str) -> dict | None:
        item = live_item(item_id)
        return item.model_dump(mode="json") if item is not None else None

    def go_live(_session: Session, _item: BaseModel) -> None:
        """The published version row is what learners are served; the engine reloads after."""

    return ContentKind(
        noun="quiz item",
        table=QuizItemVersion,
        validate=validate,
        live=live,
        go_live=go_live,
        title=lambda data: data.get("stem", ""),
    )


def workspace_items(session: Session) -> list[QuizItem]:
    """The newest published version of each item edited here and not yet exported to YAML."""
    newest = (
        select(QuizItemVersion.item_id, func.max(QuizItemVersion.version).label("v"))
        .where(QuizItemVersion.state == "published")
        .group_by(QuizItemVersion.item_id)
        .subquery()
    )
    rows = session.scalars(
        select(QuizItemVersion)
        .join(
            newest,
            (QuizItemVersion.item_id == newest.c.item_id) & (QuizItemVersion.version == newest.c.v),
        )
        .where(QuizItemVersion.exported_at.is_(None))
        .order_by(QuizItemVersion.item_id)
    )
    return [QuizItem.model_validate({**row.data, "status": "published"}) for row in rows]


def export_workspace_items(session: Session, root: Path) -> list[Path]:
    """Write each item into the bank file that already holds its id, or else into
    `<root>/<language>/<topic>-workspace.yaml`, and mark it exported."""
    items = workspace_items(session)
    if not items:
        return []
    where = _files_by_item(root)
    changed: dict[Path, list[dict]] = {}
    for item in items:
        path = where.get(item.id) or root / item.language / f"{item.topic}-workspace.yaml"
        data = changed.setdefault(path, _read_list(path))
        data[:] = [d for d in data if d.get("id") != item.id] + [item.model_dump(mode="json")]
    for path, data in changed.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
        )
    now = dt.datetime.now(dt.UTC)
    for row in session.scalars(
        select(QuizItemVersion).where(
            QuizItemVersion.item_id.in_([i.id for i in items]), QuizItemVersion.exported_at.is_(None)
        )
    ):
        row.exported_at = now
    return sorted(changed)


def _files_by_item(root: Path) -> dict[str, Path]:
    return {d["id"]: path for path in bank_files(root) for d in _read_list(path) if "id" in d}


def _read_list(path: Path) -> list[dict]:
    if not path.exists():
        return []
    data = load_yaml(path.read_text(encoding="utf-8"))
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []
