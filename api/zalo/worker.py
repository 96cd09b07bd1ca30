"""The background half of the channel: answer stored events, then deliver the outbox.

It runs in the app's event loop (started in the lifespan), one item at a time; every app process
runs one, and each item is claimed in the database first, so however many processes serve, each
event is answered once and a learner's replies keep their order. The webhook only stores and
wakes the worker of its process; Zalo gets its 200 at once. A picture is downloaded when its
event is answered, read and checked like a pasted message.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from api.chat_service import ChatService
from api.zalo.client import OutsideWindow, TokenRejected, ZaloApiError, ZaloClient
from api.zalo.events import IMAGE_EVENT, MEDIA_EVENTS
from api.zalo.media import DownloadFailed, ImageDownloader
from api.zalo.queues import Inbox, Outbox, now
from api.zalo.render import render
from api.zalo.tables import ZaloInbound, ZaloOutbox
from api.zalo.tokens import ZaloTokens
from bot.images import ImageRejected
from bot.images.texts import image_reply, image_text, rejection_text
from bot.replies import Reply
from knowledge.tables import as_utc

logger = logging.getLogger(__name__)
LEARNER_PREFIX = "zalo:"


@dataclass(frozen=True)
class WorkerPolicy:
    max_chars: int = 1000
    button_type: str = "oa.query.hide"
    retry_base_s: float = 2.0
    retry_max_s: float = 300.0
    give_up_after_s: float = 24 * 3600
    max_message_chars: int = 2000
    max_image_side: int = 8192  # only to say the limit to a learner whose picture was refused


class ZaloWorker:
    def __init__(
        self,
        inbox: Inbox,
        outbox: Outbox,
        chat: ChatService,
        client: ZaloClient,
        tokens: ZaloTokens,
        replies: Callable[[str, str | None], Reply],
        policy: WorkerPolicy,
        images: ImageDownloader | None = None,
    ) -> None:
        """`replies(event_name, learner_id)` answers events without text: a follow, a sticker;
        `images` downloads the pictures of image events (without it they get that answer too)."""
        self._inbox, self._outbox, self._chat = inbox, outbox, chat
        self._client, self._tokens, self._replies = client, tokens, replies
        self._policy = policy
        self._images = images
        self._wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        """Finish the current item, then return from `run`: a send is never cut in half."""
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        if released := await asyncio.to_thread(self._inbox.recover):
            logger.info("zalo: %d events a stopped process was answering are answered again", released)
        recovered = await asyncio.to_thread(self._outbox.recover)
        if recovered:
            logger.info("zalo: %d messages caught mid-send go out again", recovered)
        while not self._stopping:
            self._wake.clear()
            if await self.step():
                continue
            await self._sleep()

    async def step(self) -> bool:
        """Do one piece of work; False when there was none."""
        if event := await asyncio.to_thread(self._inbox.claim_next):
            await self._answer(event)
            return True
        if message := await asyncio.to_thread(self._outbox.claim_due):
            await self._deliver(message)
            return True
        return False

    async def _sleep(self) -> None:
        wake_at = await asyncio.to_thread(self._outbox.next_wake)
        timeout = 30.0 if wake_at is None else max(0.05, (as_utc(wake_at) - now()).total_seconds())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=min(timeout, 30.0))

    async def _answer(self, event: ZaloInbound) -> None:
        try:
            reply = await self._reply_to(event)
            messages = render(reply, self._policy.max_chars, self._policy.button_type)
            if not await asyncio.to_thread(self._inbox.complete, event, messages):
                logger.warning("zalo: event %s was taken over by another worker; its answer stands", event.id)
        except Exception:
            logger.exception("zalo: answering event %s failed (attempt %d)", event.id, event.attempts + 1)
            await asyncio.to_thread(self._inbox.failed_attempt, event, 3)

    async def _reply_to(self, event: ZaloInbound) -> Reply:
        learner = LEARNER_PREFIX + (event.user_id or "")
        if event.event_name == IMAGE_EVENT and self._images is not None:
            return await self._read_picture(event, learner, self._images)
        if (
            event.event_name in MEDIA_EVENTS
            or event.event_name == IMAGE_EVENT
            or event.event_name == "follow"
            or not (event.text or "").strip()
        ):
            return await asyncio.to_thread(self._replies, event.event_name, learner)
        text = (event.text or "")[: self._policy.max_message_chars]
        return await self._chat.handle(learner, text, message_id=event.key, redacted=event.redacted)

    async def _read_picture(self, event: ZaloInbound, learner: str, images: ImageDownloader) -> Reply:
        """Download the picture, then read and check it; a picture that cannot be had is answered
        in the learner's language, not retried."""
        try:
            if not event.image_url:
                raise DownloadFailed("the event has no picture address")
            picture = await images.fetch(event.image_url)
            return await self._chat.handle_image(learner, picture, message_id=event.key)
        except DownloadFailed as exc:
            logger.warning("zalo: the picture of event %s was not downloaded: %s", event.id, exc)
            lang = await self._chat.language_of(learner) or "vi"
            return image_reply(image_text("not_downloaded", lang), lang)
        except ImageRejected as exc:
            lang = await self._chat.language_of(learner) or "vi"
            limits = (images.max_bytes, self._policy.max_image_side)
            return image_reply(rejection_text(exc.reason, lang, *limits), lang)

    async def _deliver(self, message: ZaloOutbox) -> None:
        try:
            await self._send(message)
        except OutsideWindow as exc:
            logger.warning("zalo: message %d dropped: %s", message.id, exc)
            await asyncio.to_thread(self._outbox.finish, message, "dropped", last_error=str(exc)[:200])
        except (ZaloApiError, httpx.HTTPError) as exc:
            await asyncio.to_thread(self._retry_later, message, exc)
        else:
            await asyncio.to_thread(self._outbox.finish, message, "sent", sent_at=now())

    async def _send(self, message: ZaloOutbox) -> None:
        token = await asyncio.to_thread(self._tokens.current)
        try:
            await self._client.send(token, message.user_id, message.message)
        except TokenRejected:
            token = await self._tokens.refresh(token)
            await self._client.send(token, message.user_id, message.message)

    def _retry_later(self, message: ZaloOutbox, exc: Exception) -> None:
        attempts = message.attempts + 1
        error = (str(exc) or type(exc).__name__)[:200]
        age = (now() - as_utc(message.created_at)).total_seconds()
        if age >= self._policy.give_up_after_s:
            logger.error("zalo: message %d given up after %d attempts: %s", message.id, attempts, error)
            self._outbox.finish(message, "failed", attempts=attempts, last_error=error)
            return
        delay = min(self._policy.retry_max_s, self._policy.retry_base_s * 2 ** (attempts - 1))
        logger.info("zalo: message %d retried in %.1f s (%s)", message.id, delay, error)
        self._outbox.finish(
            message,
            "pending",
            attempts=attempts,
            last_error=error,
            next_attempt_at=now() + dt.timedelta(seconds=delay),
        )
