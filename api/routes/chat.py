from __future__ import annotations

from fastapi import APIRouter, HTTPException

from api.deps import ServicesDep
from api.schemas import ChatRequest, ChatResponse

router = APIRouter(prefix="/api/v1", tags=["chat"])


@router.post("/chat", response_model=ChatResponse)
async def chat(body: ChatRequest, services: ServicesDep) -> ChatResponse:
    """Answer one learner message (or a pressed button's payload)."""
    limit = services.settings.max_message_chars
    if len(body.text) > limit:
        raise HTTPException(
            422,
            detail=f"text is {len(body.text)} characters long; send at most {limit}",
        )
    reply = await services.turns.handle(body.user_id, body.text)
    return ChatResponse.model_validate(reply.model_dump())
