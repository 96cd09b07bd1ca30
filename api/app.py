"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from api.bootstrap import build_services, close_services, content_fingerprint, watch_content
from api.routes import chat, health, trainer_pages, trainers, widget, zalo
from api.settings import Settings
from api.validation import describe_errors
from knowledge.embedder import Embedder
from nlu.client import NluParser


def create_app(
    settings: Settings | None = None, nlu: NluParser | None = None, embedder: Embedder | None = None
) -> FastAPI:
    """Nothing is built at import time: the lifespan builds and warms the services, then serves."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loaded_from = await asyncio.to_thread(content_fingerprint, settings)
        app.state.services = await asyncio.to_thread(build_services, settings, nlu, embedder)
        watcher = asyncio.create_task(watch_content(app.state.services, loaded_from))
        channel = app.state.services.zalo
        worker = asyncio.create_task(channel.worker.run()) if channel else None
        try:
            yield
        finally:
            watcher.cancel()
            if channel and worker:
                channel.worker.stop()
                await asyncio.wait([worker], timeout=30)
                worker.cancel()
            await close_services(app.state.services)

    app = FastAPI(title="hocvuso", version="0.1.0", lifespan=lifespan)
    app.include_router(chat.router)
    app.include_router(health.router)
    app.include_router(widget.router)
    app.include_router(zalo.router)
    app.include_router(trainers.router)
    app.include_router(trainer_pages.router)
    trainer_pages.mount_pages(app)
    widget.mount_assets(app)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.widget_origins,
        allow_methods=["GET", "POST"],
        allow_headers=["content-type"],
    )
    app.add_exception_handler(RequestValidationError, _validation_error)
    return app


async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    """Say which field is wrong and why, without echoing the learner's text back into logs."""
    detail = "The request is not valid; fix the fields listed."
    return JSONResponse(status_code=422, content={"detail": detail, "errors": describe_errors(exc.errors())})
