"""Named locks in the database, with a lease, so that processes on any host can share them.

A lock is a row: taking it inserts the row, or takes over a row whose lease has run out (its
holder died or hung); releasing it deletes the row, and only the holder's own row. Each step is
one short transaction, so no database transaction stays open across a turn's network calls and
the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import socket
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.shared.tables import Lease
from knowledge.tables import as_utc


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def process_name() -> str:
    """Who holds a lease or a claim: host, PID namespace and PID, so that a process restarted on
    the same host can tell that the holder is gone (`gone`)."""
    return f"{_host()}:{_pid_namespace()}:{os.getpid()}"


def gone(holder: str) -> bool:
    """The holder ran on this host, in this PID namespace, and its process no longer exists:
    its leases and claims need not wait out their time. Anything else may be alive."""
    host, namespace, pid = [*holder.split(":"), "", "", ""][:3]
    if host != _host() or namespace != _pid_namespace() or namespace == "?" or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _host() -> str:
    return socket.gethostname().replace(":", "-")[:50]


def _pid_namespace() -> str:
    try:
        return os.readlink("/proc/self/ns/pid").removeprefix("pid:[").removesuffix("]")
    except OSError:
        return "?"


def worker_name(role: str) -> str:
    """A name for one worker of this process, unique even where every process has pid 1."""
    return f"{process_name()}:{role}:{uuid.uuid4().hex[:8]}"


class Leases:
    def __init__(
        self, sessions: sessionmaker[Session], poll_s: float = 0.01, max_poll_s: float = 0.1
    ) -> None:
        self._sessions = sessions
        self._poll_s, self._max_poll_s = poll_s, max_poll_s
        self._process = process_name()

    def new_holder(self) -> str:
        return f"{self._process}:{uuid.uuid4().hex[:12]}"

    def try_take(self, name: str, holder: str, lease_s: float) -> bool:
        """Take the lock if it is free or its lease ran out; False if someone else holds it."""
        moment = now()
        until = moment + dt.timedelta(seconds=lease_s)
        with self._sessions() as session:  # a read first: waiters poll without taking SQLite's write lock
            held = session.get(Lease, name)
            dead = held.holder if held is not None and gone(held.holder) else None
            if held is not None and held.holder not in (holder, dead) and as_utc(held.until) >= moment:
                return False
        with transaction(self._sessions) as session:
            taken = session.execute(
                update(Lease)
                .where(
                    Lease.name == name, or_(Lease.until < moment, Lease.holder.in_([holder, dead or holder]))
                )
                .values(holder=holder, until=until)
            ).rowcount
        if taken:
            return True
        try:
            with transaction(self._sessions) as session:
                session.add(Lease(name=name, holder=holder, until=until))
        except IntegrityError:
            return False
        return True

    def release(self, name: str, holder: str) -> None:
        with transaction(self._sessions) as session:
            session.execute(delete(Lease).where(Lease.name == name, Lease.holder == holder))

    @asynccontextmanager
    async def hold(self, name: str, lease_s: float) -> AsyncIterator[None]:
        """Wait for the lock, hold it for the block. Waiting polls: the lock is held for one turn,
        which takes a fraction of a second, and waiters are rare (one learner's own messages)."""
        holder = self.new_holder()
        pause = self._poll_s
        while not await asyncio.to_thread(self.try_take, name, holder, lease_s):
            await asyncio.sleep(pause)
            pause = min(self._max_poll_s, pause * 2)
        try:
            yield
        finally:
            await asyncio.to_thread(self.release, name, holder)


def purge_expired(session: Session, moment: dt.datetime) -> int:
    return session.execute(delete(Lease).where(Lease.until < moment)).rowcount
