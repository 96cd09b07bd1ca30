"""Who is calling a trainer endpoint: a signed-in page (session cookie) or a script (bearer token).

401 when nobody is signed in, 403 when the role is too low; both before the endpoint runs, so a
refused request changes nothing.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from api.deps import ServicesDep
from api.workspace.accounts import Role, SignInLocked, Trainer

SESSION_COOKIE = "hocvuso_trainer"


def credential(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return request.cookies.get(SESSION_COOKIE)


def client_address(request: Request) -> str:
    """The caller's address as the server sees it (behind a proxy, what the proxy forwarded, when
    the server trusts it: uvicorn's FORWARDED_ALLOW_IPS)."""
    return request.client.host if request.client else "-"


ClientAddress = Annotated[str, Depends(client_address)]


async def current_trainer(request: Request, services: ServicesDep) -> Trainer:
    token = credential(request)
    trainer = await asyncio.to_thread(services.accounts.trainer_for, token) if token else None
    if trainer is None:
        raise HTTPException(
            401, "Sign in first: POST /api/v1/trainers/login, or send 'Authorization: Bearer <token>'."
        )
    return trainer


def paused(exc: SignInLocked) -> HTTPException:
    """429 for a password tried too often, with when to try again and who can lift the pause."""
    minutes = math.ceil(exc.wait_s / 60)
    return HTTPException(
        429,
        f"Too many wrong passwords: try again in {minutes} minutes, or ask an admin to unlock it.",
        headers={"Retry-After": str(math.ceil(exc.wait_s))},
    )


def role(needed: Role) -> Callable[..., Trainer]:
    async def check(trainer: Annotated[Trainer, Depends(current_trainer)]) -> Trainer:
        if not trainer.may(needed):
            raise HTTPException(403, f"This needs the {needed} role; you are {trainer.role}.")
        return trainer

    return check


Volunteer = Annotated[Trainer, Depends(role("volunteer"))]
Author = Annotated[Trainer, Depends(role("author"))]
Reviewer = Annotated[Trainer, Depends(role("reviewer"))]
Admin = Annotated[Trainer, Depends(role("admin"))]
