"""The one error body every endpoint answers with, declared in the OpenAPI document."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class FieldProblem(BaseModel):
    field: str = Field(description="Dotted path of the field, or 'body'.")
    problem: str


class ContentProblems(BaseModel):
    """A lesson or quiz item that is not valid yet, as the workspace pages show it."""

    message: str
    errors: list[dict[str, str]] = Field(description="field, problem and `vi`: the same in Vietnamese.")


class ErrorBody(BaseModel):
    detail: str | ContentProblems = Field(description="What went wrong and what to do about it.")
    errors: list[FieldProblem] | None = Field(None, description="For 422: the fields that are wrong.")


_MEANING = {
    400: "The request cannot be read (for example, not JSON).",
    401: "Sign in first, or the credential or signature is not valid.",
    403: "Signed in, but this role may not do that, or the origin is not allowed.",
    404: "Nothing with that id.",
    409: "It conflicts with the current state.",
    413: "The body is larger than the limit.",
    415: "The file is not a picture this service reads (PNG, JPEG or WebP, one still frame).",
    422: "A field is missing or wrong; `errors` lists them.",
    429: "Too many requests; wait the number of seconds in `Retry-After`.",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: each code with its meaning and the error body."""
    described: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        described[code] = {"model": ErrorBody, "description": _MEANING[code]}
        if code == 429:
            described[code]["headers"] = {
                "Retry-After": {"description": "Seconds to wait.", "schema": {"type": "integer"}}
            }
    return described
