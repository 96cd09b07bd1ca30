"""Getting a person's words to the learner, on whichever channel the learner is on.

The widget gets them live over its open WebSocket(s) in this process, and from the transcript
after a reload; Zalo gets them through its durable outbox, written in the same transaction as the
reply; the terminal chat reads the transcript. Zalo only lets an OA reply for a while after the
learner's last message, so a reply outside that window is refused before it is stored.
"""

from __future__ import annotations

import asyncio
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
from knowledge.tables import as_utc

logger = logging.getLogger(__name__)


class LearnerSockets:
    """The widget sockets open in this process, by learner, so a person's reply can be pushed."""

    def __init__(self) -> None:
        self._open: dict[str, set[WebSocket]] = defaultdict(set)

    def add(self, learner_id: str, socket: WebSocket) -> None:
        self._open[learner_id].add(socket)

    def discard(self, socket: WebSocket) -> None:
        for learner_id in [k for k, sockets in self._open.items() if socket in sockets]:
            self._open[learner_id].discard(socket)
            if not self._open[learner_id]:
                del self._open[learner_id]

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
