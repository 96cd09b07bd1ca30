"""Trainer accounts and their credentials: who may sign in, and as what."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.workspace.secrets import hash_password, new_token, token_hash, verify_password
from api.workspace.tables import SignInFailure, TrainerAccount, TrainerCredential
from knowledge.tables import as_utc

Role = Literal["volunteer", "author", "reviewer", "admin"]
# A volunteer answers learners on the desk and does nothing else; every other role may too.
RANK: dict[str, int] = {"volunteer": 0, "author": 1, "reviewer": 2, "admin": 3}
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
SESSION_DAYS = 7


class AccountError(ValueError):
    """Said to the person creating an account: what to change."""


class UsernameTaken(AccountError):
    """Another account has this username."""


class SignInLocked(Exception):
    """Too many wrong passwords for this name from this client; try again after `wait_s`."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"try again in {wait_s:.0f} s")
        self.wait_s = wait_s


@dataclass(frozen=True)
class Trainer:
    id: int
    username: str
    display_name: str
    role: Role

    def may(self, role: Role) -> bool:
        """A reviewer can do what an author can; an admin can do everything."""
        return RANK[self.role] >= RANK[role]


class AccountStore:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        max_failures: int = 5,
        lock: dt.timedelta = dt.timedelta(minutes=15),
        clock=lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._sessions, self.max_failures, self.lock, self.clock = sessions, max_failures, lock, clock

    def create(self, username: str, password: str, role: Role, display_name: str = "") -> Trainer:
        if not USERNAME.match(username):
            raise AccountError("username: 3–64 lowercase letters, digits, '.', '_' or '-'")
        if len(password) < 12:
            raise AccountError("password: at least 12 characters")
        if role not in RANK:
            raise AccountError("role: volunteer, author, reviewer or admin")
        row = TrainerAccount(
            username=username,
            display_name=display_name or username,
            role=role,
            password_hash=hash_password(password),
        )
        try:
            with transaction(self._sessions) as session:
                session.add(row)
        except IntegrityError as exc:
            raise UsernameTaken(f"username: '{username}' is taken") from exc
        return _trainer(row)

    def sign_in(self, username: str, password: str, client: str = "-") -> str | None:
        """A new session token, or None: the same answer for an unknown name and a wrong password.

        After `max_failures` wrong tries for one name from one client, every try (even the right
        password) raises SignInLocked until `lock` has passed since the first of them.
        """
        key = _failure_key(username, client)
        with transaction(self._sessions) as session:
            failure = session.get(SignInFailure, key)
            now = self.clock()
            if failure is not None and now - as_utc(failure.first_at) >= self.lock:
                session.delete(failure)
                failure = None
            if failure is not None and failure.failures >= self.max_failures:
                raise SignInLocked((as_utc(failure.first_at) + self.lock - now).total_seconds())
            row = session.scalar(select(TrainerAccount).where(TrainerAccount.username == username))
            if row is None or not verify_password(password, row.password_hash):
                if failure is None:
                    session.add(SignInFailure(key_hash=key, failures=1, first_at=now))
                else:
                    failure.failures += 1
                return None
            if failure is not None:
                session.delete(failure)
            return _issue(session, row.id, "session", None, dt.timedelta(days=SESSION_DAYS))

    def issue_token(self, trainer: Trainer, label: str) -> str:
        with transaction(self._sessions) as session:
            return _issue(session, trainer.id, "token", label, None)

    def sign_out(self, token: str) -> None:
        with transaction(self._sessions) as session:
            session.execute(
                delete(TrainerCredential).where(TrainerCredential.token_hash == token_hash(token))
            )

    def trainer_for(self, token: str) -> Trainer | None:
        with self._sessions() as session:
            row = session.execute(
                select(TrainerAccount, TrainerCredential)
                .join(TrainerCredential, TrainerCredential.account_id == TrainerAccount.id)
                .where(TrainerCredential.token_hash == token_hash(token))
            ).first()
        if row is None:
            return None
        account, credential = row
        if credential.expires_at and as_utc(credential.expires_at) < dt.datetime.now(dt.UTC):
            return None
        return _trainer(account)

    def all(self) -> list[Trainer]:
        with self._sessions() as session:
            return [
                _trainer(r) for r in session.scalars(select(TrainerAccount).order_by(TrainerAccount.username))
            ]


def _issue(
    session: Session, account_id: int, kind: str, label: str | None, lifetime: dt.timedelta | None
) -> str:
    token = new_token()
    expires = dt.datetime.now(dt.UTC) + lifetime if lifetime else None
    session.add(
        TrainerCredential(
            account_id=account_id, kind=kind, token_hash=token_hash(token), label=label, expires_at=expires
        )
    )
    return token


def _failure_key(username: str, client: str) -> str:
    return hashlib.sha256(f"{username.casefold()}\x00{client}".encode()).hexdigest()


def _trainer(row: TrainerAccount) -> Trainer:
    return Trainer(row.id, row.username, row.display_name, row.role)  # type: ignore[arg-type]
