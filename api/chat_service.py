"""The one way a channel hands a learner's message to the bot, over REST or a WebSocket.

Messages may carry a client-chosen `message_id`. A browser whose WebSocket drops mid-turn
resends the message over REST with the same id; without this, "tiếp" would move a walkthrough
two steps. The first turn runs to completion even if the connection that started it is gone,
and a resend waits for it and gets the same reply. Memory is enough: resends come within
seconds, and a restart loses only the ability to recognise a resend of an in-flight message.

One learner's turns run one at a time, in arrival order: two quick messages must not both read
the same conversation state and overwrite each other's step. (Within one process; several
workers would need the lock in the database.)
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from api.schemas import ChatRequest
from bot.replies import Reply
from bot.turn import TurnEngine


class MessageTooLong(ValueError):
    """The learner's text is over the configured limit; the message says the limit."""


class ChatService:
    def __init__(self, turns: TurnEngine, max_chars: int, remembered: int = 4096) -> None:
        self._turns = turns
        self._max_chars = max_chars
        self._remembered = remembered
        self._replies: OrderedDict[tuple[str, str], asyncio.Future[Reply]] = OrderedDict()
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    async def reply(self, request: ChatRequest, address: str | None = None) -> Reply:
        return await self.handle(
            request.user_id, request.text, request.message_id, lang=request.lang, address=address
        )

    async def handle(
        self,
        learner_id: str,
        text: str,
        message_id: str | None = None,
        redacted: Sequence[str] = (),
        lang: str | None = None,
        address: str | None = None,
    ) -> Reply:
        """`redacted`: kinds of secret the channel already removed from `text` before storing it;
        `lang`: the window's language, until the conversation has one; `address`: the client's
        network address, when the channel has one (the web's; Zalo's webhook has none)."""
        if len(text) > self._max_chars:
            raise MessageTooLong(f"text is {len(text)} characters long; send at most {self._max_chars}")
        if message_id is None:
            return await self._turn(learner_id, text, redacted, lang, address)
        key = (learner_id, message_id)
        if key not in self._replies:
            turn = self._turn(learner_id, text, redacted, lang, address)
            self._remember(key, asyncio.ensure_future(turn))
        reply = await asyncio.shield(self._replies[key])
        return reply.model_copy(deep=True)

    async def _turn(
        self, learner_id: str, text: str, redacted: Sequence[str], lang: str | None, address: str | None
    ) -> Reply:
        async with self._one_at_a_time(learner_id):
            return await self._turns.handle(learner_id, text, redacted, lang, address)

    @asynccontextmanager
    async def _one_at_a_time(self, learner_id: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(learner_id, (asyncio.Lock(), 0))
        self._locks[learner_id] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[learner_id]
            if users == 1:
                del self._locks[learner_id]
            else:
                self._locks[learner_id] = (lock, users - 1)

    def _remember(self, key: tuple[str, str], turn: asyncio.Future[Reply]) -> None:
        self._replies[key] = turn
        turn.add_done_callback(lambda done: self._forget_failure(key, done))
        while len(self._replies) > self._remembered:
            self._replies.popitem(last=False)

    def _forget_failure(self, key: tuple[str, str], turn: asyncio.Future[Reply]) -> None:
        """A turn that failed is not a reply: a resend should try again."""
        if (turn.cancelled() or turn.exception() is not None) and self._replies.get(key) is turn:
            del self._replies[key]
