"""`hocvuso purge`: what learners said is kept no longer than the retention period.

Transcript lines older than the period go, and so do closed desk conversations (with the request
text they kept); open conversations stay until a person closes them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from bot.tables import Handoff, TranscriptLine


def purge(sessions: sessionmaker[Session], days: int, now: dt.datetime | None = None) -> dict[str, int]:
    before = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
    with transaction(sessions) as session:
        lines = session.execute(delete(TranscriptLine).where(TranscriptLine.at < before)).rowcount
        closed = session.execute(
            delete(Handoff).where(Handoff.status == "closed", Handoff.closed_at < before)
        ).rowcount
    return {"transcript_lines": lines, "closed_conversations": closed}
