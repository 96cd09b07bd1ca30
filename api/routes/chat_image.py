"""`POST /api/v1/chat/image`: a screenshot of a suspicious message, read and checked like pasted text.

The same contract and the same limits as `POST /api/v1/chat`: a learner's and an address's rate,
ids this server issued when the deployment asks for it, and a body limit of its own (the image's
limit plus the form's few fields). The upload is kept in memory: multipart files up to
`SPOOL_BYTES` never go to a temporary file, and every allowed body is smaller than that.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from pydantic import StringConstraints, WithJsonSchema
from starlette.formparsers import MultiPartParser

from api.deps import ServicesDep
from api.protection.errors import error_responses
from api.protection.learner_ids import reserved
from api.protection.rate_limits import RateLimited
from api.routes.chat import NotIssued, _address, _admit
from api.schemas import ChatRequest, ChatResponse
from bot.images import ImageRejected
from bot.images.texts import rejection_text

router = APIRouter(prefix="/api/v1", tags=["chat"])
SPOOL_BYTES = 64 * 1024 * 1024  # above the largest allowed image body (50 MB)
MultiPartParser.spool_max_size = SPOOL_BYTES
STATUS = {"too_large": 413, "not_image": 415, "format": 415, "animated": 415}
FORM_BYTES = 64 * 1024
MESSAGE_ID = r"^[A-Za-z0-9_.:-]+$"  # the form's fields and boundaries, beside the image


@router.post(
    "/chat/image",
    response_model=ChatResponse,
    responses=error_responses(403, 413, 415, 422, 429),
)
async def chat_image(
    request: Request,
    services: ServicesDep,
    user_id: Annotated[
        str,
        Form(
            min_length=1,
            max_length=128,
            pattern=r"^[A-Za-z0-9_.:@-]+$",
            description=ChatRequest.model_fields["user_id"].description,
            json_schema_extra={"not": {"pattern": "^[Zz][Aa][Ll][Oo]:"}},
        ),
    ],
    file: Annotated[UploadFile, File(description="A screenshot: PNG, JPEG or WebP, one still picture.")],
    lang: Annotated[
        Literal["vi", "th", "en"] | None,
        Form(description="The chat window's language."),
        WithJsonSchema({"type": "string", "enum": ["vi", "th", "en"]}),  # a form field has no null: left out
    ] = None,
    message_id: Annotated[
        str | None,
        Form(description="Set by clients that may resend: a resend gets the first reply again, unread."),
        WithJsonSchema({"type": "string", "maxLength": 64, "pattern": MESSAGE_ID}),
        StringConstraints(max_length=64, pattern=MESSAGE_ID),
    ] = None,
) -> ChatResponse:
    """Read the text in a screenshot, then check it for a scam: the reply quotes what was read,
    names the red flags and says what to do, like `POST /api/v1/chat` for a pasted message."""
    if reserved(user_id):
        raise HTTPException(
            422, "user_id: ids that start with a channel's prefix (zalo:) belong to that channel"
        )
    limit = services.settings.max_image_bytes
    data = await file.read(limit + 1)
    try:
        await _admit(services, _address(request), user_id)
        reply = await services.chat.handle_image(user_id, data, message_id, lang, _address(request))
    except NotIssued as exc:
        raise HTTPException(403, str(exc)) from exc
    except RateLimited as exc:
        raise HTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after_s)}) from exc
    except ImageRejected as exc:
        detail = rejection_text(exc.reason, lang or "en", limit, services.settings.max_image_side)
        raise HTTPException(STATUS.get(exc.reason, 422), detail) from exc
    finally:
        await file.close()
    return ChatResponse.model_validate(reply.model_dump())
