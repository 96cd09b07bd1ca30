from __future__ import annotations

import asyncio

from fastapi import APIRouter
from sqlalchemy import text

from api.deps import ServicesDep
from api.schemas import Health
from api.services import Services

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
async def health(services: ServicesDep) -> Health:
    """`degraded` while the NLU server is down: lessons are still answered, intents are not. `ocr`
    says whether screenshots can be read (it does not make the service degraded)."""
    nlu_ok, db_ok = await asyncio.gather(services.nlu.is_available(), asyncio.to_thread(_db_ok, services))
    return Health(
        status="ok" if nlu_ok and db_ok else "degraded",
        nlu="ok" if nlu_ok else "down",
        database="ok" if db_ok else "down",
        lessons=len(services.library),
        ocr="ok" if services.chat.images is not None and services.chat.images.available else "missing",
    )


def _db_ok(services: Services) -> bool:
    try:
        with services.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        return False
    return True
