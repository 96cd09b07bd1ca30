"""Content written in the trainers' workspace: drafts, review, publication, history, rollback.

Every save is a new version (who, when, what). The newest version says where a piece of content
stands: a `draft` its author is still writing, `review` waiting for a reviewer, `published`, or
`rejected` with the reviewer's note. Lessons and quiz items follow the same workflow; a
`ContentKind` says what differs: the version table, the schema, and what "going live" means
(lessons are copied into `knowledge_entries`; quiz items are served from their newest published
version). Rolling back publishes an older, once-published version again as a new one.

A reviewer publishes the version they read, named by its number: the state change and going live
are one transaction that changes nothing unless that version is still the newest and waiting for
review, so a draft saved meanwhile is never what learners get. By default nobody publishes a
version they wrote themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from knowledge.repository import WORKSPACE, import_entries
from knowledge.schema import Entry
from knowledge.tables import EntryRow, EntryVersion


class AuthoringError(ValueError):
    """The step is not possible now; the message says why and what to do."""


class NotFound(AuthoringError):
    pass


class OwnWork(AuthoringError):
    """A reviewer asked to publish a version they wrote; another reviewer must."""


@dataclass(frozen=True)
class Version:
    content_id: str
    version: int
    state: str
    title: str
    language: str
    author: str
    note: str | None
    created_at: dt.datetime | None
    reviewed_by: str | None
    changed: tuple[str, ...] | None = None  # fields that differ from the version before; None for the first


@dataclass(frozen=True)
class ContentKind:
    """What the shared workflow needs to know about one kind of content."""

    noun: str
    table: Any  # a version table with the columns of EntryVersion and a `content_id` synonym
    validate: Callable[[dict], BaseModel]  # raises pydantic's ValidationError, fields named
    live: Callable[[Session, str], dict | None]  # the data learners get now, if any
    go_live: Callable[[Session, BaseModel], None]
    title: Callable[[dict], str]


def _live_entry(session: Session, entry_id: str) -> dict | None:
    row = session.get(EntryRow, entry_id)
    return row.data if row is not None else None


def _entry_goes_live(session: Session, entry: BaseModel) -> None:
    import_entries(session, [entry], origins={entry.id: Path(WORKSPACE)})
    session.get(EntryRow, entry.id).source_file = WORKSPACE


LESSONS = ContentKind(
    noun="entry",
    table=EntryVersion,
    validate=lambda data: Entry.model_validate({**data, "status": "draft"}),
    live=_live_entry,
    go_live=_entry_goes_live,
    title=lambda data: data.get("title", ""),
)


class Authoring:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        kind: ContentKind = LESSONS,
        review_by_another: bool = True,
        on_live: Callable[[Session], None] | None = None,
    ) -> None:
        """`review_by_another`: a version is published by a reviewer other than its author;
        `on_live`: called in the transaction that puts content live (other processes follow it)."""
        self._sessions, self.kind, self.review_by_another = sessions, kind, review_by_another
        self._on_live = on_live

    def current(self, content_id: str) -> tuple[dict, Version | None]:
        """The newest version's data, or the live content's if nobody edited it here yet."""
        with self._sessions() as session:
            newest = self._newest(session, content_id)
            if newest is not None:
                return newest.data, self._version(newest)
            live = self.kind.live(session, content_id)
            if live is None:
                raise NotFound(f"no {self.kind.noun} '{content_id}'")
            return live, None

    def save_draft(self, data: dict, author: str, note: str | None = None) -> Version:
        content = self.kind.validate(data)
        with _transaction(self._sessions) as session:
            newest = self._newest(session, content.id)
            if newest is not None and newest.state == "review":
                raise AuthoringError(
                    f"this {self.kind.noun} is waiting for review: a reviewer must publish or reject it first"
                )
            return self._version(self._add(session, content, author, "draft", note))

    def submit(self, content_id: str, author: str) -> Version:
        return self._move(content_id, author, {"draft", "rejected"}, "review", by_reviewer=False)

    def reject(self, content_id: str, reviewer: str, note: str) -> Version:
        if not note.strip():
            raise AuthoringError("note: say what the author should change")
        return self._move(content_id, reviewer, {"review"}, "rejected", by_reviewer=True, note=note)

    def publish(self, content_id: str, version: int, reviewer: str) -> BaseModel:
        """Publish `version`, the one the reviewer read, if it is still the newest and in review."""
        table = self.kind.table
        with _transaction(self._sessions) as session:
            row = self._check_publishable(session, content_id, version, reviewer)
            newer = aliased(table)
            moved = session.execute(
                update(table)
                .where(
                    table.id == row.id,
                    table.state == "review",
                    ~exists().where(newer.content_id == content_id, newer.version > version),
                )
                .values(state="published", reviewed_by=reviewer, reviewed_at=_now())
                .execution_options(synchronize_session=False)
            )
            if moved.rowcount != 1:  # another request changed it between the check and the update
                raise AuthoringError(self._moved_on(session, content_id, version))
            return self._go_live(session, row.data)

    def rollback(self, content_id: str, version: int, reviewer: str) -> BaseModel:
        """Publish again a version learners had before; drafts, rejected versions and versions
        that never left review are refused."""
        table = self.kind.table
        with _transaction(self._sessions) as session:
            old = session.scalar(
                select(table).where(table.content_id == content_id, table.version == version)
            )
            if old is None:
                raise NotFound(f"{self.kind.noun} '{content_id}' has no version {version}")
            if old.state != "published":
                raise AuthoringError(
                    f"version {version} was never published (it is '{old.state}'): roll back only to a "
                    "version learners had before"
                )
            content = self.kind.validate(old.data)
            row = self._add(session, content, reviewer, "published", f"rollback to version {version}")
            row.reviewed_by, row.reviewed_at = reviewer, _now()
            return self._go_live(session, old.data)

    def history(self, content_id: str) -> list[Version]:
        table = self.kind.table
        with self._sessions() as session:
            rows = list(
                session.scalars(
                    select(table).where(table.content_id == content_id).order_by(table.version.desc())
                )
            )
            older = [*rows[1:], None] if rows else []
            return [
                replace(self._version(row), changed=_changed(before.data, row.data) if before else None)
                for row, before in zip(rows, older, strict=True)
            ]

    def newest_versions(self) -> list[Version]:
        """One line per piece edited here, newest version first: the authors' and reviewers' list."""
        table = self.kind.table
        with self._sessions() as session:
            newest = (
                select(table.content_id.label("cid"), func.max(table.version).label("v"))
                .group_by(table.content_id)
                .subquery()
            )
            rows = session.scalars(
                select(table)
                .join(newest, (table.content_id == newest.c.cid) & (table.version == newest.c.v))
                .order_by(table.created_at.desc(), table.id.desc())
            )
            return [self._version(r) for r in rows]

    def _move(
        self,
        content_id: str,
        who: str,
        allowed: set[str],
        state: str,
        *,
        by_reviewer: bool,
        note: str | None = None,
    ) -> Version:
        with _transaction(self._sessions) as session:
            newest = self._newest(session, content_id)
            if newest is None:
                raise NotFound(f"no draft of '{content_id}' in the workspace")
            if newest.state not in allowed:
                raise AuthoringError(
                    f"version {newest.version} is '{newest.state}'; this needs {sorted(allowed)}"
                )
            newest.state = state
            if by_reviewer:
                newest.reviewed_by, newest.reviewed_at = who, _now()
            if note:
                newest.note = note
            return self._version(newest)

    def _check_publishable(self, session: Session, content_id: str, version: int, reviewer: str):
        """The version row, if `reviewer` may publish it now; otherwise why not."""
        table = self.kind.table
        row = session.scalar(select(table).where(table.content_id == content_id, table.version == version))
        if row is None:
            raise NotFound(f"{self.kind.noun} '{content_id}' has no version {version}")
        newest = self._newest(session, content_id)
        if newest.version != version:
            raise AuthoringError(self._moved_on(session, content_id, version))
        if row.state != "review":
            raise AuthoringError(
                f"version {version} is '{row.state}'; only a version waiting for review can be published"
            )
        if self.review_by_another and row.author == reviewer:
            raise OwnWork(f"you wrote version {version}: another reviewer must read and publish it")
        return row

    def _moved_on(self, session: Session, content_id: str, version: int) -> str:
        newest = self._newest(session, content_id)
        return (
            f"version {version} is not the newest any more: version {newest.version} "
            f"('{newest.state}', by {newest.author}) came after it. Nothing was published; "
            f"read version {newest.version} first"
        )

    def _go_live(self, session: Session, data: dict) -> BaseModel:
        content = self.kind.validate(data).model_copy(update={"status": "published"})
        self.kind.go_live(session, content)
        if self._on_live is not None:
            self._on_live(session)
        return content

    def _newest(self, session: Session, content_id: str):
        table = self.kind.table
        return session.scalar(
            select(table).where(table.content_id == content_id).order_by(table.version.desc()).limit(1)
        )

    def _add(self, session: Session, content: BaseModel, author: str, state: str, note: str | None):
        table = self.kind.table
        latest = session.scalar(select(func.max(table.version)).where(table.content_id == content.id)) or 0
        row = table(
            content_id=content.id,
            version=latest + 1,
            data=content.model_dump(mode="json"),
            state=state,
            author=author,
            note=note,
            created_at=_now(),
        )
        session.add(row)
        session.flush()
        return row

    def _version(self, row) -> Version:
        return Version(
            row.content_id,
            row.version,
            row.state,
            self.kind.title(row.data),
            row.data.get("language", ""),
            row.author,
            row.note,
            row.created_at,
            row.reviewed_by,
        )


def _changed(before: dict, after: dict) -> tuple[str, ...]:
    """What an author changed: the fields whose values differ (status is the workflow's, not theirs)."""
    fields = [*after, *(k for k in before if k not in after)]
    return tuple(f for f in fields if f != "status" and before.get(f) != after.get(f))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@contextmanager
def _transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session, session.begin():
        yield session
