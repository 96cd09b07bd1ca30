"""The content version: how a publish or a rollback made in one app process reaches the others.

Publishing bumps one counter row in the transaction that puts the content live. Every process
reads the counter every `HOCVUSO_CONTENT_CHECK_S` (one primary-key read) and reloads its lessons
and quiz items when another process moved it; its own publishes it has already reloaded.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session, sessionmaker

from api.shared.tables import ContentVersion

logger = logging.getLogger(__name__)
ROW = 1


class ContentFollower:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        """Read the version first, before the content is loaded, so no publish in between is missed."""
        self._sessions = sessions
        self._mine: set[int] = set()
        self.seen = self.read()

    def read(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(ContentVersion.version).where(ContentVersion.id == ROW)) or 0

    def bump(self, session: Session) -> None:
        """Called inside the publishing transaction; this process reloads on its own afterwards."""
        moved = session.execute(
            update(ContentVersion).where(ContentVersion.id == ROW).values(version=ContentVersion.version + 1)
        ).rowcount
        if not moved:
            session.add(ContentVersion(id=ROW, version=1))
            session.flush()
        version = session.scalar(select(ContentVersion.version).where(ContentVersion.id == ROW))
        event.listen(session, "after_commit", lambda _session: self._mine.add(version), once=True)

    def moved_elsewhere(self) -> bool:
        """True once per change another process made since the last look."""
        current = self.read()
        if current == self.seen:
            return False
        elsewhere = any(v not in self._mine for v in range(self.seen + 1, current + 1))
        self.seen = current
        return elsewhere


async def follow(follower: ContentFollower, every_s: float, reload: Callable[[], object]) -> None:
    while True:
        await asyncio.sleep(every_s)
        try:
            if await asyncio.to_thread(follower.moved_elsewhere):
                logger.info("content: published by another process; reloading")
                await asyncio.to_thread(reload)
        except Exception:
            logger.exception("content: reload failed; the previous lessons and items stay in service")
