"""Cross-origin access for the learner chat routes only.

The widget runs on other sites' pages, so its REST calls need CORS (`HOCVUSO_WIDGET_ORIGINS`).
Those routes are anonymous and take no cookies. Everything else, the trainers' workspace above
all, answers no preflight and sends no `Access-Control-Allow-*` header, so a page elsewhere cannot
read its answers or send it JSON (a password guess, for one) from its visitors' browsers.
"""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

# What widget.js calls from an embedding page; its WebSocket checks Origin itself.
WIDGET_PATHS = frozenset({"/api/v1/chat", "/api/v1/learners", "/api/v1/transcript", "/api/v1/welcome"})


class WidgetCors:
    def __init__(self, app: ASGIApp, origins: list[str], paths: frozenset[str] = WIDGET_PATHS) -> None:
        self.app, self.paths = app, paths
        self.cors = CORSMiddleware(
            app, allow_origins=origins, allow_methods=["GET", "POST"], allow_headers=["content-type"]
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in self.paths:
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)
