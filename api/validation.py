"""Validation errors in the form every endpoint answers with: which field, and what is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

MAX_LISTED = 20


def describe_errors(exc: ValidationError | Sequence[Any]) -> list[dict[str, str]]:
    """Field path and problem only: the offending value is never echoed (it may be a secret).
    At most `MAX_LISTED` are listed: a body with thousands of unknown keys gets a short answer."""
    errors = exc.errors(include_input=False) if isinstance(exc, ValidationError) else exc
    described = [
        {"field": ".".join(str(p) for p in err["loc"] if p != "body") or "body", "problem": err["msg"]}
        for err in errors[:MAX_LISTED]
    ]
    if len(errors) > MAX_LISTED:
        described.append({"field": "body", "problem": f"and {len(errors) - MAX_LISTED} more problems"})
    return described
