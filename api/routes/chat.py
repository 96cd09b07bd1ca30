"""The chat contract, over plain HTTP and over a WebSocket; both go through `ChatService`.

Both are public and anonymous, so both are limited: a message's size, a learner's and an
address's rate, an address's sockets, and (when the deployment asks for it) only learner ids
this server issued.
"""

from __future__ import annotations

import json
import logging
from typing import Annotated

from fastapi import APIRouter, Body, HTTPException, Request, WebSocket, WebSocketDisconnect, status
from pydantic import BaseModel, Field, ValidationError

from api.chat_service import MessageTooLong
from api.deps import ServicesDep
from api.protection import learner_ids
from api.protection.errors import error_responses
from api.protection.rate_limits import RateLimited, TooManySockets
from api.protection.request_log import log_failure, new_request_id
from api.schemas import ChatRequest, ChatResponse
from api.services import Services
from api.validation import describe_errors
from bot.flows import conversation
from nlu.language import Lang

router = APIRouter(prefix="/api/v1", tags=["chat"])
logger = logging.getLogger(__name__)
WS_TRY_LATER = 1013


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
        _admit(services, _address(request), body.user_id)
        reply = await services.chat.reply(body)
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
    try:
        request = ChatRequest.model_validate_json(frame)
    except ValidationError as exc:
        error = _error(_message_id(frame), "The message is not valid.", "invalid")
        await websocket.send_json({**error, "errors": describe_errors(exc)})
        return
    await websocket.send_json({"type": "typing", "message_id": request.message_id})
    try:
        _admit(services, address, request.user_id)
        reply = await services.chat.reply(request)
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


def _admit(services: Services, address: str, learner_id: str) -> None:
    """Raise if this message may not go through: an id not issued here, or a rate passed."""
    if services.settings.signed_learner_ids and not learner_ids.is_signed(services.learner_key, learner_id):
        raise NotIssued("This learner id was not issued by this server; get one from POST /api/v1/learners.")
    services.limits.check(address, learner_id)


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
