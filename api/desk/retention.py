"""`hocvuso purge`: what learners said is kept no longer than the retention period.

Transcript lines older than the period go, and so do closed desk conversations (with the request
text they kept); open conversations stay until a person closes them. Replies kept for resent
messages, and locks left by a process that died, go once they expire, whatever the period.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.shared import leases, replies
from bot.tables import Handoff, TranscriptLine


def purge(sessions: sessionmaker[Session], days: int, now: dt.datetime | None = None) -> dict[str, int]:
    now = now or dt.datetime.now(dt.UTC)
    before = now - dt.timedelta(days=days)
    with transaction(sessions) as session:
        lines = session.execute(delete(TranscriptLine).where(TranscriptLine.at < before)).rowcount
        closed = session.execute(
            delete(Handoff).where(Handoff.status == "closed", Handoff.closed_at < before)
        ).rowcount
        expired = replies.purge_expired(session, now)
        leases.purge_expired(session, now)
    return {"transcript_lines": lines, "closed_conversations": closed, "expired_replies": expired}
