"""The one way a channel hands a learner's message to the bot, over REST or a WebSocket.

Messages may carry a client-chosen `message_id`. A browser whose WebSocket drops mid-turn
resends the message over REST with the same id; without this, "tiếp" would move a walkthrough
two steps. The first turn runs to completion even if the connection that started it is gone,
and a resend waits for it and gets the same reply. Memory is enough: resends come within
seconds, and a restart loses only the ability to recognise a resend of an in-flight message.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict

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

    async def reply(self, request: ChatRequest) -> Reply:
        if len(request.text) > self._max_chars:
            raise MessageTooLong(
                f"text is {len(request.text)} characters long; send at most {self._max_chars}"
            )
        if request.message_id is None:
            return await self._turns.handle(request.user_id, request.text)
        key = (request.user_id, request.message_id)
        if key not in self._replies:
            self._remember(key, asyncio.ensure_future(self._turns.handle(request.user_id, request.text)))
        reply = await asyncio.shield(self._replies[key])
        return reply.model_copy(deep=True)

    def _remember(self, key: tuple[str, str], turn: asyncio.Future[Reply]) -> None:
        self._replies[key] = turn
        turn.add_done_callback(lambda done: self._forget_failure(key, done))
        while len(self._replies) > self._remembered:
            self._replies.popitem(last=False)

    def _forget_failure(self, key: tuple[str, str], turn: asyncio.Future[Reply]) -> None:
        """A turn that failed is not a reply: a resend should try again."""
        if (turn.cancelled() or turn.exception() is not None) and self._replies.get(key) is turn:
            del self._replies[key]
