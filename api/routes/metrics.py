"""`/metrics`: Prometheus text format, for this machine's scraper unless opened to others."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, HTTPException, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.deps import ServicesDep
from api.observability import refresh_gauges

router = APIRouter(tags=["operations"])
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@router.get("/metrics", response_class=Response, responses={200: {"content": {"text/plain": {}}}, 403: {}})
async def metrics(request: Request, services: ServicesDep) -> Response:
    """Turn counts and stage timings, the NLU breaker and the Zalo outbox."""
    client = request.client.host if request.client else ""
    if not services.settings.metrics_public and client not in LOOPBACK:
        raise HTTPException(
            403, "Metrics are served to this machine only; set HOCVUSO_METRICS_PUBLIC=true to open them."
        )
    await asyncio.to_thread(refresh_gauges, services)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
