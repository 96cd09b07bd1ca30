"""The authoring workflow's endpoints, once per kind of content: lessons under `/entries`, quiz
items under `/items`. Authors read, save and submit; reviewers publish, reject and roll back."""

# No `from __future__ import annotations` here: the draft body model is built at run time inside
# `add_content_routes`, and FastAPI must see the class itself, not its name, in the signature.
import asyncio
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field, ValidationError, create_model

from api.deps import ServicesDep
from api.services import Services
from api.workspace import audit
from api.workspace.auth import Author, ClientAddress, Reviewer
from api.workspace.problems_vi import vietnamese_problems
from knowledge.authoring import Authoring, AuthoringError, NotFound, OwnWork, Version


class Rejection(BaseModel):
    note: str = Field(max_length=400)


class Publication(BaseModel):
    version: int = Field(
        ge=1,
        le=2**31 - 1,
        description="The version the reviewer read. It is published only if it is still the newest "
        "version and waiting for review; otherwise 409 and nothing changes.",
    )


class Rollback(BaseModel):
    version: int = Field(ge=1, le=2**31 - 1, description="A version that was published before.")


def add_content_routes(
    router: APIRouter,
    path: str,
    body_key: str,
    authoring: Callable[[Services], Authoring],
    after_publish: Callable[[Services], int],
) -> type[BaseModel]:
    """Register the workflow under `path`; returns the draft body model (`{body_key: {...}, note}`)."""
    draft_model = create_model(
        f"{body_key.title()}Draft",
        note=(str | None, Field(None, max_length=400)),
        **{body_key: (dict[str, Any], ...)},
    )

    @router.get(f"{path}/{{content_id}}", name=f"get_{body_key}")
    async def get_one(content_id: str, _: Author, services: ServicesDep) -> dict:
        data, version = await run(authoring(services).current, content_id)
        return {body_key: data, "version": version_json(version) if version else None}

    @router.get(f"{path}/{{content_id}}/versions", name=f"{body_key}_versions")
    async def versions(content_id: str, _: Author, services: ServicesDep) -> list[dict]:
        return [version_json(v) for v in await run(authoring(services).history, content_id)]

    @router.put(f"{path}/{{content_id}}", name=f"save_{body_key}")
    async def save(content_id: str, body: draft_model, trainer: Author, services: ServicesDep) -> dict:  # type: ignore[valid-type]
        data = getattr(body, body_key)
        if data.get("id") != content_id:
            raise HTTPException(422, f"{body_key}.id must be '{content_id}', the id in the address")
        return version_json(await run(authoring(services).save_draft, data, trainer.username, body.note))

    @router.post(f"{path}/{{content_id}}/submit", name=f"submit_{body_key}")
    async def submit(content_id: str, trainer: Author, services: ServicesDep) -> dict:
        return version_json(await run(authoring(services).submit, content_id, trainer.username))

    @router.post(f"{path}/{{content_id}}/reject", name=f"reject_{body_key}")
    async def reject(content_id: str, body: Rejection, trainer: Reviewer, services: ServicesDep) -> dict:
        return version_json(await run(authoring(services).reject, content_id, trainer.username, body.note))

    @router.post(f"{path}/{{content_id}}/publish", name=f"publish_{body_key}")
    async def publish(
        content_id: str, body: Publication, trainer: Reviewer, client: ClientAddress, services: ServicesDep
    ) -> dict:
        """Live for learners at once: the lessons or the quiz bank are reloaded before this returns.
        403 when the reviewer wrote this version and another reviewer must publish it."""
        content = await run(authoring(services).publish, content_id, body.version, trainer.username)
        what = f"{body_key} {content.id}"
        await asyncio.to_thread(
            audit.write,
            services.sessions,
            "content.published",
            trainer.username,
            what,
            f"version {body.version}",
            client,
        )
        live = await asyncio.to_thread(after_publish, services)
        return {"published": content.id, "version": body.version, "live": live}

    @router.post(f"{path}/{{content_id}}/rollback", name=f"rollback_{body_key}")
    async def rollback(
        content_id: str, body: Rollback, trainer: Reviewer, client: ClientAddress, services: ServicesDep
    ) -> dict:
        content = await run(authoring(services).rollback, content_id, body.version, trainer.username)
        what = f"{body_key} {content.id}"
        await asyncio.to_thread(
            audit.write,
            services.sessions,
            "content.rolled_back",
            trainer.username,
            what,
            f"to version {body.version}",
            client,
        )
        return {"published": content.id, "live": await asyncio.to_thread(after_publish, services)}

    return draft_model


async def run(action, *args):
    """Run a workflow step off the event loop; its refusals become 403/404/409/422 with the reason."""
    try:
        return await asyncio.to_thread(action, *args)
    except ValidationError as exc:
        raise invalid(exc) from exc
    except NotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    except OwnWork as exc:
        raise HTTPException(403, str(exc)) from exc
    except AuthoringError as exc:
        raise HTTPException(409, str(exc)) from exc


def invalid(exc: ValidationError) -> HTTPException:
    return HTTPException(
        422, {"message": "Not valid yet: see the fields named.", "errors": vietnamese_problems(exc)}
    )


def version_json(version: Version) -> dict:
    return {
        "id": version.content_id,
        "version": version.version,
        "state": version.state,
        "title": version.title,
        "language": version.language,
        "author": version.author,
        "note": version.note,
        "created_at": version.created_at,
        "reviewed_by": version.reviewed_by,
        "changed": version.changed,
    }
