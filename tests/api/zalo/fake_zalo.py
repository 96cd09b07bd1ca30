"""A fake Zalo OpenAPI and OAuth server, served over real HTTP on loopback.

It behaves like the parts of Zalo the channel uses: customer-service messages authenticated by
an `access_token` header, answered `{"error": 0}` or an error code; single-use refresh tokens
exchanged for a new pair at `/v4/oa/access_token` with the app's `secret_key` header; and the
pictures learners send, at `/media/<name>`, as Zalo's CDN serves them.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


@dataclass
class Delivery:
    user_id: str
    message: dict


@dataclass
class FakeZalo:
    app_id: str = "app-1"
    app_secret_key: str = "app-secret"
    access_token: str = "oa-access-0"
    refresh_token: str = "oa-refresh-0"
    expired: bool = False
    rate_limited: int = 0
    down: bool = False
    inactive_users: set[str] = field(default_factory=set)
    delivered: list[Delivery] = field(default_factory=list)
    attempts: list[str] = field(default_factory=list)
    refreshes: list[str] = field(default_factory=list)
    media: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # name: (bytes, content type)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _serial: itertools.count = field(default_factory=lambda: itertools.count(1))

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v3.0/oa/message/cs", self._send, methods=["POST"]),
                Route("/v4/oa/access_token", self._refresh, methods=["POST"]),
                Route("/media/{name}", self._media, methods=["GET"]),
            ]
        )

    def picture(self, name: str, data: bytes, content_type: str = "image/png") -> str:
        """Serve `data` as a learner's picture; returns its address."""
        self.media[name] = (data, content_type)
        return f"{self.url}/media/{name}"  # type: ignore[attr-defined]

    async def _media(self, request: Request) -> Response:
        found = self.media.get(request.path_params["name"])
        if found is None:
            return Response("not found", status_code=404)
        return Response(found[0], media_type=found[1])

    def to(self, user_id: str) -> list[dict]:
        with self._lock:
            return [d.message for d in self.delivered if d.user_id == user_id]

    async def _send(self, request: Request) -> Response:
        if self.down:
            return Response("unavailable", status_code=503)
        body = await request.json()
        user_id = body["recipient"]["user_id"]
        with self._lock:
            self.attempts.append(user_id)
            error = self._error_for(request.headers.get("access_token"), user_id)
            if error:
                return JSONResponse({"error": error[0], "message": error[1]})
            self.delivered.append(Delivery(user_id, body["message"]))
            return JSONResponse(
                {"error": 0, "message": "Success", "data": {"message_id": f"m{next(self._serial)}"}}
            )

    def _error_for(self, token: str | None, user_id: str) -> tuple[int, str] | None:
        if token != self.access_token or self.expired:
            return (-216, "Access token is invalid")
        if self.rate_limited > 0:
            self.rate_limited -= 1
            return (-32, "Request quota exceeded")
        if user_id in self.inactive_users:
            return (-230, "User has not interacted with the OA in the last 7 days")
        return None

    async def _refresh(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
        with self._lock:
            self.refreshes.append(str(form.get("refresh_token")))
            valid = (
                request.headers.get("secret_key") == self.app_secret_key
                and form.get("app_id") == self.app_id
                and form.get("grant_type") == "refresh_token"
                and form.get("refresh_token") == self.refresh_token
            )
            if not valid:
                return JSONResponse({"error": -14014, "error_name": "Invalid refresh token"})
            serial = next(self._serial)
            self.access_token, self.refresh_token = f"oa-access-{serial}", f"oa-refresh-{serial}"
            self.expired = False
            return JSONResponse(
                {
                    "access_token": self.access_token,
                    "refresh_token": self.refresh_token,
                    "expires_in": "90000",
                }
            )
