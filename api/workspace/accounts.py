"""Trainer accounts and their credentials: who may sign in, and as what.

Every change to an account or a credential is written to the audit log in the same transaction.
`actor` is who made the change (a username, or "cli:<user>" on the server's command line) and
`client` the address it came from.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from api.database import transaction
from api.workspace import audit
from api.workspace.secrets import PasswordHasher, new_token, token_hash
from api.workspace.sign_in_limits import AttemptCounter, Refusal, Scope, SignInLimits
from api.workspace.tables import TrainerAccount, TrainerCredential
from knowledge.tables import as_utc

if TYPE_CHECKING:
    from api.settings import Settings

Role = Literal["volunteer", "author", "reviewer", "admin"]
# A volunteer answers learners on the desk and does nothing else; every other role may too.
RANK: dict[str, int] = {"volunteer": 0, "author": 1, "reviewer": 2, "admin": 3}
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
PASSWORD_MIN, PASSWORD_MAX = 12, 1024
SESSION_DAYS = 7


class AccountError(ValueError):
    """Said to the person changing an account: what to change."""


class UsernameTaken(AccountError):
    """Another account has this username."""


class AccountNotFound(AccountError):
    """No account has this username."""


class LastAdmin(AccountError):
    """The change would leave no enabled admin, and nobody could manage accounts on the pages."""


class WrongPassword(Exception):
    """The password typed to confirm a change is not the account's."""


class AccountDisabled(Exception):
    """The password was right, but an admin has disabled the account."""


class SignInLocked(Exception):
    """Too many attempts for this name or from this client; try again after `wait_s`."""

    def __init__(self, wait_s: float, scope: Scope = "name_and_address") -> None:
        super().__init__(f"try again in {wait_s:.0f} s")
        self.wait_s, self.scope = wait_s, scope


@dataclass(frozen=True)
class Trainer:
    id: int
    username: str
    display_name: str
    role: Role

    def may(self, role: Role) -> bool:
        """A reviewer can do what an author can; an admin can do everything."""
        return RANK[self.role] >= RANK[role]


@dataclass(frozen=True)
class AccountInfo:
    """An account as admins see it in the list."""

    username: str
    display_name: str
    role: Role
    created_at: dt.datetime
    disabled: bool
    paused_until: dt.datetime | None
    tokens: int


@dataclass(frozen=True)
class TokenInfo:
    id: int
    owner: str
    label: str
    created_at: dt.datetime
    expires_at: dt.datetime


@dataclass(frozen=True)
class IssuedToken:
    token: str  # shown once; only its hash is stored
    info: TokenInfo


class AccountStore:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        limits: SignInLimits | None = None,
        hasher: PasswordHasher | None = None,
        token_days: int = 90,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._sessions, self.clock, self.token_days = sessions, clock, token_days
        self.limits = limits or SignInLimits()
        self.hasher = hasher or PasswordHasher()
        self._attempts = AttemptCounter(self.limits, clock)
        # Each scrypt check holds 128 MiB at the default cost: never more at once than cores.
        self._hashing = threading.BoundedSemaphore(os.cpu_count() or 1)

    @classmethod
    def from_settings(cls, sessions: sessionmaker[Session], settings: Settings) -> AccountStore:
        limits = SignInLimits(
            per_name_and_address=settings.sign_in_max_failures,
            per_name=settings.sign_in_max_failures_per_name,
            per_address=settings.sign_in_max_failures_per_address,
            window=dt.timedelta(minutes=settings.sign_in_lock_minutes),
        )
        hasher = PasswordHasher(log2_n=settings.password_scrypt_log2_n)
        return cls(sessions, limits, hasher, settings.api_token_days)

    # ----- accounts -----

    def create(
        self,
        username: str,
        password: str,
        role: Role,
        display_name: str = "",
        actor: str | None = None,
        client: str | None = None,
    ) -> Trainer:
        if not USERNAME.match(username):
            raise AccountError("username: 3–64 lowercase letters, digits, '.', '_' or '-'")
        _check_password_rules(password)
        _check_role(role)
        row = TrainerAccount(
            username=username,
            display_name=display_name or username,
            role=role,
            password_hash=self._hash(password),
        )
        try:
            with transaction(self._sessions) as session:
                session.add(row)
                session.flush()
                audit.record(session, "account.created", actor, username, f"role {role}", client)
        except IntegrityError as exc:
            raise UsernameTaken(f"username: '{username}' is taken") from exc
        return _trainer(row)

    def all(self) -> list[Trainer]:
        with self._sessions() as session:
            return [
                _trainer(r) for r in session.scalars(select(TrainerAccount).order_by(TrainerAccount.username))
            ]

    def accounts(self) -> list[AccountInfo]:
        """Every account with what an admin acts on: disabled, paused sign-in, live API tokens."""
        now = self.clock()
        with self._sessions() as session:
            rows = list(session.scalars(select(TrainerAccount).order_by(TrainerAccount.username)))
            paused = self._attempts.paused_until(session, [r.username for r in rows])
            live_tokens = session.execute(
                select(TrainerCredential.account_id, func.count())
                .where(TrainerCredential.kind == "token", TrainerCredential.expires_at > now)
                .group_by(TrainerCredential.account_id)
            )
            tokens = {account_id: count for account_id, count in live_tokens}
        return [
            AccountInfo(
                r.username,
                r.display_name,
                r.role,  # type: ignore[arg-type]
                as_utc(r.created_at),
                r.disabled_at is not None,
                paused.get(r.username),
                tokens.get(r.id, 0),
            )
            for r in rows
        ]

    def set_role(self, actor: str, username: str, role: Role, client: str | None = None) -> Trainer:
        """Takes effect on the account's next request: roles are read per request, not cached."""
        _check_role(role)
        with transaction(self._sessions) as session:
            row = _account(session, username)
            before, row.role = row.role, role
            _keep_an_admin(session, f"{username} is the only enabled admin: make another admin first")
            audit.record(session, "account.role_changed", actor, username, f"{before} → {role}", client)
            return _trainer(row)

    def disable(self, actor: str, username: str, client: str | None = None) -> int:
        """No sign-in any more, and every session and token of the account ends now; returns how many."""
        with transaction(self._sessions) as session:
            row = _account(session, username)
            if row.disabled_at is None:
                row.disabled_at = self.clock()
            _keep_an_admin(session, f"{username} is the only enabled admin: make another admin first")
            ended = _end_credentials(session, row.id)
            audit.record(
                session, "account.disabled", actor, username, f"{ended} sessions and tokens ended", client
            )
            return ended

    def enable(self, actor: str, username: str, client: str | None = None) -> None:
        with transaction(self._sessions) as session:
            row = _account(session, username)
            row.disabled_at = None
            audit.record(session, "account.enabled", actor, username, "", client)

    def reset_password(self, actor: str, username: str, password: str, client: str | None = None) -> None:
        """An admin sets a new password: the account's sessions end and its sign-in pauses are lifted;
        its API tokens stay (revoke them separately if the account was misused)."""
        _check_password_rules(password)
        hashed = self._hash(password)
        with transaction(self._sessions) as session:
            row = _account(session, username)
            row.password_hash = hashed
            ended = _end_credentials(session, row.id, kind="session")
            self._attempts.clear(session, username)
            audit.record(
                session, "account.password_reset", actor, username, f"{ended} sessions ended", client
            )

    def unlock(self, actor: str, username: str, client: str | None = None) -> int:
        """Lift every sign-in pause of this name, from every address; returns the counts cleared."""
        with transaction(self._sessions) as session:
            _account(session, username)
            cleared = self._attempts.clear(session, username)
            audit.record(session, "account.unlocked", actor, username, f"{cleared} counts cleared", client)
            return cleared

    def revoke_credentials(self, actor: str, username: str, client: str | None = None) -> int:
        """Sign the account out everywhere and revoke its API tokens; returns how many ended."""
        with transaction(self._sessions) as session:
            row = _account(session, username)
            ended = _end_credentials(session, row.id)
            audit.record(
                session, "credentials.revoked", actor, username, f"{ended} sessions and tokens", client
            )
            return ended

    # ----- signing in, passwords -----

    def sign_in(self, username: str, password: str, client: str = "-") -> str | None:
        """A new session token, or None: the same answer, after the same work, for an unknown name
        and a wrong password. Raises SignInLocked past a limit (even for the right password) and
        AccountDisabled for the right password of a disabled account."""
        row, right = self._checked(username, password, client)
        if row is None or not right:
            target, detail = (username, "") if row else (None, "unknown name")
            audit.write(self._sessions, "sign_in.failed", None, target, detail, client)
            return None
        if row.disabled_at is not None:
            audit.write(self._sessions, "sign_in.refused", username, username, "account disabled", client)
            raise AccountDisabled(username)
        rehashed = self._hash(password) if self.hasher.needs_rehash(row.password_hash) else None
        now = self.clock()
        with transaction(self._sessions) as session:
            self._attempts.take_back(session, username, client)
            account = session.get(TrainerAccount, row.id)
            if rehashed and account is not None and account.password_hash == row.password_hash:
                account.password_hash = rehashed
            session.execute(
                delete(TrainerCredential).where(
                    TrainerCredential.account_id == row.id, TrainerCredential.expires_at <= now
                )
            )
            audit.record(session, "sign_in.ok", username, username, "rehashed" if rehashed else "", client)
            token, _ = _issue(session, row.id, "session", None, now + dt.timedelta(days=SESSION_DAYS))
            return token

    def sign_out(self, token: str, client: str | None = None) -> None:
        with transaction(self._sessions) as session:
            found = session.execute(
                select(TrainerAccount.username, TrainerCredential)
                .join(TrainerCredential, TrainerCredential.account_id == TrainerAccount.id)
                .where(TrainerCredential.token_hash == token_hash(token))
            ).first()
            if found is None:
                return
            username, credential = found
            session.delete(credential)
            audit.record(session, "sign_out", username, username, credential.kind, client)

    def change_password(
        self, trainer: Trainer, current: str, new: str, client: str = "-", keep_token: str | None = None
    ) -> int:
        """The account's own change, with its current password; its other sessions end (returns how
        many), the one in `keep_token` stays."""
        _check_password_rules(new)
        self._confirm(trainer, current, client)
        hashed = self._hash(new)
        with transaction(self._sessions) as session:
            row = _account(session, trainer.username)
            row.password_hash = hashed
            query = delete(TrainerCredential).where(
                TrainerCredential.account_id == row.id, TrainerCredential.kind == "session"
            )
            if keep_token:
                query = query.where(TrainerCredential.token_hash != token_hash(keep_token))
            ended = session.execute(query).rowcount
            detail = f"{ended} other sessions ended"
            audit.record(session, "password.changed", trainer.username, trainer.username, detail, client)
            return ended

    def trainer_for(self, token: str) -> Trainer | None:
        with self._sessions() as session:
            row = session.execute(
                select(TrainerAccount, TrainerCredential)
                .join(TrainerCredential, TrainerCredential.account_id == TrainerAccount.id)
                .where(
                    TrainerCredential.token_hash == token_hash(token), TrainerAccount.disabled_at.is_(None)
                )
            ).first()
        if row is None:
            return None
        account, credential = row
        if as_utc(credential.expires_at) <= self.clock():
            return None
        return _trainer(account)

    # ----- API tokens -----

    def issue_token(
        self, trainer: Trainer, label: str, password: str, client: str = "-", days: int | None = None
    ) -> IssuedToken:
        """A token for scripts, only with the account's password: a stolen session cookie alone
        cannot mint a credential that outlives it. It lives `days`, never more than `token_days`."""
        days = min(days or self.token_days, self.token_days)
        if days < 1:
            raise AccountError(f"days: 1 to {self.token_days}")
        if not label.strip():
            raise AccountError("label: say what the token is for, e.g. 'export script'")
        self._confirm(trainer, password, client)
        expires = self.clock() + dt.timedelta(days=days)
        with transaction(self._sessions) as session:
            token, credential = _issue(session, trainer.id, "token", label.strip(), expires)
            detail = f"{credential.label} (until {expires.date().isoformat()})"
            audit.record(session, "token.created", trainer.username, trainer.username, detail, client)
            return IssuedToken(token, _token_info(credential, trainer.username))

    def tokens(self, username: str) -> list[TokenInfo]:
        """The account's API tokens that still work, oldest first."""
        with self._sessions() as session:
            row = _account(session, username)
            found = session.scalars(
                select(TrainerCredential)
                .where(
                    TrainerCredential.account_id == row.id,
                    TrainerCredential.kind == "token",
                    TrainerCredential.expires_at > self.clock(),
                )
                .order_by(TrainerCredential.id)
            )
            return [_token_info(c, username) for c in found]

    def revoke_token(self, actor: Trainer, token_id: int, client: str | None = None) -> TokenInfo | None:
        """Its owner or an admin revokes a token; None when there is no such token for `actor`."""
        with transaction(self._sessions) as session:
            found = session.execute(
                select(TrainerCredential, TrainerAccount.username)
                .join(TrainerAccount, TrainerCredential.account_id == TrainerAccount.id)
                .where(TrainerCredential.id == token_id, TrainerCredential.kind == "token")
            ).first()
            if found is None:
                return None
            credential, owner = found
            if credential.account_id != actor.id and actor.role != "admin":
                return None
            session.delete(credential)
            audit.record(session, "token.revoked", actor.username, owner, credential.label or "", client)
            return _token_info(credential, owner)

    # ----- internals -----

    def _checked(self, username: str, password: str, client: str) -> tuple[TrainerAccount | None, bool]:
        """Count the attempt, then verify: the account (None for an unknown name) and whether the
        password is right. An unknown name is checked against a decoy hash, so it costs the same."""
        with transaction(self._sessions) as session:
            refusal = self._attempts.count(session, username, client)
            if refusal is not None and refusal.first:
                self._record_pause(session, username, refusal, client)
        if refusal is not None:
            raise SignInLocked((refusal.until - self.clock()).total_seconds(), refusal.scope)
        with self._sessions() as session:
            row = session.scalar(select(TrainerAccount).where(TrainerAccount.username == username))
        with self._hashing:
            right = self.hasher.verify(password, row.password_hash if row else self._decoy)
        return row, right and row is not None

    def _record_pause(self, session: Session, username: str, refusal: Refusal, client: str) -> None:
        """Once per pause, not per refused attempt, so a guesser cannot flood the log."""
        known = session.scalar(select(TrainerAccount.id).where(TrainerAccount.username == username))
        scope = {
            "name_and_address": "this name from this address",
            "name": "this name",
            "address": "this address",
        }
        detail = f"too many attempts for {scope[refusal.scope]}; paused until {refusal.until:%H:%M} UTC"
        audit.record(session, "sign_in.locked", None, username if known else None, detail, client)

    def _confirm(self, trainer: Trainer, password: str, client: str) -> None:
        """A password typed again for a sensitive change; counted like a sign-in."""
        if not self._checked(trainer.username, password, client)[1]:
            audit.write(self._sessions, "password.failed", trainer.username, trainer.username, "", client)
            raise WrongPassword(trainer.username)
        with transaction(self._sessions) as session:
            self._attempts.take_back(session, trainer.username, client)

    def _hash(self, password: str) -> str:
        with self._hashing:
            return self.hasher.hash(password)

    @cached_property
    def _decoy(self) -> str:
        """A hash at the current cost that no password matches: unknown names are checked against
        it, so they take as long as known ones."""
        return self._hash(secrets.token_urlsafe(32))


def _issue(
    session: Session, account_id: int, kind: str, label: str | None, expires: dt.datetime
) -> tuple[str, TrainerCredential]:
    token = new_token()
    credential = TrainerCredential(
        account_id=account_id, kind=kind, token_hash=token_hash(token), label=label, expires_at=expires
    )
    session.add(credential)
    session.flush()
    return token, credential


def _account(session: Session, username: str) -> TrainerAccount:
    row = session.scalar(select(TrainerAccount).where(TrainerAccount.username == username))
    if row is None:
        raise AccountNotFound(f"No account '{username}'.")
    return row


def _end_credentials(session: Session, account_id: int, kind: str | None = None) -> int:
    query = delete(TrainerCredential).where(TrainerCredential.account_id == account_id)
    if kind:
        query = query.where(TrainerCredential.kind == kind)
    return session.execute(query).rowcount


def _keep_an_admin(session: Session, problem: str) -> None:
    """Checked after the change, inside its transaction, so a refused change is rolled back."""
    session.flush()
    enabled_admins = session.scalar(
        select(func.count())
        .select_from(TrainerAccount)
        .where(TrainerAccount.role == "admin", TrainerAccount.disabled_at.is_(None))
    )
    if not enabled_admins:
        raise LastAdmin(problem)


def _check_password_rules(password: str) -> None:
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        raise AccountError(f"password: {PASSWORD_MIN} to {PASSWORD_MAX} characters")


def _check_role(role: str) -> None:
    if role not in RANK:
        raise AccountError("role: volunteer, author, reviewer or admin")


def _token_info(credential: TrainerCredential, owner: str) -> TokenInfo:
    return TokenInfo(
        credential.id,
        owner,
        credential.label or "",
        as_utc(credential.created_at),
        as_utc(credential.expires_at),
    )


def _trainer(row: TrainerAccount) -> Trainer:
    return Trainer(row.id, row.username, row.display_name, row.role)  # type: ignore[arg-type]
