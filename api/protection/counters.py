"""Counting messages against a rate: in this process's memory, or in the database for every
process at once.

One process counts in memory with `limits`' moving window (exact, no I/O). Several processes
(`serve --workers N`, several hosts on PostgreSQL) count in the database, where a moving window
would need a row per message; there the count is the usual two-window estimate: this fixed
window's messages plus the previous window's, weighted by how much of it the last period still
covers. A message over the rate is not counted, so waiting as told is enough.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Protocol

from limits import RateLimitItem
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.shared.tables import RateHits

PURGE_EVERY = 500  # hits between deletions of windows nobody can count any more


class HitCounter(Protocol):
    blocking: bool
    """Whether a call waits on I/O (callers then make it off the event loop)."""

    def hit(self, item: RateLimitItem, key: str) -> int:
        """Count one message: 0 when within the rate, otherwise the seconds to wait (not counted)."""
        ...

    def wait_s(self, item: RateLimitItem, key: str) -> int:
        """The seconds until one more message would be within the rate (0: now); counts nothing."""
        ...


class MemoryCounter:
    blocking = False

    def __init__(self) -> None:
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def hit(self, item: RateLimitItem, key: str) -> int:
        return 0 if self._limiter.hit(item, key) else self._reset_s(item, key)

    def wait_s(self, item: RateLimitItem, key: str) -> int:
        return 0 if self._limiter.test(item, key) else self._reset_s(item, key)

    def _reset_s(self, item: RateLimitItem, key: str) -> int:
        reset = self._limiter.get_window_stats(item, key).reset_time
        return max(1, math.ceil(reset - time.time()))


class DatabaseCounter:
    """One row per key and fixed window, changed in one short transaction per message."""

    blocking = True

    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], float] = time.time) -> None:
        self._sessions = sessions
        self._clock = clock
        self._hits = 0

    def hit(self, item: RateLimitItem, key: str) -> int:
        period, moment = item.get_expiry(), self._clock()
        start = int(moment // period * period)
        name = _row_key(item, key)
        with transaction(self._sessions) as session:
            current = _increment(session, name, start, start + 2 * period)
            previous = _count(session, name, start - period)
            wait = _wait_s(item.amount, previous, current, moment - start, period)
            if wait:
                session.execute(_hits_of(name, start).values(hits=RateHits.hits - 1))
        self._hits += 1
        if self._hits % PURGE_EVERY == 0:
            self.purge()
        return wait

    def wait_s(self, item: RateLimitItem, key: str) -> int:
        period, moment = item.get_expiry(), self._clock()
        start = int(moment // period * period)
        name = _row_key(item, key)
        with self._sessions() as session:
            current, previous = _count(session, name, start), _count(session, name, start - period)
        return _wait_s(item.amount, previous, current + 1, moment - start, period)

    def purge(self) -> int:
        with transaction(self._sessions) as session:
            return session.execute(delete(RateHits).where(RateHits.expires_at < self._clock())).rowcount


def _wait_s(amount: int, previous: int, current: int, elapsed: float, period: int) -> int:
    """0 if `current` messages in this window (the newest included) keep the estimate within
    `amount`; otherwise when the previous window's weight will have fallen far enough."""
    if previous * (1 - elapsed / period) + current <= amount:
        return 0
    if current > amount:
        return _whole_s(period - elapsed)
    return _whole_s(period * (1 - (amount - current) / previous) - elapsed)


def _whole_s(seconds: float) -> int:
    return max(1, math.ceil(round(seconds, 6)))  # 40.000000001 s of float error is 40 s


def _row_key(item: RateLimitItem, key: str) -> str:
    """The rate is part of the key: a changed setting starts counting afresh."""
    return f"{item.amount}/{item.get_expiry()}:{key}"[:300]


def _increment(session: Session, name: str, start: int, expires_at: int) -> int:
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = (
        insert(RateHits)
        .values(key=name, window_start=start, hits=1, expires_at=expires_at)
        .on_conflict_do_update(index_elements=["key", "window_start"], set_={"hits": RateHits.hits + 1})
        .returning(RateHits.hits)
    )
    return session.execute(statement).scalar_one()


def _count(session: Session, name: str, start: int) -> int:
    found = session.scalar(select(RateHits.hits).where(RateHits.key == name, RateHits.window_start == start))
    return found or 0


def _hits_of(name: str, start: int):
    return update(RateHits).where(RateHits.key == name, RateHits.window_start == start)
