"""Lessons written in the trainers' workspace: drafts, review, publication, history, rollback.

Every save is a new version (who, when, what). An entry's newest version says where it stands:
a `draft` its author is still writing, `review` waiting for a reviewer, `published`, or
`rejected` with the reviewer's note. Publishing copies the version into `knowledge_entries`,
which learners are answered from; rolling back publishes an older version again as a new one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from knowledge.repository import WORKSPACE, import_entries
from knowledge.schema import Entry
from knowledge.tables import EntryRow, EntryVersion


class AuthoringError(ValueError):
    """The step is not possible now; the message says why and what to do."""


class NotFound(AuthoringError):
    pass


@dataclass(frozen=True)
class Version:
    entry_id: str
    version: int
    state: str
    title: str
    language: str
    author: str
    note: str | None
    created_at: dt.datetime | None
    reviewed_by: str | None


class Authoring:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def current(self, entry_id: str) -> tuple[dict, Version | None]:
        """The newest version's data, or the live entry's if nobody edited it here yet."""
        with self._sessions() as session:
            newest = _newest(session, entry_id)
            if newest is not None:
                return newest.data, _version(newest)
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise NotFound(f"no entry '{entry_id}'")
            return row.data, None

    def save_draft(self, data: dict, author: str, note: str | None = None) -> Version:
        entry = Entry.model_validate({**data, "status": "draft"})
        with _transaction(self._sessions) as session:
            newest = _newest(session, entry.id)
            if newest is not None and newest.state == "review":
                raise AuthoringError(
                    "this entry is waiting for review: a reviewer must publish or reject it first"
                )
            row = _add(session, entry, author, "draft", note)
            return _version(row)

    def submit(self, entry_id: str, author: str) -> Version:
        return self._move(entry_id, author, {"draft", "rejected"}, "review", by_reviewer=False)

    def reject(self, entry_id: str, reviewer: str, note: str) -> Version:
        if not note.strip():
            raise AuthoringError("note: say what the author should change")
        return self._move(entry_id, reviewer, {"review"}, "rejected", by_reviewer=True, note=note)

    def publish(self, entry_id: str, reviewer: str) -> Entry:
        version = self._move(entry_id, reviewer, {"review"}, "published", by_reviewer=True)
        data, _ = self.current(entry_id)
        return self._go_live(data, version)

    def rollback(self, entry_id: str, version: int, reviewer: str) -> Entry:
        with _transaction(self._sessions) as session:
            old = session.scalar(
                select(EntryVersion).where(EntryVersion.entry_id == entry_id, EntryVersion.version == version)
            )
            if old is None:
                raise NotFound(f"entry '{entry_id}' has no version {version}")
            entry = Entry.model_validate({**old.data, "status": "draft"})
            row = _add(session, entry, reviewer, "published", f"rollback to version {version}")
            row.reviewed_by, row.reviewed_at = reviewer, _now()
            published = _version(row)
        return self._go_live(old.data, published)

    def history(self, entry_id: str) -> list[Version]:
        with self._sessions() as session:
            rows = session.scalars(
                select(EntryVersion)
                .where(EntryVersion.entry_id == entry_id)
                .order_by(EntryVersion.version.desc())
            )
            return [_version(r) for r in rows]

    def newest_versions(self) -> list[Version]:
        """One line per entry edited here, newest version first: the authors' and reviewers' list."""
        with self._sessions() as session:
            newest = (
                select(EntryVersion.entry_id, func.max(EntryVersion.version).label("v"))
                .group_by(EntryVersion.entry_id)
                .subquery()
            )
            rows = session.scalars(
                select(EntryVersion)
                .join(
                    newest,
                    (EntryVersion.entry_id == newest.c.entry_id) & (EntryVersion.version == newest.c.v),
                )
                .order_by(EntryVersion.created_at.desc(), EntryVersion.id.desc())
            )
            return [_version(r) for r in rows]

    def _move(
        self,
        entry_id: str,
        who: str,
        allowed: set[str],
        state: str,
        *,
        by_reviewer: bool,
        note: str | None = None,
    ) -> Version:
        with _transaction(self._sessions) as session:
            newest = _newest(session, entry_id)
            if newest is None:
                raise NotFound(f"no draft of '{entry_id}' in the workspace")
            if newest.state not in allowed:
                raise AuthoringError(
                    f"version {newest.version} is '{newest.state}'; this needs {sorted(allowed)}"
                )
            newest.state = state
            if by_reviewer:
                newest.reviewed_by, newest.reviewed_at = who, _now()
            if note:
                newest.note = note
            return _version(newest)

    def _go_live(self, data: dict, version: Version) -> Entry:
        entry = Entry.model_validate({**data, "status": "published"})
        with _transaction(self._sessions) as session:
            import_entries(session, [entry], origins={entry.id: Path(WORKSPACE)})
            session.get(EntryRow, entry.id).source_file = WORKSPACE
        return entry


def _newest(session: Session, entry_id: str) -> EntryVersion | None:
    return session.scalar(
        select(EntryVersion)
        .where(EntryVersion.entry_id == entry_id)
        .order_by(EntryVersion.version.desc())
        .limit(1)
    )


def _add(session: Session, entry: Entry, author: str, state: str, note: str | None) -> EntryVersion:
    latest = (
        session.scalar(select(func.max(EntryVersion.version)).where(EntryVersion.entry_id == entry.id)) or 0
    )
    row = EntryVersion(
        entry_id=entry.id,
        version=latest + 1,
        data=entry.model_dump(mode="json"),
        state=state,
        author=author,
        note=note,
        created_at=_now(),
    )
    session.add(row)
    session.flush()
    return row


def _version(row: EntryVersion) -> Version:
    return Version(
        row.entry_id,
        row.version,
        row.state,
        row.data.get("title", ""),
        row.data.get("language", ""),
        row.author,
        row.note,
        row.created_at,
        row.reviewed_by,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@contextmanager
def _transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session, session.begin():
        yield session
