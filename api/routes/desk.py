"""The volunteer desk's API: the queue, one conversation, take, reply, close, and a live feed.

Every endpoint needs a signed-in account (volunteer or above); what a volunteer sees is limited
to their classes' learners unless the deployment opens the desk to everyone.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable
from typing import Annotated, TypeVar

from fastapi import APIRouter, HTTPException, Path, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from api.deps import ServicesDep
from api.desk.canned import CANNED
from api.desk.store import DeskConversation, DeskError, View
from api.protection.errors import error_responses
from api.workspace.auth import Volunteer
from api.workspace.csv_export import as_csv
from bot.tables import TranscriptLine
from knowledge.tables import as_utc
from nlu.language import Lang

router = APIRouter(
    prefix="/api/v1/desk", tags=["desk"], responses=error_responses(401, 403, 404, 409, 413, 422, 429)
)
T = TypeVar("T")
HandoffId = Annotated[int, Path(ge=1, le=2_147_483_647, description="The desk conversation's id.")]


class DeskReply(BaseModel):
    text: str = Field("", max_length=4000, description="What the learner will read.")
    lesson: str | None = Field(None, max_length=120, description="Adds a button that opens this lesson.")
    walkthrough: str | None = Field(
        None, max_length=120, description="Adds 'walk me through' for this lesson."
    )


async def _desk(action: Awaitable[T]) -> T:
    try:
        return await action
    except DeskError as exc:
        raise HTTPException(exc.status, str(exc)) from exc


@router.get("/conversations")
async def conversations(trainer: Volunteer, services: ServicesDep, view: View = "waiting") -> list[dict]:
    found = await asyncio.to_thread(services.desk.store.conversations, trainer, view)
    return [_conversation(c) for c in found]


@router.get("/conversations.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
async def conversations_csv(trainer: Volunteer, services: ServicesDep, view: View = "closed") -> Response:
    found = await asyncio.to_thread(services.desk.store.conversations, trainer, view)
    return Response(
        as_csv([_conversation(c) for c in found]),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="hocvuso-desk-{view}.csv"'},
    )


@router.get("/count")
async def waiting_count(trainer: Volunteer, services: ServicesDep) -> dict:
    return {"waiting": await asyncio.to_thread(services.desk.store.waiting_count, trainer)}


@router.get(
    "/events", response_class=StreamingResponse, responses={200: {"content": {"text/event-stream": {}}}}
)
async def events(trainer: Volunteer, services: ServicesDep, request: Request) -> StreamingResponse:
    """Server-sent events: `{"waiting": n, "pulse": …}` whenever the desk changes (checked twice a second)."""

    async def stream() -> AsyncIterator[str]:
        last = None
        while not await request.is_disconnected():
            now = await asyncio.to_thread(services.desk.store.pulse, trainer)
            if now != last:
                yield f"data: {json.dumps(now)}\n\n"
                last = now
            await asyncio.sleep(0.5)

    return StreamingResponse(stream(), media_type="text/event-stream", headers={"cache-control": "no-cache"})


@router.get("/canned")
async def canned(_: Volunteer, lang: Lang = "vi") -> list[str]:
    """Ready-made replies in the learner's language, for the composer."""
    return CANNED[lang]


@router.get("/lessons")
async def lessons(_: Volunteer, services: ServicesDep, lang: Lang = "vi") -> list[dict]:
    """Published lessons in a language, for the composer's lesson and walkthrough buttons."""
    entries = [e for e in services.library.all() if e.language == lang]
    return [
        {"id": e.id, "title": e.title, "steps": len(e.steps)} for e in sorted(entries, key=lambda e: e.title)
    ]


@router.get("/conversations/{handoff_id}")
async def conversation(handoff_id: HandoffId, trainer: Volunteer, services: ServicesDep) -> dict:
    found, lines = await _desk(asyncio.to_thread(services.desk.store.detail, trainer, handoff_id))
    lessons = {line.entry_id for line in lines if line.entry_id}
    return {
        "conversation": _conversation(found),
        "lines": [line_json(line) for line in lines],
        "lessons": [
            {"id": e.id, "title": e.title}
            for i in sorted(lessons)
            if (e := services.library.get(i)) is not None
        ],
    }


@router.post("/conversations/{handoff_id}/take")
async def take(handoff_id: HandoffId, trainer: Volunteer, services: ServicesDep) -> dict:
    return _conversation(await _desk(asyncio.to_thread(services.desk.store.take, trainer, handoff_id)))


@router.post("/conversations/{handoff_id}/reply")
async def reply(handoff_id: HandoffId, body: DeskReply, trainer: Volunteer, services: ServicesDep) -> dict:
    sent = services.desk.reply(trainer, handoff_id, body.text, body.lesson, body.walkthrough)
    return _conversation(await _desk(sent))


@router.post("/conversations/{handoff_id}/close")
async def close(handoff_id: HandoffId, trainer: Volunteer, services: ServicesDep) -> dict:
    return _conversation(await _desk(services.desk.close(trainer, handoff_id)))


def line_json(line: TranscriptLine) -> dict:
    at = as_utc(line.at).isoformat()
    return {"role": line.role, "author": line.author, "text": line.text, "buttons": line.buttons, "at": at}


def _conversation(found: DeskConversation) -> dict:
    return {
        "id": found.id,
        "learner": found.learner,
        "channel": found.channel,
        "language": found.language,
        "class_code": found.class_code,
        "status": found.status,
        "holder": found.holder,
        "holder_name": found.holder_name,
        "opened_at": found.opened_at.isoformat(),
        "taken_at": found.taken_at.isoformat() if found.taken_at else None,
        "closed_at": found.closed_at.isoformat() if found.closed_at else None,
        "waited_s": round(found.waited_s),
    }
