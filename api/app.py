"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse

from api.bootstrap import build_services, close_services, content_fingerprint, reload_lessons, watch_content
from api.desk.delivery import follow_replies
from api.desk.service import watch_waiting
from api.protection.body_limit import BodyLimit
from api.protection.cors import WidgetCors
from api.protection.errors import error_responses
from api.protection.methods import method_not_allowed
from api.protection.request_log import RequestLog
from api.protection.same_origin import SameOriginWrites
from api.routes import (
    chat,
    chat_image,
    desk,
    health,
    metrics,
    trainer_accounts,
    trainer_pages,
    trainers,
    widget,
    zalo,
)
from api.settings import Settings
from api.shared.content import follow
from api.validation import describe_errors
from api.workspace.auth import SESSION_COOKIE
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
        desk_watch = asyncio.create_task(watch_waiting(app.state.services.desk))
        desk_push = asyncio.create_task(
            follow_replies(app.state.services.desk.sockets, settings.desk_push_check_s)
        )
        follower = asyncio.create_task(
            follow(
                app.state.services.content,
                settings.content_check_s,
                lambda: reload_lessons(app.state.services),
            )
        )
        channel = app.state.services.zalo
        worker = asyncio.create_task(channel.worker.run()) if channel else None
        try:
            yield
        finally:
            watcher.cancel()
            desk_watch.cancel()
            desk_push.cancel()
            follower.cancel()
            if channel and worker:
                channel.worker.stop()
                await asyncio.wait([worker], timeout=30)
                worker.cancel()
            await close_services(app.state.services)

    app = FastAPI(title="hocvuso", version="0.1.0", lifespan=lifespan)
    app.include_router(chat.router)
    app.include_router(chat_image.router)
    app.include_router(health.router)
    app.include_router(widget.router)
    app.include_router(zalo.router)
    app.include_router(trainers.router)
    app.include_router(trainer_accounts.router)
    app.include_router(desk.router)
    app.include_router(metrics.router)
    app.include_router(trainer_pages.router)
    trainer_pages.mount_pages(app)
    widget.mount_assets(app)
    app.add_middleware(SameOriginWrites, cookie=SESSION_COOKIE, trusted=settings.trusted_origins)
    app.add_middleware(WidgetCors, origins=settings.widget_origins)
    image_body = {"/api/v1/chat/image": settings.max_image_bytes + chat_image.FORM_BYTES}
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes, per_path=image_body)
    app.add_middleware(RequestLog)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(405, method_not_allowed)
    app.openapi = lambda: _openapi(app, settings)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI, settings: Settings) -> dict:
    """The generated document, with the configured limits written into it."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
        text = schema["components"]["schemas"]["ChatRequest"]["properties"]["text"]
        text["maxLength"] = settings.max_message_chars
        _declare_body_errors(schema)
        app.openapi_schema = schema
    return app.openapi_schema


async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    """Say which field is wrong and why, without echoing the learner's text back into logs."""
    detail = "The request is not valid; fix the fields listed."
    return JSONResponse(status_code=422, content={"detail": detail, "errors": describe_errors(exc.errors())})


def _declare_body_errors(schema: dict) -> None:
    """Any operation that takes a body may answer 400 (not readable as JSON) or 413 (too large)."""
    described = {str(code): spec for code, spec in error_responses(400, 413).items()}
    for operations in schema["paths"].values():
        for operation in operations.values():
            if "requestBody" not in operation:
                continue
            for code, spec in described.items():
                operation["responses"].setdefault(code, _as_openapi(spec))


def _as_openapi(spec: dict) -> dict:
    return {
        "description": spec["description"],
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
    }
