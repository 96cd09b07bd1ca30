"""What a volunteer's actions do: check the reply, store it, get it to the learner.

A volunteer's words go through the same guard as a learner's: a reply that contains a code,
password or card number, or that asks the learner for one, is refused with a way to rephrase.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from api.desk.delivery import LearnerSockets, check_zalo_window, zalo_outbox
from api.desk.store import DeskConversation, DeskError, DeskStore, OutboxWriter
from api.settings import Settings
from api.workspace.accounts import Trainer
from bot.redflags import check_message
from bot.replies import Button
from bot.safety import redact
from bot.store import Line
from bot.texts import say
from bot.walkthrough import offer_button
from knowledge.library import Library
from knowledge.schema import Entry
from knowledge.text import fold_latin

logger = logging.getLogger(__name__)
ASKS_FOR_SECRETS = {"otp_request", "credentials_request"}
# "Never read your OTP to anyone" names the request it warns against: a negation makes it a warning.
WARNS = re.compile(r"\b(dung|khong|chang|never|not|don't|dont|nobody|no one)\b|อย่า|ห้าม|ไม่")
# Reviewed lessons with the hotlines and offices to turn to, shown to a learner nobody took yet.
HELP_LESSONS = {
    "vi": ["vi.scams.where-to-report"],
    "th": ["th.scams.hotline-1441"],
    "en": ["en.scams.vietnam-report-spam-5656", "en.scams.thailand-1441-hotline"],
}


class Desk:
    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        library: Library,
        wake_zalo: Callable[[], None] | None = None,
    ) -> None:
        self.settings, self.sessions, self.library = settings, sessions, library
        self.store = DeskStore(sessions, settings.desk_volunteer_scope)
        self.sockets = LearnerSockets(sessions)
        self._wake_zalo = wake_zalo
        self._sent: dict[str, deque[float]] = defaultdict(deque)

    async def reply(
        self,
        trainer: Trainer,
        handoff_id: int,
        text: str,
        lesson: str | None = None,
        walkthrough: str | None = None,
    ) -> DeskConversation:
        text = text.strip()
        self._check_reply(trainer, text)
        buttons = self._buttons(lesson, walkthrough)
        if not text and not buttons:
            raise DeskError(422, "Write a reply, or add a lesson or a walkthrough button.")
        conversation = await asyncio.to_thread(self.store.get, trainer, handoff_id)
        line = Line("person", text, [b.model_dump() for b in buttons], author=trainer.display_name)
        outbox = await self._outbox_for(conversation)
        done = await asyncio.to_thread(self.store.reply, trainer, handoff_id, line, outbox)
        logger.info(
            "desk: %s replied on conversation %d (%s)", trainer.username, handoff_id, conversation.channel
        )
        await self._deliver(conversation, line)
        return done

    async def close(self, trainer: Trainer, handoff_id: int) -> DeskConversation:
        conversation = await asyncio.to_thread(self.store.get, trainer, handoff_id)
        text = say("handoff_closed", conversation.language).format(name=trainer.display_name)
        notice = Line("notice", text)
        outbox = self._zalo() if conversation.channel == "zalo" else None
        done = await asyncio.to_thread(self.store.close, trainer, handoff_id, notice, outbox)
        logger.info("desk: %s closed conversation %d", trainer.username, handoff_id)
        await self._deliver(conversation, notice)
        return done

    async def notify_waiting(self) -> int:
        """Tells each learner nobody took within the set time, once, where to get help meanwhile."""
        after = dt.timedelta(minutes=self.settings.desk_notice_after_min)
        told = 0
        for conversation in await asyncio.to_thread(self.store.waiting_too_long, after):
            line = self._nobody_yet(conversation.language)
            outbox = self._zalo() if conversation.channel == "zalo" else None
            if await asyncio.to_thread(self.store.notice, conversation.id, line, outbox):
                await self._deliver(conversation, line)
                told += 1
        return told

    def _nobody_yet(self, language: str) -> Line:
        lessons = [e for i in HELP_LESSONS.get(language, []) if (e := self.library.get(i))]
        buttons = [Button(title=e.title, payload=f"/entry {e.id}").model_dump() for e in lessons]
        return Line("notice", say("handoff_nobody_yet", language), buttons)

    def _check_reply(self, trainer: Trainer, text: str) -> None:
        if len(text) > self.settings.desk_reply_max_chars:
            raise DeskError(
                422,
                f"The reply is {len(text)} characters; send at most {self.settings.desk_reply_max_chars}.",
            )
        if redact(text)[1]:
            raise DeskError(
                422,
                "The reply contains what looks like a code, password or card number: never send one.",
            )
        check = check_message(text)
        if check.kinds & ASKS_FOR_SECRETS and not check.protective and not WARNS.search(fold_latin(text)):
            raise DeskError(
                422,
                "The reply seems to ask the learner for a code or password: never ask for one. To warn them, "
                "write it as a warning, e.g. 'Never give anyone your OTP'.",
            )
        self._rate(trainer)

    def _rate(self, trainer: Trainer) -> None:
        sent, now = self._sent[trainer.username], time.monotonic()
        while sent and now - sent[0] > 60:
            sent.popleft()
        if len(sent) >= self.settings.desk_replies_per_minute:
            raise DeskError(429, "Too many replies in a minute: wait a moment, then send again.")
        sent.append(now)

    def _buttons(self, lesson: str | None, walkthrough: str | None) -> list[Button]:
        buttons = []
        for wanted, make in ((lesson, _lesson_button), (walkthrough, offer_button)):
            if wanted is None:
                continue
            entry = self.library.get(wanted)
            button = make(entry) if entry else None
            if button is None:
                raise DeskError(
                    422, f"No published lesson '{wanted}' with that button: pick one from the list."
                )
            buttons.append(button)
        return buttons

    async def _outbox_for(self, conversation: DeskConversation) -> OutboxWriter | None:
        if conversation.channel != "zalo":
            return None
        window = self.settings.zalo_reply_window_h
        await asyncio.to_thread(check_zalo_window, self.sessions, conversation.learner, window)
        return self._zalo()

    def _zalo(self) -> OutboxWriter:
        return zalo_outbox(self.settings.zalo_max_chars, self.settings.zalo_button_type)

    async def _deliver(self, conversation: DeskConversation, line: Line) -> None:
        if conversation.channel == "zalo":
            if self._wake_zalo:
                self._wake_zalo()
            return
        self.sockets.new_lines.set()


def _lesson_button(entry: Entry) -> Button:
    return Button(title=entry.title, payload=f"/entry {entry.id}")


async def watch_waiting(desk: Desk, every_s: float = 30.0) -> None:
    """The lifespan's background check for learners waiting too long."""
    while True:
        await asyncio.sleep(every_s)
        try:
            await desk.notify_waiting()
        except Exception:  # a database hiccup must not end the watch
            logger.exception("desk: telling waiting learners failed")
