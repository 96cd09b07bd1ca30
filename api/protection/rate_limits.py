"""Rate limits on the public chat, per client address and per learner, a cap on sockets, and a
limit on class codes that match no class (so codes cannot be guessed).

Messages are counted by a `HitCounter`: in memory for one process, in the database when
several processes serve together (`api.protection.counters`). Sockets are counted per process:
each holds its own. A request over a limit is told how long to wait.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from limits import RateLimitItem, parse

from api.protection.counters import HitCounter, MemoryCounter


class RateLimited(Exception):
    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"Too many messages; wait {retry_after_s} s and send again.")
        self.retry_after_s = retry_after_s


class TooManySockets(Exception):
    """This address has as many chat sockets open as it may."""


@dataclass
class ChatLimits:
    per_learner: RateLimitItem
    per_address: RateLimitItem
    max_sockets_per_address: int
    counter: HitCounter = field(default_factory=MemoryCounter)
    _sockets: Counter[str] = field(default_factory=Counter)

    @classmethod
    def from_rates(
        cls, per_learner: str, per_address: str, max_sockets: int, counter: HitCounter | None = None
    ) -> ChatLimits:
        return cls(parse(per_learner), parse(per_address), max_sockets, counter or MemoryCounter())

    async def check(self, address: str, learner_id: str | None) -> None:
        """Count one message; `RateLimited` if the address or the learner is over its rate. Without
        a learner (a window reading its transcript back) only the address's rate counts."""
        if self.counter.blocking:
            await asyncio.to_thread(self._count, address, learner_id)
        else:
            self._count(address, learner_id)

    def _count(self, address: str, learner_id: str | None) -> None:
        counted = [(self.per_address, f"address:{address}")]
        if learner_id is not None:
            counted.append((self.per_learner, f"learner:{learner_id}"))
        for item, key in counted:
            if wait_s := self.counter.hit(item, key):
                raise RateLimited(wait_s)

    @contextmanager
    def socket(self, address: str) -> Iterator[None]:
        if self._sockets[address] >= self.max_sockets_per_address:
            raise TooManySockets(f"at most {self.max_sockets_per_address} chat connections per address")
        self._sockets[address] += 1
        try:
            yield
        finally:
            self._sockets[address] -= 1
            if not self._sockets[address]:
                del self._sockets[address]


@dataclass
class ClassCodeGuesses:
    """Class codes that matched no class, per learner and per client address (a whole class may
    share one address and mistype a few, hence a higher rate there). A correct code never counts."""

    per_learner: RateLimitItem
    per_address: RateLimitItem
    counter: HitCounter = field(default_factory=MemoryCounter)

    @classmethod
    def from_rates(
        cls, per_learner: str, per_address: str, counter: HitCounter | None = None
    ) -> ClassCodeGuesses:
        return cls(parse(per_learner), parse(per_address), counter or MemoryCounter())

    def wait_s(self, learner_id: str, address: str | None) -> int:
        waits = [self.counter.wait_s(item, key) for item, key in self._counted(learner_id, address)]
        return max(waits)

    def missed(self, learner_id: str, address: str | None) -> None:
        for item, key in self._counted(learner_id, address):
            self.counter.hit(item, key)

    def _counted(self, learner_id: str, address: str | None) -> list[tuple[RateLimitItem, str]]:
        counted = [(self.per_learner, f"code-learner:{learner_id}")]
        if address is not None:
            counted.append((self.per_address, f"code-address:{address}"))
        return counted
