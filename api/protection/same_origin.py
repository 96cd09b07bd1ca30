"""Cross-site request forgery: a state change made with a trainer's sign-in cookie must come from
this server's own pages.

The cookie is SameSite=Strict, so browsers that honour it never send it on a request another site
starts. This is the second lock, for the others: a POST, PUT, PATCH or DELETE to the workspace API
that carries the session cookie and no bearer token must name its page's origin, in `Origin` or
(when a browser sends none) `Referer`, and that origin must be the one the request was made to
(scheme, host and port) or one the deployment trusts (HOCVUSO_TRUSTED_ORIGINS, for a proxy that
rewrites the Host header). Anything else gets 403 before any endpoint runs. Scripts that send an
API token are not affected: a page on another site cannot make a browser add that header.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

WORKSPACE_API = ("/api/v1/trainers/", "/api/v1/desk/")
STATE_CHANGES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
DEFAULT_PORTS = {"http": 80, "https": 443}
Origin = tuple[str, str, int]


class SameOriginWrites:
    def __init__(self, app: ASGIApp, cookie: str, trusted: Iterable[str] = ()) -> None:
        self.app = app
        self.cookie = cookie
        self.trusted = {o for o in map(parse_origin, trusted) if o is not None}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (
            scope["type"] == "http"
            and scope["method"] in STATE_CHANGES
            and scope["path"].startswith(WORKSPACE_API)
        ):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if not _by_cookie(request, self.cookie) or self._from_here(request):
            await self.app(scope, receive, send)
            return
        await JSONResponse({"detail": _refusal(request)}, status_code=403)(scope, receive, send)

    def _from_here(self, request: Request) -> bool:
        claimed = parse_origin(request.headers.get("origin") or request.headers.get("referer") or "")
        return claimed is not None and (claimed == parse_origin(str(request.url)) or claimed in self.trusted)


def parse_origin(url: str) -> Origin | None:
    """(scheme, host, port) of an absolute http(s) URL or origin; None for anything else ("null")."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port or DEFAULT_PORTS[scheme]


def _by_cookie(request: Request, cookie: str) -> bool:
    """Signed in by the session cookie: a bearer token, when sent, is what the API goes by."""
    bearer = request.headers.get("authorization", "").lower().startswith("bearer ")
    return not bearer and cookie in request.cookies


def _refusal(request: Request) -> str:
    here = f"{request.url.scheme}://{request.url.netloc}"
    return (
        "Refused: this request carries a trainer's sign-in cookie but does not come from this "
        f"server's pages (its Origin or Referer must be {here}). Use the workspace at {here}/trainers/, "
        "or send an API token ('Authorization: Bearer …') from a script."
    )
