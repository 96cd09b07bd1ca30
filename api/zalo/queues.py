"""The two durable queues of the Zalo channel, in the database.

Inbound: an event is stored once (its key is unique) before the webhook answers, and marked done
in the same transaction that puts its replies in the outbox — so a crash either leaves the event
pending (it is processed again, its replies not yet queued) or finished, never half.
Outbound: one learner's messages leave in order; a message that was being sent when the process
died is sent again (at-least-once: Zalo has no idempotency key, so a kill in the few
milliseconds of a send can double that one message; nothing is ever lost).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, sessionmaker

from api.database import transaction
from api.zalo.events import TEXT_EVENTS, ZaloEvent
from api.zalo.tables import ZaloInbound, ZaloOutbox
from bot.safety import redact


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Inbox:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def store(self, event: ZaloEvent) -> bool:
        """False when this event was stored before (a redelivery)."""
        text, found = redact(event.message.text or "") if event.message else ("", [])
        row = ZaloInbound(
            key=event.key,
            event_name=event.event_name,
            user_id=event.user_id,
            text=text if event.event_name in TEXT_EVENTS else None,
            redacted=sorted({f.kind for f in found}),
            status="pending" if event.needs_reply else "skipped",
            attempts=0,
        )
        try:
            with transaction(self._sessions) as session:
                session.add(row)
        except IntegrityError:
            return False
        return True

    def next_pending(self) -> ZaloInbound | None:
        with self._sessions() as session:
            query = select(ZaloInbound).where(ZaloInbound.status == "pending").order_by(ZaloInbound.id)
            return session.scalars(query.limit(1)).first()

    def complete(self, row: ZaloInbound, messages: list[dict]) -> None:
        with transaction(self._sessions) as session:
            for seq, message in enumerate(messages):
                session.add(
                    ZaloOutbox(
                        event_key=row.key,
                        seq=seq,
                        user_id=row.user_id,
                        message=message,
                        status="pending",
                        attempts=0,
                        created_at=now(),
                        next_attempt_at=now(),
                    )
                )
            session.execute(
                update(ZaloInbound).where(ZaloInbound.id == row.id).values(status="done", processed_at=now())
            )

    def failed_attempt(self, row: ZaloInbound, max_attempts: int) -> None:
        status = "failed" if row.attempts + 1 >= max_attempts else "pending"
        with transaction(self._sessions) as session:
            session.execute(
                update(ZaloInbound)
                .where(ZaloInbound.id == row.id)
                .values(attempts=row.attempts + 1, status=status)
            )


class Outbox:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def recover(self) -> int:
        """After a restart, messages caught mid-send go back in the queue."""
        with transaction(self._sessions) as session:
            result = session.execute(
                update(ZaloOutbox).where(ZaloOutbox.status == "sending").values(status="pending")
            )
            return result.rowcount

    def next_due(self) -> ZaloOutbox | None:
        """The first waiting message of some learner, if it is due; later ones wait behind it."""
        earlier = aliased(ZaloOutbox)
        first_of_learner = (
            select(func.min(earlier.id))
            .where(earlier.user_id == ZaloOutbox.user_id, earlier.status.in_(("pending", "sending")))
            .scalar_subquery()
        )
        query = (
            select(ZaloOutbox)
            .where(
                ZaloOutbox.status == "pending",
                ZaloOutbox.id == first_of_learner,
                ZaloOutbox.next_attempt_at <= now(),
            )
            .order_by(ZaloOutbox.id)
            .limit(1)
        )
        with self._sessions() as session:
            return session.scalars(query).first()

    def next_wake(self) -> dt.datetime | None:
        with self._sessions() as session:
            query = select(func.min(ZaloOutbox.next_attempt_at)).where(ZaloOutbox.status == "pending")
            return session.scalar(query)

    def mark(self, row_id: int, status: str, **values) -> None:
        with transaction(self._sessions) as session:
            session.execute(update(ZaloOutbox).where(ZaloOutbox.id == row_id).values(status=status, **values))
