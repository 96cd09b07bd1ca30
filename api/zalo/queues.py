"""The two durable queues of the Zalo channel, in the database, shared by every app process.

Inbound: an event is stored once (its key is unique) before the webhook answers, and marked done
in the same transaction that puts its replies in the outbox — so a crash either leaves the event
pending (it is processed again, its replies not yet queued) or finished, never half.
Outbound: one learner's messages leave in order; a message that was being sent when its process
died is sent again once its claim runs out (at-least-once: Zalo has no idempotency key, so a kill
in the few milliseconds of a send can double that one message; nothing is ever lost).

Every worker of every process takes work by claiming it: one UPDATE … RETURNING sets who has the
row and until when (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite runs one writer at a time), so
exactly one worker handles each row. Finishing a row is conditional on still holding its claim: a
worker whose claim was taken over changes nothing, and a done row never goes back to pending.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, sessionmaker

from api.database import transaction
from api.shared.leases import gone
from api.zalo.events import IMAGE_EVENT, TEXT_EVENTS, ZaloEvent
from api.zalo.tables import ZaloInbound, ZaloOutbox
from bot.safety import redact

UNCLAIMED = {"claimed_by": None, "claimed_until": None}


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _free(table: type[ZaloInbound] | type[ZaloOutbox], moment: dt.datetime):
    """Nobody holds the row, or its holder's claim ran out (a worker that died or hung)."""
    return or_(table.claimed_until.is_(None), table.claimed_until < moment)


class Inbox:
    def __init__(self, sessions: sessionmaker[Session], worker: str = "", claim_s: float = 120.0) -> None:
        """`worker`: this worker's name in the claims; `claim_s`: how long a claim holds."""
        self._sessions = sessions
        self._worker = worker
        self._claim = dt.timedelta(seconds=claim_s)

    def store(self, event: ZaloEvent) -> bool:
        """False when this event was stored before (a redelivery)."""
        text, found = redact(event.message.text or "") if event.message else ("", [])
        row = ZaloInbound(
            key=event.key,
            event_name=event.event_name,
            user_id=event.user_id,
            text=text if event.event_name in TEXT_EVENTS else None,
            redacted=sorted({f.kind for f in found}),
            image_url=event.message.image_url if event.message and event.event_name == IMAGE_EVENT else None,
            status="pending" if event.needs_reply else "skipped",
            attempts=0,
        )
        try:
            with transaction(self._sessions) as session:
                session.add(row)
        except IntegrityError:
            return False
        return True

    def recover(self) -> int:
        """At start-up, events held by a process of this host that died go back to the queue at
        once; a claim of any other process is left to run out."""
        with transaction(self._sessions) as session:
            released = 0
            for holder in _dead_holders(session, ZaloInbound):
                released += session.execute(
                    update(ZaloInbound)
                    .where(ZaloInbound.claimed_by == holder, ZaloInbound.status == "pending")
                    .values(**UNCLAIMED)
                ).rowcount
            return released

    def claim_next(self) -> ZaloInbound | None:
        """The oldest pending event nobody holds whose learner has no earlier event pending (one
        learner's events are answered in arrival order), now claimed by this worker."""
        moment = now()
        earlier = aliased(ZaloInbound)
        behind = exists().where(
            earlier.user_id == ZaloInbound.user_id, earlier.id < ZaloInbound.id, earlier.status == "pending"
        )
        candidate = (
            select(ZaloInbound.id)
            .where(ZaloInbound.status == "pending", _free(ZaloInbound, moment), ~behind)
            .order_by(ZaloInbound.id)
            .limit(1)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        claim = (
            update(ZaloInbound)
            .where(ZaloInbound.id == candidate, ZaloInbound.status == "pending", _free(ZaloInbound, moment))
            .values(claimed_by=self._worker, claimed_until=moment + self._claim)
            .returning(ZaloInbound)
            .execution_options(synchronize_session=False)
        )
        with transaction(self._sessions) as session:
            return session.scalars(claim).first()

    def complete(self, row: ZaloInbound, messages: list[dict]) -> bool:
        """Mark the event done and queue its replies; False (nothing queued) if this worker no
        longer holds it."""
        with transaction(self._sessions) as session:
            done = session.execute(
                update(ZaloInbound)
                .where(ZaloInbound.id == row.id, ZaloInbound.status == "pending", _held(ZaloInbound, row))
                .values(status="done", processed_at=now(), **UNCLAIMED)
            ).rowcount
            if done != 1:
                return False
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
        return True

    def failed_attempt(self, row: ZaloInbound, max_attempts: int) -> None:
        status = "failed" if row.attempts + 1 >= max_attempts else "pending"
        with transaction(self._sessions) as session:
            session.execute(
                update(ZaloInbound)
                .where(ZaloInbound.id == row.id, ZaloInbound.status == "pending", _held(ZaloInbound, row))
                .values(attempts=row.attempts + 1, status=status, **UNCLAIMED)
            )


class Outbox:
    def __init__(self, sessions: sessionmaker[Session], worker: str = "", claim_s: float = 120.0) -> None:
        self._sessions = sessions
        self._worker = worker
        self._claim = dt.timedelta(seconds=claim_s)

    def recover(self) -> int:
        """At start-up, messages whose sender died mid-send (a process of this host that is gone,
        or any whose claim ran out) go back in the queue; a send another process has in flight
        is left alone."""
        with transaction(self._sessions) as session:
            dead = _dead_holders(session, ZaloOutbox)
            result = session.execute(
                update(ZaloOutbox)
                .where(
                    ZaloOutbox.status == "sending",
                    or_(_free(ZaloOutbox, now()), ZaloOutbox.claimed_by.in_(dead)),
                )
                .values(status="pending", **UNCLAIMED)
            )
            return result.rowcount

    def claim_due(self) -> ZaloOutbox | None:
        """The first waiting message of some learner, if it is due (or its sender died), now
        claimed by this worker; the learner's later messages wait behind it."""
        moment = now()
        earlier = aliased(ZaloOutbox)
        first_of_learner = (
            select(func.min(earlier.id))
            .where(earlier.user_id == ZaloOutbox.user_id, earlier.status.in_(("pending", "sending")))
            .scalar_subquery()
        )
        claimable = or_(
            (ZaloOutbox.status == "pending") & (ZaloOutbox.next_attempt_at <= moment),
            (ZaloOutbox.status == "sending") & _free(ZaloOutbox, moment),
        )
        candidate = (
            select(ZaloOutbox.id)
            .where(claimable, ZaloOutbox.id == first_of_learner)
            .order_by(ZaloOutbox.id)
            .limit(1)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        claim = (
            update(ZaloOutbox)
            .where(ZaloOutbox.id == candidate, claimable)
            .values(status="sending", claimed_by=self._worker, claimed_until=moment + self._claim)
            .returning(ZaloOutbox)
            .execution_options(synchronize_session=False)
        )
        with transaction(self._sessions) as session:
            return session.scalars(claim).first()

    def next_wake(self) -> dt.datetime | None:
        """When a retry falls due, or a claim of a message in flight runs out."""
        with self._sessions() as session:
            due = session.scalar(
                select(func.min(ZaloOutbox.next_attempt_at)).where(ZaloOutbox.status == "pending")
            )
            lapses = session.scalar(
                select(func.min(ZaloOutbox.claimed_until)).where(ZaloOutbox.status == "sending")
            )
        return min((m for m in (due, lapses) if m is not None), default=None)

    def finish(self, row: ZaloOutbox, status: str, **values) -> bool:
        """Record how the send went, if this worker still holds the message."""
        with transaction(self._sessions) as session:
            return (
                session.execute(
                    update(ZaloOutbox)
                    .where(ZaloOutbox.id == row.id, ZaloOutbox.status == "sending", _held(ZaloOutbox, row))
                    .values(status=status, **UNCLAIMED, **values)
                ).rowcount
                == 1
            )


def _dead_holders(session: Session, table: type[ZaloInbound] | type[ZaloOutbox]) -> list[str]:
    holders = session.scalars(select(table.claimed_by).where(table.claimed_until >= now()).distinct()).all()
    return [holder for holder in holders if holder and gone(holder)]


def _held(table: type[ZaloInbound] | type[ZaloOutbox], row: ZaloInbound | ZaloOutbox):
    return table.claimed_by == row.claimed_by
