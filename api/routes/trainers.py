"""The trainers' JSON API: sign in, write and review lessons and quiz items, see the gaps.
The pages use it too."""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel, Field, ValidationError

from api.bootstrap import reload_lessons, reload_quizzes
from api.deps import ServicesDep
from api.protection.errors import error_responses
from api.routes.trainer_content import add_content_routes, invalid, version_json
from api.workspace import classes, csv_export, insights
from api.workspace.accounts import PASSWORD_MAX, USERNAME, AccountDisabled, SignInLocked, Trainer
from api.workspace.auth import SESSION_COOKIE, Author, ClientAddress, credential, current_trainer, paused
from api.workspace.item_preview import item_preview
from api.workspace.preview import preview
from api.workspace.problems_vi import vietnamese_problems
from api.workspace.session_cookie import cookie_secure

router = APIRouter(
    prefix="/api/v1/trainers", tags=["trainers"], responses=error_responses(401, 403, 404, 409, 413, 422, 429)
)


Draft = add_content_routes(router, "/entries", "entry", lambda s: s.authoring, reload_lessons)
ItemDraft = add_content_routes(router, "/items", "item", lambda s: s.item_authoring, reload_quizzes)


class Login(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=PASSWORD_MAX)


@router.post("/login")
async def login(
    body: Login, request: Request, response: Response, client: ClientAddress, services: ServicesDep
) -> dict:
    try:
        token = await asyncio.to_thread(services.accounts.sign_in, body.username, body.password, client)
    except SignInLocked as exc:
        raise paused(exc) from exc
    except AccountDisabled as exc:
        raise HTTPException(403, "This account is disabled: ask an admin to enable it.") from exc
    if token is None:
        raise HTTPException(401, "Wrong username or password.")
    secure = cookie_secure(request, services.settings)
    response.set_cookie(
        SESSION_COOKIE, token, httponly=True, samesite="strict", secure=secure, max_age=7 * 86400
    )
    trainer = await asyncio.to_thread(services.accounts.trainer_for, token)
    return _me(trainer)


@router.post("/logout")
async def logout(
    request: Request,
    response: Response,
    client: ClientAddress,
    services: ServicesDep,
    _: Annotated[Trainer, Depends(current_trainer)],
) -> dict:
    if token := credential(request):
        await asyncio.to_thread(services.accounts.sign_out, token, client)
    response.delete_cookie(SESSION_COOKIE)
    return {"signed_out": True}


@router.get("/me")
async def me(trainer: Annotated[Trainer, Depends(current_trainer)]) -> dict:
    return _me(trainer)


@router.get("/entries")
async def list_entries(_: Author, services: ServicesDep) -> dict:
    edited = await asyncio.to_thread(services.authoring.newest_versions)
    live = [
        {"id": e.id, "title": e.title, "language": e.language, "topic": e.topic}
        for e in services.library.all()
    ]
    return {"edited": [version_json(v) for v in edited], "live": live}


@router.post("/validate")
async def validate(body: Draft, _: Author, services: ServicesDep) -> dict:  # type: ignore[valid-type]
    """Live validation for the editor: the problems, by field."""
    try:
        services.authoring.kind.validate(body.entry)
    except ValidationError as exc:
        return {"valid": False, "errors": vietnamese_problems(exc)}
    return {"valid": True, "errors": []}


class PreviewRequest(BaseModel):
    entry: dict[str, Any]
    question: str = Field(min_length=2, max_length=500)


@router.post("/preview")
async def preview_draft(body: PreviewRequest, _: Author, services: ServicesDep) -> dict:
    """How the assistant would answer `question` if this draft were published."""
    try:
        draft = services.authoring.kind.validate(body.entry)
    except ValidationError as exc:
        raise invalid(exc) from exc
    result = await asyncio.to_thread(preview, services, draft, body.question)
    return asdict(result)


@router.get("/gaps")
async def gaps(_: Author, services: ServicesDep) -> list[dict]:
    """Unanswered questions grouped by similarity, the most learners first."""
    found = await services.gaps.current()
    return [
        {
            "language": g.language,
            "asked": g.asked,
            "learners": len(g.learners),
            "questions": g.questions,
            "times": g.times,
            "last_asked": g.last_asked,
        }
        for g in found
    ]


class NewClass(BaseModel):
    name: str = Field(min_length=2, max_length=120)


@router.post("/classes", status_code=201)
async def new_class(body: NewClass, trainer: Author, services: ServicesDep) -> dict:
    """A class code learners send in chat ("mã lớp K7MQ-2XPA") to join; the creator is its mentor."""
    return await asyncio.to_thread(classes.create_class, services.sessions, body.name, trainer.username)


@router.get("/classes")
async def my_classes(trainer: Author, services: ServicesDep) -> list[dict]:
    return await asyncio.to_thread(classes.classes_for, services.sessions, trainer)


@router.get("/classes/{code}")
async def class_detail(code: str, trainer: Author, services: ServicesDep) -> dict:
    found = await asyncio.to_thread(classes.find_class, services.sessions, code)
    if found is None:
        raise HTTPException(404, f"No class with code {code}.")
    if found.mentor != trainer.username and trainer.role != "admin":
        raise HTTPException(403, "Only the class's mentor (or an admin) sees its learners.")
    learners = await asyncio.to_thread(classes.class_progress, services.sessions, code)
    return {"code": found.code, "name": found.name, "mentor": found.mentor, "learners": learners}


class NewVolunteer(BaseModel):
    username: str = Field(pattern=USERNAME.pattern)


@router.post("/classes/{code}/volunteers")
async def add_class_volunteer(code: str, body: NewVolunteer, trainer: Author, services: ServicesDep) -> dict:
    """Lets a volunteer answer this class's learners on the desk (the mentor or an admin decides)."""
    found = await asyncio.to_thread(classes.find_class, services.sessions, code)
    if found is None:
        raise HTTPException(404, f"No class with code {code}.")
    if found.mentor != trainer.username and trainer.role != "admin":
        raise HTTPException(403, "Only the class's mentor (or an admin) adds its volunteers.")
    known = {t.username for t in await asyncio.to_thread(services.accounts.all)}
    if body.username not in known:
        raise HTTPException(422, f"No account '{body.username}': create it first (role volunteer).")
    added = await asyncio.to_thread(classes.add_volunteer, services.sessions, code, body.username)
    return {"code": code, "volunteers": added}


INSIGHTS = {
    "topics": lambda services: insights.most_asked_topics(services.sessions),
    "handoffs": lambda services: insights.waiting_handoffs(services.sessions),
    "mastery": lambda services: insights.mastery_by_topic(services.sessions),
    "activity": lambda services: insights.active_learners(services.sessions),
}


@router.get("/insights")
async def all_insights(_: Author, services: ServicesDep) -> dict:
    return {name: await asyncio.to_thread(build, services) for name, build in INSIGHTS.items()}


@router.get("/insights/{name}.csv")
async def insight_csv(name: str, _: Author, services: ServicesDep) -> Response:
    if name not in INSIGHTS:
        raise HTTPException(404, f"No table '{name}': use one of {sorted(INSIGHTS)}.")
    rows = await asyncio.to_thread(INSIGHTS[name], services)
    return Response(
        csv_export.as_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="hocvuso-{name}.csv"'},
    )


def _me(trainer: Trainer | None) -> dict:
    if trainer is None:
        raise HTTPException(401, "Sign in first.")
    return {"username": trainer.username, "display_name": trainer.display_name, "role": trainer.role}


@router.get("/items")
async def list_items(_: Author, services: ServicesDep) -> dict:
    edited = await asyncio.to_thread(services.item_authoring.newest_versions)
    live = [
        {"id": i.id, "stem": i.stem, "language": i.language, "topic": i.topic, "difficulty": i.difficulty}
        for i in services.quizzes.items.values()
    ]
    return {"edited": [version_json(v) for v in edited], "live": live}


@router.post("/items/validate")
async def validate_item(body: ItemDraft, _: Author, services: ServicesDep) -> dict:  # type: ignore[valid-type]
    """Live validation for the item editor, and the item as a learner would see it in chat."""
    try:
        item = services.item_authoring.kind.validate(body.item)
    except ValidationError as exc:
        return {"valid": False, "errors": vietnamese_problems(exc), "preview": []}
    return {"valid": True, "errors": [], "preview": item_preview(item)}
