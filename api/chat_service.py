"""The one way a channel hands a learner's message to the bot, over REST or a WebSocket.

Messages may carry a client-chosen `message_id`. A browser whose WebSocket drops mid-turn
resends the message over REST with the same id, perhaps to another app process; without this,
"tiếp" would move a walkthrough two steps. The reply is kept in the database (`ReplyMemory`) for
`HOCVUSO_RESEND_MEMORY_H` hours: a resend, to any process, gets it again and no second turn runs.
The first turn runs to completion even if the connection that started it is gone.

A screenshot is read first (`handle_image`, in the image reader's own bounded pool), and what was
read goes through the same turn as typed text, always to the scam check.

One learner's turns run one at a time, in arrival order: two quick messages must not both read
the same conversation state and overwrite each other's step. Within a process an asyncio lock
keeps arrival order; across processes a lease lock in the database (`Leases`) does.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from api.schemas import ChatRequest
from api.shared.leases import Leases
from api.shared.replies import ReplyMemory
from bot.images import CannotRead, ImageReader, OcrUnavailable
from bot.images.texts import image_reply, image_text
from bot.replies import Reply
from bot.turn import TurnEngine


class MessageTooLong(ValueError):
    """The learner's text is over the configured limit; the message says the limit."""


class ChatService:
    def __init__(
        self,
        turns: TurnEngine,
        max_chars: int,
        leases: Leases,
        replies: ReplyMemory,
        turn_lock_s: float = 120.0,
        images: ImageReader | None = None,
    ) -> None:
        """`turn_lock_s`: how long a learner stays locked by a process that died mid-turn;
        `images`: reads screenshots (without it, a screenshot is answered that it cannot be read)."""
        self.images = images
        self._turns = turns
        self._max_chars = max_chars
        self._leases = leases
        self._replies = replies
        self._turn_lock_s = turn_lock_s
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}
        self._running: set[asyncio.Future[Reply]] = set()

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
        from_image: bool = False,
    ) -> Reply:
        """`redacted`: kinds of secret the channel already removed from `text` before storing it;
        `lang`: the window's language, until the conversation has one; `address`: the client's
        network address, when the channel has one (the web's; Zalo's webhook has none);
        `from_image`: the text was read off a screenshot."""
        if len(text) > self._max_chars:
            raise MessageTooLong(f"text is {len(text)} characters long; send at most {self._max_chars}")
        turn = asyncio.ensure_future(
            self._turn(learner_id, text, message_id, redacted, lang, address, from_image)
        )
        self._running.add(turn)  # a turn whose caller went away still runs to the end
        turn.add_done_callback(self._running.discard)
        return await asyncio.shield(turn)

    async def handle_image(
        self,
        learner_id: str,
        image: bytes,
        message_id: str | None = None,
        lang: str | None = None,
        address: str | None = None,
    ) -> Reply:
        """Read a screenshot, then check what it says like a pasted message. Raises `ImageRejected`
        for an upload that is not a readable picture; a resend gets the first reply, unread."""
        if message_id is not None:
            earlier = await asyncio.to_thread(self._replies.recall, learner_id, message_id)
            if earlier is not None:
                return earlier
        spoken = await self.language_of(learner_id) or lang
        if self.images is None or not self.images.available:
            return _about_image("unavailable", spoken)
        try:
            read = await self.images.read(image, spoken)
        except OcrUnavailable:
            return _about_image("unavailable", spoken)
        except CannotRead:
            return _about_image("cannot_read", spoken)
        if not read.text.strip():
            return _about_image("nothing_read", spoken)
        text = read.text[: self._max_chars]
        return await self.handle(learner_id, text, message_id, lang=lang, address=address, from_image=True)

    async def language_of(self, learner_id: str) -> str | None:
        """The conversation's language, once it has one."""
        return await asyncio.to_thread(lambda: self._turns.store.load(learner_id).lang)

    async def _turn(
        self,
        learner_id: str,
        text: str,
        message_id: str | None,
        redacted: Sequence[str],
        lang: str | None,
        address: str | None,
        from_image: bool = False,
    ) -> Reply:
        async with self._one_at_a_time(learner_id):
            earlier = None
            if message_id is not None:
                earlier = await asyncio.to_thread(self._replies.recall, learner_id, message_id)
            if earlier is not None:
                return earlier
            # The engine keeps the reply under the message id in the transaction that saves the new
            # state; a turn that failed kept nothing, so a resend tries again.
            return await self._turns.handle(learner_id, text, redacted, lang, address, message_id, from_image)

    @asynccontextmanager
    async def _one_at_a_time(self, learner_id: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(learner_id, (asyncio.Lock(), 0))
        self._locks[learner_id] = (lock, users + 1)
        try:
            async with lock, self._leases.hold(f"learner:{learner_id}", self._turn_lock_s):
                yield
        finally:
            lock, users = self._locks[learner_id]
            if users == 1:
                del self._locks[learner_id]
            else:
                self._locks[learner_id] = (lock, users - 1)


def _about_image(key: str, lang: str | None) -> Reply:
    return image_reply(image_text(key, lang or "vi"), lang)
