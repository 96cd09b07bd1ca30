"""A 405 names every method the address takes (`Allow`), not only those of the first route found.

One address is often served by several routes (GET and POST /classes, GET and PUT /entries/{id}),
and Starlette's own 405 lists the methods of just one of them. Where a route spells the address
out ("/items/validate"), it is the address's own, and a pattern route ("/items/{id}") does not
add to it.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.routing import Match, Route


def allowed_methods(app: FastAPI, request: Request) -> list[str]:
    scope = {"type": "http", "path": request.url.path, "method": "GET", "root_path": ""}
    matching = [r for r in app.routes if isinstance(r, Route) and r.matches(scope)[0] != Match.NONE]
    literal = [r for r in matching if not r.param_convertors]
    methods = {m for r in (literal or matching) for m in (r.methods or ())}
    return sorted(methods - {"HEAD"})


async def method_not_allowed(request: Request, exc: HTTPException) -> JSONResponse:
    allowed = allowed_methods(request.app, request)
    return JSONResponse(
        {"detail": f"Use {', '.join(allowed)} here."},
        status_code=405,
        headers={"Allow": ", ".join(allowed)},
    )
