"""The trainers' workspace pages: static files served by the app, no separate front-end server."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

PAGES = Path(__file__).resolve().parent.parent / "workspace" / "static"

router = APIRouter(include_in_schema=False)


@router.get("/trainers")
async def trainers_root() -> RedirectResponse:
    return RedirectResponse("/trainers/")


@router.get("/trainers/")
async def workspace_page() -> FileResponse:
    return FileResponse(PAGES / "index.html", headers={"cache-control": "no-store"})


def mount_pages(app: FastAPI) -> None:
    app.mount("/trainers/static", StaticFiles(directory=PAGES), name="trainer-pages")
