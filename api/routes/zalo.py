"""Zalo's webhook: check, store, answer 200 at once; the worker replies in the background."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Request

from api.deps import ServicesDep
from api.protection.errors import error_responses
from api.zalo.channel import BadEvent, Unauthorized

router = APIRouter(prefix="/channels/zalo", tags=["zalo"], responses=error_responses(400, 401, 404, 413))
logger = logging.getLogger(__name__)


@router.post("/webhook")
async def zalo_webhook(
    request: Request,
    services: ServicesDep,
    x_zevent_signature: Annotated[str | None, Header()] = None,
) -> dict:
    channel = services.zalo
    if channel is None:
        raise HTTPException(
            404, "The Zalo channel is off: set HOCVUSO_ZALO_APP_ID and HOCVUSO_ZALO_OA_SECRET_KEY."
        )
    body = await request.body()
    try:
        event = channel.verify(body, x_zevent_signature)
    except Unauthorized as exc:
        logger.warning("zalo webhook refused: %s", exc)
        raise HTTPException(401, str(exc)) from exc
    except BadEvent as exc:
        raise HTTPException(400, str(exc)) from exc
    new = await asyncio.to_thread(channel.inbox.store, event)
    channel.worker.wake()
    return {"received": True, "duplicate": not new}
