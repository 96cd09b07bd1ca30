"""The chat contract, over plain HTTP and over a WebSocket; both go through `ChatService`.

Both are public and anonymous, so both are limited: a message's size, a learner's and an
address's rate, an address's sockets, and (when the deployment asks for it) only learner ids
this server issued.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Annotated, Literal

from fastapi import APIRouter, Body, HTTPException, Query, Request, WebSocket, WebSocketDisconnect, status
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from api.chat_service import MessageTooLong
from api.deps import ServicesDep
from api.protection import learner_ids
from api.protection.errors import error_responses
from api.protection.learner_ids import reserved
from api.protection.rate_limits import RateLimited, TooManySockets
from api.protection.request_log import log_failure, new_request_id
from api.routes.desk import line_json
from api.schemas import ChatRequest, ChatResponse
from api.services import Services
from api.validation import describe_errors
from bot.flows import conversation
from bot.safety.shown import for_learner
from bot.store import recent_lines
from nlu.language import Lang

router = APIRouter(prefix="/api/v1", tags=["chat"])
logger = logging.getLogger(__name__)
WS_TRY_LATER = 1013
NOT_ISSUED = "This learner id was not issued by this server; get one from POST /api/v1/learners."


class LearnerId(BaseModel):
    user_id: str = Field(description="The id to send as `user_id` from now on.")


class IdRequest(BaseModel):
    user_id: str | None = Field(None, max_length=128, description="The id this browser already has, if any.")


class NotIssued(Exception):
    """Signed learner ids are on and this one was not issued here."""


@router.post("/chat", response_model=ChatResponse, responses=error_responses(403, 413, 422, 429))
async def chat(body: ChatRequest, request: Request, services: ServicesDep) -> ChatResponse:
    """Answer one learner message (or a pressed button's payload)."""
    try:
        address = _address(request)
        await _admit(services, address, body.user_id)
        reply = await services.chat.reply(body, address)
    except NotIssued as exc:
        raise HTTPException(403, str(exc)) from exc
    except RateLimited as exc:
        raise HTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after_s)}) from exc
    except MessageTooLong as exc:
        raise HTTPException(422, detail=str(exc)) from exc
    return ChatResponse.model_validate(reply.model_dump())


@router.post("/learners", response_model=LearnerId, responses=error_responses(413, 422))
async def learner_id(services: ServicesDep, body: Annotated[IdRequest | None, Body()] = None) -> LearnerId:
    """An id for a new chat window, signed by this server; an id it issued before is kept."""
    current = body.user_id if body else None
    if current and learner_ids.is_signed(services.learner_key, current):
        return LearnerId(user_id=current)
    return LearnerId(user_id=learner_ids.issue(services.learner_key))


@router.get("/welcome", response_model=ChatResponse, responses=error_responses(422))
async def welcome(services: ServicesDep, lang: Lang = "vi") -> ChatResponse:
    """The first message a new chat window shows: a greeting and the topics, in `lang`."""
    return ChatResponse.model_validate(conversation.welcome(services.library, lang).model_dump())


@router.websocket("/chat/ws")
async def chat_socket(websocket: WebSocket, services: ServicesDep) -> None:
    """The same contract as POST /chat, one JSON text frame each way, for the web widget.

    Each request frame is a ChatRequest. The server answers `{"type": "typing"}` at once, then
    `{"type": "reply", "reply": ChatResponse}` or `{"type": "error", "detail", "code"?, "errors"?}`;
    all carry the request's `message_id`. A bad frame gets an error and the socket stays open.
    """
    if not _origin_allowed(websocket, services.settings.widget_origins):
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    await websocket.accept()
    address = _address(websocket)
    try:
        with services.limits.socket(address):
            await _serve_socket(websocket, services, address)
    except TooManySockets as exc:
        await websocket.send_json({"type": "error", "code": "too_many_connections", "detail": str(exc)})
        await websocket.close(code=WS_TRY_LATER)
    except WebSocketDisconnect:
        logger.debug("chat socket closed")
    finally:
        services.desk.sockets.discard(websocket)


async def _serve_socket(websocket: WebSocket, services: Services, address: str) -> None:
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(message.get("code", 1000))
        frame = message.get("text")
        if frame is None:
            await websocket.send_json(_error(None, "Send JSON in text frames, not binary.", "binary_frame"))
        elif len(frame.encode()) > services.settings.max_frame_bytes:
            await websocket.send_json(_error(None, "The frame is too large.", "too_large"))
        else:
            await _answer_frame(websocket, services, address, frame)


async def _answer_frame(websocket: WebSocket, services: Services, address: str, frame: str) -> None:
    if (hello := _hello(frame)) is not None:
        await _greet(websocket, services, hello)
        return
    try:
        request = ChatRequest.model_validate_json(frame)
    except ValidationError as exc:
        error = _error(_message_id(frame), "The message is not valid.", "invalid")
        await websocket.send_json({**error, "errors": describe_errors(exc)})
        return
    await websocket.send_json({"type": "typing", "message_id": request.message_id})
    try:
        await _admit(services, address, request.user_id)
        await services.desk.sockets.add(request.user_id, websocket)
        reply = await services.chat.reply(request, address)
    except (NotIssued, RateLimited, MessageTooLong) as exc:
        await websocket.send_json(_refusal(request.message_id, exc))
        return
    except Exception as exc:
        request_id = new_request_id()
        log_failure(request_id, "chat socket", exc)
        detail = f"Something went wrong on our side (request {request_id}); please send again."
        await websocket.send_json(_error(request.message_id, detail, "server_error"))
        return
    body = ChatResponse.model_validate(reply.model_dump()).model_dump(mode="json")
    await websocket.send_json({"type": "reply", "message_id": request.message_id, "reply": body})


class Hello(BaseModel):
    """`{"type": "hello", "user_id": …}`: sent on connecting, so a person's replies reach this window."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["hello"]
    user_id: str = ChatRequest.model_fields["user_id"]


def _hello(frame: str) -> Hello | None:
    if '"hello"' not in frame:
        return None
    try:
        return Hello.model_validate_json(frame)
    except ValidationError:
        return None


async def _greet(websocket: WebSocket, services: Services, hello: Hello) -> None:
    if reserved(hello.user_id) or not _issued_here(services, hello.user_id):
        await websocket.send_json(
            _error(None, "This learner id was not issued here.", "learner_id_not_issued")
        )
        return
    await services.desk.sockets.add(hello.user_id, websocket)
    await websocket.send_json({"type": "hello", "user_id": hello.user_id})


@router.get("/transcript", responses=error_responses(403, 422, 429))
async def transcript(
    request: Request,
    services: ServicesDep,
    user_id: str = Query(
        min_length=1,
        max_length=128,
        pattern=r"^[A-Za-z0-9_.:@-]+$",
        description="The id this window sends as `user_id`.",
        json_schema_extra={"not": {"pattern": "^[Zz][Aa][Ll][Oo]:"}},
    ),
) -> dict:
    """The recent conversation of this learner, as their chat window shows it after a reload, and
    the name of the person answering them, if one is."""
    if reserved(user_id):  # the pattern itself is checked by the query's declaration
        raise HTTPException(422, "user_id: use the id this window sends as user_id.")
    if not _issued_here(services, user_id):
        raise HTTPException(403, NOT_ISSUED)
    try:  # a reload is not a message: only the address's rate counts it
        await services.limits.check(_address(request), None)
    except RateLimited as exc:
        raise HTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after_s)}) from exc
    return await asyncio.to_thread(_transcript, services, user_id)


def _transcript(services: Services, learner_id: str) -> dict:
    with services.sessions() as session:
        lines = recent_lines(session, learner_id, 30)
    holder = services.turns.store.holder(learner_id)
    lang = services.turns.store.load(learner_id).lang or "vi"
    shown = [line_json(line) for line in lines]
    for line in shown:  # the learner's hidden secrets, labelled in their language
        if line["role"] == "learner":
            line["text"] = for_learner(line["text"], lang)
    return {"lines": shown, "held_by": holder}


async def _admit(services: Services, address: str, learner_id: str) -> None:
    """Raise if this message may not go through: an id not issued here, or a rate passed."""
    if not _issued_here(services, learner_id):
        raise NotIssued(NOT_ISSUED)
    await services.limits.check(address, learner_id)


def _issued_here(services: Services, learner_id: str) -> bool:
    """Always, unless the deployment takes only the ids this server signed."""
    return not services.settings.signed_learner_ids or learner_ids.is_signed(services.learner_key, learner_id)


def _refusal(message_id: str | None, exc: Exception) -> dict:
    if isinstance(exc, RateLimited):
        return {**_error(message_id, str(exc), "rate_limited"), "retry_after_s": exc.retry_after_s}
    code = "learner_id_not_issued" if isinstance(exc, NotIssued) else "too_long"
    return _error(message_id, str(exc), code)


def _error(message_id: str | None, detail: str, code: str) -> dict:
    return {"type": "error", "message_id": message_id, "code": code, "detail": detail}


def _message_id(frame: str) -> str | None:
    """Echo a bad frame's id when it has a readable one, so the client knows which send failed."""
    try:
        value = json.loads(frame).get("message_id")
    except (ValueError, AttributeError, RecursionError):
        return None
    return value if isinstance(value, str) and len(value) <= 64 else None


def _address(connection: Request | WebSocket) -> str:
    return connection.client.host if connection.client else "unknown"


def _origin_allowed(websocket: WebSocket, allowed: list[str]) -> bool:
    origin = websocket.headers.get("origin")
    return "*" in allowed or origin is None or origin in allowed
