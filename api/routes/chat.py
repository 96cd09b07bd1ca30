"""The chat contract, over plain HTTP and over a WebSocket; both go through `ChatService`."""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, HTTPException, WebSocket, WebSocketDisconnect, status
from pydantic import ValidationError

from api.chat_service import MessageTooLong
from api.deps import ServicesDep
from api.schemas import ChatRequest, ChatResponse
from api.validation import describe_errors
from bot.flows import conversation
from nlu.language import Lang

router = APIRouter(prefix="/api/v1", tags=["chat"])
logger = logging.getLogger(__name__)


@router.post("/chat", response_model=ChatResponse)
async def chat(body: ChatRequest, services: ServicesDep) -> ChatResponse:
    """Answer one learner message (or a pressed button's payload)."""
    try:
        reply = await services.chat.reply(body)
    except MessageTooLong as exc:
        raise HTTPException(422, detail=str(exc)) from exc
    return ChatResponse.model_validate(reply.model_dump())


@router.get("/welcome", response_model=ChatResponse)
async def welcome(services: ServicesDep, lang: Lang = "vi") -> ChatResponse:
    """The first message a new chat window shows: a greeting and the topics, in `lang`."""
    return ChatResponse.model_validate(conversation.welcome(services.library, lang).model_dump())


@router.websocket("/chat/ws")
async def chat_socket(websocket: WebSocket, services: ServicesDep) -> None:
    """The same contract as POST /chat, one JSON object per frame, for the web widget.

    Each request frame is a ChatRequest. The server answers `{"type": "typing"}` at once, then
    `{"type": "reply", "reply": ChatResponse}` or `{"type": "error", "detail", "errors"}`; both
    carry the request's `message_id`. A bad frame gets an error and the socket stays open.
    """
    if not _origin_allowed(websocket, services.settings.widget_origins):
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    await websocket.accept()
    try:
        while True:
            await _answer_frame(websocket, services, await websocket.receive_text())
    except WebSocketDisconnect:
        logger.debug("chat socket closed")


async def _answer_frame(websocket: WebSocket, services: ServicesDep, frame: str) -> None:
    try:
        request = ChatRequest.model_validate_json(frame)
    except ValidationError as exc:
        await websocket.send_json(_error(_message_id(frame), "The message is not valid.", exc))
        return
    await websocket.send_json({"type": "typing", "message_id": request.message_id})
    try:
        reply = await services.chat.reply(request)
    except MessageTooLong as exc:
        await websocket.send_json({"type": "error", "message_id": request.message_id, "detail": str(exc)})
        return
    body = ChatResponse.model_validate(reply.model_dump()).model_dump(mode="json")
    await websocket.send_json({"type": "reply", "message_id": request.message_id, "reply": body})


def _error(message_id: str | None, detail: str, exc: ValidationError) -> dict:
    return {"type": "error", "message_id": message_id, "detail": detail, "errors": describe_errors(exc)}


def _message_id(frame: str) -> str | None:
    """Echo a bad frame's id when it has a readable one, so the client knows which send failed."""
    try:
        value = json.loads(frame).get("message_id")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and len(value) <= 64 else None


def _origin_allowed(websocket: WebSocket, allowed: list[str]) -> bool:
    origin = websocket.headers.get("origin")
    return "*" in allowed or origin is None or origin in allowed
