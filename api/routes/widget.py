"""The embeddable web chat widget: its script and styles, and a demo page at `/`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, FastAPI, Query
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

WIDGET_DIR = Path(__file__).resolve().parent.parent / "widget"

router = APIRouter(tags=["widget"])


def mount_assets(app: FastAPI) -> None:
    """`/widget/widget.js` is the one file a host page includes; it loads `widget.css` itself."""
    app.mount("/widget", StaticFiles(directory=WIDGET_DIR / "static"), name="widget")


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def demo_page(lang: Annotated[Literal["vi", "th", "en"], Query()] = "vi") -> HTMLResponse:
    """A realistic host page, in its own language, with the widget embedded by its one script tag;
    `?lang=th` for Thai, `?lang=en` for English."""
    return HTMLResponse((WIDGET_DIR / "demo" / f"{lang}.html").read_text(encoding="utf-8"))
