"""Sign-in attempts are counted *before* the password is checked, each count one atomic
insert-or-increment that returns the new value, so parallel guesses cannot all get in before the
first failure is written: with a limit of 5, 100 parallel wrong passwords make 5 checks.

Three counts, each over a window that starts at its first attempt:
- per name and address: the usual pause for someone who mistyped (default 5);
- per name, from any address: guessing one account from many addresses (default 20);
- per address, for any name: one address trying many names (default 50).
An attempt refused by the first count is not counted by the others, so hammering one name from
one address pauses only that pair. A right password takes its own attempt back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from api.workspace.tables import SignInFailure
from knowledge.tables import as_utc

Scope = Literal["name_and_address", "name", "address"]
UPSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


@dataclass(frozen=True)
class SignInLimits:
    per_name_and_address: int = 5
    per_name: int = 20
    per_address: int = 50
    window: dt.timedelta = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class Refusal:
    """This attempt is over a limit: no password check until `until`."""

    scope: Scope
    until: dt.datetime
    first: bool  # the first refusal of this pause: the audit log records that one only


class AttemptCounter:
    def __init__(self, limits: SignInLimits, clock: Callable[[], dt.datetime]) -> None:
        self.limits, self.clock = limits, clock

    def count(self, session: Session, name: str, client: str) -> Refusal | None:
        """Count one attempt; a Refusal when a limit is already used up."""
        now = self.clock()
        account = name_key(name)
        checks: list[tuple[Scope, str, str | None, int]] = [
            (
                "name_and_address",
                _key("pair", name.casefold(), client),
                account,
                self.limits.per_name_and_address,
            ),
            ("name", account, account, self.limits.per_name),
            ("address", _key("address", client), None, self.limits.per_address),
        ]
        for scope, key, account_key, limit in checks:
            attempts, first_at = self._bump(session, key, account_key, now)
            if attempts > limit:
                return Refusal(scope, as_utc(first_at) + self.limits.window, first=attempts == limit + 1)
        return None

    def take_back(self, session: Session, name: str, client: str) -> None:
        """After a right password: that name and address start afresh; the wider counts lose this attempt."""
        session.execute(
            delete(SignInFailure).where(SignInFailure.key_hash == _key("pair", name.casefold(), client))
        )
        session.execute(
            update(SignInFailure)
            .where(SignInFailure.key_hash.in_([name_key(name), _key("address", client)]))
            .where(SignInFailure.failures > 0)
            .values(failures=SignInFailure.failures - 1)
        )

    def clear(self, session: Session, name: str) -> int:
        """An admin's unlock: every count of this name, from every address."""
        return session.execute(
            delete(SignInFailure).where(SignInFailure.account_key == name_key(name))
        ).rowcount

    def paused_until(self, session: Session, names: list[str]) -> dict[str, dt.datetime]:
        """Names that cannot sign in right now (from some address at least), and until when."""
        by_key = {name_key(n): n for n in names}
        cutoff = self.clock() - self.limits.window
        rows = session.scalars(
            select(SignInFailure).where(
                SignInFailure.account_key.in_(by_key), SignInFailure.first_at > cutoff
            )
        )
        paused: dict[str, dt.datetime] = {}
        for row in rows:
            whole_name = row.key_hash == row.account_key
            limit = self.limits.per_name if whole_name else self.limits.per_name_and_address
            if row.failures >= limit:
                name = by_key[row.account_key]  # type: ignore[index]
                until = as_utc(row.first_at) + self.limits.window
                paused[name] = max(until, paused.get(name, until))
        return paused

    def _bump(
        self, session: Session, key: str, account_key: str | None, now: dt.datetime
    ) -> tuple[int, dt.datetime]:
        dialect = session.get_bind().dialect.name
        if dialect not in UPSERTS:
            raise RuntimeError(f"Sign-in counting needs SQLite or PostgreSQL; the database is {dialect}.")
        insert = UPSERTS[dialect]
        fresh = insert(SignInFailure).values(key_hash=key, account_key=account_key, failures=1, first_at=now)
        expired = SignInFailure.first_at <= now - self.limits.window
        statement = fresh.on_conflict_do_update(
            index_elements=[SignInFailure.key_hash],
            set_={
                "failures": case((expired, 1), else_=SignInFailure.failures + 1),
                "first_at": case((expired, fresh.excluded.first_at), else_=SignInFailure.first_at),
            },
        ).returning(SignInFailure.failures, SignInFailure.first_at)
        attempts, first_at = session.execute(statement).one()
        return attempts, first_at


def name_key(name: str) -> str:
    return _key("name", name.casefold())


def _key(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()
