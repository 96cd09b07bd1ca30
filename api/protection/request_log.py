"""Give every request an id and log what fails, without the learner's secrets.

An unhandled error is logged once in the app's log with the request id, its traceback passed
through the safety guard (a traceback can quote the text being handled), and the client gets a
500 that names the id, so a trainer can find the line.
"""

from __future__ import annotations

import logging
import secrets
import traceback

from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.safety import redact

logger = logging.getLogger("hocvuso.errors")
HEADER = b"x-request-id"


def new_request_id() -> str:
    return secrets.token_hex(8)


def log_failure(request_id: str, where: str, exc: BaseException) -> None:
    text = "".join(traceback.format_exception(exc))
    logger.error("request %s failed at %s:\n%s", request_id, where, redact(text)[0])


class RequestLog:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = new_request_id()
        scope.setdefault("state", {})["request_id"] = request_id
        started = False

        async def tagged(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), (HEADER, request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, tagged)
        except Exception as exc:
            log_failure(request_id, scope.get("path", "?"), exc)
            if scope["type"] == "http" and not started:
                detail = f"Something went wrong on our side (request {request_id}); please try again."
                headers = {HEADER.decode(): request_id}
                response = JSONResponse({"detail": detail}, status_code=500, headers=headers)
                await response(scope, receive, send)
