"""Several Rasa servers behind one `NluParser`: requests spread over them, and one that fails
gives way to the next, so a busy province can run a pool of NLU servers on other machines.

Each member keeps its own circuit breaker: a dead server costs nothing once its breaker opens,
and is tried again after the cool-down. A message tries at most two members, so a learner waits
for at most two timeouts however large the pool.
"""

from __future__ import annotations

import asyncio
import itertools

from nlu.client import NluResult, RasaNluClient

MEMBERS_PER_MESSAGE = 2


class PoolBreaker:
    """Open only while every member's breaker is open (for `/metrics`)."""

    def __init__(self, members: list[RasaNluClient]) -> None:
        self._members = members

    @property
    def is_open(self) -> bool:
        return all(member.breaker.is_open for member in self._members)


class NluPool:
    def __init__(self, members: list[RasaNluClient]) -> None:
        if not members:
            raise ValueError("an NLU pool needs at least one server URL")
        self.members = members
        self.breaker = PoolBreaker(members)
        self._turn = itertools.count()

    async def parse(self, text: str) -> NluResult | None:
        start = next(self._turn) % len(self.members)
        ordered = self.members[start:] + self.members[:start]
        ready = [member for member in ordered if member.breaker.allow()]
        for member in ready[:MEMBERS_PER_MESSAGE]:
            result = await member.parse(text)
            if result is not None:
                return result
        return None

    async def is_available(self) -> bool:
        answers = await asyncio.gather(*(member.is_available() for member in self.members))
        return any(answers)

    async def aclose(self) -> None:
        await asyncio.gather(*(member.aclose() for member in self.members))
