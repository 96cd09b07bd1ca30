"""`hocvuso purge`: what learners said is kept no longer than the retention period.

Transcript lines older than the period go, and so do closed desk conversations (with the request
text they kept) and Zalo's finished events and sent messages; open conversations and Zalo work not
yet done stay until finished. Unanswered questions stay as long as the Gaps page shows them.
Replies kept for resent messages, locks left by a process that died, and sign-in failures whose
window has passed go once they expire, whatever the period.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.shared import leases, replies
from api.workspace.tables import SignInFailure
from api.zalo.tables import ZaloInbound, ZaloOutbox
from bot.tables import QUESTION_DAYS, Handoff, TranscriptLine, UnansweredQuestion

ZALO_FINISHED = ("done", "skipped", "failed")
ZALO_SENT = ("sent", "dropped", "failed")


def purge(
    sessions: sessionmaker[Session],
    days: int,
    now: dt.datetime | None = None,
    sign_in_window: dt.timedelta = dt.timedelta(hours=1),
) -> dict[str, int]:
    now = now or dt.datetime.now(dt.UTC)
    before = now - dt.timedelta(days=days)
    with transaction(sessions) as session:
        removed = _learner_text(session, before, now - dt.timedelta(days=QUESTION_DAYS))
        removed["expired_replies"] = replies.purge_expired(session, now)
        leases.purge_expired(session, now)
        session.execute(delete(SignInFailure).where(SignInFailure.first_at <= now - sign_in_window))
    return removed


def _learner_text(session: Session, before: dt.datetime, questions_before: dt.datetime) -> dict[str, int]:
    def gone(statement) -> int:
        return session.execute(statement).rowcount

    return {
        "transcript_lines": gone(delete(TranscriptLine).where(TranscriptLine.at < before)),
        "closed_conversations": gone(
            delete(Handoff).where(Handoff.status == "closed", Handoff.closed_at < before)
        ),
        "unanswered_questions": gone(
            delete(UnansweredQuestion).where(UnansweredQuestion.at < questions_before)
        ),
        "zalo_events": gone(
            delete(ZaloInbound).where(ZaloInbound.status.in_(ZALO_FINISHED), ZaloInbound.received_at < before)
        ),
        "zalo_messages": gone(
            delete(ZaloOutbox).where(ZaloOutbox.status.in_(ZALO_SENT), ZaloOutbox.created_at < before)
        ),
    }
