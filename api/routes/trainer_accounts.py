"""Accounts and credentials in the trainers' API: admins manage accounts and read the audit log;
everyone changes their own password and manages their own API tokens."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from api.deps import ServicesDep
from api.protection.errors import error_responses
from api.workspace import audit
from api.workspace.accounts import (
    PASSWORD_MAX,
    PASSWORD_MIN,
    USERNAME,
    AccountError,
    AccountInfo,
    AccountNotFound,
    LastAdmin,
    Role,
    SignInLocked,
    TokenInfo,
    Trainer,
    UsernameTaken,
    WrongPassword,
)
from api.workspace.auth import Admin, Author, ClientAddress, credential, current_trainer, paused
from api.workspace.csv_export import as_csv

router = APIRouter(
    prefix="/api/v1/trainers",
    tags=["trainer accounts"],
    responses=error_responses(401, 403, 404, 409, 413, 422, 429),
)

SignedIn = Annotated[Trainer, Depends(current_trainer)]
Username = Annotated[str, Path(pattern=USERNAME.pattern)]


class NewAccount(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(pattern=USERNAME.pattern, description="3–64 lowercase letters, digits, . _ or -.")
    password: str = Field(min_length=PASSWORD_MIN, max_length=PASSWORD_MAX)
    role: Role
    display_name: str = Field("", max_length=120)


class RoleChange(BaseModel):
    role: Role


class PasswordReset(BaseModel):
    password: str = Field(min_length=PASSWORD_MIN, max_length=PASSWORD_MAX)


class PasswordChange(BaseModel):
    current_password: str = Field(max_length=PASSWORD_MAX)
    new_password: str = Field(min_length=PASSWORD_MIN, max_length=PASSWORD_MAX)


class NewToken(BaseModel):
    label: str = Field(min_length=1, max_length=120, description="What the token is for.")
    password: str = Field(max_length=PASSWORD_MAX, description="The account's password, typed again.")
    days: int | None = Field(
        None, ge=1, le=3650, description="Lifetime in days; at most (and by default) HOCVUSO_API_TOKEN_DAYS."
    )


async def run(action, *args, **kwargs):
    """Run an account operation off the event loop; its refusals become answers that say what to do."""
    try:
        return await asyncio.to_thread(action, *args, **kwargs)
    except SignInLocked as exc:
        raise paused(exc) from exc
    except WrongPassword as exc:
        raise HTTPException(403, "Wrong password: type your current password again.") from exc
    except AccountNotFound as exc:
        raise HTTPException(404, f"{exc} See the list of accounts.") from exc
    except (UsernameTaken, LastAdmin) as exc:
        raise HTTPException(409, str(exc)) from exc
    except AccountError as exc:
        raise HTTPException(422, str(exc)) from exc


# ----- accounts (admins) -----


@router.get("/accounts")
async def list_accounts(_: Admin, services: ServicesDep) -> list[dict]:
    """Every account: role, disabled or not, sign-in paused until when, live API tokens."""
    return [_account_json(a) for a in await run(services.accounts.accounts)]


@router.post("/accounts", status_code=201)
async def create_account(
    body: NewAccount, admin: Admin, client: ClientAddress, services: ServicesDep
) -> dict:
    created = await run(
        services.accounts.create,
        body.username,
        body.password,
        body.role,
        body.display_name,
        actor=admin.username,
        client=client,
    )
    return {"username": created.username, "display_name": created.display_name, "role": created.role}


@router.post("/accounts/{username}/role")
async def set_role(
    username: Username, body: RoleChange, admin: Admin, client: ClientAddress, services: ServicesDep
) -> dict:
    """Effective on the account's next request. Nobody changes their own role here."""
    _not_yourself(admin, username, "change your own role")
    changed = await run(services.accounts.set_role, admin.username, username, body.role, client)
    return {"username": changed.username, "role": changed.role}


@router.post("/accounts/{username}/disable")
async def disable_account(
    username: Username, admin: Admin, client: ClientAddress, services: ServicesDep
) -> dict:
    """Its sessions and API tokens stop working now; sign-in is refused until it is enabled."""
    _not_yourself(admin, username, "disable your own account")
    ended = await run(services.accounts.disable, admin.username, username, client)
    return {"username": username, "disabled": True, "credentials_ended": ended}


@router.post("/accounts/{username}/enable")
async def enable_account(
    username: Username, admin: Admin, client: ClientAddress, services: ServicesDep
) -> dict:
    await run(services.accounts.enable, admin.username, username, client)
    return {"username": username, "disabled": False}


@router.post("/accounts/{username}/password")
async def reset_password(
    username: Username, body: PasswordReset, admin: Admin, client: ClientAddress, services: ServicesDep
) -> dict:
    """Sets a new password (tell it to the person another way); their sessions end, pauses lift."""
    await run(services.accounts.reset_password, admin.username, username, body.password, client)
    return {"username": username, "password_reset": True}


@router.post("/accounts/{username}/unlock")
async def unlock_account(
    username: Username, admin: Admin, client: ClientAddress, services: ServicesDep
) -> dict:
    """Lifts every sign-in pause of this name, from every address."""
    cleared = await run(services.accounts.unlock, admin.username, username, client)
    return {"username": username, "unlocked": True, "counts_cleared": cleared}


@router.post("/accounts/{username}/revoke-tokens")
async def revoke_credentials(
    username: Username, admin: Admin, client: ClientAddress, services: ServicesDep
) -> dict:
    """Signs the account out everywhere and revokes all its API tokens."""
    ended = await run(services.accounts.revoke_credentials, admin.username, username, client)
    return {"username": username, "credentials_ended": ended}


@router.get("/accounts/{username}/tokens")
async def account_tokens(username: Username, _: Admin, services: ServicesDep) -> list[dict]:
    return [_token_json(t) for t in await run(services.accounts.tokens, username)]


# ----- the audit log (admins) -----

AuditFilter = Annotated[str | None, Query(max_length=40, pattern=r"^[a-z_.]+$")]


@router.get("/audit")
async def audit_log(
    _: Admin,
    services: ServicesDep,
    action: AuditFilter = None,
    actor: Annotated[str | None, Query(max_length=80)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[dict]:
    """The newest events first; `action` may be a prefix such as `sign_in` or `account`."""
    return await asyncio.to_thread(audit.recent, services.sessions, limit, action, actor)


@router.get("/audit.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
async def audit_csv(
    _: Admin,
    services: ServicesDep,
    days: Annotated[int, Query(ge=1, le=3650)] = 90,
    action: AuditFilter = None,
) -> Response:
    """The last `days` of the log as a spreadsheet; a cell that would run as a formula is quoted."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    rows = await asyncio.to_thread(audit.recent, services.sessions, 1_000_000, action, None, since)
    table = [{column: row[column] for column in audit.COLUMNS} for row in rows]
    return Response(
        as_csv(table) or ",".join(audit.COLUMNS) + "\r\n",
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="hocvuso-audit.csv"'},
    )


# ----- your own password and API tokens -----


@router.post("/me/password")
async def change_password(
    body: PasswordChange, request: Request, trainer: SignedIn, client: ClientAddress, services: ServicesDep
) -> dict:
    """Needs the current password. Your other sessions end; this one and your API tokens stay."""
    ended = await run(
        services.accounts.change_password,
        trainer,
        body.current_password,
        body.new_password,
        client,
        credential(request),
    )
    return {"changed": True, "other_sessions_ended": ended}


@router.get("/tokens")
async def my_tokens(trainer: SignedIn, services: ServicesDep) -> list[dict]:
    """Your API tokens that still work (their values are never shown again)."""
    return [_token_json(t) for t in await run(services.accounts.tokens, trainer.username)]


@router.post("/tokens", status_code=201)
async def new_api_token(
    body: NewToken, trainer: Author, client: ClientAddress, services: ServicesDep
) -> dict:
    """An API token for scripts, with your password typed again; shown once, stored hashed, expires."""
    issued = await run(services.accounts.issue_token, trainer, body.label, body.password, client, body.days)
    return {"token": issued.token, **_token_json(issued.info)}


@router.delete("/tokens/{token_id}")
async def revoke_token(
    token_id: Annotated[int, Path(ge=1, le=2**63 - 1)],
    trainer: SignedIn,
    client: ClientAddress,
    services: ServicesDep,
) -> dict:
    """Your own token, or (admins) anyone's."""
    revoked = await run(services.accounts.revoke_token, trainer, token_id, client)
    if revoked is None:
        raise HTTPException(404, f"No token {token_id} of yours: see GET /api/v1/trainers/tokens.")
    return {"revoked": token_id, "owner": revoked.owner, "label": revoked.label}


def _not_yourself(admin: Trainer, username: str, what: str) -> None:
    if admin.username == username:
        raise HTTPException(409, f"You cannot {what}: another admin can, or use 'hocvuso trainer'.")


def _account_json(account: AccountInfo) -> dict:
    return {
        "username": account.username,
        "display_name": account.display_name,
        "role": account.role,
        "created_at": account.created_at,
        "disabled": account.disabled,
        "paused_until": account.paused_until,
        "tokens": account.tokens,
    }


def _token_json(token: TokenInfo) -> dict:
    return {
        "id": token.id,
        "owner": token.owner,
        "label": token.label,
        "created_at": token.created_at,
        "expires_at": token.expires_at,
    }
