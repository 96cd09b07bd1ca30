"""Getting a person's words to the learner, on whichever channel the learner is on.

The widget gets them live over its open WebSocket(s), whichever app process stored the reply
(each process reads the new lines of the learners whose windows it holds), and from the
transcript after a reload; Zalo gets them through its durable outbox, written in the same transaction as the
reply; the terminal chat reads the transcript. Zalo only lets an OA reply for a while after the
learner's last message, so a reply outside that window is refused before it is stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections import defaultdict

from fastapi import WebSocket
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from api.desk.store import DeskError, OutboxWriter, now
from api.zalo.render import render
from api.zalo.tables import ZaloInbound, ZaloOutbox
from api.zalo.worker import LEARNER_PREFIX
from bot.replies import Button, IntentInfo, Message, Reply
from bot.store import Line
from bot.tables import TranscriptLine
from knowledge.tables import as_utc

logger = logging.getLogger(__name__)


PUSHED_ROLES = ("person", "notice")


class LearnerSockets:
    """The widget sockets open in this process, by learner. A person's words are pushed from the
    transcript, not from the request that stored them, so a reply sent through any process
    reaches a window held by this one: `deliver_new` sends each window the lines stored since it
    opened (its learner's last line id then is the mark)."""

    def __init__(self, sessions: sessionmaker[Session] | None = None) -> None:
        self._sessions = sessions
        self._open: dict[str, set[WebSocket]] = defaultdict(set)
        self._marks: dict[str, int] = {}
        self.new_lines = asyncio.Event()

    async def add(self, learner_id: str, socket: WebSocket) -> None:
        if learner_id not in self._marks and self._sessions is not None:
            self._marks[learner_id] = await asyncio.to_thread(self._last_line_id, learner_id)
        self._open[learner_id].add(socket)

    def discard(self, socket: WebSocket) -> None:
        for learner_id in [k for k, sockets in self._open.items() if socket in sockets]:
            self._open[learner_id].discard(socket)
            if not self._open[learner_id]:
                del self._open[learner_id]
                self._marks.pop(learner_id, None)

    async def deliver_new(self) -> int:
        """Pushes the person's and notice lines stored since each open window's mark."""
        marked = {learner: mark for learner, mark in self._marks.items() if learner in self._open}
        if not marked or self._sessions is None:
            return 0
        lines = await asyncio.to_thread(self._lines_after, marked)
        sent = 0
        for line_id, learner_id, line in lines:
            if line_id > self._marks.get(learner_id, line_id):
                self._marks[learner_id] = line_id
                sent += await self.push(learner_id, line_frame(line))
        return sent

    def _last_line_id(self, learner_id: str) -> int:
        with self._sessions() as session:  # type: ignore[misc]
            found = session.scalar(
                select(func.max(TranscriptLine.id)).where(TranscriptLine.learner_id == learner_id)
            )
        return found or 0

    def _lines_after(self, marks: dict[str, int]) -> list[tuple[int, str, Line]]:
        learners = list(marks)
        found = []
        with self._sessions() as session:  # type: ignore[misc]
            for start in range(0, len(learners), 500):
                chunk = learners[start : start + 500]
                rows = session.scalars(
                    select(TranscriptLine)
                    .where(
                        TranscriptLine.learner_id.in_(chunk),
                        TranscriptLine.id > min(marks[learner] for learner in chunk),
                        TranscriptLine.role.in_(PUSHED_ROLES),
                    )
                    .order_by(TranscriptLine.id)
                )
                found += [(row.id, row.learner_id, _line(row)) for row in rows]
        return found

    async def push(self, learner_id: str, frame: dict) -> int:
        """Sends to every open window of this learner; returns how many got it."""
        sent = 0
        for socket in list(self._open.get(learner_id, ())):
            try:
                await asyncio.wait_for(socket.send_json(frame), timeout=5)
                sent += 1
            except Exception:  # a closed or stuck window: it restores from the transcript
                logger.info("desk: a learner window did not take a pushed message")
                self.discard(socket)
        return sent


def _line(row: TranscriptLine) -> Line:
    return Line(row.role, row.text, list(row.buttons or []), row.entry_id, author=row.author)


async def follow_replies(sockets: LearnerSockets, every_s: float) -> None:
    """The lifespan's loop: new lines for this process's windows, at once when this process
    stored them, within `every_s` when another did."""
    while True:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(sockets.new_lines.wait(), timeout=every_s)
        sockets.new_lines.clear()
        try:
            await sockets.deliver_new()
        except Exception:  # the database is away for a moment: the next round tries again
            logger.exception("desk: could not read new lines for open windows")


def line_frame(line: Line) -> dict:
    return {
        "type": "person" if line.role == "person" else "notice",
        "author": line.author,
        "message": {"text": line.text, "buttons": line.buttons},
    }


def zalo_outbox(max_chars: int, button_type: str) -> OutboxWriter:
    def write(session: Session, learner_id: str, key: str, line: Line) -> None:
        text = f"{line.author}: {line.text}" if line.author else line.text
        buttons = [Button.model_validate(b) for b in line.buttons]
        reply = Reply(
            messages=[Message(text=text, buttons=buttons)],
            intent=IntentInfo(name="desk", confidence=1),
            lang="vi",
        )
        for seq, message in enumerate(render(reply, max_chars, button_type)):
            session.add(
                ZaloOutbox(
                    event_key=key,
                    seq=seq,
                    user_id=learner_id.removeprefix(LEARNER_PREFIX),
                    message=message,
                    status="pending",
                    attempts=0,
                    created_at=now(),
                    next_attempt_at=now(),
                )
            )

    return write


def check_zalo_window(sessions: sessionmaker[Session], learner_id: str, window_h: float) -> None:
    with sessions() as session:
        last = session.scalar(
            select(func.max(ZaloInbound.received_at)).where(
                ZaloInbound.user_id == learner_id.removeprefix(LEARNER_PREFIX)
            )
        )
    if last is None or now() - as_utc(last) > dt.timedelta(hours=window_h):
        raise DeskError(
            409,
            f"Zalo lets us reply only within {window_h:.0f} hours of the learner's last message, and that "
            "time has passed: the reply was not sent. It reaches them if they write again.",
        )
