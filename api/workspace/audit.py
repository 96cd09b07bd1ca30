"""The audit log: every sign-in (ok, failed, paused), sign-out, account and role change, token
event, publish and rollback, with who did it, to what, when and from which client address.

Actions are dotted names: `sign_in.ok`, `sign_in.failed`, `sign_in.locked`, `sign_in.refused`,
`sign_out`, `password.changed`, `password.failed`, `account.created`, `account.disabled`,
`account.enabled`, `account.role_changed`, `account.password_reset`, `account.unlocked`,
`token.created`, `token.revoked`, `credentials.revoked`, `content.published`,
`content.rolled_back`. Admins read it in the workspace and download it as CSV.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.workspace.tables import AuditEvent
from knowledge.tables import as_utc

COLUMNS = ("at", "actor", "action", "target", "detail", "client")


def record(
    session: Session,
    action: str,
    actor: str | None,
    target: str | None = None,
    detail: str = "",
    client: str | None = None,
) -> None:
    """Add one event inside the caller's transaction, so the event commits with the change."""
    session.add(
        AuditEvent(
            at=dt.datetime.now(dt.UTC),
            actor=actor[:80] if actor else None,
            action=action[:40],
            target=target[:200] if target else None,
            detail=detail[:400],
            client=client[:64] if client else None,
        )
    )


def write(
    sessions: sessionmaker[Session],
    action: str,
    actor: str | None,
    target: str | None = None,
    detail: str = "",
    client: str | None = None,
) -> None:
    """`record` in a transaction of its own, for a change that committed elsewhere."""
    with transaction(sessions) as session:
        record(session, action, actor, target, detail, client)


def recent(
    sessions: sessionmaker[Session],
    limit: int = 200,
    action: str | None = None,
    actor: str | None = None,
    since: dt.datetime | None = None,
) -> list[dict[str, object]]:
    """The newest events first; `action` may be a prefix such as "sign_in"."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if action:
        query = query.where(
            (AuditEvent.action == action) | AuditEvent.action.startswith(f"{action}.", autoescape=True)
        )
    if actor:
        query = query.where(AuditEvent.actor == actor)
    if since:
        query = query.where(AuditEvent.at >= since)
    with sessions() as session:
        return [_row(event) for event in session.scalars(query)]


def _row(event: AuditEvent) -> dict[str, object]:
    return {
        "id": event.id,
        "at": as_utc(event.at).isoformat(),
        "actor": event.actor or "",
        "action": event.action,
        "target": event.target or "",
        "detail": event.detail,
        "client": event.client or "",
    }
