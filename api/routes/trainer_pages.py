"""The trainers' workspace pages: static files served by the app, no separate front-end server.

The page is sent with a strict Content-Security-Policy: scripts, styles and requests only from
this server, no inline script, and no framing by any site (`frame-ancestors 'none'`, and
X-Frame-Options for older browsers), so another page cannot overlay it and trick a trainer into
clicking Publish.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

PAGES = Path(__file__).resolve().parent.parent / "workspace" / "static"
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PAGE_HEADERS = {
    "cache-control": "no-store",
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}

router = APIRouter(include_in_schema=False)


@router.get("/trainers")
async def trainers_root() -> RedirectResponse:
    return RedirectResponse("/trainers/")


@router.get("/trainers/")
async def workspace_page() -> FileResponse:
    return FileResponse(PAGES / "index.html", headers=PAGE_HEADERS)


def mount_pages(app: FastAPI) -> None:
    app.mount("/trainers/static", StaticFiles(directory=PAGES), name="trainer-pages")
